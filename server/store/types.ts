/** The insights store: every ask and feedback, redacted before it gets here. */
import type { AskKind } from '../answer/types.ts';

export interface AskRecord {
  queryId: string;
  /** ISO timestamp. */
  at: string;
  /** The question with passwords, IDs, phone numbers and e-mail addresses masked. */
  question: string;
  /** Normalised form of the redacted question, for grouping. */
  normalized: string;
  kind: AskKind;
  intent: string | null;
  answerId: string | null;
  confidence: number;
  latencyMs: number;
  /** SHA-256 of the sessionId (never the id itself), or null. */
  sessionHash: string | null;
}

export interface FeedbackRecord {
  queryId: string;
  helpful: boolean;
  /** Redacted comment, or null. */
  comment: string | null;
  at: string;
}

export type FeedbackOutcome = 'recorded' | 'duplicate' | 'unknown-query';

export interface StoreHealth {
  ok: boolean;
  reason?: string;
}

export interface InsightsStore {
  /** Never throws: a failure is remembered and reported through `health()`. */
  recordAsk(record: AskRecord): void;
  /** One vote per queryId. */
  recordFeedback(record: FeedbackRecord): FeedbackOutcome;
  health(): StoreHealth;
  close(): void;
}
