/**
 * Pure scoring for `npm run eval`: accuracy, per-article precision/recall/F1, confusion pairs and the
 * failures, from the labelled questions and what /api/ask returned for them.
 */

/**
 * One labelled question as the evaluations score it. `expect` null: no article is right (out of scope,
 * look-alike, a turn of IDs and passwords); `options` for vague questions (a clarify should offer one).
 */
export interface Expectation {
  set: 'examples' | 'in-scope' | 'out-of-scope' | 'look-alike' | 'vague' | 'conversation';
  q: string;
  expect: string | null;
  also: string[];
  options: string[];
  previous?: string;
}

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
  if (item.set === 'vague') {
    const ok = outcome.kind === 'clarify' && outcome.options.some((o) => item.options.includes(o));
    return { item, outcome, correct: ok, lenient: ok || outcome.kind === 'fallback' };
  }
  if (item.expect === null) {
    const ok = outcome.kind !== 'answer';
    return { item, outcome, correct: ok, lenient: ok };
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
    if (s.item.expect) {
      ids.add(s.item.expect);
      inc(expected, s.item.expect);
    }
    if (s.outcome.kind === 'answer' && s.outcome.answerId) {
      ids.add(s.outcome.answerId);
      inc(answered, s.outcome.answerId);
      if (s.correct && s.item.expect) inc(right, s.outcome.answerId);
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
    const from = s.item.expect ?? `(${s.item.set})`;
    const pair = `${from} → ${s.outcome.answerId}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return Array.from(counts, ([pair, count]) => ({ pair, count })).sort((a, b) => b.count - a.count || a.pair.localeCompare(b.pair));
}

/** One line describing a failure. */
export function describeFailure(s: Scored): string {
  const o = s.outcome;
  const got = o.kind === 'answer' ? `answer ${o.answerId}` : o.kind === 'clarify' ? `clarify [${o.options.join(', ')}]` : o.kind;
  const want = s.item.set === 'vague' ? `clarify [${s.item.options.join(', ')}]` : s.item.expect === null ? 'no answer' : [s.item.expect, ...s.item.also].join('|');
  const prev = s.item.previous ? ` (after ${s.item.previous})` : '';
  return `[${s.item.set}] ${s.item.q}${prev} — want ${want}, got ${got} (${o.confidence.toFixed(2)})`;
}

/** The share of scored questions for which `pred` holds. */
export const share = (list: readonly Scored[], pred: (s: Scored) => boolean) => ratio(list.filter(pred).length, list.length);

/** The figures the gates read, from scored single questions (conversations are scored apart). */
export function figuresOf(all: readonly Scored[]): Record<string, Ratio> {
  const bySet = (...sets: Expectation['set'][]) => all.filter((s) => sets.includes(s.item.set));
  const inScope = bySet('examples', 'in-scope');
  const vague = bySet('vague');
  return {
    inScopeAccuracy: share(inScope, (s) => s.correct),
    inScopeResolved: share(inScope, (s) => s.lenient),
    examplesAccuracy: share(bySet('examples'), (s) => s.correct),
    heldOutAccuracy: share(bySet('in-scope'), (s) => s.correct),
    inScopeClarifyRate: share(inScope, (s) => s.outcome.kind === 'clarify'),
    inScopeWrongAnswers: share(inScope, (s) => s.outcome.kind === 'answer' && !s.correct),
    outOfScopeRejection: share(bySet('out-of-scope'), (s) => s.correct),
    lookAlikeRejection: share(bySet('look-alike'), (s) => s.correct),
    outOfScopeFallback: share(bySet('out-of-scope', 'look-alike'), (s) => s.outcome.kind === 'fallback' || s.outcome.kind === 'smalltalk'),
    vagueClarify: share(vague, (s) => s.correct),
    vagueAnswered: share(vague, (s) => s.outcome.kind === 'answer'),
  };
}
