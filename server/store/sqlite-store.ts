/**
 * The embedded insights store: SQLite through better-sqlite3 in WAL mode.
 * Asks are queued and written in one transaction on the next tick, so recording never adds a disk write
 * to an answer's latency; reads and feedback flush the queue first so they see every ask.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations.ts';
import { japanDay } from './japan-day.ts';
import { readFeedback, readSummary, readUnanswered } from './sqlite-queries.ts';
import type { AskRecord, FeedbackOutcome, FeedbackRecord, InsightsStore, StoreHealth } from './types.ts';

export interface SqliteStoreOptions {
  /** Folder for the database file; created when missing. */
  dataDir: string;
  /** File name inside dataDir (default `insights.sqlite`). */
  fileName?: string;
  /** Asks kept waiting at most; beyond this a failing store drops the oldest (default 1000). */
  maxQueue?: number;
  /** How long a write waits for a lock held by another connection (default 2000 ms). */
  busyTimeoutMs?: number;
  /** How long asks gather before they are written in one transaction (default 100 ms). */
  flushAfterMs?: number;
}

/** A short, path-free reason for /api/health (the full error goes to the log). */
export function describeFailure(what: string, err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  const detail = typeof code === 'string' ? code : err instanceof Error ? err.name : 'error';
  return `insights store: ${what} failed (${detail})`;
}

/**
 * Opens (creating when needed) the SQLite insights store.
 * @throws Error when the folder or the database cannot be opened or migrated.
 */
export function openSqliteStore(options: SqliteStoreOptions): Required<InsightsStore> & { flush(): void } {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const db = new Database(path.join(options.dataDir, options.fileName ?? 'insights.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL is durable across application crashes in WAL mode; a power cut may lose the last asks only.
    db.pragma('synchronous = NORMAL');
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 2000))}`);
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }

  const insertAsk = db.prepare(
    `INSERT OR IGNORE INTO asks (query_id, at, day, question, normalized, kind, intent, answer_id, confidence, latency_ms, session_hash)
     VALUES (@queryId, @at, @day, @question, @normalized, @kind, @intent, @answerId, @confidence, @latencyMs, @sessionHash)`,
  );
  const insertAll = db.transaction((records: AskRecord[]) => {
    for (const r of records) insertAsk.run({ ...r, day: japanDay(r.at) });
  });
  const askExists = db.prepare('SELECT 1 FROM asks WHERE query_id = ?').pluck();
  const insertFeedback = db.prepare(
    'INSERT OR IGNORE INTO feedback (query_id, helpful, comment, at) VALUES (?, ?, ?, ?)',
  );

  const maxQueue = options.maxQueue ?? 1000;
  let queue: AskRecord[] = [];
  let scheduled: NodeJS.Timeout | null = null;
  // Under load a transaction per event-loop turn cost more than answering (13% of CPU at 7,000 asks/s):
  // gather asks for a short while instead. Feedback, reads and close flush first, so nothing is missed.
  const flushAfterMs = options.flushAfterMs ?? 100;
  let failure: string | null = null;
  let closed = false;

  function flush(): void {
    if (scheduled) clearTimeout(scheduled);
    scheduled = null;
    if (queue.length === 0 || closed) return;
    const batch = queue;
    queue = [];
    try {
      insertAll(batch);
      failure = null;
    } catch (err) {
      failure = describeFailure('write', err);
      // Keep the batch for the next attempt, bounded so a broken disk cannot grow memory without end.
      queue = batch.concat(queue).slice(-maxQueue);
    }
  }

  return {
    recordAsk(record) {
      if (closed) return;
      queue.push(record);
      if (queue.length > maxQueue) queue.shift();
      if (queue.length >= 200) flush();
      else scheduled ??= setTimeout(flush, flushAfterMs).unref();
    },
    recordFeedback(record: FeedbackRecord): FeedbackOutcome {
      flush();
      if (!askExists.get(record.queryId)) return 'unknown-query';
      const info = insertFeedback.run(record.queryId, record.helpful ? 1 : 0, record.comment, record.at);
      return info.changes === 0 ? 'duplicate' : 'recorded';
    },
    hasQuery(queryId) {
      flush();
      return askExists.get(queryId) !== undefined;
    },
    summary(opts) {
      flush();
      return readSummary(db, opts);
    },
    unanswered(opts) {
      flush();
      return readUnanswered(db, opts);
    },
    feedback(opts) {
      flush();
      return readFeedback(db, opts);
    },
    health(): StoreHealth {
      if (closed) return { ok: false, reason: 'insights store: closed' };
      return failure ? { ok: false, reason: failure } : { ok: true };
    },
    flush,
    close() {
      if (closed) return;
      flush();
      closed = true;
      db.close();
    },
  };
}
