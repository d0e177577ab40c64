import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldKana, normalize, normalizeUnfolded, normalizeWithMap } from '../../server/text/normalize.ts';

/** Characters people type, and the ones normalisation must change (widths, dashes, marks, capitals). */
const TYPED = [...'aZ09 　-ー－ｰ‐~・。、！？()「」\nぱすわーどパスワードﾊﾟｽﾜｰﾄﾞヴ゙゚カ゛漢字々〆ＫＪ①𠮷\u3099アーイ'];
const typed = fc.array(fc.constantFrom(...TYPED), { maxLength: 14 }).map((cs) => cs.join(''));

describe('normalize', () => {
  it('voices a kana with the spacing ゛ or ゜ typed after it, and reads the kanji 一 between katakana as ー', () => {
    expect(normalize('ロク゛イン')).toBe(normalize('ログイン'));
    expect(normalize('ハ゜スワ一ト゛')).toBe(normalize('パスワード'));
    // Not 一 beside anything but katakana on both sides: it is the numeral.
    for (const text of ['データ一覧', 'ソフト一つ', '一台']) expect(normalize(text), text).toContain('一');
  });

  it('reads three or more kanji numerals in a row as digits (a number read out), and fewer as the words they are', () => {
    expect(normalize('〇六〇の一二三四の五六七八に電話')).toBe('060の1234の5678に電話');
    expect(normalize('九〇〇番')).toBe('900番');
    for (const text of ['同一事業所', '二台目', '十二月', '〇〇会']) expect(normalize(text), text).toBe(text);
    const { text, map } = normalizeWithMap('番号は〇一二〇');
    expect(text).toBe('番号は0120');
    expect(map.slice(3, 7)).toEqual([3, 4, 5, 6]);
  });

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

  it('keeps ー between a kanji and kana (an input-method slip: 湯ーザ for ユーザ), and nowhere else after a kanji', () => {
    expect(normalize('個人湯ーザID')).toBe('個人湯ーざid');
    expect(normalize('個人湯ー')).toBe('個人湯');
    expect(normalize('湯ーID')).toBe('湯 id');
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

  it('gives text in normal form whatever was typed (the check that skips already normal text relies on it)', () => {
    fc.assert(
      fc.property(typed, (input) => {
        const unfolded = normalizeUnfolded(input);
        expect(unfolded).toBe(normalizeWithMap(input, { fold: false }).text);
        expect(normalize(input)).toBe(foldKana(unfolded));
        // Normal form: no capitals, no edge or double spaces, ー only before kana and after kana or a kanji, no leftover marks.
        expect(unfolded).not.toMatch(/[A-Z]|^ | $| {2}|[\u3099\u309a\uff9e\uff9f\u309b\u309c]/);
        for (const m of unfolded.matchAll(/ー/g)) expect(unfolded.slice(m.index - 1, m.index + 2)).toMatch(/^[ぁ-ゖァ-ヺー一-鿿㐀-䶿々]ー[ぁ-ゖァ-ヺー]$/);
        // Normal text comes back as it is, each character mapped to itself (offsets of code points).
        const again = normalizeWithMap(unfolded, { fold: false });
        expect(again.text).toBe(unfolded);
        const offsets = [...unfolded].reduce<number[]>((at, ch) => [...at, at[at.length - 1]! + ch.length], [0]);
        expect(again.map).toEqual(offsets);
      }),
      { numRuns: 3000 },
    );
  });

  it('returns an empty string for whitespace and punctuation only', () => {
    expect(normalize(' 　、。!? ')).toBe('');
  });
});
