import { describe, expect, it } from 'vitest';
import { namedWithin, openingTopic, topicalConcepts, typedFormsOf } from '../../server/answer/message-concepts.ts';
import { createSearchIndex } from '../../server/search/search-index.ts';
import { createAnswerEngine } from '../../server/answer/engine.ts';
import { realKnowledgeBase } from './fixtures.ts';

describe('what a message names (real content)', async () => {
  const kb = await realKnowledgeBase();
  const search = createSearchIndex(kb);
  const engine = createAnswerEngine(kb, search);
  const concepts = (q: string) => topicalConcepts(engine.score(q).analysis, search.stats).map((ts) => ts.join(''));

  it('keeps a word typed in katakana, folded to hiragana, as a word', () => {
    expect(concepts('証明書のエラーが出た場合はどうしたらいいですか').some((c) => c.includes('えら'))).toBe(true);
  });

  it('drops hiragana grammar in a message typed in hiragana only, and keeps its lexicon terms', () => {
    const named = concepts('それはぱすわーどのこと');
    expect(named.some((c) => c.includes('それ'))).toBe(false);
    expect(named.length).toBeGreaterThan(0);
  });

  it('leaves out the verb stem a kanji run ends on when a particle was dropped, and keeps a word that ends on a known pair', () => {
    expect(concepts('どの画面見ればよかったっけ？')).toEqual(['画面']);
    expect(concepts('どの画面を見ればよかったっけ？')).toContain('画面');
    expect(concepts('利用申請したかわからない').some((c) => c.endsWith('申請'))).toBe(true);
  });

  it('leaves out the neutral words a kanji run opens on, but not a question word with its counter', () => {
    expect(concepts('それって毎年手続きいるの？')).toEqual(['手続']);
    expect(concepts('今回別途何か申請が必要ですか')).not.toContainEqual(expect.stringContaining('別途'));
    expect(concepts('パスワードは何回入力するの？').some((c) => c.startsWith('回'))).toBe(true);
  });

  it('reads the topic a message opens on, and none for a message that opens pointing back', () => {
    const topic = openingTopic(engine.score('電子証明書ってそのKJのIDで取るんですか？').analysis, search.stats);
    expect(topic.map((ts) => ts.join(''))).toEqual([expect.stringContaining('証明')]);
    expect(openingTopic(engine.score('それってどこで見れる？').analysis, search.stats)).toEqual([]);
  });

  it('finds a concept the lexicon writes otherwise within a part of the message, as it was typed, katakana folded', () => {
    const analysis = engine.score('IDは済んだので次に証明書のインストールをしたい').analysis;
    const certificate = analysis.concepts.find((c) => c.text === '電子証明書')!;
    expect(typedFormsOf(analysis, certificate)).toEqual(['電子証明書', '証明書']);
    expect(namedWithin(analysis, certificate, '証明書のインストールをしたい')).toBe(true);
    expect(namedWithin(analysis, certificate, 'IDは済んだので')).toBe(false);
    const install = analysis.concepts.find((c) => c.text === 'いんすとーる')!;
    // A part cut from the grammar's text keeps katakana as typed.
    expect(namedWithin(analysis, install, 'インストールをしたい')).toBe(true);
  });
});
