/** The insights store: every ask and feedback, redacted before it gets here. */
import type { Static } from '@sinclair/typebox';
import type { AskKind } from '../answer/types.ts';
import type { UnhelpfulReasonSchema } from './schemas.ts';

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
  /** The conversation's reference code (8 Crockford base32 characters, no hyphen), or null. */
  reference: string | null;
  /** The engine's trace as an opaque JSON object, every string in it redacted; null when none. */
  trace: unknown;
}

/** Why an answer did not help (only with helpful=false). */
export type UnhelpfulReason = Static<typeof UnhelpfulReasonSchema>;

export interface FeedbackRecord {
  queryId: string;
  helpful: boolean;
  reason: UnhelpfulReason | null;
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
  /** Unhelpful votes by reason (`none`: no reason given). */
  unhelpfulReasons: Record<UnhelpfulReason | 'none', number>;
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
  reason: UnhelpfulReason | null;
  comment: string | null;
  /** The redacted question and what the bot did, when the ask is known. */
  question: string | null;
  kind: AskKind | null;
  answerId: string | null;
}

/** One ask of a conversation, as the console shows it (the title is added by the route). */
export interface ConversationTurn {
  queryId: string;
  at: string;
  /** Redacted. */
  question: string;
  kind: AskKind;
  answerId: string | null;
  helpful: boolean | null;
  reason: UnhelpfulReason | null;
}

export interface ReadOptions {
  /** How many days back, counting today (Japan time). */
  days: number;
  limit: number;
}

export interface InsightsStore {
  /**
   * Queues an ask; resolves true once it is written, false when the write failed (the ask stays queued
   * and is retried). Never rejects.
   */
  recordAsk(record: AskRecord): Promise<boolean>;
  /**
   * False for a store that keeps nothing of an ask but its queryId (INSIGHTS=false): the ask route then
   * builds no trace for it (building and redacting it was a tenth of an uncached ask's CPU). Default true.
   */
  readonly keepsTraces?: boolean;
  /**
   * One vote per queryId, written before it resolves.
   * @throws when the vote cannot be written (the caller answers 503 `store-unavailable`).
   */
  recordFeedback(record: FeedbackRecord): Promise<FeedbackOutcome>;
  health(): StoreHealth;
  /** Writes what is queued and releases the store. */
  close(): Promise<void>;
  /*
   * The read side is optional so that a minimal store (tests, a no-op) stays valid; the insights API
   * answers 503 `insights-unavailable` when a store has none.
   */
  /** Whether an ask with this queryId was recorded. */
  hasQuery?(queryId: string): Promise<boolean>;
  summary?(options: ReadOptions): Promise<InsightsSummary>;
  unanswered?(options: ReadOptions): Promise<UnansweredGroup[]>;
  feedback?(options: ReadOptions & { helpful?: boolean }): Promise<FeedbackEntry[]>;
  /** The asks of one conversation (by reference code), oldest first. */
  conversation?(reference: string): Promise<ConversationTurn[]>;
  /** Deletes asks (and their feedback) older than `before`; resolves with the number of asks deleted. */
  prune?(before: Date): Promise<number>;
}
