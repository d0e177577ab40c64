/** An insights store whose every method throws, like a broken disk. */
import type { InsightsStore } from '../../server/store/types.ts';

export function throwingStore(): InsightsStore {
  const boom = () => {
    throw Object.assign(new Error('disk I/O error at /secret/path'), { code: 'SQLITE_IOERR' });
  };
  return { recordAsk: boom, recordFeedback: boom, health: boom, close: boom, hasQuery: boom, summary: boom, unanswered: boom, feedback: boom };
}
