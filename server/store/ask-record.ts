/**
 * The store boundary of an ask: what is recorded about it, built in one place so that nothing a user
 * typed reaches the store unredacted. The question is redacted; the engine's trace is kept as an opaque
 * JSON object with every string (and key) redacted, and with any secret found in the question masked
 * in the forms the engine may have turned it into (normalised, lower case).
 */
import { createHash } from 'node:crypto';
import { findSecrets, redact, redactSpans, type SecretSpan } from '../text/redact.ts';
import { normalize } from '../text/normalize.ts';
import { referenceOf } from './reference.ts';
import { STORE } from '../tuning.ts';
import type { AskKind } from '../answer/types.ts';
import type { AskRecord } from './types.ts';

const MASK = '********';

export interface AskFacts {
  queryId: string;
  /** The question as typed (trimmed); never stored as is. */
  question: string;
  kind: AskKind;
  intent: string | null;
  answerId: string | null;
  confidence: number;
  latencyMs: number;
  sessionId?: string;
  trace: unknown;
  at?: Date;
}

/** Applies `fn` to every string of a JSON-like value (object keys too), keeping its shape. */
export function mapStrings(value: unknown, fn: (text: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (value instanceof Map) return mapStrings(Object.fromEntries(value), fn);
  if (value instanceof Set) return mapStrings([...value], fn);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [fn(k), mapStrings(v, fn)]));
  }
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}

/** Whether a value is plain JSON already (objects, arrays, strings, finite numbers, booleans, null; undefined, which `mapStrings` keeps as it is): nothing to convert. */
function isPlainJson(value: unknown): boolean {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) {
    for (const v of value) if (!isPlainJson(v)) return false;
    return true;
  }
  if (typeof value !== 'object' || value instanceof Map || value instanceof Set) return false;
  for (const k in value) if (!isPlainJson((value as Record<string, unknown>)[k])) return false;
  return true;
}

/**
 * Frozen traces found plain once. The answer cache deep-freezes the stored trace it hands out with every
 * hit, so the same object comes again and again and cannot have changed: it is walked once, not per ask.
 */
const plainFrozen = new WeakSet<object>();

function isPlainTrace(trace: unknown): boolean {
  if (typeof trace !== 'object' || trace === null || !Object.isFrozen(trace)) return isPlainJson(trace);
  if (plainFrozen.has(trace)) return true;
  const plain = isPlainJson(trace);
  if (plain) plainFrozen.add(trace);
  return plain;
}

/** JSON of frozen traces, by trace: an answer from the cache hands out the same frozen trace every time. */
const frozenJson = new WeakMap<object, string>();

/**
 * A record's trace as the stores write it (JSON text), or null. A repeated answer's trace (frozen by the
 * answer cache, so unchanged) is serialised once: otherwise it cost a cached ask as much as the rest of it.
 */
export function traceJson(trace: unknown): string | null {
  if (trace === null || trace === undefined) return null;
  if (typeof trace !== 'object' || !Object.isFrozen(trace)) return JSON.stringify(trace);
  let json = frozenJson.get(trace);
  if (json === undefined) frozenJson.set(trace, (json = JSON.stringify(trace)));
  return json;
}

/** Redacts a trace for the store: see the module comment. `spans`: the question's secrets, when already found. */
export function redactTrace(trace: unknown, question: string, spans: readonly SecretSpan[] = findSecrets(question)): unknown {
  // Every text of a trace comes from the question (normalised, cut, rewritten) or from the content's own
  // words: when the question holds no secret, there is none to mask (passing every string of the trace
  // through the recognisers cost as much as answering). The shape is still made plain JSON — by a copy only
  // when it is not plain already (the engine's traces are: checking allocates nothing, copying cost a
  // few percent of an ask's CPU under load). The stores serialise it and never change it.
  if (spans.length === 0) return isPlainTrace(trace) ? trace : mapStrings(trace, (text) => text);
  const secrets = spans.map((s) => s.text).filter((t) => t.length >= 3);
  const forms = [...new Set(secrets.flatMap((t) => [t, t.toLowerCase(), normalize(t)]))].filter((t) => t.length >= 3);
  return mapStrings(trace, (text) => {
    let out = redact(text);
    for (const form of forms) out = out.split(form).join(MASK);
    return out;
  });
}

/**
 * Recent questions found to hold no secret, with their normalised form (most recent last). The same texts
 * come again and again (chips, common questions), and finding secrets and normalising are deterministic:
 * a repeat skips both. Only secret-free questions are kept, as the answer cache keeps only those.
 */
const plainQuestions = new Map<string, string>();

/** The question as stored, its normalised form and its secrets, found once per ask (and once per repeat). */
function readQuestion(question: string): { redacted: string; normalized: string; spans: readonly SecretSpan[] } {
  const known = plainQuestions.get(question);
  if (known !== undefined) return { redacted: question, normalized: known, spans: [] };
  const spans = findSecrets(question);
  const redacted = redactSpans(question, spans);
  const normalized = normalize(redacted);
  if (spans.length === 0) {
    plainQuestions.set(question, normalized);
    if (plainQuestions.size > STORE.plainQuestionsKept) plainQuestions.delete(plainQuestions.keys().next().value!);
  }
  return { redacted, normalized, spans };
}

/** Builds the record the insights store keeps about one ask. */
export function buildAskRecord(facts: AskFacts): AskRecord {
  // The question's secrets are found once, for the question and for the trace.
  const { redacted, normalized, spans } = readQuestion(facts.question);
  return {
    queryId: facts.queryId,
    at: (facts.at ?? new Date()).toISOString(),
    question: redacted,
    normalized,
    kind: facts.kind,
    intent: facts.intent,
    answerId: facts.answerId,
    confidence: facts.confidence,
    latencyMs: facts.latencyMs,
    sessionHash: facts.sessionId ? createHash('sha256').update(facts.sessionId).digest('hex') : null,
    reference: facts.sessionId ? referenceOf(facts.sessionId) : null,
    trace: facts.trace === undefined ? null : redactTrace(facts.trace, facts.question, spans),
  };
}
