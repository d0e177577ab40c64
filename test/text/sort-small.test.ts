import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortSmall } from '../../server/text/sort-small.ts';

describe('small in-place sort', () => {
  it('sorts in place and keeps equal items in their order (stable)', () => {
    const items = [{ k: 2, n: 'a' }, { k: 1, n: 'b' }, { k: 2, n: 'c' }, { k: 1, n: 'd' }];
    const same = sortSmall(items, (x, y) => x.k - y.k);
    expect(same).toBe(items);
    expect(items.map((i) => i.n)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('orders as Array.prototype.sort does (both stable)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ k: fc.integer({ min: 0, max: 5 }), n: fc.nat() }), { maxLength: 40 }), (xs) => {
        const compare = (a: { k: number }, b: { k: number }) => a.k - b.k;
        expect(sortSmall([...xs], compare)).toEqual([...xs].sort(compare));
      }),
    );
  });
});
