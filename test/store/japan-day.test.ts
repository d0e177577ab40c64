import { describe, expect, it } from 'vitest';
import { japanDay, windowStart } from '../../server/store/japan-day.ts';

describe('japanDay', () => {
  it('counts by the Japan-time date', () => {
    expect(japanDay('2026-03-31T14:59:59.000Z')).toBe('2026-03-31');
    expect(japanDay('2026-03-31T15:00:00.000Z')).toBe('2026-04-01');
  });

  it('starts a window of N days N-1 days before today', () => {
    const now = new Date('2026-04-10T01:00:00.000Z');
    expect(windowStart(1, now)).toBe('2026-04-10');
    expect(windowStart(30, now)).toBe('2026-03-12');
  });
});
