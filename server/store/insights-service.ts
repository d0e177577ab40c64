/**
 * Wraps any insights store so that recording never breaks an answer: every call is guarded, a failure
 * turns health to degraded (with a path-free reason) until a later call succeeds, and recent queryIds and
 * votes are kept in memory so feedback keeps its rules (known query, one vote) while the store fails.
 */
import { describeFailure } from './sqlite-store.ts';
import { RecentIds } from './recent-ids.ts';
import type { AskRecord, FeedbackOutcome, FeedbackRecord, InsightsStore, ReadOptions, StoreHealth } from './types.ts';

export interface InsightsServiceOptions {
  /** How many recent queryIds and votes to remember (default 10,000). */
  remember?: number;
  /** Told about each failure as it starts (the plugin logs it); never given user text. */
  onFailure?: (reason: string, err: unknown) => void;
}

export interface InsightsService extends InsightsStore {
  /** Whether feedback for this queryId would be accepted as a known query. */
  knows(queryId: string): boolean;
  /** Whether the store can answer the insights API's reads. */
  readonly readable: boolean;
  /** The underlying store, for reads; check `readable` first. */
  read<T>(fn: (store: Required<InsightsStore>, options: ReadOptions) => T, options: ReadOptions): T;
}

/** Guards a store; see the module comment. */
export function createInsightsService(store: InsightsStore, options: InsightsServiceOptions = {}): InsightsService {
  const recent = new RecentIds(options.remember ?? 10_000);
  const voted = new RecentIds(options.remember ?? 10_000);
  let failure: string | null = null;

  function fail(what: string, err: unknown): void {
    const reason = describeFailure(what, err);
    if (failure !== reason) options.onFailure?.(reason, err);
    failure = reason;
  }

  function guarded<T>(what: string, fallback: T, fn: () => T): T {
    try {
      const value = fn();
      if (what === 'write') failure = null;
      return value;
    } catch (err) {
      fail(what, err);
      return fallback;
    }
  }

  const storeKnows = (queryId: string) => guarded('read', false, () => store.hasQuery?.(queryId) ?? false);

  return {
    recordAsk(record: AskRecord) {
      recent.add(record.queryId);
      guarded('write', undefined, () => store.recordAsk(record));
    },
    recordFeedback(record: FeedbackRecord): FeedbackOutcome {
      if (voted.has(record.queryId)) return 'duplicate';
      if (!recent.has(record.queryId) && !storeKnows(record.queryId)) return 'unknown-query';
      // A failing store still counts the vote in memory: the user's click is not lost on our account.
      const outcome = guarded<FeedbackOutcome>('write', 'recorded', () => store.recordFeedback(record));
      if (outcome === 'duplicate') return 'duplicate';
      voted.add(record.queryId);
      return 'recorded';
    },
    knows(queryId) {
      return recent.has(queryId) || storeKnows(queryId);
    },
    get readable() {
      return typeof store.summary === 'function' && typeof store.unanswered === 'function' && typeof store.feedback === 'function';
    },
    read(fn, readOptions) {
      try {
        return fn(store as Required<InsightsStore>, readOptions);
      } catch (err) {
        fail('read', err);
        throw new Error(`store: read failed`, { cause: err });
      }
    },
    health(): StoreHealth {
      if (failure) return { ok: false, reason: failure };
      let inner: StoreHealth;
      try {
        inner = store.health();
      } catch (err) {
        // Not remembered as a failure: health is polled, and a write that works should clear it.
        inner = { ok: false, reason: describeFailure('health check', err) };
      }
      return inner.ok ? { ok: true } : { ok: false, reason: inner.reason ?? 'insights store: unavailable' };
    },
    close() {
      guarded('close', undefined, () => store.close());
    },
  };
}
