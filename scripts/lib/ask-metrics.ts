/**
 * Pure scoring for `npm run eval`: accuracy, per-article precision/recall/F1, confusion pairs and the
 * failures, from the labelled questions and what /api/ask returned for them.
 */

export type Expectation =
  | { set: 'examples' | 'in-scope' | 'followups'; q: string; previous?: string; expect: string; also: string[] }
  | { set: 'out-of-scope'; q: string; why: string }
  | { set: 'vague'; q: string; options: string[] };

/** The part of an AskResult the evaluation looks at. */
export interface Outcome {
  kind: string;
  answerId: string | null;
  options: string[];
  confidence: number;
}

export interface Scored {
  item: Expectation;
  outcome: Outcome;
  /** Strict: an in-scope question is right only when answered with an acceptable article. */
  correct: boolean;
  /** Lenient (reported, never gated): a clarify offering an acceptable article also counts. */
  lenient: boolean;
}

/** Scores one question. Out of scope: anything but an answer is right. Vague: a clarify sharing an option. */
export function score(item: Expectation, outcome: Outcome): Scored {
  if (item.set === 'out-of-scope') {
    const ok = outcome.kind !== 'answer';
    return { item, outcome, correct: ok, lenient: ok };
  }
  if (item.set === 'vague') {
    const ok = outcome.kind === 'clarify' && outcome.options.some((o) => item.options.includes(o));
    return { item, outcome, correct: ok, lenient: ok || outcome.kind === 'fallback' };
  }
  const good = [item.expect, ...item.also];
  const correct = outcome.kind === 'answer' && outcome.answerId !== null && good.includes(outcome.answerId);
  const lenient = correct || (outcome.kind === 'clarify' && outcome.options.some((o) => good.includes(o)));
  return { item, outcome, correct, lenient };
}

export interface Ratio {
  right: number;
  total: number;
  value: number;
}

export function ratio(right: number, total: number): Ratio {
  return { right, total, value: total === 0 ? 1 : right / total };
}

export interface ArticleFigures {
  id: string;
  precision: number;
  recall: number;
  f1: number;
  expected: number;
  answered: number;
}

/**
 * Per-article precision (of the answers naming the article, how many were right — answers given to
 * out-of-scope or vague questions count against it) and recall (of the questions expecting it, how many
 * were answered with it).
 */
export function perArticle(scored: readonly Scored[]): ArticleFigures[] {
  const ids = new Set<string>();
  const expected = new Map<string, number>();
  const answered = new Map<string, number>();
  const right = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const s of scored) {
    if ('expect' in s.item) {
      ids.add(s.item.expect);
      inc(expected, s.item.expect);
    }
    if (s.outcome.kind === 'answer' && s.outcome.answerId) {
      ids.add(s.outcome.answerId);
      inc(answered, s.outcome.answerId);
      if (s.correct && 'expect' in s.item) inc(right, s.outcome.answerId);
    }
  }
  return Array.from(ids)
    .sort()
    .map((id) => {
      const r = right.get(id) ?? 0;
      const precision = (answered.get(id) ?? 0) === 0 ? 1 : r / answered.get(id)!;
      const recall = (expected.get(id) ?? 0) === 0 ? 1 : r / expected.get(id)!;
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return { id, precision, recall, f1, expected: expected.get(id) ?? 0, answered: answered.get(id) ?? 0 };
    });
}

/** Wrong answers as "expected → answered" with counts, most frequent first. */
export function confusionPairs(scored: readonly Scored[]): { pair: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const s of scored) {
    if (s.correct || s.outcome.kind !== 'answer') continue;
    const from = 'expect' in s.item ? s.item.expect : `(${s.item.set})`;
    const pair = `${from} → ${s.outcome.answerId}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return Array.from(counts, ([pair, count]) => ({ pair, count })).sort((a, b) => b.count - a.count || a.pair.localeCompare(b.pair));
}

/** One line describing a failure. */
export function describeFailure(s: Scored): string {
  const o = s.outcome;
  const got = o.kind === 'answer' ? `answer ${o.answerId}` : o.kind === 'clarify' ? `clarify [${o.options.join(', ')}]` : o.kind;
  const want =
    s.item.set === 'out-of-scope' ? `no answer (${s.item.why})` : s.item.set === 'vague' ? `clarify [${s.item.options.join(', ')}]` : [s.item.expect, ...s.item.also].join('|');
  const prev = 'previous' in s.item && s.item.previous ? ` (after ${s.item.previous})` : '';
  return `[${s.item.set}] ${s.item.q}${prev} — want ${want}, got ${got} (${o.confidence.toFixed(2)})`;
}
