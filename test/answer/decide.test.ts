import { describe, expect, it } from 'vitest';
import { decide, DEFAULT_DECIDE, margin, type DecideInput } from '../../server/answer/decide.ts';
import type { SearchHit } from '../../server/search/types.ts';
import type { IntentMatch } from '../../server/answer/intents.ts';

function hit(id: string, score: number, coverage = 1): SearchHit {
  return { id, anchor: 'answer', title: id, sectionTitle: '回答', category: 'id-password', snippet: '', url: `/kb/${id}`, score, coverage };
}
function input(over: Partial<DecideInput> & { hits: SearchHit[] }): DecideInput {
  const covers = new Map(over.hits.map((h) => [h.id, h.coverage]));
  return { matches: [], ruled: new Set(), articleHas: () => false, cover: (id) => covers.get(id) ?? 0, information: 2, ...over };
}
const fired = (id: string, may = 0): IntentMatch => ({ id, matched: 2, total: 2, may, vetoedBy: null, fires: true });

describe('decide', () => {
  it('answers from search when the best hit covers the question and stands clear of the runner-up', () => {
    const d = decide(input({ hits: [hit('a', 10), hit('b', 5)] }));
    expect(d.kind).toBe('answer');
    expect(d.kind === 'answer' && d.id).toBe('a');
  });

  it('answers a close call on a specific question with a hedge: low confidence, the runner-up offered', () => {
    const d = decide(input({ hits: [hit('a', 10), hit('b', 9.8), hit('c', 2)] }));
    expect(d).toMatchObject({ kind: 'answer', id: 'a', alternatives: ['b'] });
    expect(d.confidence).toBeLessThanOrEqual(0.6);
  });

  it('asks back when the two best are close and the question is vague', () => {
    const d = decide(input({ hits: [hit('a', 10), hit('b', 9.8), hit('c', 2)], information: 0.3 }));
    expect(d.kind).toBe('clarify');
    expect(d.kind === 'clarify' && d.options).toEqual(['a', 'b']);
  });

  it('falls back when the best hit covers too little, listing weakly related articles', () => {
    const d = decide(input({ hits: [hit('a', 10, 0.25), hit('b', 3, 0.1)] }));
    expect(d.kind).toBe('fallback');
    expect(d.kind === 'fallback' && d.related).toEqual(['a']);
  });

  it('does not answer a vague question (little information) even with a clear winner', () => {
    const d = decide(input({ hits: [hit('a', 10), hit('b', 2, 0.5)], information: 0.3 }));
    expect(d.kind).not.toBe('answer');
  });

  it('answers a firing rule, with its id as the intent', () => {
    const d = decide(input({ matches: [fired('rule-a')], hits: [hit('rule-a', 5), hit('b', 5)] }));
    expect(d).toMatchObject({ kind: 'answer', id: 'rule-a', intent: 'rule-a' });
  });

  it('never answers a ruled article through search alone', () => {
    const d = decide(input({ hits: [hit('rule-a', 10), hit('b', 3)], ruled: new Set(['rule-a']) }));
    expect(d.kind).toBe('clarify');
  });

  it('lets only an article naming the vetoing word answer instead of a vetoed rule', () => {
    const vetoed: IntentMatch = { id: 'rule-a', matched: 2, total: 3, may: 0, vetoedBy: 'gmail', fires: false };
    const d = decide(input({ matches: [vetoed], hits: [hit('rule-a', 10), hit('b', 6)], ruled: new Set(['rule-a']) }));
    expect(d.kind).toBe('fallback');
    const named = decide(input({ matches: [vetoed], hits: [hit('rule-a', 10), hit('b', 6)], ruled: new Set(['rule-a']), articleHas: (id) => id === 'b' }));
    expect(named).toMatchObject({ kind: 'answer', id: 'b' });
  });

  it('computes a bounded margin', () => {
    expect(margin([hit('a', 10), hit('b', -5)])).toBe(1);
    expect(margin([hit('a', 10), hit('b', 5)])).toBe(0.5);
    expect(margin([])).toBe(0);
  });

  it('asks back on a short question whose only concept several topics share, even with a clear winner', () => {
    const d = decide(input({ hits: [hit('a', 10), hit('b', 3)], peak: 0.5, concepts: 1 }));
    expect(d.kind).toBe('clarify');
    const long = decide(input({ hits: [hit('a', 10), hit('b', 3)], peak: 0.5, concepts: 4 }));
    expect(long.kind).toBe('answer');
  });

  it('hedges a near tie the topics cannot tell apart, and answers plainly when the question points to one', () => {
    const base = { hits: [hit('a', 10), hit('b', 8), hit('c', 1)] };
    expect(decide(input({ ...base, distinct: () => 0 }))).toMatchObject({ kind: 'answer', alternatives: ['b'] });
    const plain = decide(input({ ...base, distinct: (x) => (x === 'a' ? 0.4 : -0.4) }));
    expect(plain.kind).toBe('answer');
    expect(plain.kind === 'answer' && plain.alternatives).toBeUndefined();
  });

  it('passes over a best hit whose rule is incomplete to a clear runner-up without a rule', () => {
    const partial: IntentMatch = { id: 'ruled', matched: 1, total: 2, may: 0, vetoedBy: null, fires: false };
    const d = decide(input({ matches: [partial], ruled: new Set(['ruled']), hits: [hit('ruled', 10), hit('b', 9), hit('c', 2)] }));
    expect(d.kind === 'answer' && d.id).toBe('b');
    const tie = decide(input({ matches: [partial], ruled: new Set(['ruled']), hits: [hit('ruled', 10), hit('b', 9), hit('c', 8.9)] }));
    expect(tie.kind).toBe('clarify');
  });
});

describe('decide with example neighbours', () => {
  const close = [hit('a', 10, 0.8), hit('b', 9.5, 0.8), hit('c', 9.4, 0.8)];
  it('answers plainly when search and neighbours agree where search alone would only hedge', () => {
    expect(decide(input({ hits: close }))).toMatchObject({ kind: 'answer', alternatives: ['b', 'c'] });
    const d = decide(input({ hits: close, neighbours: [{ id: 'a', share: 0.8, nearest: 0.6 }] }));
    expect(d).toMatchObject({ kind: 'answer', id: 'a' });
    expect(d.kind === 'answer' && d.alternatives).toBeUndefined();
  });
  it('still asks back a vague question unless users’ questions point to one article almost unanimously', () => {
    const split = decide(input({ hits: close, information: 0.2, neighbours: [{ id: 'a', share: 0.7, nearest: 0.9 }] }));
    expect(split.kind).toBe('clarify');
    const far = decide(input({ hits: close, information: 0.2, neighbours: [{ id: 'a', share: 0.9, nearest: 0.4 }] }));
    expect(far.kind).toBe('clarify');
    const plain = decide(input({ hits: close, information: 0.2, neighbours: [{ id: 'a', share: 0.9, nearest: 0.9 }] }));
    expect(plain.kind === 'answer' && plain.id).toBe('a');
  });
  it('never answers a question naming a product the knowledge base does not know', () => {
    const d = decide(input({ hits: [hit('a', 10), hit('b', 2, 0.5)], foreign: true, neighbours: [{ id: 'a', share: 1, nearest: 0.9 }] }));
    expect(d.kind).not.toBe('answer');
  });
  it('never answers an article whose rule did not fire, however clear the vote', () => {
    const ruled = new Set(['a']);
    const partialRule: IntentMatch = { id: 'a', matched: 1, total: 2, may: 0, vetoedBy: null, fires: false };
    const weak = decide(input({ hits: close, ruled, neighbours: [{ id: 'a', share: 0.5, nearest: 0.6 }], matches: [partialRule] }));
    expect(weak.kind).toBe('clarify');
    const none = decide(input({ hits: close, ruled, neighbours: [{ id: 'a', share: 0.9, nearest: 0.6 }] }));
    expect(none.kind).toBe('clarify');
    const clear = decide(input({ hits: close, ruled, neighbours: [{ id: 'a', share: 0.9, nearest: 0.6 }], matches: [partialRule] }));
    expect(clear.kind === 'answer' && clear.id).not.toBe('a');
  });

  describe('distinguishing concepts (owners)', () => {
    // Short and made of shared concepts only: vague by peak/concepts, whatever the ranking.
    const short = { peak: 0.5, concepts: 1 };
    it('asks back a short question naming only hub concepts', () => {
      const d = decide(input({ hits: [hit('a', 10), hit('b', 2, 0.5)], ...short }));
      expect(d.kind).not.toBe('answer');
    });

    it('answers it with the article whose title alone names one of its concepts', () => {
      const d = decide(input({ hits: [hit('a', 10), hit('b', 2, 0.5)], ...short, owners: ['a'] }));
      expect(d).toMatchObject({ kind: 'answer', id: 'a' });
    });

    it('never answers a different article on the strength of an owner', () => {
      const d = decide(input({ hits: [hit('a', 10), hit('b', 2, 0.5)], ...short, owners: ['b'] }));
      expect(d.kind).not.toBe('answer');
    });

    it('does not exempt an article whose own rule did not fire', () => {
      const d = decide(input({ hits: [hit('a', 10), hit('b', 2, 0.5)], ...short, owners: ['a'], ruled: new Set(['a']) }));
      expect(d.kind).not.toBe('answer');
    });

    it('can be switched off', () => {
      const d = decide(input({ hits: [hit('a', 10), hit('b', 2, 0.5)], ...short, owners: ['a'] }), { ...DEFAULT_DECIDE, trustOwners: false });
      expect(d.kind).not.toBe('answer');
    });
  });
});

describe('decide: a best hit whose rule did not fire', () => {
  const partialRule: IntentMatch = { id: 'a', matched: 1, total: 2, may: 0, vetoedBy: null, fires: false };
  const hits = [hit('a', 10), hit('b', 9.9), hit('c', 9.8)];
  it('answers the close runner-up, hedged, when the question points to it', () => {
    const d = decide(input({ hits, matches: [partialRule], ruled: new Set(['a']), pointsTo: (id, rival) => id === 'b' && rival === 'a' }));
    expect(d).toMatchObject({ kind: 'answer', id: 'b', alternatives: ['a', 'c'] });
    expect(d.confidence).toBeLessThanOrEqual(0.6);
  });
  it('asks back when the question does not point to the runner-up', () => {
    const d = decide(input({ hits, matches: [partialRule], ruled: new Set(['a']), pointsTo: () => false }));
    expect(d.kind).toBe('clarify');
  });
  it('asks back when the runner-up has a rule of its own', () => {
    const d = decide(input({ hits, matches: [partialRule], ruled: new Set(['a', 'b']), pointsTo: () => true }));
    expect(d.kind).toBe('clarify');
  });
});
