/**
 * Tokenizer for unspaced Japanese. Every token is a substring of `normalize(text)`, which is what lets the
 * highlighter find it again in the original text.
 *
 * Modes (hit@1 / hit@3 on the 327 labelled examples, 10-fold, `npm run eval:search -- --compare`):
 * bigram 0.887 / 0.979 (default), script-bigram 0.884 / 0.969, both 0.862 / 0.976, word-bigram 0.749 / 0.856,
 * segmenter 0.700 / 0.859. The segmenter cuts hiragana-only questions (ぱ|すわ|ー|ど) into useless pieces.
 * - `bigram`: overlapping character pairs over each Japanese run; robust to hiragana-only and typos, but
 *   pairs that straddle two words (ど|を) add noise.
 * - `segmenter`: `Intl.Segmenter('ja')` words; precise, but hiragana-only input segments poorly.
 * - `word-bigram`: character pairs inside each segmenter word (no pairs across word boundaries).
 * - `both`: bigrams plus segmenter words.
 * - `script-bigram`: pairs only inside runs of one script (no 請|の, ド|を pairs).
 * Latin and digit runs (kj, wi, 0120) are always kept whole.
 */
import { foldKana, normalize, normalizeUnfolded } from './normalize.ts';
import { distinctTokens } from './distinct-tokens.ts';

export type TokenizerMode = 'bigram' | 'script-bigram' | 'segmenter' | 'word-bigram' | 'both';

/** The mode the search index and the answer engine use unless told otherwise (chosen by measurement). */
export const DEFAULT_TOKENIZER: TokenizerMode = 'bigram';

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
const JAPANESE = /[\u3041-\u3096\u30a1-\u30fa\u30fc\u3005\u3006\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]/;
const KANJI = /[\u3005\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]/;
const WORD = /[\p{L}\p{N}]/u;

/** True when the character is kana, kanji or ー. */
function isJapanese(ch: string): boolean {
  return JAPANESE.test(ch);
}

/** Splits a normalised string into runs of Japanese characters and runs of other letters/digits. */
function runs(text: string): { text: string; japanese: boolean }[] {
  const out: { text: string; japanese: boolean }[] = [];
  let current = '';
  let japanese = false;
  for (const ch of text) {
    if (!WORD.test(ch)) {
      if (current) out.push({ text: current, japanese });
      current = '';
      continue;
    }
    const j = isJapanese(ch);
    if (current && j !== japanese) {
      out.push({ text: current, japanese });
      current = '';
    }
    japanese = j;
    current += ch;
  }
  if (current) out.push({ text: current, japanese });
  return out;
}

/** Overlapping pairs of a Japanese run; a lone character only when it is a kanji (lone kana are particles). */
function bigrams(run: string, out: string[]): void {
  const chars = Array.from(run);
  if (chars.length === 1) {
    if (KANJI.test(chars[0]!)) out.push(chars[0]!);
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
}

/** JAPANESE and KANJI by code (a UTF-16 unit outside the surrogates). */
const isJapaneseCode = (c: number) =>
  (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || c === 0x3005 || c === 0x3006 || isKanjiCode(c);
const isKanjiCode = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || c === 0x3005 || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

/** WORD by code, with the common scripts answered without the Unicode-property regex. */
function isWordCode(c: number): boolean {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || isJapaneseCode(c)) return true;
  if (c < 0x80) return false;
  return WORD.test(String.fromCharCode(c));
}

const SURROGATE = /[\ud800-\udfff]/;

function bigramTokens(normalized: string, out: string[]): void {
  if (SURROGATE.test(normalized)) {
    // Characters beyond the BMP are two code units: the character-wise path keeps them whole.
    for (const run of runs(normalized)) {
      if (run.japanese) bigrams(run.text, out);
      else out.push(run.text);
    }
    return;
  }
  // The same runs and pairs, read by code unit (every character is one).
  let start = -1;
  let japanese = false;
  for (let i = 0; i < normalized.length; i++) {
    const c = normalized.charCodeAt(i);
    if (!isWordCode(c)) {
      if (start >= 0) runTokens(normalized, start, i, japanese, out);
      start = -1;
      continue;
    }
    const j = isJapaneseCode(c);
    if (start >= 0 && j !== japanese) {
      runTokens(normalized, start, i, japanese, out);
      start = -1;
    }
    if (start < 0) start = i;
    japanese = j;
  }
  if (start >= 0) runTokens(normalized, start, normalized.length, japanese, out);
}

/**
 * The tokens of the run `start`..`end` of a text without surrogates: a Latin run whole, a Japanese run as
 * its pairs (a lone kanji alone). A function of its own, not a closure made per call: tokenising runs
 * several times per ask.
 */
function runTokens(normalized: string, start: number, end: number, japanese: boolean, out: string[]): void {
  if (!japanese) out.push(normalized.slice(start, end));
  else if (end - start === 1) {
    if (isKanjiCode(normalized.charCodeAt(start))) out.push(normalized[start]!);
  } else for (let i = start; i + 1 < end; i++) out.push(normalized.slice(i, i + 2));
}

type Script = 'kanji' | 'hiragana' | 'katakana' | 'other';

function scriptOf(ch: string, previous: Script): Script {
  if (ch === 'ー') return previous === 'other' ? 'katakana' : previous;
  if (KANJI.test(ch)) return 'kanji';
  const c = ch.charCodeAt(0);
  if (c >= 0x3041 && c <= 0x309f) return 'hiragana';
  if (c >= 0x30a1 && c <= 0x30fa) return 'katakana';
  return 'other';
}

/**
 * Pairs inside runs of one script (kanji, hiragana, katakana) of the unfolded text: no pairs across a
 * particle boundary (請|の, ど|を), which in a small corpus look rare and so falsely important.
 */
function scriptTokens(unfolded: string, folded: string, out: string[]): void {
  let i = 0;
  const chars = Array.from(unfolded);
  const foldedChars = Array.from(folded);
  while (i < chars.length) {
    const ch = chars[i]!;
    if (!WORD.test(ch)) {
      i += 1;
      continue;
    }
    if (!isJapanese(ch)) {
      let j = i;
      while (j < chars.length && WORD.test(chars[j]!) && !isJapanese(chars[j]!)) j += 1;
      out.push(foldedChars.slice(i, j).join(''));
      i = j;
      continue;
    }
    const script = scriptOf(ch, 'other');
    let j = i + 1;
    while (j < chars.length && isJapanese(chars[j]!) && scriptOf(chars[j]!, script) === script) j += 1;
    bigrams(foldedChars.slice(i, j).join(''), out);
    i = j;
  }
}

/** Segmenter words of the unfolded text, each folded; pairs inside words when `pairs` is set. */
function segmentTokens(unfolded: string, folded: string, pairs: boolean, out: string[]): void {
  for (const seg of segmenter.segment(unfolded)) {
    if (!seg.isWordLike) continue;
    // Folding is one character for one, so the folded word sits at the same offset.
    const word = folded.slice(seg.index, seg.index + seg.segment.length);
    for (const run of runs(word)) {
      if (!run.japanese) out.push(run.text);
      else if (pairs) bigrams(run.text, out);
      else if (run.text.length >= 2 || KANJI.test(run.text)) out.push(run.text);
    }
  }
}

/**
 * Tokens of a text (normalised first), in order, duplicates kept.
 * @param mode which tokenizer; defaults to {@link DEFAULT_TOKENIZER}
 */
export function tokenize(text: string, mode: TokenizerMode = DEFAULT_TOKENIZER): string[] {
  const out: string[] = [];
  if (mode === 'bigram') {
    bigramTokens(normalize(text), out);
    return out;
  }
  const unfolded = normalizeUnfolded(text);
  const folded = foldKana(unfolded);
  if (mode === 'script-bigram') {
    scriptTokens(unfolded, folded, out);
    return out;
  }
  if (mode === 'both') bigramTokens(folded, out);
  segmentTokens(unfolded, folded, mode === 'word-bigram', out);
  if (mode === 'both') return Array.from(new Set(out));
  return out;
}

/** Unique tokens of a text, in order of first occurrence. */
export function uniqueTokens(text: string, mode: TokenizerMode = DEFAULT_TOKENIZER): string[] {
  return distinctTokens(tokenize(text, mode));
}
