import { describe, expect, it } from 'vitest';
import { foldKana, normalize, normalizeWithMap } from '../../server/text/normalize.ts';

describe('normalize', () => {
  it('folds half-width kana with voiced marks into whole characters (NFKC, not NFKD)', () => {
    expect(normalize('ﾊﾟｽﾜｰﾄﾞ')).toBe('ぱすわーど');
    expect(normalize('ﾊﾟｽﾜｰﾄﾞ')).toBe(normalize('パスワード'));
  });

  it('maps full-width letters and digits to lowercase ASCII', () => {
    expect(normalize('ＫＪ０８')).toBe('kj08');
  });

  it('folds katakana to hiragana so typed hiragana matches', () => {
    expect(normalize('ぱすわーど')).toBe(normalize('パスワード'));
    expect(foldKana('ヴァ')).toBe('ゔぁ');
  });

  it('treats every dash typed after kana as the long-vowel mark', () => {
    for (const dash of ['-', '‐', '−', '―', '－', 'ｰ', '—', '–']) {
      expect(normalize(`パスワ${dash}ド`)).toBe('ぱすわーど');
    }
  });

  it('drops a word-final long-vowel mark (ユーザー = ユーザ) but keeps one inside a word', () => {
    expect(normalize('ユーザー')).toBe(normalize('ユーザ'));
    expect(normalize('ユーザーID')).toBe(normalize('ユーザID'));
    expect(normalize('ユーザー名')).toBe(normalize('ユーザ名'));
    expect(normalize('サーバー')).toBe('さーば');
  });

  it('turns full-width spaces and punctuation into single spaces and trims', () => {
    expect(normalize('　KJ　パスワード。！')).toBe('kj ぱすわーど');
    expect(normalize('Wi-Fi')).toBe('wi fi');
    expect(normalize('「利用申請」、完了')).toBe('利用申請 完了');
  });

  it('keeps repeated kana (no dedupe): ここ stays ここ', () => {
    expect(normalize('ここ')).toBe('ここ');
  });

  it('is idempotent', () => {
    for (const s of ['ﾊﾟｽﾜｰﾄﾞ ﾜｽﾚﾀ KJ', 'ユーザー　ＩＤ！', 'パスワ-ド--', 'ー ー', '0120-584-708']) {
      expect(normalize(normalize(s))).toBe(normalize(s));
    }
  });

  it('maps each normalised character back to its original offset', () => {
    const original = 'ＫＪのﾊﾟｽﾜｰﾄﾞ';
    const { text, map } = normalizeWithMap(original);
    expect(text).toBe('kjのぱすわーど');
    expect(map.slice(0, text.length)).toEqual([0, 1, 2, 3, 5, 6, 7, 8]);
    expect(map[text.length]).toBe(original.length);
  });

  it('returns an empty string for whitespace and punctuation only', () => {
    expect(normalize(' 　、。!? ')).toBe('');
  });
});
