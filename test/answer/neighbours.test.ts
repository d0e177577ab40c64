import { describe, expect, it } from 'vitest';
import { buildNeighbours, neighbourTokens, similarities, vote } from '../../server/answer/neighbours.ts';
import { handMadeKnowledgeBase } from './kb.ts';

const kb = handMadeKnowledgeBase();

describe('neighbours', () => {
  it('votes for the article whose examples are nearest to the question', () => {
    const index = buildNeighbours(kb.articles, kb.lexicon);
    const [first] = vote(index, 'ヘルプデスクの電話番号を知りたい');
    expect(first?.id).toBe('contact');
    expect(first!.share).toBeGreaterThan(0.5);
    expect(first!.nearest).toBeGreaterThan(0.3);
  });

  it('gives shares that sum to 1 over at most k neighbours, strongest first', () => {
    const index = buildNeighbours(kb.articles, kb.lexicon, { k: 3 });
    const votes = vote(index, 'パスワードを忘れた');
    expect(votes.length).toBeGreaterThan(0);
    expect(votes.length).toBeLessThanOrEqual(3);
    expect(votes.reduce((s, v) => s + v.share, 0)).toBeCloseTo(1, 6);
    for (let i = 1; i < votes.length; i++) expect(votes[i - 1]!.share).toBeGreaterThanOrEqual(votes[i]!.share);
  });

  it('returns no vote for a question that shares nothing with any example', () => {
    const index = buildNeighbours(kb.articles, kb.lexicon);
    expect(vote(index, 'qwertyuiop')).toEqual([]);
  });

  it('reads only the knowledge base it is given: an example removed from it is no longer found', () => {
    const question = 'フリーパスの適用に手続きはいる？';
    const full = buildNeighbours(kb.articles, kb.lexicon);
    const fullBest = Math.max(...similarities(full, question).values());
    expect(fullBest).toBeCloseTo(1, 6);
    const without = kb.articles.map((a) => ({ ...a, examples: a.examples.filter((e) => e !== question) }));
    const held = buildNeighbours(without, kb.lexicon);
    expect(Math.max(0, ...similarities(held, question).values())).toBeLessThan(0.9);
  });

  it('weighs particle pairs less than content pairs in a question with content words', () => {
    const tokens = neighbourTokens('KJのパスワード', kb.lexicon, 0.5);
    expect(tokens.get('kj')).toBe(1);
    expect(Array.from(tokens.values())).toContain(0.5);
    // Hiragana only: nothing is grammar, every pair counts in full.
    expect(new Set(neighbourTokens('わすれた', kb.lexicon, 0.5).values())).toEqual(new Set([1]));
  });
});
