/**
 * Japanese text normalisation shared by indexing, querying, the lexicon and the answer engine.
 *
 * One pass over the text, chunk by chunk (a character plus any voiced-sound marks that follow it), so that
 * every normalised character remembers where it came from: highlighting marks the ORIGINAL text.
 *
 * Steps: NFKC (ﾊﾟｽﾜｰﾄﾞ → パスワード, ＫＪ → KJ, full-width space → space; a spacing ゛ or ゜ after a kana voices it, ロク゛イン →
 * ログイン), lowercase, the kanji 一 between katakana becomes ー (ダウンロ一ド, a wrong candidate of the input method), every dash or
 * long-vowel variant after kana becomes ー (パスワ-ド → パスワード), ー itself between a kanji and kana stays (湯ーザ, an
 * input-method slip for ユーザ, which the corrections read) and elsewhere a space, three or more kanji numerals in a row become
 * digits (〇一二〇 → 0120, a number read out digit by digit), punctuation and
 * symbols become one space, word-final ー is dropped (ユーザー = ユーザ), katakana fold to hiragana
 * (パスワード = ぱすわーど).
 */

/** A normalised string and, for each of its characters, the offset of the original character it came from. */
export interface NormalizedText {
  text: string;
  /** `map[i]` is the UTF-16 offset in the original of normalised character `i`; `map[text.length]` = original length. */
  map: number[];
}

export interface NormalizeOptions {
  /** Fold katakana to hiragana (default true). The tokenizer turns it off to let Intl.Segmenter see katakana words. */
  fold?: boolean;
}

/** Dashes and long-vowel marks people type for ー (NFKC already maps ｰ → ー and － → -): ー - ‐ ‑ ‒ – — ― − ─ ━ ﹣. */
const DASH_CODES = [0x30fc, 0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2500, 0x2501, 0xfe63];
const isDash = (c: number) => DASH_CODES.includes(c);
/** Voiced-sound marks that combine with the preceding kana under NFKC. */
const COMBINING = /[\u3099\u309a\uff9e\uff9f\u309b\u309c]/;
/** The spacing voiced-sound marks (゛ ゜), which NFKC turns into a space and a combining mark. */
const SPACING_MARK = /[\u309b\u309c]/g;
const KANA = /[\u3041-\u3096\u30a1-\u30fa\u30fc]/;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Letter or digit, with a fast path for the common scripts. */
function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return true;
  if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || (c >= 0x4e00 && c <= 0x9fff)) return true;
  if (c < 0x80) return false;
  return LETTER_OR_NUMBER.test(ch);
}

/** Characters NFKC leaves alone: ASCII, hiragana, katakana, ー, common CJK ideographs, 々. */
function isStable(cp: number): boolean {
  return (
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0x3041 && cp <= 0x3096) ||
    (cp >= 0x30a1 && cp <= 0x30fa) ||
    cp === 0x30fc ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    cp === 0x3005 ||
    cp === 0x3001 ||
    cp === 0x3002
  );
}

function isCombining(code: number): boolean {
  return code === 0x3099 || code === 0x309a || code === 0xff9e || code === 0xff9f || code === 0x309b || code === 0x309c;
}

/** True for hiragana, katakana and ー. */
export function isKana(ch: string): boolean {
  return KANA.test(ch);
}

/** {@link isKana} for one character (a string of one or two code units), by its code. */
function isKanaChar(ch: string): boolean {
  return ch.length === 1 && (isKanaLetter(ch.charCodeAt(0)) || ch.charCodeAt(0) === 0x30fc);
}

/** A kanji (a common CJK ideograph, or 々), by its code. */
export const isKanjiCode = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || c === 0x3005;

/** {@link isKanjiCode} for one character (a string of one or two code units). */
function isKanjiChar(ch: string): boolean {
  return ch.length === 1 && isKanjiCode(ch.charCodeAt(0));
}

const isFoldable = (c: number) => c >= 0x30a1 && c <= 0x30f6;

/** {@link foldKana} of one code unit, by its code. */
export function foldCode(c: number): number {
  return isFoldable(c) ? c - 0x60 : c;
}

/** Katakana → hiragana, one character for one (ヴ → ゔ). Other characters pass through. */
export function foldKana(text: string): string {
  let i = 0;
  while (i < text.length && !isFoldable(text.charCodeAt(i))) i += 1;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += isFoldable(c) ? String.fromCharCode(c - 0x60) : text[i];
  }
  return out;
}

/** Hiragana (ぁ…ゖ), by its code. */
export const isHiraganaCode = (c: number) => c >= 0x3041 && c <= 0x3096;

/** Katakana (ァ…ヺ; not ー), by its code. */
export const isKatakanaCode = (c: number) => c >= 0x30a1 && c <= 0x30fa;

/** Whether `text` holds a hiragana letter (a message that types its grammar in hiragana, whatever script its words are in). */
export function hasHiragana(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHiraganaCode(text.charCodeAt(i))) return true;
  return false;
}

/** The kanji numerals, each at the place of its digit (「〇一二〇」 read out digit by digit is 0120). */
const KANJI_DIGITS = '〇一二三四五六七八九';
/**
 * Fewest kanji numerals in a row read as digits: a number read out digit by digit (「〇一二〇の五八四の七〇八」, a phone
 * number), not a word that holds one or two (一覧, 同一, 二台, 十二).
 */
const MIN_KANJI_DIGIT_RUN = 3;

/** A run of kanji numerals long enough to be a number read out digit by digit. */
const KANJI_DIGIT_RUN = new RegExp(`[${KANJI_DIGITS}]{${MIN_KANJI_DIGIT_RUN},}`, 'g');

/**
 * The text with every run of MIN_KANJI_DIGIT_RUN or more kanji numerals written in ASCII digits, one code unit for one
 * (「〇九〇の一二三四」 → 「090の1234」): the offsets stay those of the text as typed.
 */
export function foldKanjiDigitRuns(text: string): string {
  return text.replace(KANJI_DIGIT_RUN, (run) => [...run].map((ch) => KANJI_DIGITS.indexOf(ch)).join(''));
}

/** Kana (hiragana, katakana; not ー) by code. */
const isKanaLetter = (c: number) => isHiraganaCode(c) || isKatakanaCode(c);

/**
 * Whether normalising leaves the text as it is (but for folding): lowercase Latin, digits, kana, common
 * kanji and 々, single spaces inside, ー only before kana and after kana or a kanji. Most texts normalised inside the
 * engine are already normal (parts of a normalised question, lexicon terms), and this check is cheap.
 */
function isNormal(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x4e00 && i > 0 && isKatakanaCode(text.charCodeAt(i - 1)) && isKatakanaCode(text.charCodeAt(i + 1))) return false;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || isKanaLetter(c) || isKanjiCode(c)) continue;
    if (c === 0x20 && i > 0 && i < n - 1 && text.charCodeAt(i - 1) !== 0x20) continue;
    if (c === 0x30fc && i > 0 && i < n - 1 && (isKanaLetter(text.charCodeAt(i - 1)) || isKanjiCode(text.charCodeAt(i - 1))) && isKanaLetter(text.charCodeAt(i + 1))) continue;
    return false;
  }
  return true;
}

/**
 * Normalises text and keeps the offset map back to the original.
 * Idempotent: `normalize(normalize(x)) === normalize(x)`.
 */
export function normalizeWithMap(typed: string, options: NormalizeOptions = {}): NormalizedText {
  return normalizeDigitsFolded(foldKanjiDigitRuns(typed), options.fold ?? true);
}

/** normalizeWithMap of a text whose kanji numerals are already folded (foldKanjiDigitRuns): they are folded once. */
function normalizeDigitsFolded(input: string, fold: boolean): NormalizedText {
  if (isNormal(input)) {
    const map = new Array<number>(input.length + 1);
    for (let k = 0; k <= input.length; k++) map[k] = k;
    return { text: fold ? foldKana(input) : input, map };
  }
  const chars: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < input.length) {
    const start = i;
    const cp = input.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const next = input.charCodeAt(i);
    if (isStable(cp) && !isCombining(next)) {
      // Fast path (most characters): NFKC would not change it.
      chars.push(cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 0x20) : input[start]!);
      map.push(start);
      continue;
    }
    while (i < input.length && COMBINING.test(input[i]!)) i += 1;
    // The spacing marks ゛ and ゜ typed after a kana (「ロク゛イン」) are its voicing: NFKC would part them off with a space.
    const raw = i - start > 1 ? input.slice(start, i).replace(SPACING_MARK, (m) => (m === '\u309b' ? '\u3099' : '\u309a')) : input.slice(start, i);
    const chunk = raw.normalize('NFKC').toLowerCase();
    for (const ch of chunk) {
      chars.push(ch);
      map.push(start);
    }
  }
  // Second pass: dashes, punctuation, spaces, word-final ー — all need the neighbours.
  const outChars: string[] = [];
  const outMap: number[] = [];
  const push = (ch: string, at: number) => {
    if (ch === ' ' && (outChars.length === 0 || outChars[outChars.length - 1] === ' ')) return;
    outChars.push(ch);
    outMap.push(at);
  };
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k]!;
    if (ch.length === 1 && isDash(ch.charCodeAt(0))) {
      const prev = outChars[outChars.length - 1];
      if (prev !== undefined && isKanaChar(prev)) push('ー', map[k]!);
      // ー itself between a kanji and kana is a long vowel after a slip of the input method (湯ーザ for ユーザ).
      else if (ch === 'ー' && prev !== undefined && isKanjiChar(prev) && isKanaChar(chars[k + 1] ?? '')) push('ー', map[k]!);
      else push(' ', map[k]!);
    } else if (ch === '一' && isKatakanaCode(chars[k - 1]?.charCodeAt(0) ?? 0) && isKatakanaCode(chars[k + 1]?.charCodeAt(0) ?? 0)) {
      // The kanji 一 between katakana is ー typed through the input method's wrong candidate (「ダウンロ一ド」「パスワ一ド」).
      push('ー', map[k]!);
    } else if (isWordChar(ch)) {
      push(ch, map[k]!);
    } else {
      push(' ', map[k]!);
    }
  }
  // Word-final ー: a run of ー after kana that is not followed by kana is dropped (ユーザー名 → ユーザ名).
  const text: string[] = [];
  const finalMap: number[] = [];
  for (let k = 0; k < outChars.length; k++) {
    const ch = outChars[k]!;
    if (ch === 'ー') {
      let end = k;
      while (end < outChars.length && outChars[end] === 'ー') end += 1;
      const next = outChars[end];
      const prev = outChars[k - 1];
      const kept = prev !== undefined && (isKanaChar(prev) || isKanjiChar(prev)) && next !== undefined && isKanaChar(next);
      if (!kept) {
        k = end - 1;
        continue;
      }
    }
    text.push(fold ? foldKana(ch) : ch);
    finalMap.push(outMap[k]!);
  }
  while (text.length > 0 && text[text.length - 1] === ' ') {
    text.pop();
    finalMap.pop();
  }
  finalMap.push(input.length);
  return { text: text.join(''), map: finalMap };
}

/** Normalises text for matching (see the module comment for the steps). */
export function normalize(typed: string): string {
  const text = foldKanjiDigitRuns(typed);
  return isNormal(text) ? foldKana(text) : normalizeDigitsFolded(text, true).text;
}

/** {@link normalize} without folding katakana (what the tokenizer's script-aware modes and `weakPairs` read). */
export function normalizeUnfolded(typed: string): string {
  const text = foldKanjiDigitRuns(typed);
  return isNormal(text) ? text : normalizeDigitsFolded(text, false).text;
}
