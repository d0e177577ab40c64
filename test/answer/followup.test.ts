import { describe, expect, it } from 'vitest';
import { contentTokens, decideFollowUp, type FollowUpInput } from '../../server/answer/followup.ts';
import type { Decision } from '../../server/answer/decide.ts';
import type { Article } from '../../server/content/types.ts';
import type { Concept } from '../../server/answer/concepts.ts';
import { createAnswerEngine } from '../../server/answer/engine.ts';
import { createSearchIndex } from '../../server/search/search-index.ts';
import { handMadeKnowledgeBase } from './kb.ts';

const concept = (text: string, ...words: string[][]): Concept => ({ text, ways: words, words });
const previous = { id: 'license', title: 'ライセンス', related: ['license-renewal', 'other'] } as unknown as Article;
const clarify: Decision = { kind: 'clarify', options: ['x', 'y'], confidence: 0.3, decidedBy: 'test' };

function input(over: Partial<FollowUpInput> & { texts: Record<string, string[]>; titles?: Record<string, string[]> }): FollowUpInput {
  const { texts, titles = {}, ...rest } = over;
  return {
    previous,
    normalized: 'こうしんは',
    unknownShare: 0,
    hits: [],
    content: [],
    cover: (id, only) => {
      const held = texts[id] ?? [];
      const tokens = only ?? [];
      return tokens.length === 0 ? 0 : tokens.filter((t) => held.includes(t)).length / tokens.length;
    },
    inTitle: (id, token) => (titles[id] ?? []).includes(token),
    combinedHits: () => [],
    admissible: () => true,
    ...rest,
  };
}

describe('contentTokens', () => {
  it('takes question words out of a concept (「何日」 asks for a number of 日)', () => {
    expect(contentTokens([concept('何日', ['何日'])])).toEqual(['日']);
  });
  it('drops a lone kanji (a verb or adjective stem) beside longer words', () => {
    expect(contentTokens([concept('詳', ['詳']), concept('資料', ['資料'])])).toEqual(['資料']);
  });
  it('is empty for a question without content words', () => {
    expect(contentTokens([])).toEqual([]);
  });
});

describe('decideFollowUp', () => {
  it('keeps the last answer when it holds the content words, however much another article holds them too', () => {
    const d = decideFollowUp(input({ content: ['日'], texts: { license: ['日'], other: ['日'] } }), clarify);
    expect(d).toMatchObject({ kind: 'answer', id: 'license' });
  });

  it('moves to the related article whose title names what the last answer only mentions', () => {
    const d = decideFollowUp(
      input({ content: ['更新'], texts: { license: ['更新'], 'license-renewal': ['更新'] }, titles: { 'license-renewal': ['更新'] } }),
      clarify,
    );
    expect(d).toMatchObject({ kind: 'answer', id: 'license-renewal' });
  });

  it('searches with the last title as context when the last answer lacks the content words', () => {
    const hit = { id: 'other', anchor: 'a', title: '', sectionTitle: '', category: 'id-password', snippet: '', url: '', score: 1, coverage: 1 } as const;
    const d = decideFollowUp(input({ content: ['資料'], texts: { license: [], other: ['資料'] }, combinedHits: () => [hit] }), clarify);
    expect(d).toMatchObject({ kind: 'answer', id: 'other' });
  });

  it('leaves a long question to be decided on its own', () => {
    expect(decideFollowUp(input({ normalized: 'あ'.repeat(40), content: ['日'], texts: { license: ['日'] } }), clarify)).toBeNull();
  });
});

describe('follow-ups through the engine', () => {
  const kb = handMadeKnowledgeBase();
  const engine = createAnswerEngine(kb, createSearchIndex(kb));
  it('reads 「何日かかりますか」 after the KJ-password answer as being about it (its text says 数日)', () => {
    const { result } = engine.ask({ question: '何日かかりますか', previous: 'kj-password-lost' });
    expect(result.kind).toBe('answer');
    expect(result.answer?.id).toBe('kj-password-lost');
  });
  it('does not read a question about another product as a follow-up', () => {
    const { result } = engine.ask({ question: 'Gmailのパスワードは？', previous: 'kj-password-lost' });
    expect(result.kind).not.toBe('answer');
  });
});
