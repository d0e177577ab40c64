import { describe, expect, it } from 'vitest';
import { compileVocabulary } from '../../server/text/vocabulary.ts';
import { compileCorrector, type Corrector } from '../../server/text/corrections.ts';
import { findLoose } from '../../server/text/slips.ts';
import { normalize, normalizeWithMap } from '../../server/text/normalize.ts';

const vocabulary = compileVocabulary({
  lexicon: [{ term: '申請', variants: [] }, { term: '有効期限', variants: [] }, { term: '電子証明書', variants: ['証明書'] }, { term: 'ダウンロード', variants: [] }, { term: 'マック', variants: [] }, { term: 'ブラウザ', variants: [] }],
  classes: [],
  otherSystems: { systems: [], ours: [], unstated: [] },
});
const readings = new Map([['申請', 'しんせい'], ['有効期限', 'ゆうこうきげん'], ['証明書', 'しょうめいしょ']]);
const corpus = new Set(['発行', '行先', '申請']);
const corrector = compileCorrector(vocabulary, readings, (t) => corpus.has(t));

/** What `c` finds loosely in a question (`kana`: it is typed in kana only), as via:word. */
function looseWith(c: Corrector, q: string, kana = false) {
  const text = normalize(q);
  return findLoose(c, text, normalizeWithMap(q, { fold: false }).text, new Array<boolean>(text.length).fill(false), kana).map((h) => `${h.via}:${h.as}`);
}
const loose = (q: string) => looseWith(corrector, q);

describe('typo and reading corrections', () => {
  it('reads IME homophone slips through their kanji', () => {
    expect(loose('身請')).toEqual(['reading:申請']);
    expect(loose('有効機嫌')).toEqual(['reading:有効期限']);
    expect(loose('証明所')).toEqual(['reading:証明書']);
  });

  it('reads a whole stretch as a lexicon word of ours that reads the same, though they share no kanji; never as another system\'s word', () => {
    expect(loose('新生')).toEqual(['reading:申請']);
    // A piece of a longer stretch must share a kanji: 新生 inside 新生活 is no slip.
    expect(loose('新生活')).toEqual([]);
    const v = compileVocabulary({ lexicon: [], classes: [], otherSystems: { systems: [{ name: '暮らし', terms: ['天気'] }], ours: [], unstated: [] } });
    expect(looseWith(compileCorrector(v, new Map([['天気', 'てんき']]), () => false), '転記')).toEqual([]);
  });

  it('reads a stretch first as its kanji are first read: a word sharing a kanji by a rare reading comes after', () => {
    // 生 reads き too (生糸): by it 新生 is 新規, which shares 新; as first read, しんせい, it is 申請.
    const v = compileVocabulary({ lexicon: [{ term: '申請', variants: [] }, { term: '新規', variants: [] }], classes: [], otherSystems: { systems: [], ours: [], unstated: [] } });
    const c = compileCorrector(v, new Map([['申請', 'しんせい'], ['新規', 'しんき']]), () => false);
    expect(looseWith(c, '新生')).toEqual(['reading:申請']);
    // No word as first read: the other readings are tried (機嫌 is first read きけん, 期限 is きげん).
    expect(loose('有効機嫌')).toEqual(['reading:有効期限']);
  });

  it('reads a homophone slip that only the example questions hold (a slip typed there on purpose) as its word', () => {
    // 「有効期現」 is in an example: the corpus knows 期現, the articles' prose does not.
    const withExamples = new Set([...corpus, '有効', '効期', '期現']);
    const prose = new Set([...corpus, '有効', '効期']);
    expect(looseWith(compileCorrector(vocabulary, readings, (t) => withExamples.has(t)), '有効期現')).toEqual([]);
    expect(looseWith(compileCorrector(vocabulary, readings, (t) => withExamples.has(t), undefined, (t) => prose.has(t)), '有効期現')).toEqual(['reading:有効期限']);
  });

  it('takes a one-character slip of a word of three characters or more', () => {
    expect(loose('ダウンロド')).toEqual(['typo:だうんろーど']);
    expect(loose('ダウンロードド')).toEqual(['typo:だうんろーど']);
    expect(loose('マッッック')).toEqual([]);
    expect(loose('マックク')).toEqual(['typo:まっく']);
  });

  it('never takes a piece of a katakana word that leaves one or two of its characters for a slip; a word run on is still tried', () => {
    const v = compileVocabulary({ lexicon: [{ term: 'たいおん', variants: [] }, { term: 'ダウンロード', variants: [] }], classes: [], otherSystems: { systems: [], ours: [], unstated: [] } });
    const c = compileCorrector(v, new Map(), () => false);
    expect(looseWith(c, 'タイミング')).toEqual([]);
    expect(looseWith(c, 'タイミン')).toEqual(['typo:たいおん']);
    expect(looseWith(c, 'ダウンロドボタン')).toEqual(['typo:だうんろーど']);
  });

  it('lets a character stand for another only in words of four characters or more', () => {
    expect(loose('ロック')).toEqual([]);
    expect(loose('ブラウサ')).toEqual(['typo:ぶらうざ']);
  });

  it('tries a hiragana word typed between spaces whole in a message typed in kana, never a piece of one', () => {
    const v = compileVocabulary({
      lexicon: [{ term: '利用申請', variants: ['りようしんせい'] }, { term: 'パスワード', variants: [] }],
      classes: [],
      otherSystems: { systems: [], ours: [], unstated: [] },
    });
    const c = compileCorrector(v, new Map(), () => false);
    const kana = (q: string, typedInKana = true) => looseWith(c, q, typedInKana);
    expect(kana('りようしせい　やりかた')).toEqual(['typo:りようしんせい']);
    expect(kana('ぱすわど わすれた')).toEqual(['typo:ぱすわーど']);
    // Run into its grammar, the word is not tried: its pieces are grammar as often as words.
    expect(kana('りようしせいのやりかた')).toEqual([]);
    // Nor without the message typed in kana.
    expect(kana('りようしせい　やりかた', false)).toEqual([]);
  });

  it('slips on a word written with kanji only where a kanji of it was typed', () => {
    const v = compileVocabulary({ lexicon: [{ term: '何を移', variants: ['なにを移'] }, { term: '有効期限', variants: [] }], classes: [], otherSystems: { systems: [], ours: [], unstated: [] } });
    const c = compileCorrector(v, new Map(), () => false);
    const slips = (q: string) => looseWith(c, q);
    // 「ﾅﾆｦ」 (なにを) is one character short of 「なにを移」, but holds none of its kanji.
    expect(slips('ﾅﾆｦ')).toEqual([]);
    expect(slips('有効期現')).toEqual(['typo:有効期限']);
  });

  it('needs three characters besides the long-vowel mark: a loanword alone is no slip of its compound', () => {
    // The copier as the readings write it (lexicon-readings.yaml gives コピー機 the word こぴーき).
    const v = compileVocabulary({ lexicon: [{ term: 'コピー機', variants: ['こぴーき'] }], classes: [], otherSystems: { systems: [], ours: [], unstated: [] } });
    const c = compileCorrector(v, new Map(), () => false);
    const slips = (q: string) => looseWith(c, q);
    // 「画面の文字がコピーできなかった」 named the copier by its reading with き dropped.
    expect(slips('コピーできなかった')).toEqual([]);
    expect(slips('コピキ')).toEqual(['typo:こぴーき']);
    expect(loose('ダウンロド')).toEqual(['typo:だうんろーど']);
  });

  it('leaves words the corpus knows, hiragana, and pieces of Latin words', () => {
    expect(loose('発行先')).toEqual([]);
    expect(loose('だうんろど')).toEqual([]);
    expect(loose('qwertyuiop')).toEqual([]);
  });

  it('never reads a Latin word with a kanji or kana beside it as a slip of a Latin word', () => {
    const v = compileVocabulary({ lexicon: [{ term: 'Gmail', variants: [] }], classes: [], otherSystems: { systems: [], ours: [], unstated: [] } });
    const c = compileCorrector(v, new Map(), () => false);
    // 用 typed for g is no slip: the Latin letters are a word of their own, tried whole (a lexicon word of ours, mail, takes
    // them in the engine before this pass).
    const text = normalize('セキュリティ用mail');
    const hits = findLoose(c, text, normalizeWithMap('セキュリティ用mail', { fold: false }).text, new Array<boolean>(text.length).fill(false));
    expect(hits.map((h) => text.slice(h.index, h.index + h.length))).toEqual(['mail']);
    expect(looseWith(c, 'gmaill')).toEqual(['typo:gmail']);
  });

  it('never turns one question word into another: なんで (why) is no slip of なんぼ (how much)', () => {
    const v = compileVocabulary({ lexicon: [{ term: '料金', variants: ['なんぼなん', 'なんぼかかる'] }, { term: 'いくつ', variants: [] }], classes: [], otherSystems: { systems: [], ours: [], unstated: [] } });
    const c = compileCorrector(v, new Map(), () => false);
    expect(looseWith(c, 'なんでなん', true)).toEqual([]);
    expect(looseWith(c, 'なんでかかる', true)).toEqual([]);
    // A slip elsewhere in the word is still one.
    expect(looseWith(c, 'なんぼかかか', true)).toEqual(['typo:なんぼかかる']);
  });
});
