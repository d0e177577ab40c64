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

/** Asks of one day (Japan time), by kind. */
export interface DayCount {
  day: string;
  total: number;
  answer: number;
  clarify: number;
  fallback: number;
  smalltalk: number;
}

export interface ArticleCount {
  id: string;
  count: number;
}

export interface ArticleHelpfulness {
  id: string;
  votes: number;
  helpful: number;
  /** helpful / votes, 0..1. */
  rate: number;
}

export interface InsightsSummary {
  /** First day counted (Japan time, YYYY-MM-DD). */
  since: string;
  totals: { asks: number; answer: number; clarify: number; fallback: number; smalltalk: number; votes: number; helpful: number };
  perDay: DayCount[];
  topArticles: ArticleCount[];
  helpfulness: ArticleHelpfulness[];
}

/** Fallback and clarify questions grouped by their normalised text. */
export interface UnansweredGroup {
  normalized: string;
  /** The latest redacted wording of the group. */
  question: string;
  count: number;
  fallback: number;
  clarify: number;
  lastSeen: string;
}

export interface FeedbackEntry {
  queryId: string;
  at: string;
  helpful: boolean;
  comment: string | null;
  /** The redacted question and what the bot did, when the ask is known. */
  question: string | null;
  kind: AskKind | null;
  answerId: string | null;
}

export interface ReadOptions {
  /** How many days back, counting today (Japan time). */
  days: number;
  limit: number;
}

export interface InsightsStore {
  /** Never throws: a failure is remembered and reported through `health()`. */
  recordAsk(record: AskRecord): void;
  /** One vote per queryId. */
  recordFeedback(record: FeedbackRecord): FeedbackOutcome;
  health(): StoreHealth;
  close(): void;
  /*
   * The read side is optional so that a minimal store (tests, a no-op) stays valid; the insights API
   * answers 503 `insights-unavailable` when a store has none.
   */
  /** Whether an ask with this queryId was recorded. */
  hasQuery?(queryId: string): boolean;
  summary?(options: ReadOptions): InsightsSummary;
  unanswered?(options: ReadOptions): UnansweredGroup[];
  feedback?(options: ReadOptions & { helpful?: boolean }): FeedbackEntry[];
}
