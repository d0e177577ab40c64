import { describe, expect, it } from 'vitest';
import { RecentIds } from '../../server/store/recent-ids.ts';

describe('RecentIds', () => {
  it('forgets the oldest id beyond its capacity', () => {
    const ids = new RecentIds(2);
    ids.add('a');
    ids.add('b');
    ids.add('a'); // touching keeps it
    ids.add('c');
    expect([ids.has('a'), ids.has('b'), ids.has('c'), ids.size]).toEqual([true, false, true, 2]);
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new RecentIds(0)).toThrow(/^store: capacity/);
  });
});
