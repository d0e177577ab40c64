/**
 * Kana words with their long vowels written ー, as many clerks type hiragana (「かいごほけんしょー」「しょーめいしょ」「せーきゅー」):
 * the vocabulary finds its kana words, and the intent rules their terms' readings, in that form
 * too. The question is never rewritten: a loanword typed in hiragana has its own ー (ぱすわーど).
 */

import { normalize } from './normalize.ts';

/** The vowel each hiragana ends on (小書き kana included), for the vowel that lengthens it. */
const VOWEL_ROWS: readonly [string, string][] = [
  ['あ', 'あかさたなはまやらわがざだばぱぁゃゎ'],
  ['い', 'いきしちにひみりぎじぢびぴぃ'],
  ['う', 'うくすつぬふむゆるぐずづぶぷぅゅゔ'],
  ['え', 'えけせてねへめれげぜでべぺぇ'],
  ['お', 'おこそとのほもよろをごぞどぼぽぉょ'],
];
const VOWEL_OF = new Map<string, string>(VOWEL_ROWS.flatMap(([vowel, kana]) => Array.from(kana, (k) => [k, vowel] as [string, string])));

/**
 * The vowels that lengthen a kana ending on each vowel, as readings write them: ああ, いい, うう, えい and ええ, おう and おお.
 * (えい and おう are the readings of 令, 証, 状 …, which clerks type れー, しょー, じょー.)
 */
const LENGTHENS: Readonly<Record<string, string>> = { あ: 'あ', い: 'い', う: 'う', え: 'えい', お: 'おう' };

/** The lengthening vowels of the back rows alone (おう, うう, おお, ああ): clerks who type ー for them often keep えい (しょーめい). */
const BACK_ONLY: Readonly<Record<string, string>> = { あ: 'あ', い: '', う: 'う', え: '', お: 'おう' };

/**
 * A hiragana reading with its lengthened vowels written ー, in the two ways clerks type them: the back rows' alone
 * (「しょうめいしょ」 → 「しょーめいしょ」) and every one (「せいきゅう」 → 「せーきゅー」, 「れいわ」 → 「れーわ」). A word-final えい or いい
 * stays: typed ー there, the normaliser drops it, and what is left (しょーめ) is the start of other words. Empty when none.
 */
export function longVowelForms(reading: string): string[] {
  const forms = new Set([marked(reading, BACK_ONLY), marked(reading, LENGTHENS)]);
  forms.delete(reading);
  return [...forms];
}

/**
 * The long-vowel forms of a kana word (`longVowelForms`) as a question's text is normalised — a word-final ー dropped
 * (かいごほけんしょー → かいごほけんしょ) — and still at least `least` characters long: what the vocabulary and the rules match.
 */
export function matchedLongVowelForms(kana: string, least: number): string[] {
  return longVowelForms(kana).map((form) => normalize(form)).filter((form) => Array.from(form).length >= least);
}

/** `reading` with each vowel that `lengthens` the kana before it written ー (see longVowelForms). */
function marked(reading: string, lengthens: Readonly<Record<string, string>>): string {
  const kana = Array.from(reading);
  let out = '';
  for (let i = 0; i < kana.length; i++) {
    const k = kana[i]!;
    const before = out.at(-1);
    // ん, っ and a kana already lengthened carry no vowel of their own to lengthen.
    const vowel = before === undefined || before === 'ー' ? undefined : VOWEL_OF.get(before);
    const finalFront = i === kana.length - 1 && k === 'い';
    out += vowel !== undefined && !finalFront && lengthens[vowel]!.includes(k) ? 'ー' : k;
  }
  return out;
}
