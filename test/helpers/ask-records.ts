/** Builders of ask and feedback records for the store tests. */
import type { AskRecord } from '../../server/store/types.ts';

let n = 0;

/** An ask record with defaults; `overrides` sets what a test cares about. */
export function askRecord(overrides: Partial<AskRecord> = {}): AskRecord {
  n += 1;
  return {
    queryId: `q-${n}-${Math.random().toString(36).slice(2, 8)}`,
    at: new Date().toISOString(),
    question: 'KJのパスワードを忘れました',
    normalized: 'kjのぱすわーどをわすれました',
    kind: 'answer',
    intent: 'kj-password-lost',
    answerId: 'kj-password-lost',
    confidence: 0.9,
    latencyMs: 1.5,
    sessionHash: null,
    reference: null,
    trace: null,
    ...overrides,
  };
}
