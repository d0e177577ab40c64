/**
 * The read side every store shares: each read first lets the store write its queued asks (so a read
 * sees every ask answered before it) and then runs the store's own query.
 */
import type { InsightsStore } from './types.ts';

export type ReadSide = Pick<Required<InsightsStore>, 'hasQuery' | 'summary' | 'unanswered' | 'feedback' | 'conversation' | 'prune'>;

/** Wraps a store's queries so that each runs after `beforeRead`. */
export function guardReads(beforeRead: () => Promise<void>, queries: ReadSide): ReadSide {
  const guard =
    <A extends unknown[], R>(query: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await beforeRead();
      return query(...args);
    };
  return {
    hasQuery: guard(queries.hasQuery),
    summary: guard(queries.summary),
    unanswered: guard(queries.unanswered),
    feedback: guard(queries.feedback),
    conversation: guard(queries.conversation),
    prune: guard(queries.prune),
  };
}
