import { describe, expect, it } from 'vitest';
import { weakPairKeys, weakPairs } from '../../server/text/weak-pairs.ts';
import { createGramSet, hasGram } from '../../server/text/gram-set.ts';
import { gramCode } from '../../server/text/gram-table.ts';
import { normalize } from '../../server/text/normalize.ts';

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

describe('weakPairKeys', () => {
  it('keeps the same pairs as weakPairs, by key', () => {
    const weak = createGramSet();
    const strong = createGramSet();
    for (const text of ['パスワードを忘れちゃった', 'ぱす パス', 'KJのIDがわからへん、どうしたらいい？', 'ログインできません。エラーが出ます', 'ｴﾗｰ ﾃﾞﾏｽ', '']) {
      expect(weakPairKeys(text, weak, strong)).toBe(true);
      const pairs = weakPairs(text);
      // Every pair of the folded text (weak, strong, or across a space) says the same by key as by string.
      const folded = normalize(text);
      for (let i = 0; i + 1 < folded.length; i++) {
        const pair = folded.slice(i, i + 2);
        const key = gramCode(pair, 0, 2);
        expect(hasGram(weak, key) && !hasGram(strong, key), `${text}: ${pair}`).toBe(pairs.has(pair));
      }
      for (const pair of pairs) expect(hasGram(weak, gramCode(pair, 0, 2)) && !hasGram(strong, gramCode(pair, 0, 2)), pair).toBe(true);
    }
  });

  it('leaves a text beyond the BMP to weakPairs', () => {
    expect(weakPairKeys('𠮷野家のぱすわーど', createGramSet(), createGramSet())).toBe(false);
  });
});
