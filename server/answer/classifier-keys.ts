/**
 * The text classifier's feature keys (classifier.ts): the character n-grams of an analysed question — in
 * the articles' words, kana folded, spaces marking word edges — and the vocabulary it names; and, for the
 * ask path, the rows of the weights those keys have, read straight off the text.
 */
import type { QueryAnalysis } from './analysis.ts';
import { foldKana } from '../text/normalize.ts';
import { gramCode, gramRow } from '../text/gram-table.ts';
import { addGram, clearGramSet, createGramSet } from '../text/gram-set.ts';
import type { TextClassifier } from './classifier.ts';
import { DEFAULT_CLASSIFIER } from './classifier-options.ts';

const SPACE = /\s+/g;
const SURROGATE = /[\ud800-\udfff]/;

/** The text whose n-grams are keys: the question in the articles' words, kana folded, spaces marking word edges. */
function keyText(analysis: QueryAnalysis): string {
  return ` ${foldKana(analysis.substituted).replace(SPACE, ' ').trim()} `;
}

/**
 * A feature key: a character n-gram of up to three UTF-16 code units packed into one exact integer (no
 * string is made per n-gram: keys are looked up by number), or a string for anything else.
 */
export type FeatureKey = number | string;

/** The key of one n-gram (of a text without surrogate pairs), as featureKeys makes it: for explanations and tests. */
export function gramKey(gram: string): FeatureKey {
  return gramCode(gram, 0, gram.length);
}

/**
 * The feature keys of an analysed text: its character n-grams (spaces mark word edges) and the
 * vocabulary it names. Keys are unique.
 */
export function featureKeys(analysis: QueryAnalysis, maxN: number = DEFAULT_CLASSIFIER.maxN, minN: number = DEFAULT_CLASSIFIER.minN): FeatureKey[] {
  const keys = new Set<FeatureKey>();
  const text = keyText(analysis);
  // A text with characters outside the BMP (rare) is cut by code points, as strings.
  const points = SURROGATE.test(text) ? Array.from(text) : null;
  const length = points ? points.length : text.length;
  for (let n = minN; n <= Math.min(3, maxN); n++) {
    for (let i = 0; i + n <= length; i++) {
      if (points) keys.add(points.slice(i, i + n).join(''));
      else if (n > 1 || text.charCodeAt(i) !== 32) keys.add(gramCode(text, i, n));
    }
  }
  for (const t of analysis.terms) keys.add(`t:${t}`);
  for (const c of analysis.classes) keys.add(`c:${c.name}`);
  for (const o of analysis.others) keys.add(`o:${o.system}`);
  return [...keys];
}

/**
 * knownRows' working space (asks run one at a time): per row, the ask that last met it; the unknown keys
 * met (n-grams by number in a GramSet, the rest in a Set); the rows found.
 */
let metRow = new Uint32Array(0);
let met = 0;
const unknownGrams = createGramSet();
const unknownKeys = new Set<FeatureKey>();
const cols: number[] = [];
let distinct = 0;

/** Counts a key of the question once (by its row when the training texts held it, else by itself). */
function meet(row: number | undefined, key: FeatureKey): void {
  if (row !== undefined && row >= 0) {
    if (metRow[row] === met) return;
    metRow[row] = met;
    cols.push(row);
  } else if (typeof key === 'number') {
    if (!addGram(unknownGrams, key)) return;
  } else {
    if (unknownKeys.has(key)) return;
    unknownKeys.add(key);
  }
  distinct += 1;
}

/**
 * The rows of the question's feature keys that the training texts held, in the order of `featureKeys`
 * (the order the weights are added in), and how many distinct keys it has: what classify needs of
 * `featureKeys`, without making its keys. The n-grams are read straight off the text and looked up by
 * number (text/gram-table.ts). `cols` is working space, valid until the next call.
 */
export function knownRows(c: TextClassifier, analysis: QueryAnalysis): { cols: readonly number[]; keys: number } {
  const { maxN, minN } = c.options;
  const text = keyText(analysis);
  if (metRow.length < c.index.size) metRow = new Uint32Array(c.index.size);
  met = met === 0xffffffff ? (metRow.fill(0), 1) : met + 1;
  // Set.clear makes a new table even when the set is empty, and it nearly always is.
  if (unknownKeys.size > 0) unknownKeys.clear();
  clearGramSet(unknownGrams);
  cols.length = 0;
  distinct = 0;
  if (SURROGATE.test(text)) {
    // Characters outside the BMP (rare): the keys are strings, made as featureKeys makes them.
    for (const key of featureKeys(analysis, maxN, minN)) meet(c.index.get(key), key);
    return { cols, keys: distinct };
  }
  for (let n = minN; n <= Math.min(3, maxN); n++) {
    for (let i = 0; i + n <= text.length; i++) {
      if (n === 1 && text.charCodeAt(i) === 32) continue;
      const code = gramCode(text, i, n);
      meet(gramRow(c.grams, code), code);
    }
  }
  for (const t of analysis.terms) meet(c.index.get(`t:${t}`), `t:${t}`);
  for (const cl of analysis.classes) meet(c.index.get(`c:${cl.name}`), `c:${cl.name}`);
  for (const o of analysis.others) meet(c.index.get(`o:${o.system}`), `o:${o.system}`);
  return { cols, keys: distinct };
}
