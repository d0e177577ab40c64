/**
 * Street addresses typed into a question (「新しい住所は東京都千代田区1-2-3です」): contact data, so they never
 * reach a log or the store as typed. Found on the width-folded working text of secret-patterns.ts, like
 * every recogniser there.
 *
 * A street address is a municipality (…市, …区, …町, …村, …郡, with its prefecture or not) followed by block
 * numbers (1-2-3, 1丁目2番3号, 1丁目2-3), and perhaps a room number (201号室). The block numbers are what
 * point at a household: a postal code or a ward alone names an area, and is left as typed.
 */
import type { SecretSpan } from './redact.ts';

/** Kanji and katakana of a place name (々 and ヶ as in 市ヶ谷); hiragana would take the particle before it (「住所は」). */
const PLACE = String.raw`[\u4e00-\u9fff々〆ヶァ-ヺー]`;
/** After the municipality, a district's name may hold hiragana (丸の内). */
const DISTRICT = String.raw`[\u4e00-\u9fff々〆ヶぁ-んァ-ヺー]`;
const BLOCKS = String.raw`\d{1,4}(?:丁目|-)\d{1,4}(?:(?:番地?|-)\d{1,4}号?)?(?:\s?\d{1,4}号室|-\d{1,4})?`;
const STREET = new RegExp(String.raw`${PLACE}{1,8}?(?:市|区|町|村|郡)${DISTRICT}{0,10}?${BLOCKS}`, 'g');

/** Spans of street addresses in `work` (the width-folded question). */
export function findAddresses(work: string): SecretSpan[] {
  return Array.from(work.matchAll(STREET), (m) => ({ kind: 'address' as const, start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** An address masked: its numbers hidden, its place names kept (a ward tells an agent nothing about a person). */
export function maskAddress(text: string): string {
  return text.replace(/\d/g, '*');
}
