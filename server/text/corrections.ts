/**
 * The corrector of a vocabulary, compiled once per knowledge base for the looser pass over what exact matching
 * left of a question (slips.ts): every vocabulary word of three characters or more under each one-character
 * deletion of it, for one-character slips (「証明所」「ダウンロド」「パスワードド」), and the words with kanji by their
 * readings, for IME homophone slips (「身請」 read しんせい is 「申請」, 「有効機嫌」 read ゆうこうきげん is 「有効期限」).
 */
import { normalize, normalizeWithMap } from './normalize.ts';
import type { Meaning, Vocabulary } from './vocabulary.ts';
import kanjiTable from './kanji-readings.json' with { type: 'json' };

/** Tunable limits of the looser pass (documented here, the one place they live). */
export const CORRECTION_LIMITS = {
  /** Shortest vocabulary word a one-character slip is tolerated in. */
  minTypoLength: 3,
  /**
   * Shortest vocabulary word in which one character may stand for another (not only be dropped or doubled).
   * In three characters a changed one is mostly another word: 「ロック」 is not a slip of 「マック」. Kanji
   * homophones (「証明所」) are read through their readings instead.
   */
  minSubstitutionLength: 4,
  /** Most readings tried for one kanji stretch (each kanji has a few). */
  maxReadings: 256,
  /** Shortest kanji stretch read for a homophone slip. */
  minReadingKanji: 2,
};

/** How a kanji stretch is read: every reading it may have (default: the jōyō kanji table, see {@link readingsOf}). */
export type KanjiReader = (stretch: string) => string[];

export interface Corrector {
  read: KanjiReader;
  /** Each word of three characters or more under itself and every one-character deletion of it. */
  deletions: Map<string, { text: string; meanings: Meaning[] }[]>;
  longest: number;
  /** Reading → the words with kanji that read so; `vocabulary`: a lexicon word of ours (not only the articles', nor another system's). */
  byReading: Map<string, { text: string; meanings: Meaning[]; vocabulary: boolean }[]>;
  /**
   * Each kanji of those words with its place and the word's length (`placeKey`): a stretch shares a kanji with
   * a word of its length only if one of its own is here, which most stretches' do not (no reading is made).
   */
  placedKanji: Set<number>;
  /** Whether the corpus knows a token (a pair of characters). */
  known: (token: string) => boolean;
  /**
   * Whether the articles' own prose knows it (their example questions left out). Homophones are looked for
   * where this does not: a slip typed into an example on purpose (「有効期現」) is known to the corpus, and
   * would otherwise keep the same slip from being read as its word in every other question.
   */
  proseKnows: (token: string) => boolean;
}

/** A kanji (or 々). */
export const KANJI = /[\u3005\u4e00-\u9fff]/;
/** A digit: words with one are never slipped on. */
export const DIGIT = /[0-9]/;
const kanjiReadings = (kanjiTable as { readings: Record<string, string[]> }).readings;

/** A word and every one-character deletion of it: the keys a word is filed under, and a typed stretch looks up. */
export function deletionsOf(text: string): string[] {
  const out = [text];
  for (let i = 0; i < text.length; i++) out.push(text.slice(0, i) + text.slice(i + 1));
  return out;
}

function appendTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** Compiles the corrector of a vocabulary; `readings` are the generated readings of words with kanji. */
export function compileCorrector(
  vocabulary: Vocabulary,
  readings: ReadonlyMap<string, string>,
  known: (token: string) => boolean,
  read: KanjiReader = readingsOf,
  proseKnows: (token: string) => boolean = known,
): Corrector {
  const deletions: Corrector['deletions'] = new Map();
  const byReading: Corrector['byReading'] = new Map();
  const byText = new Map<string, Meaning[]>();
  // Lists appended in place and one entry per word, shared by its keys: compiled at every start (tens of
  // thousands of keys), where copying a list per key was most of the corrector's start-up time.
  for (const p of vocabulary.patterns) appendTo(byText, p.text, p.payload);
  let longest = 0;
  for (const [text, meanings] of byText) {
    if (text.length < CORRECTION_LIMITS.minTypoLength || DIGIT.test(text)) continue;
    longest = Math.max(longest, text.length);
    const entry = { text, meanings };
    for (const key of deletionsOf(text)) appendTo(deletions, key, entry);
  }
  // Every word with a generated reading: a vocabulary word means what the vocabulary says, any other
  // word (「代理人」 inside 「代理人証明書」) stands for itself.
  for (const [word, reading] of readings) {
    const text = normalize(word);
    if (!KANJI.test(text)) continue;
    const known = byText.get(text);
    const meanings = known ?? [{ kind: 'term' as const, term: text, written: normalizeWithMap(word, { fold: false }).text, self: false }];
    // Vocabulary words first: where two words read the same, the lexicon's is the one meant.
    const list = byReading.get(reading) ?? [];
    const entry = { text, meanings, vocabulary: known !== undefined && known.every((m) => m.kind === 'term') };
    byReading.set(reading, known ? [entry, ...list] : [...list, entry]);
  }
  const placedKanji = new Set<number>();
  for (const list of byReading.values()) {
    for (const { text } of list) for (let i = 0; i < text.length; i++) if (KANJI.test(text[i]!)) placedKanji.add(placeKey(text.length, i, text.charCodeAt(i)));
  }
  return { read, deletions, longest, byReading, placedKanji, known, proseKnows };
}

/** The readings of a kanji stretch: every combination of its kanji's readings (capped), or none. */
export function readingsOf(s: string): string[] {
  let out = [''];
  for (const ch of s) {
    const rs = kanjiReadings[ch];
    if (!rs) return [];
    out = out.flatMap((prefix) => rs.map((r) => prefix + r));
    if (out.length > CORRECTION_LIMITS.maxReadings) return [];
  }
  return out;
}

/** A kanji's code with its place in a word of `length` characters, as one number. */
export const placeKey = (length: number, place: number, code: number) => (length * 256 + place) * 0x10000 + code;

