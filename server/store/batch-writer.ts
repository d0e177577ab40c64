/**
 * Group commit for the insights stores: items are written together, and each caller learns when its own
 * item is written. Writes run one at a time; items that arrive during a write go into the next batch. With
 * `flushAfterMs` 0 a write starts as soon as this turn of the event loop is over (the items of every
 * request handled in it together), so under load batches grow by themselves while the previous one is
 * written, and an idle service adds no waiting to an answer; above 0, items also gather for that long.
 * A failed batch stays queued (bounded, oldest dropped first) and is retried, so a store that comes back
 * loses nothing it still holds.
 */

export interface BatchWriterOptions<T> {
  /** Writes one batch (at most `maxBatch` items); throws when it cannot. */
  write(batch: T[]): Promise<void> | void;
  /** How long items gather before a write; 0: none beyond the current turn of the event loop. */
  flushAfterMs: number;
  /** A batch this big is written at once. */
  maxBatch: number;
  /** Items kept while writes fail; beyond this the oldest are dropped. */
  maxQueue: number;
  /** After a failed write, the queue is tried again this much later (default 1000 ms). */
  retryAfterMs?: number;
  /** Told how many items were dropped because the queue was full. */
  onDrop?(count: number): void;
}

export interface BatchWriter<T> {
  /** Queues an item; resolves true once it is written, false when its write failed. Never rejects. */
  add(item: T): Promise<boolean>;
  /** Writes everything queued now; rejects when a write fails (the items stay queued). */
  flush(): Promise<void>;
  /** The error of the last write, or null once a write succeeds. */
  readonly failure: unknown;
  /** Items waiting to be written. */
  readonly pending: number;
  /** Stops the timers; queued items are kept until the next flush. */
  stop(): void;
}

interface Entry<T> {
  item: T;
  done?: (written: boolean) => void;
}

/** Creates a batch writer; see the module comment. */
export function createBatchWriter<T>(options: BatchWriterOptions<T>): BatchWriter<T> {
  const { flushAfterMs, maxBatch, maxQueue } = options;
  const retryAfterMs = options.retryAfterMs ?? 1000;
  let queue: Entry<T>[] = [];
  /** Cancels the scheduled flush; null when none is scheduled. */
  let cancelScheduled: (() => void) | null = null;
  let chain: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  let stopped = false;

  function cancel(): void {
    cancelScheduled?.();
    cancelScheduled = null;
  }

  /** Flushes after `delay` ms, or with 0 once the event loop has run this turn's callbacks (see the module comment). */
  function schedule(delay: number): void {
    if (cancelScheduled || stopped) return;
    const run = () => {
      cancelScheduled = null;
      flush().catch(() => undefined);
    };
    if (delay > 0) {
      const timer = setTimeout(run, delay).unref();
      cancelScheduled = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(run).unref();
      cancelScheduled = () => clearImmediate(immediate);
    }
  }

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      try {
        await options.write(batch.map((e) => e.item));
      } catch (err) {
        failure = err;
        for (const e of batch) e.done?.(false);
        // Keep the items (without their callers, who have been told) for the next attempt.
        queue = batch.map((e) => ({ item: e.item })).concat(queue);
        trim();
        schedule(retryAfterMs);
        throw err;
      }
      failure = null;
      for (const e of batch) e.done?.(true);
    }
  }

  function trim(): void {
    const excess = queue.length - maxQueue;
    if (excess <= 0) return;
    for (const e of queue.splice(0, excess)) e.done?.(false);
    options.onDrop?.(excess);
  }

  function flush(): Promise<void> {
    cancel();
    const run = chain.then(drain);
    chain = run.catch(() => undefined);
    return run;
  }

  return {
    add(item) {
      return new Promise<boolean>((resolve) => {
        queue.push({ item, done: resolve });
        trim();
        if (queue.length >= maxBatch) flush().catch(() => undefined);
        else schedule(flushAfterMs);
      });
    },
    flush,
    get failure() {
      return failure;
    },
    get pending() {
      return queue.length;
    },
    stop() {
      stopped = true;
      cancel();
    },
  };
}
