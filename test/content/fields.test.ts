import { describe, expect, it } from 'vitest';
import { editDistance, isRealDate, nearest } from '../../server/content/fields.ts';
import { ARTICLE_KEYS } from '../../server/content/validate.ts';

describe('nearest', () => {
  it.each([
    ['titel', 'title'],
    ['sumary', 'summary'],
    ['exampels', 'examples'],
    ['relatd', 'related'],
    ['update', 'updated'],
    ['Category', 'category'],
  ])('takes %s for %s', (typo, key) => {
    expect(nearest(typo, ARTICLE_KEYS)).toBe(key);
  });

  it('suggests nothing for a word far from every key', () => {
    expect(nearest('author', ARTICLE_KEYS)).toBeUndefined();
    expect(nearest('x', ARTICLE_KEYS)).toBeUndefined();
  });

  it('counts a transposition as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('isRealDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-01-10T00:00', false],
  ])('%s → %s', (text, ok) => {
    expect(isRealDate(text)).toBe(ok);
  });
});
