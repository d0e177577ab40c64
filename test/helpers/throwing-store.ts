/** An insights store whose every method fails, like a broken disk (SQLITE_FULL: the disk is full). */
import type { InsightsStore } from '../../server/store/types.ts';

export function throwingStore(code = 'SQLITE_IOERR'): InsightsStore {
  const error = () => Object.assign(new Error('disk I/O error at /secret/path'), { code });
  const reject = () => Promise.reject(error());
  const boom = () => {
    throw error();
  };
  return {
    recordAsk: reject,
    recordFeedback: reject,
    health: boom,
    close: reject,
    hasQuery: reject,
    summary: reject,
    unanswered: reject,
    feedback: reject,
    conversation: reject,
    prune: reject,
  };
}
