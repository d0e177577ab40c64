import { describe, expect, it } from 'vitest';
import { group, holds, runs, tokenSet } from '../../server/answer/concepts.ts';

describe('runs', () => {
  it('splits text into hiragana and other runs, with offsets', () => {
    expect(runs('ぱすを忘れた').map((r) => [r.text, r.hiragana, r.start])).toEqual([
      ['ぱすを', true, 0],
      ['忘', false, 3],
      ['れた', true, 4],
    ]);
  });

  it('keeps a long-vowel mark with its run and splits on spaces', () => {
    expect(runs('ぱすわーど わすれた').map((r) => r.text)).toEqual(['ぱすわーど', 'わすれた']);
  });
});

describe('group', () => {
  it('merges overlapping mentions into one concept and keeps apart ones separate', () => {
    const g = group([
      { start: 0, end: 4, tokens: ['a'] },
      { start: 2, end: 6, tokens: ['b'] },
      { start: 7, end: 9, tokens: ['c'] },
    ]);
    expect(g.map((m) => m.map((x) => x.tokens[0]))).toEqual([['a', 'b'], ['c']]);
  });
});

describe('holds', () => {
  it('holds a concept when most tokens of one way are present', () => {
    const set = tokenSet('個人ゆーざid');
    expect(holds(set, [['個人', '人ゆ', 'ゆー', 'ーざ', 'id']])).toBe(true);
    expect(holds(new Set(['ゆー', 'ーざ']), [['個人', '人ゆ', 'ゆー', 'ーざ', 'id']])).toBe(false);
    expect(holds(new Set(['ゆー', 'ーざ', 'id']), [['個人', '人ゆ', 'ゆー', 'ーざ', 'id']], 1)).toBe(false);
  });

  it('never holds a concept with no way of saying it', () => {
    expect(holds(new Set(['a']), [[]])).toBe(false);
  });
});

describe('tokenSet', () => {
  it('has bigrams and single kanji', () => {
    const s = tokenSet('問い合わせ');
    expect(s.has('問')).toBe(true);
    expect(s.has('合')).toBe(true);
  });
});
