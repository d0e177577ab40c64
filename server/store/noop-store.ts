/** The store used when insights are turned off (`INSIGHTS=false`): records nothing, reads nothing. */
import type { InsightsStore } from './types.ts';

/** A store that keeps nothing; feedback on a known query is accepted and forgotten. */
export function createNoopStore(): InsightsStore {
  return {
    recordAsk() {},
    recordFeedback() {
      return 'recorded';
    },
    health: () => ({ ok: true }),
    close() {},
  };
}
