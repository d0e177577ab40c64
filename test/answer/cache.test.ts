import { describe, expect, it } from 'vitest';
import { withAnswerCache } from '../../server/answer/cache.ts';
import type { AnswerEngine, AskInput, AskResult, AskTrace } from '../../server/answer/types.ts';

/** A minimal structured trace. */
function traceFor(normalized: string): AskTrace {
  return {
    normalized, searched: normalized, secrets: [], endings: [], rewrites: [], classes: [], otherSystems: [], unstated: [], ours: [], rules: [], candidates: [],
    thresholds: { answer: 0.5, margin: 0.1, option: 0.1, clarify: 0.5, vague: 2, vagueness: 2 }, decision: { kind: 'answer', reason: 'likely' },
    conversation: { previous: null, continued: false, why: 'no-previous' },
  };
}

function countingEngine(notices: AskResult['notices'] = []) {
  const calls: AskInput[] = [];
  const engine: AnswerEngine = {
    ask(input) {
      calls.push(input);
      return {
        result: {
          queryId: `q${calls.length}`,
          kind: 'answer',
          intent: null,
          confidence: 0.8,
          message: input.question,
          answer: null,
          options: [],
          related: [{ id: 'kj-id', title: 't', url: '/kb/kj-id' }],
          contact: null,
          notices,
        },
        decision: { kind: 'answer', reason: 'likely' },
        trace: traceFor(input.question),
        storedTrace: traceFor(input.question),
      };
    },
  };
  return { engine, calls };
}

describe('withAnswerCache', () => {
  it('answers a repeated question from the cache with a new queryId', () => {
    const { engine, calls } = countingEngine();
    const cached = withAnswerCache(engine);
    const a = cached.ask({ question: 'KJのパスワード' });
    const b = cached.ask({ question: ' KJのパスワード ' });
    expect(calls).toHaveLength(1);
    expect(b.result.message).toBe(a.result.message);
    expect(b.result.queryId).not.toBe(a.result.queryId);
  });

  it('keys on previous too', () => {
    const { engine, calls } = countingEngine();
    const cached = withAnswerCache(engine);
    cached.ask({ question: '電話番号は？', previous: 'contact' });
    cached.ask({ question: '電話番号は？', previous: 'kj-id' });
    cached.ask({ question: '電話番号は？' });
    expect(calls).toHaveLength(3);
  });

  it('never keeps a question that raised a notice (it may hold a password)', () => {
    const { engine, calls } = countingEngine([{ code: 'secret-detected', message: 'x' }]);
    const cached = withAnswerCache(engine);
    cached.ask({ question: 'パスワードは abc12345 です' });
    cached.ask({ question: 'パスワードは abc12345 です' });
    expect(calls).toHaveLength(2);
  });

  it('drops the least recently used entry past max', () => {
    const { engine, calls } = countingEngine();
    const cached = withAnswerCache(engine, { max: 2 });
    cached.ask({ question: 'a' });
    cached.ask({ question: 'b' });
    cached.ask({ question: 'a' }); // a is now the most recent
    cached.ask({ question: 'c' }); // evicts b
    cached.ask({ question: 'a' });
    cached.ask({ question: 'b' });
    expect(calls.map((c) => c.question)).toEqual(['a', 'b', 'c', 'b']);
  });

  it('keeps the stored trace: what insights keep with every ask costs no second engine run', () => {
    const { engine, calls } = countingEngine();
    const cached = withAnswerCache(engine);
    cached.ask({ question: 'KJのID' });
    const again = cached.ask({ question: 'KJのID' });
    expect(again.storedTrace.normalized).toBe('KJのID');
    expect(calls).toHaveLength(1);
  });

  it('keeps no whole trace: a cached answer’s trace is the engine’s, asked again when read', () => {
    const { engine, calls } = countingEngine();
    const cached = withAnswerCache(engine);
    cached.ask({ question: 'KJのID' });
    const again = cached.ask({ question: 'KJのID' });
    expect(calls).toHaveLength(1);
    expect(again.decision).toEqual({ kind: 'answer', reason: 'likely' });
    expect(again.trace.normalized).toBe('KJのID');
    expect(calls).toHaveLength(2);
  });

  it('hands out answers that cannot corrupt the cache', () => {
    const { engine } = countingEngine();
    const cached = withAnswerCache(engine);
    cached.ask({ question: 'x' });
    const again = cached.ask({ question: 'x' });
    expect(() => again.result.related.push({ id: 'y', title: 'y', url: '/kb/y' })).toThrow();
    expect(cached.ask({ question: 'x' }).result.related).toHaveLength(1);
  });
});
