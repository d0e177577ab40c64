/** summarizeTrace: the stored trace keeps the leading candidates and, for each, the weightiest features. */
import { describe, expect, it } from 'vitest';
import { STORED_TRACE, summarizeTrace } from '../../server/answer/trace-summary.ts';
import type { AskTrace } from '../../server/answer/types.ts';

function candidate(id: string, contributions: Record<string, number>): AskTrace['candidates'][number] {
  return { id, title: id, probability: 0.1, features: Object.fromEntries(Object.keys(contributions).map((k) => [k, 1])), contributions };
}

const trace: AskTrace = {
  normalized: 'q', searched: 'q', secrets: [], endings: [], rewrites: [], classes: [], otherSystems: [], ours: [],
  rules: [{ id: 'a', fires: true, matched: 2, total: 2, hits: ['x'], vetoedBy: null }],
  candidates: ['a', 'b', 'c', 'd', 'e'].map((id) => candidate(id, { f1: 0.1, f2: -3, f3: 2, f4: 0, f5: 0.5, f6: -0.2, f7: 1, f8: -0.05 })),
  thresholds: { answer: 0.5, margin: 0.1, option: 0.1, clarify: 0.5, vague: 2, vagueness: 2 },
  decision: { kind: 'answer', reason: 'rule' },
  conversation: { previous: null, continued: false, why: 'no-previous' },
};

describe('summarizeTrace', () => {
  it('keeps the first candidates and their largest contributions of either sign', () => {
    const s = summarizeTrace(trace);
    expect(s.candidates.map((c) => c.id)).toEqual(['a', 'b', 'c'].slice(0, STORED_TRACE.candidates));
    expect(Object.keys(s.candidates[0]!.contributions)).toEqual(['f2', 'f3', 'f7', 'f5', 'f6', 'f1'].slice(0, STORED_TRACE.features));
    expect(Object.keys(s.candidates[0]!.features)).toEqual(Object.keys(s.candidates[0]!.contributions));
  });

  it('keeps how the question was read and the decision whole', () => {
    const s = summarizeTrace(trace);
    expect({ ...s, candidates: [] }).toEqual({ ...trace, candidates: [] });
    expect(trace.candidates).toHaveLength(5);
  });
});
