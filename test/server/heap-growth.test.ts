import { describe, expect, it } from 'vitest';
import { limitHeapGrowth } from '../../server/heap-growth.ts';

describe('limitHeapGrowth', () => {
  it('leaves a --heap-growing-percent given to node alone', () => {
    expect(limitHeapGrowth(['--heap-growing-percent=50'], '')).toBe(false);
    expect(limitHeapGrowth([], '--max-old-space-size=256 --heap_growing_percent=50')).toBe(false);
  });

  it('sets it otherwise', () => {
    expect(limitHeapGrowth([], '--max-old-space-size=256')).toBe(true);
  });
});
