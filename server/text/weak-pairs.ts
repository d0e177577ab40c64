/**
 * Particle-like pairs: the bigrams of a text that are probably not part of one content word (particles and
 * verb endings: を忘, ます, ド|を). Rankers weigh them less when the question also has content words.
 */
import { foldCode, foldKana, normalizeUnfolded } from './normalize.ts';
import { addGram, clearGramSet, type GramSet } from './gram-set.ts';

/** Characters beyond the BMP are two code units (read by character, not by code unit). */
const SURROGATE = /[\ud800-\udfff]/;
const HIRAGANA = /^[\u3041-\u309f]$/;
const KATAKANA = /^[\u30a1-\u30fa\u30fc]$/;

/**
 * Is this pair (as typed, before folding) probably not part of one content word? Two hiragana (particles,
 * endings: ちゃ, ます), hiragana then another script (を|忘, の|パ: a particle before a word), katakana then
 * hiragana (ド|を). Kanji then hiragana stays strong: it is usually a word with its ending (忘れ, 使え).
 */
function isWeakPair(a: string, b: string): boolean {
  if (a.length === 1 && b.length === 1) return isWeakCodes(a.charCodeAt(0), b.charCodeAt(0));
  if (HIRAGANA.test(a)) return HIRAGANA.test(b) || b !== 'ー';
  return KATAKANA.test(a) && HIRAGANA.test(b);
}

const isHiraganaCode = (c: number) => c >= 0x3041 && c <= 0x309f;

/** isWeakPair of two characters of one code unit each, by their codes. */
function isWeakCodes(x: number, y: number): boolean {
  if (isHiraganaCode(x)) return y !== 0x30fc;
  return ((x >= 0x30a1 && x <= 0x30fa) || x === 0x30fc) && isHiraganaCode(y);
}

/**
 * Pairs of the text that are weak (see isWeakPair) wherever they occur in it: mostly particles and verb
 * endings, which a ranker may weigh less when the question also has content words. Katakana typed as
 * katakana stays a content word even though it is folded to hiragana for matching.
 */
export function weakPairs(text: string): Set<string> {
  const normal = normalizeUnfolded(text);
  const weak = new Set<string>();
  const strong = new Set<string>();
  if (SURROGATE.test(normal)) {
    // Characters beyond the BMP are two code units: read by character.
    const unfolded = Array.from(normal);
    for (let i = 0; i + 1 < unfolded.length; i++) {
      const a = unfolded[i]!;
      const b = unfolded[i + 1]!;
      if (a === ' ' || b === ' ') continue;
      (isWeakPair(a, b) ? weak : strong).add(foldKana(a + b));
    }
  } else {
    // By code unit, the pair sliced once (no string per character: this runs for every question).
    for (let i = 0; i + 1 < normal.length; i++) {
      const x = normal.charCodeAt(i);
      const y = normal.charCodeAt(i + 1);
      if (x === 32 || y === 32) continue;
      (isWeakCodes(x, y) ? weak : strong).add(foldKana(normal.slice(i, i + 2)));
    }
  }
  for (const p of strong) weak.delete(p);
  return weak;
}

/**
 * {@link weakPairs} as numbers, for the ask path (no string per pair): the folded pairs' keys (gramCode of
 * the pair) met weak go into `weak`, those met strong into `strong` (both emptied first); a pair is
 * particle-like when `weak` holds its key and `strong` does not. False, with nothing filled, for a text
 * with characters beyond the BMP: its pairs are read by character by weakPairs.
 */
export function weakPairKeys(text: string, weak: GramSet, strong: GramSet): boolean {
  const normal = normalizeUnfolded(text);
  if (SURROGATE.test(normal)) return false;
  clearGramSet(weak);
  clearGramSet(strong);
  for (let i = 0; i + 1 < normal.length; i++) {
    const x = normal.charCodeAt(i);
    const y = normal.charCodeAt(i + 1);
    if (x === 32 || y === 32) continue;
    addGram(isWeakCodes(x, y) ? weak : strong, 2 + 4 * (foldCode(x) + 65536 * foldCode(y)));
  }
  return true;
}
