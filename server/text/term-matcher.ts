/**
 * Finds known words in a normalised text, each place once, longest first: the one matcher behind the
 * lexicon, the concept classes and the other-systems list. A longer word holds its place, so a shorter one
 * cannot fire inside it (「保険証」 does not fire inside 「介護保険証明書」, 「ソフト」 not inside 「介護ソフト」).
 *
 * Patterns are held in a trie by code unit, so a question is scanned once (position by position)
 * instead of once per pattern. Inside a pattern, a word a clerk slips into a phrase without changing it is
 * stepped over (「パソコンのほうの条件」 is 「パソコンの条件」: see {@link INSERTIONS}), and so is a space typed between two
 * hiragana words of it (see skippedAt).
 */
import { isHiraganaCode, isKana, isKanjiCode } from './normalize.ts';
import { sortSmall } from './sort-small.ts';
import { buildGramTable, gramRow, type GramTable } from './gram-table.ts';

/** One word to find, already normalised, with what it means. */
export interface Pattern<T> {
  text: string;
  payload: T;
  /** Written in katakana where it is defined (「トナー」): see {@link boundaryOk}. */
  katakana?: boolean;
}

/** A place where a pattern was found. Every payload of the patterns with that exact text is reported. */
export interface Found<T> {
  index: number;
  length: number;
  payloads: T[];
}

interface Entry<T> {
  text: string;
  payloads: T[];
  /** Short kana and Latin words must stand on their own (see {@link boundaryOk}). */
  guarded: boolean;
  /** Every pattern of this text is written in katakana where it is defined. */
  katakana: boolean;
}

export interface Matcher<T> {
  /**
   * The entries as a trie by code unit, in typed arrays (a question walks it at every position, and a
   * tree of Maps and objects is scattered across the heap): node 0 is the root; `first` maps a code unit
   * to the root's child (0: none), read directly as every position of a question starts there; `edges` maps
   * node · 2^16 + code unit to the child node below; `entries[node]` is the entry whose text ends there. A
   * position walks down as far as the text goes on, meeting every entry that starts there.
   */
  first: Int32Array;
  edges: GramTable;
  entries: (Entry<T> | null)[];
}

const LATIN = /[a-z0-9]/;
const NO = 'の'.charCodeAt(0);
/**
 * What a clerk puts after the の of a phrase and that leaves the phrase as it was: 「証明書のほうのパスワード」
 * 「パソコンの方の条件」 are 「証明書のパスワード」「パソコンの条件」 (ほう points at one of a pair, the pair is the
 * phrase's). Stepped over only inside a pattern, after its の, so a word is never found in what was skipped.
 */
const INSERTIONS = ['ほうの', '方の'];

/** Length of an insertion at `k` right after a の of the text (0: none). */
function insertionAt(text: string, k: number): number {
  if (text.charCodeAt(k - 1) !== NO) return 0;
  for (const insertion of INSERTIONS) if (text.startsWith(insertion, k)) return insertion.length;
  return 0;
}

const SPACE = ' '.charCodeAt(0);

/**
 * Length of what is stepped over at `k` inside a pattern that starts at `start`: an insertion after its の, or a
 * space the clerk typed between two hiragana words of it (「なにから　はじめたら」: a message typed in kana is often
 * spaced word by word). 0: nothing.
 */
function skippedAt(text: string, start: number, k: number, written: string | undefined): number {
  if (text.charCodeAt(k) !== SPACE) return insertionAt(text, k);
  // A space typed, not a mark the clerk put between clauses (`written` shows those as marks: 「には、なんぼ」).
  // Between hiragana as typed only: katakana words spaced apart (「ｼｮｳﾒｲｼｮﾊｯｺｳﾖｳ ﾊﾟｽﾜｰﾄﾞ」) are words the clerk kept apart.
  // And only in a pattern that starts a word: hiragana right after a kanji is that word's ending (「利用申し のサイト」's し
  // is 申し's, not the 市 of 「しのさいと」).
  return written !== undefined && written.charCodeAt(k) === SPACE && scriptOf(written.charCodeAt(k - 1)) === 1 && scriptOf(written.charCodeAt(k + 1)) === 1 && !isKanjiCode(written.charCodeAt(start - 1)) ? 1 : 0;
}

/** Particles and endings that may stand next to a short kana word without making it part of a longer one. */
const PARTICLES = new Set(['が', 'を', 'に', 'は', 'の', 'で', 'も', 'と', 'や', 'へ', 'か', 'よ', 'ね', 'っ']);

function isGuarded(text: string): boolean {
  if (/^[a-z0-9 ]+$/.test(text)) return true;
  const chars = Array.from(text);
  return chars.length <= 2 && chars.every(isKana);
}

/** Compiles patterns once (per knowledge base); patterns with the same text share one entry. */
export function compileMatcher<T>(patterns: readonly Pattern<T>[]): Matcher<T> {
  const byText = new Map<string, Entry<T>>();
  for (const p of patterns) {
    if (!p.text) continue;
    const entry = byText.get(p.text);
    if (entry) {
      entry.payloads.push(p.payload);
      entry.katakana &&= p.katakana === true;
    } else byText.set(p.text, { text: p.text, payloads: [p.payload], guarded: isGuarded(p.text), katakana: p.katakana === true });
  }
  const edges = new Map<number, number>();
  const entries: (Entry<T> | null)[] = [null];
  for (const e of byText.values()) {
    let node = 0;
    for (let k = 0; k < e.text.length; k++) {
      const key = node * 65536 + e.text.charCodeAt(k);
      let child = edges.get(key);
      if (child === undefined) {
        edges.set(key, (child = entries.length));
        entries.push(null);
      }
      node = child;
    }
    entries[node] = e;
  }
  const first = new Int32Array(65536);
  for (const [key, child] of edges) if (key < 65536) first[key] = child;
  return { first, edges: buildGramTable(edges), entries };
}

/**
 * A short variant matches only as a word of its own: 「pass」 not inside 「passport」, 「ぱす」 not inside
 * 「ぱすぽーと」 (but 「ぱすを」「ぱす忘れた」 do: a particle or a kanji may follow, and so may a longer word
 * already matched, as in 「ぱすわすれた」 where 「わすれ」 is one). Where the text as typed is known
 * (`written`, katakana kept), a change between katakana and hiragana is a word's edge too: 「パスわすれてもうた」; and a word
 * written in katakana where it is defined (`katakana`) is not found typed in hiragana beside hiragana.
 */
function boundaryOk(text: string, index: number, length: number, taken: readonly boolean[], written?: string, katakana = false): boolean {
  const end = index + length;
  const before = text[index - 1];
  const after = text[end];
  if (LATIN.test(text[index]!)) return !(before && LATIN.test(before)) && !(after && LATIN.test(after));
  // A word written in katakana, typed in hiragana beside hiragana, is more often a piece of the sentence: 「なにとなにを」 and
  // 「使えっとな」 hold no トナー, though the kana beside it may pass for particles.
  if (katakana && written !== undefined && isHiraganaCode(written.charCodeAt(index)) && (isHiraganaCode(written.charCodeAt(index - 1)) || isHiraganaCode(written.charCodeAt(end)))) return false;
  if (taken[end] && (index === 0 || taken[index - 1] || isFree(before))) return true;
  const freeBefore = isFree(before) || (written !== undefined && scriptChanges(written, index - 1, index));
  const freeAfter = isFree(after) || (written !== undefined && scriptChanges(written, end - 1, end));
  return freeBefore && freeAfter;
}

/** Whether one of two neighbouring characters is katakana and the other hiragana (ー, written after either, is neither). */
function scriptChanges(written: string, a: number, b: number): boolean {
  if (a < 0 || b >= written.length) return false;
  const x = scriptOf(written.charCodeAt(a));
  const y = scriptOf(written.charCodeAt(b));
  return x !== 0 && y !== 0 && x !== y;
}

/** 1 for hiragana, 2 for katakana, 0 for anything else. */
function scriptOf(c: number): number {
  if (isHiraganaCode(c)) return 1;
  return c >= 0x30a1 && c <= 0x30fa ? 2 : 0;
}

/** Whether a neighbour of a short kana word leaves it a word of its own: none, not kana, or a particle. */
function isFree(ch: string | undefined): boolean {
  return ch === undefined || !isKanaCode(ch.charCodeAt(0)) || PARTICLES.has(ch);
}

/** isKana (normalize.ts) of a character of one code unit, by its code: hiragana, katakana or ー. */
function isKanaCode(c: number): boolean {
  return scriptOf(c) !== 0 || c === 0x30fc;
}

/**
 * Every pattern found in `text`, longest first, each character claimed once. `taken` (optional, same
 * length as the text) marks places already claimed and is updated, so a later, looser pass (typos,
 * readings) works only on what is left. `written`: the text as typed, katakana kept, with the same offsets
 * (optional; see boundaryOk).
 */
export function findAll<T>(matcher: Matcher<T>, text: string, taken: boolean[] = new Array<boolean>(text.length).fill(false), written?: string): Found<T>[] {
  // `length`: the stretch of text the entry covers, an insertion stepped over included.
  const occurrences: { index: number; entry: Entry<T>; length: number }[] = [];
  // The order met does not matter: the sort below orders by length, then place (one entry per both).
  for (let i = 0; i < text.length; i++) {
    let node = matcher.first[text.charCodeAt(i)]!;
    for (let k = i + 1; node > 0; k++) {
      const entry = matcher.entries[node];
      if (entry) occurrences.push({ index: i, entry, length: k - i });
      if (k < text.length) {
        const next = gramRow(matcher.edges, node * 65536 + text.charCodeAt(k));
        const skip = next < 0 ? skippedAt(text, i, k, written) : 0;
        if (skip > 0 && k + skip < text.length) k += skip;
        node = skip > 0 ? gramRow(matcher.edges, node * 65536 + text.charCodeAt(k)) : next;
      } else node = -1;
    }
  }
  sortSmall(occurrences, (a, b) => b.entry.text.length - a.entry.text.length || a.index - b.index);
  const found: Found<T>[] = [];
  for (const { index, entry, length } of occurrences) {
    let free = true;
    for (let k = index; k < index + length; k++) if (taken[k]) free = false;
    if (!free || (entry.guarded && !boundaryOk(text, index, length, taken, written, entry.katakana))) continue;
    // A word written in katakana, typed in hiragana and found only by stepping over a space, is two words of the sentence
    // (「ひつようなものって　なんと」 holds no テナント), however long; boundaryOk holds the short ones to the same beside hiragana.
    if (entry.katakana && length > entry.text.length && written !== undefined && isHiraganaCode(written.charCodeAt(index))) continue;
    for (let k = index; k < index + length; k++) taken[k] = true;
    found.push({ index, length, payloads: entry.payloads });
  }
  return sortSmall(found, (a, b) => a.index - b.index);
}
