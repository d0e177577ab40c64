import { describe, expect, it } from 'vitest';
import { addGram, clearGramSet, createGramSet } from '../../server/text/gram-set.ts';

describe('gram set', () => {
  it('tells a new key from one added before, as a Set does, growing past its capacity', () => {
    const set = createGramSet(4);
    const reference = new Set<number>();
    // Keys as the classifier makes them (below 2^50), with colliding low bits and repeats.
    const keys = [2, 3 + 4 * 0x3042, 2 ** 49 + 5, 2 ** 32, 2 ** 33, 0];
    for (let i = 0; i < 300; i++) keys.push(2 + 4 * ((i % 120) * 65536 + 0x4e00) + 4 * 4294967296 * (i % 7));
    for (const k of keys) {
      expect(addGram(set, k)).toBe(!reference.has(k));
      reference.add(k);
    }
    expect(set.size).toBe(reference.size);
    for (const k of reference) expect(addGram(set, k)).toBe(false);
  });

  it('is empty again after a clear, and across a wrap of its stamp', () => {
    const set = createGramSet(4);
    addGram(set, 7);
    clearGramSet(set);
    expect(set.size).toBe(0);
    expect(addGram(set, 7)).toBe(true);
    set.stamp = 0xffffffff;
    clearGramSet(set);
    expect(addGram(set, 7)).toBe(true);
    expect(addGram(set, 7)).toBe(false);
  });
});
