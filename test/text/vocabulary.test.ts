import { describe, expect, it } from 'vitest';
import { compileVocabulary, findWords, spacedForms } from '../../server/text/vocabulary.ts';
import { normalize } from '../../server/text/normalize.ts';

const vocabulary = compileVocabulary({
  lexicon: [{ term: 'パスワード', variants: ['パス', 'ぱす', 'ﾊﾟｽ', 'PW'] }],
  classes: [{ name: 'OS', term: '対応OS', members: ['パスワード', 'Mac'], about: ['pc-environment'] }],
  otherSystems: { systems: [{ name: 'e-Tax', terms: ['e-Tax'] }], ours: ['KJ'], unstated: [{ name: '評判', terms: ['評判', '口コミ'] }] },
});

describe('compileVocabulary', () => {
  it('finds a word once with each of its meanings, even when several variants normalise alike (パス, ぱす, ﾊﾟｽ)', () => {
    const [found] = findWords(vocabulary, normalize('パスを忘れた'));
    expect(found?.payloads).toEqual([{ kind: 'term', term: 'ぱすわーど', written: 'パスワード', self: false }]);
  });

  it('finds a kana word of four characters or more typed without its voicing marks (「はすわーと」), not a shorter one', () => {
    const kana = compileVocabulary({ lexicon: [{ term: 'パスワード', variants: ['ぱす'] }, { term: 'ログイン', variants: [] }], classes: [], otherSystems: { systems: [], ours: [], unstated: [] } });
    const terms = (text: string) => findWords(kana, normalize(text)).map((f) => f.payloads.map((p) => (p.kind === 'term' ? p.term : p.kind)));
    expect(terms('はすわーとがわからない')).toEqual([['ぱすわーど']]);
    expect(terms('ろくいんできない')).toEqual([['ろぐいん']]);
    expect(terms('はすをなくした')).toEqual([]);
  });

  it('keeps meanings of different kinds for the same text', () => {
    const [found] = findWords(vocabulary, normalize('パスワード'));
    expect(found?.payloads.map((p) => p.kind)).toEqual(['term', 'class']);
  });

  it('finds a topic the sources do not cover as its own meaning, beside our words', () => {
    const found = findWords(vocabulary, normalize('KJの評判'));
    expect(found.map((f) => f.payloads)).toEqual([[{ kind: 'own' }], [{ kind: 'unstated', topic: '評判' }]]);
  });

  it('reads a word typed in kana as what the word means: another system, a topic not covered, or a term', () => {
    const readings = compileVocabulary({
      lexicon: [{ term: '申請', variants: [] }],
      classes: [],
      otherSystems: { systems: [{ name: '税', terms: ['確定申告'] }], ours: [], unstated: [{ name: '評判', terms: ['評判'] }] },
      readings: new Map([['確定申告', 'かくていしんこく'], ['評判', 'ひょうばん'], ['申請', 'しんせい']]),
    });
    expect(findWords(readings, normalize('かくていしんこく')).map((f) => f.payloads)).toEqual([[{ kind: 'other', system: '税' }]]);
    expect(findWords(readings, normalize('ひょうばん')).map((f) => f.payloads)).toEqual([[{ kind: 'unstated', topic: '評判' }]]);
    expect(findWords(readings, normalize('しんせい')).map((f) => f.payloads)).toEqual([[{ kind: 'term', term: '申請', written: '申請', self: false }]]);
  });

  it('finds a lexicon word whose Latin part was typed in quotes (「C」で始まる), and only a lexicon word', () => {
    const ids = compileVocabulary({
      lexicon: [{ term: '個人ユーザID', variants: ['cで始まる', 'ログインID'] }],
      classes: [],
      otherSystems: { systems: [], ours: [], unstated: [] },
    });
    const terms = (text: string) => findWords(ids, normalize(text)).map((f) => f.payloads.map((p) => (p.kind === 'term' ? p.term : p.kind)));
    expect(terms('「C」で始まるIDって何')).toEqual([[normalize('個人ユーザID')]]);
    expect(terms('"c" で始まる')).toEqual([[normalize('個人ユーザID')]]);
    // Kana followed by Latin typed apart are two words (「ログイン　ID」), as before.
    expect(findWords(ids, normalize('ログイン　ID'))).toEqual([]);
  });
});

describe('spacedForms', () => {
  it('puts a space where Latin is followed by kana or kanji, in every combination of the first two such places', () => {
    expect(spacedForms('cで始まる')).toEqual(['c で始まる']);
    expect(spacedForms('kjのid')).toEqual(['kj のid']);
    expect(spacedForms('a1の2つ目')).toEqual(['a1 の2つ目', 'a1の2 つ目', 'a1 の2 つ目']);
    expect(spacedForms('ぱすわーど')).toEqual([]);
    expect(spacedForms('ろぐいんid')).toEqual([]);
  });
});
