import { describe, expect, it } from 'vitest';
import { kanaFromRomaji } from '../../server/text/romaji.ts';

describe('kanaFromRomaji', () => {
  it('reads a message typed with the input method off in hiragana, running its words together', () => {
    expect(kanaFromRomaji('riyou shinsei ga kanryou shiteiruka dokode kakunin dekimasuka')).toBe('りようしんせいがかんりょうしているかどこでかくにんできますか');
  });

  it('writes a doubled a, e or o as a long vowel and keeps Latin words that are not romaji', () => {
    expect(kanaFromRomaji('KJ no pasuwaado wasureta')).toBe('KJのぱすわーどわすれた');
    expect(kanaFromRomaji('pasokon nandai made client app irerareru no')).toBe('ぱそこんなんだいまで client app いれられるの');
    // A joined word is a name, not romaji.
    expect(kanaFromRomaji('e-Tax no shoumeisho wo nakushita')).toBe('e-Taxのしょうめいしょをなくした');
    // A hyphen after a vowel in a longer word is a long vowel, as typed on the kana keyboard; wi-fi stays a name.
    expect(kanaFromRomaji('shoumeisho hakkou no pasuwa-do wasuremasita')).toBe('しょうめいしょはっこうのぱすわーどわすれました');
    expect(kanaFromRomaji('wi-fi no pasuwaado wasureta')).toBe('wi-fiのぱすわーどわすれた');
    // In a word of four letters (yu-za) or at its end (era-) too; e-Tax stays a name.
    expect(kanaFromRomaji('c no yu-za ID doko de miru')).toBe('cのゆーざ ID どこでみる');
    expect(kanaFromRomaji('shoumeisho no era- ga deru')).toBe('しょうめいしょのえらーがでる');
    expect(kanaFromRomaji('e-tax no pasuwa-do wasureta')).toBe('e-taxのぱすわーどわすれた');
  });

  it('runs a romaji particle into the Latin word beside it, as the lexicon writes KJのID', () => {
    expect(kanaFromRomaji('kj no id ga wakaranai doko de kakunin dekiru')).toBe('kjのidがわからないどこでかくにんできる');
  });

  it('reads one long romaji word with a romaji particle that is no English word, beside English words', () => {
    expect(kanaFromRomaji('kj no password wasureta')).toBe('kjのpassword わすれた');
    expect(kanaFromRomaji('shoumeisho no error ga deta')).toBe('しょうめいしょのerrorがでた');
    // 「to」 is English: one long romaji word with it is not enough.
    expect(kanaFromRomaji('how to install houhou')).toBeNull();
    // The one long word may be four characters with a hyphen for its long vowel (era-): no word is skipped unread.
    expect(kanaFromRomaji('era- ga aru')).toBe('えらーがある');
    expect(kanaFromRomaji('ID ga nai')).toBeNull();
  });

  it('reads one long romaji word that ends like a verb (wasureta, dekinai), beside English words', () => {
    expect(kanaFromRomaji('cert password wasurechatta')).toBe('cert password わすれちゃった');
    expect(kanaFromRomaji('login dekinai')).toBe('login できない');
    // Short English words that read as romaji are not verbs (data), nor are long ones with no verb's ending.
    expect(kanaFromRomaji('data export')).toBeNull();
    expect(kanaFromRomaji('install manual')).toBeNull();
  });

  it('leaves a message with Japanese in it, English, or a single romaji word', () => {
    expect(kanaFromRomaji('KJのパスワード')).toBeNull();
    expect(kanaFromRomaji('hello, can I use this on a Mac?')).toBeNull();
    expect(kanaFromRomaji('Windows 11 OK?')).toBeNull();
    // Among Japanese, one or two romaji-looking words are names.
    expect(kanaFromRomaji('SafariとAdobeは使えますか')).toBeNull();
    expect(kanaFromRomaji('ライセンスは jigyousho goto？')).toBeNull();
  });

  it('reads romaji among Japanese when three long words or two with a particle or an ending are romaji', () => {
    expect(kanaFromRomaji('shoumeisho wa jigyousho goto ni hitsuyou ですか')).toBe('しょうめいしょわじぎょうしょごとにひつよう ですか');
    expect(kanaFromRomaji('ライセンスって kousin hitsuyou desu か')).toContain('こうしん');
  });

  it('reads one romaji word of eight letters or more with a Japanese particle right after it, and no shorter or English one', () => {
    expect(kanaFromRomaji('riyoushinseiのやり方教えて')).toBe('りようしんせいのやり方教えて');
    expect(kanaFromRomaji('shoumeishoが入らない')).toBe('しょうめいしょが入らない');
    for (const q of ['Safariで使える？', 'Chromebookでも使える？', 'PowerPointのファイル', 'Panasonicのパソコン', 'shinseiのやり方']) expect(kanaFromRomaji(q), q).toBeNull();
  });
});
