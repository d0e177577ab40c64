import { describe, expect, it } from 'vitest';
import { tokenize, uniqueTokens } from '../../server/text/tokenize.ts';
import { normalize } from '../../server/text/normalize.ts';

describe('tokenize (bigram)', () => {
  it('splits unspaced Japanese into overlapping pairs and keeps Latin runs whole', () => {
    expect(tokenize('KJのパス忘れた', 'bigram')).toEqual(['kj', 'のぱ', 'ぱす', 'す忘', '忘れ', 'れた']);
  });

  it('gives the same tokens for katakana, hiragana and half-width spellings', () => {
    const a = tokenize('パスワード', 'bigram');
    expect(tokenize('ぱすわーど', 'bigram')).toEqual(a);
    expect(tokenize('ﾊﾟｽﾜｰﾄﾞ', 'bigram')).toEqual(a);
  });

  it('keeps a lone kanji but drops a lone kana (particles)', () => {
    expect(tokenize('旧 の', 'bigram')).toEqual(['旧']);
  });

  it('never pairs across spaces or punctuation', () => {
    expect(tokenize('証明書　再発行', 'bigram')).not.toContain('書再');
  });

  it('returns only substrings of the normalised text (the highlighter relies on it)', () => {
    const text = 'ＫＪから始まるＩＤのパスワ-ドを忘れた。ﾕｰｻﾞｰ名';
    for (const mode of ['bigram', 'segmenter', 'both', 'word-bigram', 'script-bigram'] as const) {
      for (const t of tokenize(text, mode)) expect(normalize(text)).toContain(t);
    }
  });
});

describe('tokenize (segmenter modes)', () => {
  it('finds words with Intl.Segmenter on unfolded text', () => {
    expect(tokenize('電子証明書のインストール', 'segmenter')).toEqual(expect.arrayContaining(['証明書', 'いんすとーる']));
  });

  it('both = bigrams plus words, without duplicates', () => {
    const both = tokenize('電子証明書', 'both');
    expect(new Set(both).size).toBe(both.length);
    expect(both).toEqual(expect.arrayContaining(['電子', '証明', '証明書']));
  });
});

describe('uniqueTokens', () => {
  it('removes duplicates, keeping the first of each in order', () => {
    expect(tokenize('ここここ', 'bigram')).toEqual(['ここ', 'ここ', 'ここ']);
    expect(uniqueTokens('ここここ', 'bigram')).toEqual(['ここ']);
    // Past eight tokens duplicates are found by hashing: the same rule.
    expect(uniqueTokens('あいうえおかきくけこあいうえお')).toEqual(['あい', 'いう', 'うえ', 'えお', 'おか', 'かき', 'きく', 'くけ', 'けこ', 'こあ']);
  });
});
