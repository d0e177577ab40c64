/**
 * Wraps any insights store so that recording never breaks an answer and nothing acknowledged is lost:
 * an answer waits (a bounded time) for its ask to be written; a vote is acknowledged only once written,
 * and a store that cannot write it is reported to the caller (503) instead of being counted as recorded.
 * A failure turns health to degraded (with a path-free reason) until a later write succeeds.
 */
import { describeFailure, StoreUnavailableError } from './failure.ts';
import { STORE } from '../tuning.ts';
import type { AskRecord, FeedbackOutcome, FeedbackRecord, InsightsStore, ReadOptions, StoreHealth } from './types.ts';

export interface InsightsServiceOptions {
  /** The longest an answer waits for its ask to be written (default STORE.askWriteWaitMs). */
  askWriteWaitMs?: number;
  /** Told about each failure as it starts (the plugin logs it); never given user text. */
  onFailure?: (reason: string, err: unknown) => void;
  /** Told about every write that failed (metrics count them). */
  onWriteError?: () => void;
}

export interface InsightsService {
  /** Records an ask; resolves once it is written or after the wait limit. Never rejects. */
  recordAsk(record: AskRecord): Promise<void>;
  /** Whether the store keeps an ask's trace (see `InsightsStore.keepsTraces`); when not, none need be built. */
  readonly keepsTraces: boolean;
  /**
   * Records a vote (the store checks the queryId, so any replica accepts it).
   * @throws StoreUnavailableError when the vote cannot be written.
   */
  recordFeedback(record: FeedbackRecord): Promise<FeedbackOutcome>;
  /** Whether the store can answer the insights API's reads. */
  readonly readable: boolean;
  /**
   * Runs a read on the underlying store; check `readable` first.
   * @throws Error prefixed `store:` when the read fails.
   */
  read<T>(fn: (store: Required<InsightsStore>, options: ReadOptions) => Promise<T>, options: ReadOptions): Promise<T>;
  /** Deletes asks older than `days` days; resolves with how many went (0 for a store without pruning). */
  prune(days: number, now?: Date): Promise<number>;
  health(): StoreHealth;
  /** Writes what is queued and closes the store. Never rejects. */
  close(): Promise<void>;
}

/**
 * `written`'s outcome, or 'timeout' after `ms`. The timer is cleared as soon as the write settles: left
 * running, every ask kept a timer and its promise alive for the whole wait (a second), thousands at a time
 * under load, long enough to be promoted to the old generation and swell the heap.
 */
function withinMs(written: Promise<boolean>, ms: number): Promise<{ ok: boolean } | { err: unknown } | 'timeout'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), ms);
    timer.unref();
    written.then(
      (ok) => {
        clearTimeout(timer);
        resolve({ ok });
      },
      (err: unknown) => {
        clearTimeout(timer);
        resolve({ err });
      },
    );
  });
}

function safeHealth(store: InsightsStore): StoreHealth {
  try {
    return store.health();
  } catch (err) {
    return { ok: false, reason: describeFailure('health check', err) };
  }
}

/** Guards a store; see the module comment. */
export function createInsightsService(store: InsightsStore, options: InsightsServiceOptions = {}): InsightsService {
  const askWriteWaitMs = options.askWriteWaitMs ?? STORE.askWriteWaitMs;
  let failure: string | null = null;

  function fail(what: string, err: unknown, known?: string): string {
    const reason = known ?? describeFailure(what, err);
    if (failure !== reason) options.onFailure?.(reason, err);
    failure = reason;
    if (what === 'write') options.onWriteError?.();
    return reason;
  }

  return {
    keepsTraces: store.keepsTraces !== false,
    async recordAsk(record) {
      let written: Promise<boolean>;
      try {
        written = store.recordAsk(record);
      } catch (err) {
        fail('write', err);
        return;
      }
      const outcome = await withinMs(written, askWriteWaitMs);
      if (outcome === 'timeout') {
        fail('write', Object.assign(new Error('write timed out'), { code: 'TIMEOUT' }));
      } else if ('err' in outcome) {
        fail('write', outcome.err);
      } else if (outcome.ok) {
        failure = null;
      } else {
        // The store keeps the ask queued for a retry and knows why the write failed.
        fail('write', null, safeHealth(store).reason ?? describeFailure('write', null));
      }
    },
    async recordFeedback(record) {
      try {
        const outcome = await store.recordFeedback(record);
        failure = null;
        return outcome;
      } catch (err) {
        throw new StoreUnavailableError(fail('write', err), { cause: err });
      }
    },
    get readable() {
      return typeof store.summary === 'function' && typeof store.unanswered === 'function' && typeof store.feedback === 'function';
    },
    async read(fn, readOptions) {
      try {
        return await fn(store as Required<InsightsStore>, readOptions);
      } catch (err) {
        fail('read', err);
        throw new Error('store: read failed', { cause: err });
      }
    },
    async prune(days, now = new Date()) {
      if (!store.prune) return 0;
      return store.prune(new Date(now.getTime() - days * 24 * 60 * 60 * 1000));
    },
    health(): StoreHealth {
      if (failure) return { ok: false, reason: failure };
      // A failing health check is not remembered as a failure: health is polled, and a write that works should clear it.
      const inner = safeHealth(store);
      return inner.ok ? { ok: true } : { ok: false, reason: inner.reason ?? 'insights store: unavailable' };
    },
    async close() {
      try {
        await store.close();
      } catch (err) {
        fail('close', err);
      }
    },
  };
}
