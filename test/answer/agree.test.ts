import { describe, expect, it } from 'vitest';
import { agreed, DEFAULT_AGREE } from '../../server/answer/agree.ts';
import type { SearchHit } from '../../server/search/types.ts';

function hit(id: string, score: number): SearchHit {
  return { id, anchor: 'answer', title: id, sectionTitle: '回答', category: 'id-password', snippet: '', url: `/kb/${id}`, score, coverage: 1 };
}
const v = (id: string, share: number, nearest = 0.6) => ({ id, share, nearest });

describe('agreed', () => {
  it('names the article both the search and the neighbours put first', () => {
    expect(agreed([hit('a', 10), hit('b', 9)], [v('a', 0.7), v('b', 0.3)])).toEqual({ id: 'a', share: 0.7, nearest: 0.6 });
  });

  it('lets a clear neighbour vote lift the search runner-up when the search scores are close', () => {
    expect(agreed([hit('a', 10), hit('b', 9.5)], [v('b', 0.8), v('a', 0.2)])?.id).toBe('b');
  });

  it('is null when the neighbours disagree with a clear search winner', () => {
    expect(agreed([hit('a', 10), hit('b', 3)], [v('b', 0.6), v('a', 0.4)])).toBeNull();
  });

  it('is null when the vote is split or the nearest example is far', () => {
    expect(agreed([hit('a', 10), hit('b', 9)], [v('a', 0.35), v('b', 0.33), v('c', 0.32)])).toBeNull();
    expect(agreed([hit('a', 10), hit('b', 9)], [v('a', 0.9, 0.1)])).toBeNull();
  });

  it('is null when the agreed article is not among the first search hits', () => {
    const hits = [hit('a', 10), hit('b', 9.9), hit('c', 9.8)];
    expect(agreed(hits, [v('c', 1)], { ...DEFAULT_AGREE, depth: 2 })).toBeNull();
    expect(agreed(hits, [v('c', 1)], { ...DEFAULT_AGREE, depth: 3 })?.id).toBe('c');
  });

  it('is null without hits or votes', () => {
    expect(agreed([], [v('a', 1)])).toBeNull();
    expect(agreed([hit('a', 10)], [])).toBeNull();
  });
});
