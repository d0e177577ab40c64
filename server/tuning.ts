/**
 * Every tunable number of the operational side in one place (the ones an operator sets through the
 * environment are in config.ts). Each says why it has its value.
 */

/** Rate limits: each route group's allowance per minute, as a multiple of RATE_LIMIT_PER_MINUTE. */
export const LIMIT_FACTORS = {
  /** POST /api/ask: the unit. */
  ask: 1,
  /** POST /api/feedback: one vote per answer, so the same allowance as asking, counted apart. */
  feedback: 1,
  /** GET /api/search and /api/suggest: type-ahead sends a request per pause in typing. */
  search: 5,
  /** /api/insights/*: the console loads several views and previews as an agent types. */
  admin: 5,
} as const;

/** The window every allowance above is counted over. */
export const LIMIT_WINDOW_MS = 60_000;

/** Wrong admin tokens from one client before its admin requests are refused (asking is not affected). */
export const ADMIN_FAILURES_BEFORE_LOCKOUT = 10;
/** How long wrong admin tokens are remembered, and so how long a lock-out lasts at most. */
export const ADMIN_LOCKOUT_MS = 15 * 60_000;

/** A Redis command that takes longer fails (and the limit fails open): a hung Redis must not hold answers. */
export const REDIS_COMMAND_TIMEOUT_MS = 500;

/** Insights writes. */
export const STORE = {
  /**
   * How long asks gather before they are written in one transaction or INSERT (store/batch-writer.ts).
   * Each answer waits for its row (so an answered ask survives even a crash), so this is added to an
   * answer's latency. 0: no gathering time; a write starts once the event loop's turn is over, and the
   * asks answered while it runs go in the next one (group commit). With 5 ms, 10 clients asking without
   * pause got 1,226 answers/s against 1,922 now, each waiting for the timer; at 50 clients the two were
   * alike (the batches grow by themselves while a write runs).
   */
  flushAfterMs: 0,
  /** A batch this big is written at once, without waiting for the gathering time. */
  maxBatch: 200,
  /** Asks kept waiting while the store fails; beyond this the oldest are dropped (and counted). */
  maxQueue: 10_000,
  /** The longest an answer waits for its row; a slow or failing store never holds answers longer. */
  askWriteWaitMs: 1000,
  /** How often old asks are pruned (retention), besides once at start. */
  pruneEveryMs: 60 * 60_000,
  /** Rows deleted per statement when pruning, so a large prune never holds a long lock. */
  pruneBatch: 5000,
  /** A conversation shown in the console has at most this many turns. */
  conversationTurns: 200,
  /**
   * Recent secret-free questions whose normalised form an ask's record reuses (ask-record.ts): the answer
   * cache's repeats, whose record otherwise cost more CPU than the rest of a cached answer's work.
   */
  plainQuestionsKept: 2_000,
} as const;

/** PostgreSQL connections: give up connecting (and report degraded) after this long. */
export const PG_CONNECT_TIMEOUT_MS = 5000;
/** PostgreSQL statements: a hung server must not hold answers or reads forever. */
export const PG_STATEMENT_TIMEOUT_MS = 10_000;
/** After a failed start (PostgreSQL down), how long before migrations are tried again. */
export const PG_RETRY_MS = 2000;

/** How often under-pressure samples the event loop, and the Retry-After it sends when overloaded. */
export const OVERLOAD_SAMPLE_MS = 1000;
export const OVERLOAD_RETRY_AFTER_S = 10;

/**
 * How far V8 lets the heap grow past what a full collection leaves alive, in percent (applied by
 * heap-growth.ts when the server starts). What the server keeps is small (about 37 MiB after a full
 * collection); under load it is the garbage between full collections that makes the process big: by
 * default V8 lets the old generation grow to several times what is alive before collecting it (measured:
 * RSS ~200–260 MiB after `npm run bench`'s load). At 30 % a full collection comes sooner and each costs about
 * the same (it walks what is alive, ~40 MiB, not the garbage); RSS after the same load ~155–165 MiB (60 %:
 * ~172, 100 %: ~182). The price is more full collections: by estimate a few percent of an uncached ask's
 * CPU, within the shared machine's noise when measured. Command-line `--heap-growing-percent` (node or
 * NODE_OPTIONS) wins over this.
 */
export const HEAP_GROWING_PERCENT = 30;
