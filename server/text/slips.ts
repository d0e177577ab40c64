/**
 * The looser pass over what exact matching left of a question, with the corrector compiled once per knowledge base
 * (corrections.ts): one-character slips of vocabulary words of three characters or more (「証明所」「ダウンロド」
 * 「パスワードド」), and IME homophone slips read through their kanji (「身請」 read しんせい is 「申請」).
 *
 * Only stretches the corpus does not know are tried: a word the articles use (「発行先」) is never "corrected" into a
 * vocabulary word one character away (「発行者」). Hiragana is tried only in a message typed in kana, and there only a
 * word typed between spaces, whole (「りようしせい」): elsewhere it is mostly grammar, and hiragana spellings of words are
 * matched exactly, through the lexicon and the readings.
 */
import { editDistance } from '../content/fields.ts';
import type { Meaning } from './vocabulary.ts';
import { isHiraganaCode, isKatakanaCode } from './normalize.ts';
import { CORRECTION_LIMITS, deletionsOf, DIGIT, KANJI, placeKey, type Corrector } from './corrections.ts';

/** A word found loosely: where (offsets in the normalised text), what it means, how, and the vocabulary word taken. */
export interface LooseHit {
  index: number;
  length: number;
  meanings: Meaning[];
  via: 'typo' | 'reading';
  as: string;
}

const LATIN = /[a-z]/;
/** Shortest Latin word a slip is tolerated in: shorter ones are other words (「ios」 is not 「iop」). */
const MIN_LATIN_TYPO = 4;

/** Whether a stretch holds a pair of characters `knows` (the corpus's, or the prose's) does not know (so it may be a slip). */
function unknown(s: string, knows: (token: string) => boolean): boolean {
  for (let i = 0; i + 1 < s.length; i++) if (!knows(s.slice(i, i + 2))) return true;
  return false;
}

/** Whether `s` has a kanji at a place where a word of its length with a reading has the same one. */
function mayShareKanji(corrector: Corrector, s: string): boolean {
  for (let i = 0; i < s.length; i++) if (corrector.placedKanji.has(placeKey(s.length, i, s.charCodeAt(i)))) return true;
  return false;
}

/** Whether `typed` holds a kanji of `word`, or `word` has none. */
function holdsKanjiOf(typed: string, word: string): boolean {
  let kanji = false;
  for (let i = 0; i < word.length; i++) {
    if (!KANJI.test(word[i]!)) continue;
    kanji = true;
    if (typed.includes(word[i]!)) return true;
  }
  return !kanji;
}

function sharedKanji(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] === b[i] && KANJI.test(a[i]!)) n += 1;
  return n;
}

function claim(taken: boolean[], index: number, length: number): boolean {
  for (let k = index; k < index + length; k++) if (taken[k]) return false;
  for (let k = index; k < index + length; k++) taken[k] = true;
  return true;
}

/**
 * Stretches of `text` not yet taken, outside spaces and (unless the message is typed in kana, `kana`) hiragana, that hold
 * a pair the prose never uses.
 */
function stretches(corrector: Corrector, text: string, written: string, taken: readonly boolean[], kana: boolean): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const open = i < text.length && !taken[i] && text[i] !== ' ' && (kana || !isHiraganaCode(written.charCodeAt(i)));
    if (open && start < 0) start = i;
    if (!open && start >= 0) {
      const s = text.slice(start, i);
      if (s.length >= 2 && unknown(s, corrector.proseKnows)) out.push({ start, text: s });
      start = -1;
    }
  }
  return out;
}

/**
 * Slips and homophones in the stretches of `text` (normalised, folded) not yet `taken`; `written` is the
 * same text with katakana kept (same offsets), which tells hiragana from katakana. Updates `taken`.
 */
export function findLoose(corrector: Corrector, text: string, written: string, taken: boolean[], kana = false): LooseHit[] {
  const hits: LooseHit[] = [];
  for (const run of stretches(corrector, text, written, taken, kana)) {
    const n = run.text.length;
    // What each place of the run holds, worked out once: the loops below try every piece of it.
    const facts = runFacts(corrector, run.text);
    // Homophones first: a kanji stretch read as a word of the same length that shares a kanji with it.
    for (let len = Math.min(8, n); len >= CORRECTION_LIMITS.minReadingKanji; len--) {
      for (let at = 0; at + len <= n; at++) {
        if (facts.kanjiEnd[at]! < at + len || anyTaken(taken, run.start + at, len) || !unknownIn(facts.proseKnown, at, len)) continue;
        const s = run.text.slice(at, at + len);
        // A whole stretch may share no kanji with the word it reads as, when that is a lexicon word of ours (「利用新生」's 新生
        // read しんせい is 申請): the stretch is a word the articles never use, typed where the IME chose another. Not another
        // system's word (「転記」 is no slip of 天気).
        const whole = at === 0 && len === n;
        if (!whole && !mayShareKanji(corrector, s)) continue;
        // The stretch as its kanji are first read (each one's first reading), when that is a word: what the clerk typed before
        // the IME chose these kanji (「新生」 read しんせい is 申請, not 新規 by 生's rare reading き).
        const readings = corrector.read(s);
        const match = wordRead(corrector, s, readings.slice(0, 1), whole) ?? wordRead(corrector, s, readings, whole);
        if (match && claim(taken, run.start + at, len)) hits.push({ index: run.start + at, length: len, meanings: match.meanings, via: 'reading', as: match.text });
      }
    }
    // Then one-character slips, longest first: only in a stretch the whole corpus has a pair missing from (every
    // piece of one it knows throughout is known too), which most stretches the prose lacks are not.
    if (!unknownIn(facts.corpusKnown, 0, n)) continue;
    // In a message typed in kana, spaced word by word, only a word typed between spaces is tried, whole: its pieces are
    // grammar as often as words (「いつまでな」 is no slip of 「いつまで残」), and so is what a word found leaves of a run
    // (「ーではじまる」 of 「けーじぇーではじまる」 is no slip of 「cではじまる」).
    if (kana && !standsAlone(text, run.start, n)) continue;
    for (let len = Math.min(n, corrector.longest + 1); len >= (kana ? n : CORRECTION_LIMITS.minTypoLength); len--) {
      for (let at = 0; at + len <= n; at++) {
        if (facts.digitsBefore[at + len]! > facts.digitsBefore[at]! || anyTaken(taken, run.start + at, len) || !unknownIn(facts.corpusKnown, at, len)) continue;
        // A Latin word is tried whole, never a piece of one, nor with kana or kanji beside it (「セキュリティ用mail」's 用mail is no
        // slip of Gmail).
        const latin = facts.latinBefore[at + len]! - facts.latinBefore[at]!;
        if (latin > 0 && (latin < len || len < MIN_LATIN_TYPO || facts.latin[at - 1] === 1 || facts.latin[at + len] === 1)) continue;
        // Nor a piece cut out of a katakana word (「タイミング」's タイミン is no slip of たいおん, 体温 read in kana).
        if (cutsKatakana(written, run.start + at, len)) continue;
        const s = run.text.slice(at, at + len);
        // The long-vowel mark only lengthens the sound before it: a piece must name a word in minTypoLength other
        // characters (「コピー」 is the word itself, not 「コピー機」 with its last character dropped).
        if (s.length - countLongVowels(s) < CORRECTION_LIMITS.minTypoLength) continue;
        const best = closest(corrector, s);
        if (best && claim(taken, run.start + at, len)) hits.push({ index: run.start + at, length: len, meanings: best.meanings, via: 'typo', as: best.text });
      }
    }
  }
  return hits;
}

/** Whether `code` is katakana (normalize.ts) or the long-vowel mark, which a katakana word holds. */
const LONG_VOWEL = 0x30fc;
const isKatakanaOrLong = (code: number) => isKatakanaCode(code) || code === LONG_VOWEL;

/** Most katakana a piece may leave of its word on either side and still be a word of its own: more is a word run on (「ダウンロドボタン」). */
const MAX_KATAKANA_LEFT = 2;

/**
 * Whether the `len` characters at `at` of `written` (katakana as typed) hold katakana and leave one or two katakana of the
 * same word on either side (「タイミング」's タイミン leaves グ): a piece of a word, not a word.
 */
function cutsKatakana(written: string, at: number, len: number): boolean {
  let katakana = false;
  for (let i = at; i < at + len && !katakana; i++) katakana = isKatakanaOrLong(written.charCodeAt(i));
  if (!katakana) return false;
  let before = 0;
  while (at - before - 1 >= 0 && isKatakanaOrLong(written.charCodeAt(at - before - 1))) before += 1;
  let after = 0;
  while (at + len + after < written.length && isKatakanaOrLong(written.charCodeAt(at + len + after))) after += 1;
  return (before > 0 && before <= MAX_KATAKANA_LEFT) || (after > 0 && after <= MAX_KATAKANA_LEFT);
}

/** How many long-vowel marks (ー) `s` holds. */
function countLongVowels(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 0x30fc) n += 1;
  return n;
}

/** What each place of a stretch holds, for findLoose's loops over its pieces. */
interface RunFacts {
  /** Per place: where the kanji from there end (the first place at or after it that is no kanji). */
  kanjiEnd: Int32Array;
  /** Per place: 1 when the pair that starts there is known to the prose, to the corpus. */
  proseKnown: Uint8Array;
  corpusKnown: Uint8Array;
  /** Per place: 1 for a Latin letter; and how many Latin letters, digits come before it. */
  latin: Uint8Array;
  latinBefore: Int32Array;
  digitsBefore: Int32Array;
}

function runFacts(corrector: Corrector, text: string): RunFacts {
  const n = text.length;
  const facts: RunFacts = {
    kanjiEnd: new Int32Array(n + 1), proseKnown: new Uint8Array(n), corpusKnown: new Uint8Array(n),
    latin: new Uint8Array(n), latinBefore: new Int32Array(n + 1), digitsBefore: new Int32Array(n + 1),
  };
  facts.kanjiEnd[n] = n;
  for (let i = n - 1; i >= 0; i--) facts.kanjiEnd[i] = KANJI.test(text[i]!) ? facts.kanjiEnd[i + 1]! : i;
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    facts.latin[i] = LATIN.test(ch) ? 1 : 0;
    facts.latinBefore[i + 1] = facts.latinBefore[i]! + facts.latin[i]!;
    facts.digitsBefore[i + 1] = facts.digitsBefore[i]! + (DIGIT.test(ch) ? 1 : 0);
    if (i + 1 < n) {
      const pair = text.slice(i, i + 2);
      facts.proseKnown[i] = corrector.proseKnows(pair) ? 1 : 0;
      facts.corpusKnown[i] = corrector.known(pair) ? 1 : 0;
    }
  }
  return facts;
}

/** Whether the piece of `len` characters at `at` holds a pair `known` does not know (as `unknown` does of a stretch). */
function unknownIn(known: Uint8Array, at: number, len: number): boolean {
  for (let i = at; i + 1 < at + len; i++) if (known[i] === 0) return true;
  return false;
}

/** Whether the `length` characters at `start` of `text` are a word typed between spaces (or the text's edges). */
function standsAlone(text: string, start: number, length: number): boolean {
  return (start === 0 || text[start - 1] === ' ') && (start + length === text.length || text[start + length] === ' ');
}

function anyTaken(taken: readonly boolean[], index: number, length: number): boolean {
  for (let k = index; k < index + length; k++) if (taken[k]) return true;
  return false;
}

/**
 * Question words, one character apart from each other (「なんで」 why, 「なんぼ」 how much; 「いつ」 when, 「いくつ」 how many):
 * a slip never turns one into another, or the question asks something else (「…入れへんのやけど、なんでなん？」 is
 * no slip of 「なんぼなん」, the price).
 */
export const QUESTION_WORDS = ['なんで', 'なんぼ', 'なんて', 'なんの', 'なに', 'いつ', 'いくら', 'いくつ', 'どこ', 'どう', 'どれ', 'どの', 'だれ', 'どっち', 'どちら'];

/** Whether the first character where `a` and `b` differ lies in a question word of either. */
function changesQuestionWord(a: string, b: string): boolean {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  return [a, b].some((text) => QUESTION_WORDS.some((word) => {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) if (i <= at && at < i + word.length) return true;
    return false;
  }));
}

/**
 * The word one of `readings` of the kanji stretch `s` reads as: as long as it, sharing a kanji with it, or a vocabulary word
 * when `s` is a whole stretch; the one sharing most kanji first, vocabulary words first among as many.
 */
function wordRead(corrector: Corrector, s: string, readings: readonly string[], whole: boolean): { text: string; meanings: Meaning[] } | undefined {
  return readings
    .flatMap((r) => corrector.byReading.get(r) ?? [])
    .filter((w) => w.text.length === s.length && (sharedKanji(w.text, s) > 0 || (whole && w.vocabulary)))
    .sort((a, b) => sharedKanji(b.text, s) - sharedKanji(a.text, s))[0]; // stable: vocabulary words stay first
}

/**
 * Whether a stretch keeps the Latin letters and digits of a word that mixes them with kana or kanji (「cではじまる」): they tell
 * the word apart, and a slip is of its kana (「KJﾃﾞﾊｼﾞﾏﾙ」's ではじまる is no slip of cではじまる with its c dropped). A word of
 * Latin letters only is slipped on as a whole (findLoose).
 */
function keepsLatin(s: string, word: string): boolean {
  const latin = word.replace(NOT_LATIN, '');
  if (latin.length === 0 || latin.length === word.replace(/\s/g, '').length) return true;
  return s.replace(NOT_LATIN, '') === latin;
}
const NOT_LATIN = /[^a-z0-9]/g;

/** The longest vocabulary word one edit away from `s`, through the deletion index. */
function closest(corrector: Corrector, s: string): { text: string; meanings: Meaning[] } | null {
  const seen = new Set<string>();
  let best: { text: string; meanings: Meaning[] } | null = null;
  for (const key of deletionsOf(s)) {
    for (const w of corrector.deletions.get(key) ?? []) {
      if (seen.has(w.text) || w.text === s) continue;
      seen.add(w.text);
      if (w.text.length === s.length && s.length < CORRECTION_LIMITS.minSubstitutionLength) continue;
      // A word written with kanji is slipped on only where a kanji of it was typed: 「なにを」 is no slip of 「何を移」 (なにを移).
      if (!holdsKanjiOf(s, w.text) || changesQuestionWord(s, w.text) || !keepsLatin(s, w.text)) continue;
      if (editDistance(s, w.text) <= 1 && (!best || w.text.length > best.text.length)) best = w;
    }
  }
  return best;
}
