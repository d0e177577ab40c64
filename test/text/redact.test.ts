import { describe, expect, it } from 'vitest';
import { detectSecrets, findSecrets, redact } from '../../server/text/redact.ts';

describe('redact', () => {
  it('masks a KJ ID partially, half- and full-width alike', () => {
    expect(redact('KJ080899999999のパスワード')).toBe('KJ08********99のパスワード');
    expect(redact('ＫＪ０８０８９９９９９９９９です')).toBe('KJ08********99です');
    expect(redact('kj 0808-9999-9999')).toBe('KJ08********99');
  });

  it('masks a password after 「パスワードは」 and a password-like token fully, with a fixed-length mask', () => {
    expect(redact('パスワードはAbc12345です')).toBe('パスワードは********です');
    expect(redact('PW:x')).toBe('PW:x'); // too short to be a password
    expect(redact('仮パスワードx7Kq9Lm2pで入れない')).toBe('仮パスワード********で入れない');
    expect(redact('パスワード：ｈｅｌｌｏ１２３')).not.toContain('hello');
    // A bracket in a password-like token does not make it a product's version with a note (「Windows10（32ビット版）」).
    expect(redact('Sakura2024(xyz でログインできません')).not.toContain('Sakura2024');
  });

  it('masks e-mail addresses fully and phone, office and personal numbers partially', () => {
    expect(redact('toukyoutest@test.com に届きません')).toBe('****@**** に届きません');
    expect(redact('電話は090-1234-5678です')).toBe('電話は09*-****-****です');
    expect(redact('事業所番号0899999997')).toBe('事業所番号08******97');
    expect(redact('c12345678901のパスワード')).toBe('c12*******01のパスワード');
  });

  it.each([
    // Issue 11, finding 4: the everyday formats (the property test generates thousands more).
    ['パスワードは「Abc12345」です', 'パスワードは「********」です'],
    ['パスワードは、Abc12345です', 'パスワードは、********です'],
    ['パスワード Abc12345 で入れない', 'パスワード ******** で入れない'],
    ['パスワードAbc12345で入れない', 'パスワード********で入れない'],
    ['パスワードは Abcd 12345 です', 'パスワードは ******** です'],
    ['パスワードはさくら123です', 'パスワードは********です'],
    ['abc12345がパスワードです', '********がパスワードです'],
    ['電話は03(1234)5678です', '電話は03(****)****です'],
    ['03.1234.5678', '03.****.****'],
    ['０９０ー１２３４ー５６７８', '09*-****-****'],
    ['事業所番号 08 9999 9997', '事業所番号 08******97'],
    ['c 1234 5678 901', 'c12*******01'],
    ['taro at example dot com', '****@****'],
    ['taro(at)example.co.jp に', '****@**** に'],
    ['ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ', '****@****'],
    ['KJ080899999999 03 1234 5678', 'KJ08********99 03******78'],
  ])('masks %s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('masks a phone number read out in kanji numerals or with の between its groups, and no other の between numbers', () => {
    expect(redact('折り返しは〇九〇の一二三四の五六七八にお願いします')).toBe('折り返しは09*-****-****にお願いします');
    expect(redact('携帯は080の9876の5432です')).toBe('携帯は08*-****-****です');
    for (const text of ['Windows10の32ビット版です', '手順の2の3番目', '一二三の手順']) expect(redact(text), text).toBe(text);
  });

  it('leaves ordinary questions alone', () => {
    for (const q of ['パスワードを忘れました', 'Windows11で使えますか', 'フリーパスは2025年まで？', 'パスワードは8文字以上？', 'バージョン1.2.0', 'そのパスワードってe-Taxでも使えたりする？', 'パスワードはGmailと同じ？']) {
      expect(redact(q)).toBe(q);
      expect(detectSecrets(q)).toEqual([]);
    }
  });

  it('never keeps the full ID or the password, whatever surrounds them', () => {
    const q = '＊KJ080899999999＊ パスワードは Kaigo2024! で入れない';
    const out = redact(q);
    expect(out).not.toContain('080899999999');
    expect(out).not.toContain('Kaigo2024');
  });
});

describe('detectSecrets', () => {
  it('warns about a password typed into the chat', () => {
    const notices = detectSecrets('パスワードはAbc12345です');
    expect(notices.map((n) => n.code)).toEqual(['secret-detected']);
    expect(notices[0]!.message).toContain('パスワードはチャットに入力しないでください');
  });

  it('explains a KJ ID of the wrong length', () => {
    const notices = detectSecrets('KJ08089999991でログインできない');
    const length = notices.find((n) => n.code === 'kj-id-length');
    expect(length?.message).toContain('12桁');
    expect(length?.message).toContain('14文字');
    expect(length?.message).toContain('11桁');
    expect(findSecrets('KJ08089999991')[0]!.kind).toBe('kj-id-malformed');
  });

  it('notes personal data (an ID, a phone number) without calling it a password', () => {
    expect(detectSecrets('KJ080899999999です').map((n) => n.code)).toEqual(['personal-data']);
  });
});
