/**
 * The readings `npm run readings` generates (scripts/build-readings.ts), as pure data, so a test can check
 * that the committed files are up to date with the content.
 */
import { createRequire } from 'node:module';
import type { KnowledgeBase } from '../../server/content/types.ts';
import { stringify } from 'yaml';
import { foldKana } from '../../server/text/normalize.ts';
import { isGapped } from '../../server/text/gapped-terms.ts';

const require = createRequire(import.meta.url);
const KANJI = /[\u3005\u4e00-\u9fff]/;
const KANJI_RUN = /[\u3005\u4e00-\u9fff]{2,}/g;

interface LinderaToken {
  surface: string;
  reading?: string;
}

type Tokenizer = { tokenize(text: string): LinderaToken[] };
let built: Tokenizer | undefined;

/** Lindera's tokenizer, built once (its dictionary takes a while to load) for the words' and the rule terms' readings. */
function analyser(): Tokenizer {
  return (built ??= buildAnalyser());
}

function buildAnalyser(): Tokenizer {
  const { TokenizerBuilder } = require('lindera-wasm-nodejs-ipadic') as { TokenizerBuilder: new () => { setDictionary(uri: string): void; setMode(m: string): void; build(): Tokenizer } };
  const builder = new TokenizerBuilder();
  builder.setDictionary('embedded://ipadic');
  builder.setMode('normal');
  return builder.build();
}

/** The whole word's reading in hiragana, or null when any part of it has none (an unknown word). */
function readingOf(tokenizer: Tokenizer, word: string): string | null {
  let out = '';
  for (const t of tokenizer.tokenize(word)) {
    if (!t.reading || t.reading === '*') return null;
    out += t.reading;
  }
  return foldKana(out);
}

/** On readings (katakana → hiragana) and kun stems (okurigana and affix marks dropped) of each jōyō kanji. */
export function kanjiReadings(): Record<string, string[]> {
  const kanji = require('kanji') as { grade: Record<string, () => string[]>; readings(k: string): { on: string[]; kun: string[] } };
  const out: Record<string, string[]> = {};
  for (const grade of ['g01', 'g02', 'g03', 'g04', 'g05', 'g06', 'g08']) {
    for (const k of kanji.grade[grade]!()) {
      const r = kanji.readings(k);
      const all = [...r.on.map(foldKana), ...r.kun.map((x) => x.split('.')[0]!.replace(/-/g, ''))].filter(Boolean);
      out[k] = Array.from(new Set(all));
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** The reading (hiragana) of every word with kanji of the vocabulary and the articles, sorted. */
export function wordReadings(kb: KnowledgeBase): Record<string, string> {
  const words = new Set<string>();
  const add = (w: string) => {
    if (KANJI.test(w)) words.add(w.trim());
  };
  // Terms, not variants: a colloquial variant's reading may be another word's (「何時まで」 reads いつまで).
  for (const e of kb.lexicon) add(e.term);
  for (const c of kb.classes) [c.term, ...c.members].forEach(add);
  // Not a word in two parts (「Windows Update…失敗」): its parts name nothing alone.
  for (const s of kb.otherSystems.systems) s.terms.filter((t) => !isGapped(t)).forEach(add);
  kb.otherSystems.ours.forEach(add);
  for (const a of kb.articles) {
    // Not the examples: they are labelled questions, asked out of fold, and must not teach the vocabulary.
    for (const text of [a.title, a.summary, ...a.sections.map((s) => s.title)]) for (const run of text.match(KANJI_RUN) ?? []) add(run);
  }
  const tokenizer = analyser();
  const readings: Record<string, string> = {};
  const put = (w: string, r: string | null) => {
    if (tellsMore(w, r) && !(w in readings)) readings[w] = r;
  };
  for (const w of [...words].sort()) {
    put(w, readingOf(tokenizer, w));
    // The analyser's words inside a longer one, alone and in pairs and threes (「代理人証明書」 holds
    // 「代理人」「証明書」): a slip of one part is read against that part.
    const parts = tokenizer.tokenize(w);
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j <= Math.min(parts.length, i + 3); j++) {
        const span = parts.slice(i, j);
        const surface = span.map((t) => t.surface).join('');
        if ((surface.match(/[\u3005\u4e00-\u9fff]/g) ?? []).length < 2 || span.some((t) => !t.reading || t.reading === '*')) continue;
        put(surface, foldKana(span.map((t) => t.reading).join('')));
      }
    }
  }
  return sortedByWord(readings);
}

/** Whether `reading` is a reading worth keeping for `word`: all hiragana, and not the word's own kana folded. */
function tellsMore(word: string, reading: string | null): reading is string {
  return reading !== null && /^[\u3041-\u3096ー]+$/.test(reading) && reading !== foldKana(word);
}

/** The readings in the order of their words, as the generated file lists them. */
function sortedByWord(readings: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(readings).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The reading of every term with kanji of the articles' intent rules (「使える」→つかえる, 「今使ってる」→いまつかってる): a
 * rule matches the term typed in hiragana too (intents.ts). Apart from `wordReadings`, which the analysis reads: a rule's
 * term is often a fragment (「で申請」「の状況」) that names no word of a question.
 */
export function ruleReadings(kb: KnowledgeBase): Record<string, string> {
  const terms = new Set<string>();
  for (const a of kb.articles) if (a.intent) for (const t of [...a.intent.must.flat(), ...a.intent.may, ...a.intent.not]) if (KANJI.test(t)) terms.add(t.trim());
  const tokenizer = analyser();
  const readings: Record<string, string> = {};
  for (const t of terms) {
    const r = readingOf(tokenizer, t);
    if (tellsMore(t, r)) readings[t] = r;
  }
  return sortedByWord(readings);
}

/** The generated readings file's text: the words' readings, and the rule terms' under `rules:`. */
export function readingsFile(readings: Record<string, string>, rules: Record<string, string>): string {
  const header =
    '# 自動生成（npm run readings）：辞書・クラス・ほかのシステム・記事の題や例文に出る漢字の言葉と、意図ルールの語の読み。編集しないでください。\n' +
    '# Generated by npm run readings with Lindera (IPADIC); do not edit.\n';
  return header + stringify({ readings, rules }, { lineWidth: 0 });
}
