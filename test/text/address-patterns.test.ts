import { describe, expect, it } from 'vitest';
import { findAddresses, maskAddress } from '../../server/text/address-patterns.ts';
import { detectSecrets, findSecrets, redact } from '../../server/text/redact.ts';

describe('findAddresses', () => {
  it.each([
    ['住所は東京都千代田区1-2-3です', '東京都千代田区1-2-3'],
    ['大阪市北区梅田2丁目4番9号に移転', '大阪市北区梅田2丁目4番9号'],
    ['千代田区丸の内1丁目2-3 201号室', '千代田区丸の内1丁目2-3 201号室'],
    ['横浜市中区1-2-3-201', '横浜市中区1-2-3-201'],
  ])('finds the street address in %s', (text, address) => {
    expect(findAddresses(text).map((s) => s.text)).toEqual([address]);
  });

  it('leaves a postal code or a ward alone: they name an area, not a household', () => {
    expect(findAddresses('〒100-0001 千代田区の事業所')).toEqual([]);
  });

  it.each(['1事業所1ライセンス', '2024-01-10に申請', 'Windows11で使えますか', '0120-584-708', '第3条の2'])('leaves %s alone', (text) => {
    expect(findAddresses(text)).toEqual([]);
  });

  it('masks the numbers and keeps the place names', () => {
    expect(maskAddress('東京都千代田区1-2-3')).toBe('東京都千代田区*-*-*');
  });
});

describe('addresses among the secrets', () => {
  it('are masked in what is logged and stored, with the personal-data notice', () => {
    const text = '事業所の住所が変わりました。新しい住所は〒100-0001 東京都千代田区千代田1-1です';
    expect(redact(text)).toBe('事業所の住所が変わりました。新しい住所は〒100-0001 東京都千代田区千代田*-*です');
    expect(findSecrets(text).map((s) => s.kind)).toEqual(['address']);
    expect(detectSecrets(text).map((n) => n.code)).toEqual(['personal-data']);
    expect(detectSecrets(text)[0]!.message).toContain('住所');
  });

  it('a city written in hiragana too (the span starts at its kanji, and only numbers are masked)', () => {
    expect(redact('さいたま市浦和区高砂3-15-1')).toBe('さいたま市浦和区高砂*-**-*');
  });

  it('full-width digits and dashes too', () => {
    expect(redact('住所は港区芝公園４－２－８')).toBe('住所は港区芝公園*-*-*');
  });
});
