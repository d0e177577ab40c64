import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildAskRecord, redactTrace, traceJson } from '../../server/store/ask-record.ts';

const facts = (question: string, trace: unknown, sessionId?: string) =>
  buildAskRecord({ queryId: 'q1', question, kind: 'answer', intent: null, answerId: null, confidence: 0.5, latencyMs: 1, sessionId, trace });

describe('the store boundary of an ask', () => {
  it('redacts every string of the trace, keys included, and the forms the engine made of a secret', () => {
    const question = 'KJ080899999999のパスワードはＡｂｃ１２３４５です';
    const trace = {
      normalized: 'kj080899999999のぱすわーどはabc12345です',
      decidedBy: 'search hit for "abc12345"',
      terms: { abc12345: 2, kj080899999999: 1 },
      candidates: [{ id: 'kj-password-lost', score: 1.5, note: ['Abc12345'] }],
    };
    const stored = JSON.stringify(facts(question, trace).trace);
    for (const secret of ['080899999999', 'abc12345', 'Abc12345', 'Ａｂｃ１２３４５']) expect(stored).not.toContain(secret);
    expect(stored).toContain('kj-password-lost');
    expect(stored).toContain('1.5');
  });

  it('keeps the shape of the trace and stores no sessionId, only its hash and reference code', () => {
    const record = facts('証明書', { decidedBy: 'rule', candidates: [{ id: 'a', score: 1 }], map: new Map([['k', 1]]) }, 'session-1');
    expect(record.trace).toEqual({ decidedBy: 'rule', candidates: [{ id: 'a', score: 1 }], map: { k: 1 } });
    expect(JSON.stringify(record)).not.toContain('session-1');
    expect(record.reference).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
  });

  it('records a repeated question as it did the first time, secrets masked every time', () => {
    for (const question of ['証明書の更新方法 ', 'KJ080899999999のパスワードはAbc12345です']) {
      const [first, again] = [facts(question, null), facts(question, null)];
      expect({ ...again, at: '' }).toEqual({ ...first, at: '' });
      expect(again.question).not.toContain('Abc12345');
      expect(again.normalized).not.toMatch(/abc12345/i);
    }
  });

  it('hands a plain trace to the store as it is, and a frozen one (the answer cache’s) as it is every time', () => {
    const trace = { decidedBy: 'rule', candidates: [{ id: 'a', score: 1 }] };
    expect(redactTrace(trace, '証明書')).toBe(trace);
    const frozen = Object.freeze({ decidedBy: 'rule', candidates: Object.freeze([Object.freeze({ id: 'a', score: 1 })]) });
    for (let i = 0; i < 2; i++) expect(redactTrace(frozen, '証明書')).toBe(frozen);
    // A secret in the question still has every string of the (same, frozen) trace redacted.
    expect(JSON.stringify(redactTrace({ echo: 'abc12345' }, 'パスワードはabc12345です'))).not.toContain('abc12345');
    expect(JSON.stringify(redactTrace(Object.freeze({ echo: 'abc12345' }), 'パスワードはabc12345です'))).not.toContain('abc12345');
  });

  it('never lets a generated password typed after 「パスワードは」 into the stored trace', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{5,11}[0-9]$/), (password) => {
        const question = `パスワードは${password}です`;
        const trace = { normalized: question.toLowerCase(), echo: question, decidedBy: password };
        const stored = JSON.stringify(redactTrace(trace, question));
        return !stored.includes(password) && !stored.includes(password.toLowerCase());
      }),
    );
  });
});

describe('a trace as the stores write it', () => {
  /** A trace that counts how often it is serialised. */
  const counted = () => {
    const seen = { n: 0 };
    const trace = { toJSON: () => ((seen.n += 1), { decision: 'answer' }) };
    return { seen, trace };
  };

  it('is JSON, or null without a trace', () => {
    expect(traceJson(null)).toBeNull();
    expect(traceJson(undefined)).toBeNull();
    expect(JSON.parse(traceJson({ a: [1, 'x'] })!)).toEqual({ a: [1, 'x'] });
  });

  it('serialises a frozen trace (the answer cache hands out the same one) once', () => {
    const { seen, trace } = counted();
    Object.freeze(trace);
    expect(traceJson(trace)).toBe('{"decision":"answer"}');
    expect(traceJson(trace)).toBe('{"decision":"answer"}');
    expect(seen.n).toBe(1);
  });

  it('serialises a trace that may still change every time', () => {
    const { seen, trace } = counted();
    traceJson(trace);
    traceJson(trace);
    expect(seen.n).toBe(2);
  });
});
