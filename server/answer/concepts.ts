/**
 * The concepts a question names: runs of kanji, katakana and Latin letters (hiragana between them is
 * grammar) and the lexicon terms found in it, with overlapping mentions merged into one concept
 * (「ぱすわーど」 is both a run and the term パスワード). Each concept keeps every way it was said (the
 * typed word, the official term) as a list of tokens, so an article "holds" it when it holds most of any
 * one of them. Pure; shared by specificity.ts (how much a question says) and hubs.ts (which concepts
 * distinguish an article).
 */

import { uniqueTokens } from '../text/tokenize.ts';

const HIRAGANA = /[\u3041-\u3096]/;

/** Splits normalised, unfolded text into runs of hiragana and runs of everything else (ー joins its run), with offsets. */
export function runs(unfolded: string): { text: string; hiragana: boolean; start: number }[] {
  const out: { text: string; hiragana: boolean; start: number }[] = [];
  let current = '';
  let hiragana = false;
  let start = 0;
  let at = 0;
  for (const ch of unfolded) {
    if (ch === ' ') {
      if (current) out.push({ text: current, hiragana, start });
      current = '';
    } else {
      const h: boolean = ch === 'ー' && current ? hiragana : HIRAGANA.test(ch);
      if (current && h !== hiragana) {
        out.push({ text: current, hiragana, start });
        current = '';
      }
      if (!current) start = at;
      hiragana = h;
      current += ch;
    }
    at += ch.length;
  }
  if (current) out.push({ text: current, hiragana, start });
  return out;
}

/** One stretch of the question that names something: a content-word run or a lexicon variant, with its span. */
export interface Mention {
  start: number;
  end: number;
  tokens: string[];
  /** A hiragana run of a hiragana-only question: its pairs straddle particles (「らいせんすの」). */
  kana?: boolean;
}

/**
 * Mentions whose spans overlap name ONE concept: 「ぱすわーど」 is both a run and the lexicon's パスワード,
 * 「有効期限が切れ」 is the runs 有効期限 and 切 and the term 有効期限. Counting them apart would make a
 * one-word question look like a precise three-word one.
 */
export function group(mentions: Mention[]): Mention[][] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { end: number; members: Mention[] }[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      last.members.push(m);
    } else out.push({ end: m.end, members: [m] });
  }
  return out.map((g) => g.members);
}

/** Least share of a concept's tokens an article must hold to be "about" that concept. */
export const HOLDS = 0.6;

/** One concept of a question: what was typed, and each way of saying it as tokens. */
export interface Concept {
  text: string;
  ways: string[][];
  /** The ways that are words (kanji/katakana/Latin runs, lexicon terms), not hiragana runs with their particles. */
  words: string[][];
}

/** Whether a token set holds a concept: most of the tokens of at least one way of saying it. */
export function holds(tokens: ReadonlySet<string>, ways: readonly string[][], share = HOLDS): boolean {
  return ways.some((ts) => ts.length > 0 && ts.filter((t) => tokens.has(t)).length >= share * ts.length);
}

const KANJI = /[\u3005\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]/g;

/**
 * The tokens of a normalised text as concepts are compared on: its bigrams, plus single kanji (a
 * question's 「問い合わせ」 splits into 問 and 合 around its hiragana).
 */
export function tokenSet(normalized: string): Set<string> {
  return new Set([...uniqueTokens(normalized), ...(normalized.match(KANJI) ?? [])]);
}
