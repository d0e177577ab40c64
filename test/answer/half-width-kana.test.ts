import { describe, expect, it } from 'vitest';
import { isKatakanaTyped, withGrammarInHiragana } from '../../server/answer/half-width-kana.ts';
import type { WordHit } from '../../server/answer/analysis.ts';

/** A word found at `index` of `length` characters (its meanings do not matter here). */
const word = (index: number, length: number): WordHit => ({ index, length, typed: '', meanings: [], via: 'exact' });

describe('half-width kana follow-ups', () => {
  it('takes a message of half-width katakana without hiragana as typed on a kana keyboard, not full-width katakana alone', () => {
    expect(isKatakanaTyped('ｿﾚﾊ ﾄﾞﾉｶﾞﾒﾝﾃﾞｽｶ')).toBe(true);
    expect(isKatakanaTyped('KJ ﾊﾟｽﾜｰﾄﾞ ﾜｽﾚﾀ')).toBe(true);
    expect(isKatakanaTyped('ラーメン')).toBe(false);
    expect(isKatakanaTyped('ﾊﾟｽﾜｰﾄﾞをわすれた')).toBe(false);
  });

  it('writes the grammar in hiragana and keeps the words the vocabulary found as typed', () => {
    // 「ダウンロード」 found as a word stays katakana: its ロードの would otherwise hold どの.
    expect(withGrammarInHiragana({ spoken: 'ダウンロードノ バショハ', evened: 'だうんろーどの ばしょは', words: [word(0, 6)] })).toBe('ダウンロードの ばしょは');
    expect(withGrammarInHiragana({ spoken: 'ソレハ ドノガメンデスカ', evened: 'それは どのがめんですか', words: [] })).toBe('それは どのがめんですか');
  });

  it('gives null when nothing changes or the endings changed the length', () => {
    expect(withGrammarInHiragana({ spoken: 'パスワード', evened: 'ぱすわーど', words: [word(0, 5)] })).toBeNull();
    expect(withGrammarInHiragana({ spoken: 'ワカラン', evened: 'わからない', words: [] })).toBeNull();
  });
});
