/**
 * The trace as insights keep it for every ask: the same shape as the whole trace (the console reads both),
 * cut to what explains the decision — the leading candidates, each with the features that weighed most.
 * The whole trace (every candidate, every feature) is rebuilt on demand by the ask preview or
 * `npm run explain`; keeping it for every ask cost as much as answering (building, redacting, storing).
 */
import type { AskTrace } from './trace.ts';

/** How much of a trace is stored with each ask. */
export const STORED_TRACE = {
  /** Candidates kept, most likely first: the answer and the runners-up an editor compares it with. */
  candidates: 3,
  /** Features kept per candidate: those with the largest contributions to its log-odds, either sign. */
  features: 6,
} as const;

/** Cuts a trace to what insights keep (see the module comment). Pure. */
export function summarizeTrace(trace: AskTrace, limits: typeof STORED_TRACE = STORED_TRACE): AskTrace {
  return {
    ...trace,
    candidates: trace.candidates.slice(0, limits.candidates).map((c) => {
      const names = Object.keys(c.contributions)
        .sort((a, b) => Math.abs(c.contributions[b]!) - Math.abs(c.contributions[a]!) || a.localeCompare(b))
        .slice(0, limits.features);
      return {
        ...c,
        features: Object.fromEntries(names.map((n) => [n, c.features[n]!])),
        contributions: Object.fromEntries(names.map((n) => [n, c.contributions[n]!])),
      };
    }),
  };
}
