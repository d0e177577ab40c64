/**
 * Values by numeric key, for the ask path: an open-addressing hash table over exact integer keys (below
 * 2^53), such as the n-gram keys of `gramCode`. A Map keyed by such numbers hashes a heap number on every
 * lookup, and a question looks up hundreds of them; here a lookup is two integer multiplications and a
 * probe or two in typed arrays. Plain data, so the build's snapshot keeps it. It holds the classifier's
 * n-gram rows (classifier.ts), the vocabulary trie's edges (term-matcher.ts) and the search corpus's short
 * tokens (search-index.ts).
 */

/** The n-gram of `n` ≤ 3 code units at `i`, as an exact integer: n + 4·(c0 + 2^16·c1 + 2^32·c2). */
export function gramCode(text: string, i: number, n: number): number {
  let code = 0;
  for (let k = n - 1; k >= 0; k--) code = code * 65536 + text.charCodeAt(i + k);
  return n + 4 * code;
}

export interface GramTable {
  /** Slot → key (EMPTY when free); the table's size is a power of two. */
  keys: Float64Array;
  /** Slot → the key's value (the classifier's: its row of the weights). */
  rows: Int32Array;
  /** Size - 1. */
  mask: number;
}

/** The key of a free slot (no n-gram key is negative). */
const EMPTY = -1;
/** Slots per key at least: probes stay short. */
const LOAD = 2;

/** The smallest power of two (at least 8) that gives `count` keys LOAD slots each. */
export function tableSize(count: number): number {
  let size = 8;
  while (size < count * LOAD) size *= 2;
  return size;
}

/** The slot a key starts probing at: its low and high 32 bits mixed (the key is a non-negative integer below 2^53). */
export function slotOf(key: number, mask: number): number {
  const low = key >>> 0;
  const high = (key / 4294967296) >>> 0;
  const h = Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1);
  return (h ^ (h >>> 16)) & mask;
}

/** Builds the table of the numeric keys of `index` (string keys are left to the Map). */
export function buildGramTable(index: ReadonlyMap<number | string, number>): GramTable {
  let count = 0;
  for (const key of index.keys()) if (typeof key === 'number') count += 1;
  const size = tableSize(count);
  const table: GramTable = { keys: new Float64Array(size).fill(EMPTY), rows: new Int32Array(size), mask: size - 1 };
  for (const [key, row] of index) {
    if (typeof key !== 'number') continue;
    let s = slotOf(key, table.mask);
    while (table.keys[s] !== EMPTY && table.keys[s] !== key) s = (s + 1) & table.mask;
    table.keys[s] = key;
    table.rows[s] = row;
  }
  return table;
}

/** The value (row) of a numeric key, or -1 when the table does not hold it. */
export function gramRow(table: GramTable, key: number): number {
  const { keys, mask } = table;
  for (let s = slotOf(key, mask); ; s = (s + 1) & mask) {
    const k = keys[s]!;
    if (k === key) return table.rows[s]!;
    if (k === EMPTY) return -1;
  }
}
