/**
 * The shared insights store for replicas: PostgreSQL through a `pg` pool. The same behaviour as the
 * SQLite store (one test suite runs against both): asks gather for a few milliseconds and go in one
 * INSERT, votes are written at once and checked against the asks in the database, so any replica
 * accepts a vote on any replica's answer. A database that is down at start does not stop the service:
 * migrations are retried until they succeed, and health says why meanwhile.
 */
import pg from 'pg';
import { japanDay } from './japan-day.ts';
import { traceJson } from './ask-record.ts';
import { createBatchWriter } from './batch-writer.ts';
import { guardReads } from './read-side.ts';
import { describeFailure } from './failure.ts';
import { migratePg } from './pg-migrations.ts';
import { pruneBeforePg, readConversationPg, readFeedbackPg, readSummaryPg, readUnansweredPg } from './pg-queries.ts';
import { PG_CONNECT_TIMEOUT_MS, PG_RETRY_MS, PG_STATEMENT_TIMEOUT_MS, STORE } from '../tuning.ts';
import type { AskRecord, FeedbackOutcome, InsightsStore, StoreHealth } from './types.ts';

export interface PgStoreOptions {
  /** postgres://… */
  url: string;
  /** Connections in this process's pool. */
  poolSize: number;
  /** How long asks gather before they are written (default STORE.flushAfterMs). */
  flushAfterMs?: number;
  /** Told how many queued asks were dropped because writes kept failing. */
  onDrop?(count: number): void;
  /** Told about connection errors outside a query (the pool's idle clients). */
  onError?(err: unknown): void;
}

export type PgStore = Required<InsightsStore> & {
  /** Resolves when the schema is migrated (or rejects with the first attempt's error; retries go on). */
  readonly ready: Promise<void>;
  flush(): Promise<void>;
  readonly pool: pg.Pool;
};

// Thirteen columns, passed as arrays and unnested: one statement text whatever the batch size.
const INSERT_ASKS = `INSERT INTO asks (query_id, at, day, question, normalized, kind, intent, answer_id, confidence, latency_ms, session_hash, reference, trace)
  SELECT q, a, d, qu, n, k, i, ai, c, l, s, r, t::jsonb
  FROM unnest($1::text[], $2::timestamptz[], $3::date[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
              $9::float8[], $10::float8[], $11::text[], $12::text[], $13::text[]) AS x(q, a, d, qu, n, k, i, ai, c, l, s, r, t)
  ON CONFLICT (query_id) DO NOTHING`;

const INSERT_FEEDBACK = `WITH ins AS (
    INSERT INTO feedback (query_id, helpful, reason, comment, at)
    SELECT $1, $2, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM asks WHERE query_id = $1)
    ON CONFLICT (query_id) DO NOTHING RETURNING 1)
  SELECT (SELECT count(*) FROM ins)::int AS inserted, EXISTS (SELECT 1 FROM asks WHERE query_id = $1) AS known`;

function columns(batch: AskRecord[]): unknown[][] {
  return [
    batch.map((r) => r.queryId),
    batch.map((r) => r.at),
    batch.map((r) => japanDay(r.at)),
    batch.map((r) => r.question),
    batch.map((r) => r.normalized),
    batch.map((r) => r.kind),
    batch.map((r) => r.intent),
    batch.map((r) => r.answerId),
    batch.map((r) => r.confidence),
    batch.map((r) => r.latencyMs),
    batch.map((r) => r.sessionHash),
    batch.map((r) => r.reference),
    batch.map((r) => traceJson(r.trace)),
  ];
}

/** Opens the PostgreSQL insights store; see the module comment. Never throws: check `ready` or `health()`. */
export function openPgStore(options: PgStoreOptions): PgStore {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
    statement_timeout: PG_STATEMENT_TIMEOUT_MS,
    application_name: 'careplan-help',
  });
  // An idle client whose server went away emits here; without a listener the process would crash.
  pool.on('error', (err) => options.onError?.(err));

  let migrated = false;
  let openFailure: unknown = null;
  let closed = false;
  let retryTimer: NodeJS.Timeout | null = null;

  const ready = new Promise<void>((resolve, reject) => {
    let first = true;
    const attempt = () => {
      retryTimer = null;
      migratePg(pool).then(
        () => {
          migrated = true;
          openFailure = null;
          resolve();
        },
        (err: unknown) => {
          openFailure = err;
          if (first) reject(err);
          first = false;
          if (!closed) retryTimer = setTimeout(attempt, PG_RETRY_MS).unref();
        },
      );
    };
    attempt();
  });
  ready.catch(() => undefined);

  const whenReady = () => {
    if (closed) throw Object.assign(new Error('store: closed'), { code: 'STORE_CLOSED' });
    if (!migrated) throw openFailure ?? Object.assign(new Error('store: not ready'), { code: 'STORE_NOT_READY' });
  };

  const writer = createBatchWriter<AskRecord>({
    async write(batch) {
      whenReady();
      await pool.query(INSERT_ASKS, columns(batch));
    },
    flushAfterMs: options.flushAfterMs ?? STORE.flushAfterMs,
    maxBatch: STORE.maxBatch,
    maxQueue: STORE.maxQueue,
    onDrop: options.onDrop,
  });
  const beforeRead = async () => {
    whenReady();
    await writer.flush().catch(() => undefined);
  };

  return {
    ready,
    pool,
    keepsTraces: true,
    async recordAsk(record) {
      if (closed) return false;
      return writer.add(record);
    },
    async recordFeedback(record): Promise<FeedbackOutcome> {
      whenReady();
      await writer.flush();
      const { rows } = await pool.query<{ inserted: number; known: boolean }>(INSERT_FEEDBACK, [
        record.queryId,
        record.helpful,
        record.reason,
        record.comment,
        record.at,
      ]);
      const { inserted, known } = rows[0]!;
      return inserted === 1 ? 'recorded' : known ? 'duplicate' : 'unknown-query';
    },
    ...guardReads(beforeRead, {
      hasQuery: async (queryId) => (await pool.query('SELECT 1 FROM asks WHERE query_id = $1', [queryId])).rowCount === 1,
      summary: (opts) => readSummaryPg(pool, opts),
      unanswered: (opts) => readUnansweredPg(pool, opts),
      feedback: (opts) => readFeedbackPg(pool, opts),
      conversation: (reference) => readConversationPg(pool, reference),
      prune: (before) => pruneBeforePg(pool, before, STORE.pruneBatch),
    }),
    health(): StoreHealth {
      if (closed) return { ok: false, reason: 'insights store: closed' };
      if (!migrated) return { ok: false, reason: describeFailure('open', openFailure ?? Object.assign(new Error(), { code: 'CONNECTING' })) };
      return writer.failure ? { ok: false, reason: describeFailure('write', writer.failure) } : { ok: true };
    },
    flush: () => writer.flush(),
    async close() {
      if (closed) return;
      try {
        if (migrated) await writer.flush();
      } finally {
        closed = true;
        writer.stop();
        if (retryTimer) clearTimeout(retryTimer);
        await pool.end();
      }
    },
  };
}
