import { describe, expect, it } from 'vitest';
import { PostingsBuilder } from '../../server/search/postings.ts';

const list = (p: { offsets: Int32Array; items: Int32Array }, id: number) => Array.from(p.items.subarray(p.offsets[id], p.offsets[id + 1]));

describe('PostingsBuilder', () => {
  it('packs each token’s items in the order added, empty lists included', () => {
    const b = new PostingsBuilder();
    b.add(2, 0);
    b.add(0, 1);
    b.add(2, 3);
    const p = b.build(4);
    expect([0, 1, 2, 3].map((id) => list(p, id))).toEqual([[1], [], [0, 3], []]);
    expect(p.flags).toBeUndefined();
  });

  it('keeps a byte per item when asked', () => {
    const b = new PostingsBuilder();
    b.add(1, 5, 3);
    b.add(1, 7, 4);
    const p = b.build(2, true);
    expect(list(p, 1)).toEqual([5, 7]);
    expect(Array.from(p.flags!.subarray(p.offsets[1], p.offsets[2]))).toEqual([3, 4]);
  });
});
