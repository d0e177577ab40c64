import { describe, expect, it } from 'vitest';
import { weakPairs } from '../../server/text/weak-pairs.ts';

describe('weakPairs', () => {
  it('marks particle-like pairs weak, and words typed in katakana or kanji with endings strong', () => {
    const pairs = weakPairs('パスワードを忘れちゃった');
    for (const weak of ['ちゃ', 'を忘', 'どを']) expect(pairs.has(weak)).toBe(true);
    for (const strong of ['ぱす', 'わー', '忘れ']) expect(pairs.has(strong)).toBe(false);
  });

  it('keeps a pair strong when it also occurs as part of a word', () => {
    expect(weakPairs('ぱす パス').has('ぱす')).toBe(false);
  });

  it('reads characters beyond the BMP whole', () => {
    expect(weakPairs('𠮷をわすれ').has('をわ')).toBe(true);
    expect(weakPairs('𠮷をわすれ').has('𠮷を')).toBe(false);
  });
});
