/**
 * Finds known words in a normalised text, each place once, longest first: the one matcher behind the
 * lexicon, the concept classes and the other-systems list. A longer word holds its place, so a shorter one
 * cannot fire inside it (「保険証」 does not fire inside 「介護保険証明書」, 「ソフト」 not inside 「介護ソフト」).
 *
 * Patterns are indexed by their first two characters, so a question is scanned once (position by position)
 * instead of once per pattern.
 */
import { isKana } from './normalize.ts';

/** One word to find, already normalised, with what it means. */
export interface Pattern<T> {
  text: string;
  payload: T;
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
}

/** The entries starting with one character: those of one code unit, and the longer ones by their second unit. */
interface Start<T> {
  one: Entry<T> | null;
  bySecond: Map<number, Entry<T>[]>;
}

export interface Matcher<T> {
  /** Entries by their first code unit, then by their second (longest first): a position tries only the few that fit. */
  byFirst: Map<number, Start<T>>;
}

const LATIN = /[a-z0-9]/;
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
    if (entry) entry.payloads.push(p.payload);
    else byText.set(p.text, { text: p.text, payloads: [p.payload], guarded: isGuarded(p.text) });
  }
  const byFirst = new Map<number, Start<T>>();
  for (const e of byText.values()) {
    const first = e.text.charCodeAt(0);
    let start = byFirst.get(first);
    if (!start) byFirst.set(first, (start = { one: null, bySecond: new Map() }));
    if (e.text.length === 1) start.one = e;
    else {
      const second = e.text.charCodeAt(1);
      start.bySecond.set(second, [...(start.bySecond.get(second) ?? []), e]);
    }
  }
  for (const start of byFirst.values()) for (const list of start.bySecond.values()) list.sort((a, b) => b.text.length - a.text.length);
  return { byFirst };
}

/**
 * A short variant matches only as a word of its own: 「pass」 not inside 「passport」, 「ぱす」 not inside
 * 「ぱすぽーと」 (but 「ぱすを」「ぱす忘れた」 do: a particle or a kanji may follow, and so may a longer word
 * already matched, as in 「ぱすわすれた」 where 「わすれ」 is one).
 */
function boundaryOk(text: string, index: number, length: number, taken: readonly boolean[]): boolean {
  const end = index + length;
  const before = text[index - 1];
  const after = text[end];
  if (LATIN.test(text[index]!)) return !(before && LATIN.test(before)) && !(after && LATIN.test(after));
  if (taken[end] && (index === 0 || taken[index - 1] || isFree(before))) return true;
  return isFree(before) && isFree(after);
}

/** Whether a neighbour of a short kana word leaves it a word of its own: none, not kana, or a particle. */
function isFree(ch: string | undefined): boolean {
  return ch === undefined || !isKana(ch) || PARTICLES.has(ch);
}

/**
 * Every pattern found in `text`, longest first, each character claimed once. `taken` (optional, same
 * length as the text) marks places already claimed and is updated, so a later, looser pass (typos,
 * readings) works only on what is left.
 */
export function findAll<T>(matcher: Matcher<T>, text: string, taken: boolean[] = new Array<boolean>(text.length).fill(false)): Found<T>[] {
  const occurrences: { index: number; entry: Entry<T> }[] = [];
  for (let i = 0; i < text.length; i++) {
    const start = matcher.byFirst.get(text.charCodeAt(i));
    if (!start) continue;
    const list = i + 1 < text.length ? start.bySecond.get(text.charCodeAt(i + 1)) : undefined;
    if (list) for (const entry of list) if (text.startsWith(entry.text, i)) occurrences.push({ index: i, entry });
    if (start.one) occurrences.push({ index: i, entry: start.one });
  }
  occurrences.sort((a, b) => b.entry.text.length - a.entry.text.length || a.index - b.index);
  const found: Found<T>[] = [];
  for (const { index, entry } of occurrences) {
    const length = entry.text.length;
    let free = true;
    for (let k = index; k < index + length; k++) if (taken[k]) free = false;
    if (!free || (entry.guarded && !boundaryOk(text, index, length, taken))) continue;
    for (let k = index; k < index + length; k++) taken[k] = true;
    found.push({ index, length, payloads: entry.payloads });
  }
  return found.sort((a, b) => a.index - b.index);
}
