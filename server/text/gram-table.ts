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
  /**
   * Slot s at 3·s: the key's low 32 bits (as int32), its high bits (HIGH_EMPTY when the slot is free) and
   * its value (the classifier's: its row of the weights). One typed array, so a probe reads one cache line
   * rather than one line of a key array and another of a value array: the tables are large and a question
   * probes them hundreds of times. The table's size is a power of two.
   */
  slots: Int32Array;
  /** Size - 1. */
  mask: number;
}

/** The high bits of a free slot (no key is negative). */
const HIGH_EMPTY = -1;
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
  return mix(key >>> 0, (key / 4294967296) >>> 0) & mask;
}

function mix(low: number, high: number): number {
  const h = Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1);
  return h ^ (h >>> 16);
}

/** Builds the table of the numeric keys of `index` (string keys are left to the Map). */
export function buildGramTable(index: ReadonlyMap<number | string, number>): GramTable {
  let count = 0;
  for (const key of index.keys()) if (typeof key === 'number') count += 1;
  const size = tableSize(count);
  const slots = new Int32Array(3 * size);
  for (let s = 0; s < size; s++) slots[3 * s + 1] = HIGH_EMPTY;
  const table: GramTable = { slots, mask: size - 1 };
  for (const [key, row] of index) {
    if (typeof key !== 'number') continue;
    const low = key >>> 0;
    const high = (key / 4294967296) >>> 0;
    let s = mix(low, high) & table.mask;
    while (slots[3 * s + 1] !== HIGH_EMPTY && !(slots[3 * s + 1] === high && slots[3 * s] === (low | 0))) s = (s + 1) & table.mask;
    slots[3 * s] = low | 0;
    slots[3 * s + 1] = high;
    slots[3 * s + 2] = row;
  }
  return table;
}

/** The value (row) of a numeric key, or -1 when the table does not hold it. */
export function gramRow(table: GramTable, key: number): number {
  const { slots, mask } = table;
  const low = (key >>> 0) | 0;
  const high = (key / 4294967296) >>> 0;
  for (let s = mix(key >>> 0, high) & mask; ; s = (s + 1) & mask) {
    const h = slots[3 * s + 1]!;
    if (h === high && slots[3 * s] === low) return slots[3 * s + 2]!;
    if (h === HIGH_EMPTY) return -1;
  }
}
