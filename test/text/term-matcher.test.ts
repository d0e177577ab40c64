import { describe, expect, it } from 'vitest';
import { compileMatcher, findAll } from '../../server/text/term-matcher.ts';
import { normalize, normalizeWithMap } from '../../server/text/normalize.ts';

const matcher = compileMatcher(['介護保険証明書', '保険証', 'ぱす', 'ぱすわーど', 'kj', '事業所'].map((t) => ({ text: normalize(t), payload: t })));
const found = (q: string) => findAll(matcher, normalize(q)).map((f) => f.payloads[0]);

describe('term matcher', () => {
  it('finds each place once, longest first: a longer word holds its place', () => {
    expect(found('介護保険証明書をなくした')).toEqual(['介護保険証明書']);
    expect(found('保険証をなくした')).toEqual(['保険証']);
    expect(found('パスワード')).toEqual(['ぱすわーど']);
  });

  it('lets short kana and Latin words match only on their own', () => {
    expect(found('ぱすぽーと')).toEqual([]);
    expect(found('ぱすを忘れた')).toEqual(['ぱす']);
    expect(found('kjx')).toEqual([]);
    expect(found('KJの事業所')).toEqual(['kj', '事業所']);
  });

  it('takes a change between katakana and hiragana as typed for a word edge, when the typed text is given', () => {
    const withScript = (q: string) => {
      const written = normalizeWithMap(q, { fold: false }).text;
      return findAll(matcher, normalize(q), undefined, written).map((f) => f.payloads[0]);
    };
    expect(found('パスわすれてもうた')).toEqual([]);
    expect(withScript('パスわすれてもうた')).toEqual(['ぱす']);
    // The same script on both sides is no edge, and ー belongs to neither.
    expect(withScript('パスポート')).toEqual([]);
    expect(withScript('ぱすぽーと')).toEqual([]);
    expect(withScript('ぱすーわ')).toEqual([]);
  });

  it('does not find a word written in katakana typed in hiragana beside hiragana, as a kana word is', () => {
    const m = compileMatcher([{ text: normalize('トナー'), payload: 'toner', katakana: true }, { text: normalize('ぱす'), payload: 'pass' }]);
    const withScript = (q: string) => findAll(m, normalize(q), undefined, normalizeWithMap(q, { fold: false }).text).map((f) => f.payloads[0]);
    expect(withScript('なにとなにを揃えたら')).toEqual([]);
    expect(withScript('どげんしたら使えっとな')).toEqual([]);
    expect(withScript('あのぱすをわすれた')).toEqual(['pass']);
    // Typed in katakana, or in hiragana beside no hiragana, it is the word.
    expect(withScript('コピー機のトナー')).toEqual(['toner']);
    expect(withScript('とな 交換')).toEqual(['toner']);
  });

  it('does not find a word written in katakana, typed in hiragana, across a space between two words of the sentence', () => {
    const m = compileMatcher([{ text: normalize('テナント'), payload: 'tenant', katakana: true }, { text: normalize('なにから'), payload: 'from-what' }]);
    const withScript = (q: string) => findAll(m, normalize(q), undefined, normalizeWithMap(q, { fold: false }).text).map((f) => f.payloads[0]);
    expect(withScript('ひつようなものって　なんと　なんですか')).toEqual([]);
    // A kana word spaced by the clerk is still stepped over, and the katakana word typed whole is found.
    expect(withScript('なに から はじめたら')).toEqual(['from-what']);
    expect(withScript('テナントの契約')).toEqual(['tenant']);
  });

  it('steps over 「ほう」 slipped in after the の of a phrase, and covers it in the place found', () => {
    const m = compileMatcher(['証明書のパスワード', 'パソコンの条件', '条件'].map((t) => ({ text: normalize(t), payload: t })));
    const places = (q: string) => findAll(m, normalize(q)).map((f) => [f.payloads[0], f.index, f.length]);
    expect(places('証明書のほうのパスワード')).toEqual([['証明書のパスワード', 0, 12]]);
    expect(places('パソコンの方の条件が知りたい')).toEqual([['パソコンの条件', 0, 9]]);
    // Not at a phrase's edge, and not after any other character than の.
    expect(places('ほうの条件')).toEqual([['条件', 3, 2]]);
    expect(places('パソコンほうの条件')).toEqual([['条件', 7, 2]]);
  });

  it('steps over a space typed between two hiragana words of a phrase, only when the typed text is given', () => {
    const m = compileMatcher(['なにからはじめ', 'らいせんす更新'].map((t) => ({ text: normalize(t), payload: t })));
    const places = (q: string, typed = true) => {
      const written = typed ? normalizeWithMap(q, { fold: false }).text : undefined;
      return findAll(m, normalize(q), undefined, written).map((f) => [f.payloads[0], f.index, f.length]);
    };
    expect(places('なにから　はじめたら')).toEqual([['なにからはじめ', 0, 8]]);
    expect(places('なにから はじめたら', false)).toEqual([]);
    // Katakana kept apart stays apart, and so does a space before a kanji.
    expect(places('ﾅﾆｶﾗ ﾊｼﾞﾒ')).toEqual([]);
    expect(places('らいせんす 更新')).toEqual([]);
    // Spaces typed twice are one once normalised.
    expect(places('なにから　　はじめ')).toEqual([['なにからはじめ', 0, 8]]);
  });

  it('does not step over a mark the typed text shows where the normalised text has a space', () => {
    const m = compileMatcher(['はなんぼ'].map((t) => ({ text: normalize(t), payload: t })));
    const find = (text: string, written: string) => findAll(m, text, undefined, written).map((f) => f.payloads[0]);
    expect(find('には なんぼ手順', 'には なんぼ手順')).toEqual(['はなんぼ']);
    expect(find('には なんぼ手順', 'には、なんぼ手順')).toEqual([]);
  });

  it('steps over a space only in a pattern that starts a word: hiragana right after a kanji is its ending', () => {
    const m = compileMatcher(['しのさいと'].map((t) => ({ text: t, payload: t })));
    const places = (q: string) => findAll(m, normalize(q), undefined, normalizeWithMap(q, { fold: false }).text).map((f) => [f.payloads[0], f.index, f.length]);
    // 「利用申し のサイト」: the し is 申し's.
    expect(places('利用申し のさいと')).toEqual([]);
    expect(places('えーと しの さいと')).toEqual([['しのさいと', 4, 6]]);
    // Unspaced, the pattern is found where it is (the lexicon's edges decide the rest).
    expect(places('申しのさいと')).toEqual([['しのさいと', 1, 5]]);
  });

  it('reports every meaning of one text', () => {
    const m = compileMatcher([{ text: 'mac', payload: 'os' }, { text: 'mac', payload: 'device' }]);
    expect(findAll(m, 'macで')[0]!.payloads).toEqual(['os', 'device']);
  });
});
