/**
 * A bounded cache in front of the answer engine. The same texts arrive again and again: suggested-question
 * chips and clarify options send identical strings, and office staff ask the few common questions in the
 * same words. The engine is deterministic for a knowledge base, and a cache belongs to one engine, so a
 * content reload (which builds a new engine) starts with an empty one.
 *
 * Questions that hold something secret-looking (any notice) are never kept, so no password stays in memory.
 */
import { randomUUID } from 'node:crypto';
import type { AnswerEngine, Answered, AskInput, AskResult, AskTrace } from './types.ts';
import { LazyAnswer } from './answered.ts';

export interface AnswerCacheOptions {
  /** Most entries kept; the least recently used goes first (default 2,000). */
  max: number;
}

const DEFAULTS: AnswerCacheOptions = { max: 2_000 };

type Entry = { result: Omit<AskResult, 'queryId'>; decision: Answered['decision']; stored: AskTrace };

/** Questions answered from the cache and by the engine since the cache was made (for /metrics). */
export interface AnswerCacheStats {
  hits: number;
  misses: number;
}

/**
 * Wraps an engine with a least-recently-used cache keyed by the exact question, `previous` and the options of a question back it replies to (`offered`). An entry
 * holds the result, the decision and the small stored trace (what insights keep with every ask); the whole
 * trace is read rarely (the console's ask preview), so a cached answer's trace is built by asking the engine
 * again when it is read, which gives the same trace (the engine is deterministic) without keeping thousands
 * of whole traces in memory.
 */
export function withAnswerCache(engine: AnswerEngine, options: Partial<AnswerCacheOptions> = {}): AnswerEngine & { stats(): AnswerCacheStats } {
  const { max } = { ...DEFAULTS, ...options };
  const entries = new Map<string, Entry>();
  const counts: AnswerCacheStats = { hits: 0, misses: 0 };

  function ask(input: AskInput): Answered {
    const key = `${input.previous ?? ''}\u0000${input.offered?.join(' ') ?? ''}\u0000${input.question.trim()}`;
    const hit = entries.get(key);
    if (hit) {
      counts.hits += 1;
      // Map keeps insertion order: re-inserting marks the entry as most recently used.
      entries.delete(key);
      entries.set(key, hit);
      return new LazyAnswer({ ...hit.result, queryId: randomUUID() }, hit.decision, () => engine.ask(input).trace, hit.stored);
    }
    counts.misses += 1;
    const fresh = engine.ask(input);
    if (fresh.result.notices.length === 0 && max > 0) {
      const { queryId: _ignored, ...result } = fresh.result;
      // A copy, frozen deeply: answers share the cached arrays, so a caller that mutated one would throw, not
      // leak. Strings are immutable and kept as they are (the answer card's HTML is the article's own string).
      entries.set(key, deepFreeze({ result: copy(result), decision: { ...fresh.decision }, stored: fresh.storedTrace }));
      if (entries.size > max) entries.delete(entries.keys().next().value!);
    }
    return fresh;
  }

  return { ask, stats: () => ({ ...counts }) };
}

/** A copy of plain data (objects, arrays) that shares its strings instead of duplicating them. */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T;
  return value;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
