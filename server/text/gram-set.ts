/**
 * A set of numeric n-gram keys for one ask at a time: classifier-keys.ts counts each n-gram of a question
 * that the training texts never held once, and the analysis keeps a question's particle-like pairs
 * (weak-pairs.ts); a Set of such keys hashes a heap number on every add. Open
 * addressing as in gram-table.ts, emptied by a new stamp rather than a pass over the table.
 */
import { slotOf, tableSize } from './gram-table.ts';

export interface GramSet {
  /** Slot → key; a slot holds a key of the current round only when its stamp is `stamp`. */
  keys: Float64Array;
  stamps: Uint32Array;
  stamp: number;
  /** Keys added this round. */
  size: number;
  /** Table size - 1 (a power of two). */
  mask: number;
}

/** An empty set with room for `capacity` keys before it grows. */
export function createGramSet(capacity = 128): GramSet {
  const size = tableSize(capacity);
  return { keys: new Float64Array(size), stamps: new Uint32Array(size), stamp: 1, size: 0, mask: size - 1 };
}

/** Empties the set (a new stamp; the stamps are cleared only when they wrap). */
export function clearGramSet(set: GramSet): void {
  if (set.stamp === 0xffffffff) {
    set.stamps.fill(0);
    set.stamp = 0;
  }
  set.stamp += 1;
  set.size = 0;
}

/** Adds a key (a non-negative integer below 2^53); true when it was not in the set yet. */
export function addGram(set: GramSet, key: number): boolean {
  for (let s = slotOf(key, set.mask); ; s = (s + 1) & set.mask) {
    if (set.stamps[s] !== set.stamp) {
      if (tableSize(set.size + 1) > set.keys.length) {
        grow(set);
        return addGram(set, key);
      }
      set.keys[s] = key;
      set.stamps[s] = set.stamp;
      set.size += 1;
      return true;
    }
    if (set.keys[s] === key) return false;
  }
}

/** Whether the set holds a key (added since it was last emptied). */
export function hasGram(set: GramSet, key: number): boolean {
  for (let s = slotOf(key, set.mask); ; s = (s + 1) & set.mask) {
    if (set.stamps[s] !== set.stamp) return false;
    if (set.keys[s] === key) return true;
  }
}

/** Doubles the table, keeping this round's keys. */
function grow(set: GramSet): void {
  const { keys, stamps, stamp } = set;
  const size = keys.length * 2;
  set.keys = new Float64Array(size);
  set.stamps = new Uint32Array(size);
  set.mask = size - 1;
  set.stamp = 1;
  set.size = 0;
  for (let s = 0; s < keys.length; s++) if (stamps[s] === stamp) addGram(set, keys[s]!);
}
