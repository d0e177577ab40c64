/**
 * The store used when insights are turned off (`INSIGHTS=false`): records nothing, reads nothing. It
 * remembers recent queryIds and votes in memory only, so feedback keeps its rules (known query, one
 * vote) in a single process.
 */
import { RecentIds } from './recent-ids.ts';
import type { InsightsStore } from './types.ts';

/** A store that keeps nothing but the recent queryIds (`remember` of them, default 10,000). */
export function createNoopStore(remember = 10_000): InsightsStore {
  const asked = new RecentIds(remember);
  const voted = new RecentIds(remember);
  return {
    keepsTraces: false,
    async recordAsk(record) {
      asked.add(record.queryId);
      return true;
    },
    async recordFeedback(record) {
      if (!asked.has(record.queryId)) return 'unknown-query';
      if (voted.has(record.queryId)) return 'duplicate';
      voted.add(record.queryId);
      return 'recorded';
    },
    async hasQuery(queryId) {
      return asked.has(queryId);
    },
    health: () => ({ ok: true }),
    async close() {},
  };
}
