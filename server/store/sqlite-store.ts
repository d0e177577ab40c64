/**
 * The embedded insights store: SQLite through better-sqlite3 in WAL mode, for a single process.
 * Asks gather for a few milliseconds and are written in one transaction (store/batch-writer.ts) by a
 * thread of their own (store/sqlite-writer.ts), off the event loop; votes are written at once; reads and
 * votes write the queued asks first so they see every ask.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations.ts';
import { startSqliteWriter } from './sqlite-writer.ts';
import { createBatchWriter } from './batch-writer.ts';
import { guardReads } from './read-side.ts';
import { describeFailure } from './failure.ts';
import { pruneBefore, readConversation, readFeedback, readSummary, readUnanswered } from './sqlite-queries.ts';
import { STORE } from '../tuning.ts';
import type { AskRecord, FeedbackOutcome, FeedbackRecord, InsightsStore, StoreHealth } from './types.ts';

export interface SqliteStoreOptions {
  /** Folder for the database file; created when missing. */
  dataDir: string;
  /** File name inside dataDir (default `insights.sqlite`). */
  fileName?: string;
  /** How long a write waits for a lock held by another connection (default 2000 ms). */
  busyTimeoutMs?: number;
  /** How long asks gather before they are written (default STORE.flushAfterMs). */
  flushAfterMs?: number;
  /** Asks kept while writes fail (default STORE.maxQueue). */
  maxQueue?: number;
  /** Told how many queued asks were dropped because writes kept failing. */
  onDrop?(count: number): void;
  /** Largest the database may grow, in pages (a quota; unset: no limit but the disk's). */
  maxPageCount?: number;
}

export type SqliteStore = Required<InsightsStore> & {
  /** Writes the queued asks now; rejects when the write fails. */
  flush(): Promise<void>;
  /** The open database, for maintenance (online backup) and tests. */
  readonly db: Database.Database;
};

/**
 * Opens (creating when needed) the SQLite insights store.
 * @throws Error when the folder or the database cannot be opened or migrated.
 */
export function openSqliteStore(options: SqliteStoreOptions): SqliteStore {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, options.fileName ?? 'insights.sqlite');
  const busyTimeoutMs = Math.max(0, Math.trunc(options.busyTimeoutMs ?? 2000));
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL is durable across application crashes in WAL mode; a power cut may lose the last asks only.
    db.pragma('synchronous = NORMAL');
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    if (options.maxPageCount !== undefined) db.pragma(`max_page_count = ${Math.trunc(options.maxPageCount)}`);
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  // Migrated first, on this connection: the writer thread only inserts.
  const asks = startSqliteWriter({ file, busyTimeoutMs, maxPageCount: options.maxPageCount });

  const askExists = db.prepare('SELECT 1 FROM asks WHERE query_id = ?').pluck();
  const insertFeedback = db.prepare('INSERT OR IGNORE INTO feedback (query_id, helpful, reason, comment, at) VALUES (?, ?, ?, ?, ?)');

  const writer = createBatchWriter<AskRecord>({
    write: (batch) => asks.write(batch),
    flushAfterMs: options.flushAfterMs ?? STORE.flushAfterMs,
    maxBatch: STORE.maxBatch,
    maxQueue: options.maxQueue ?? STORE.maxQueue,
    onDrop: options.onDrop,
  });
  let closed = false;
  const whenOpen = () => {
    if (closed) throw Object.assign(new Error('store: closed'), { code: 'STORE_CLOSED' });
  };
  /** Reads see every ask; a failing write does not stop a read of what is there. */
  const beforeRead = async () => {
    whenOpen();
    await writer.flush().catch(() => undefined);
  };

  return {
    db,
    keepsTraces: true,
    async recordAsk(record) {
      if (closed) return false;
      return writer.add(record);
    },
    async recordFeedback(record: FeedbackRecord): Promise<FeedbackOutcome> {
      whenOpen();
      await writer.flush();
      if (!askExists.get(record.queryId)) return 'unknown-query';
      const info = insertFeedback.run(record.queryId, record.helpful ? 1 : 0, record.reason, record.comment, record.at);
      return info.changes === 0 ? 'duplicate' : 'recorded';
    },
    ...guardReads(beforeRead, {
      hasQuery: async (queryId) => askExists.get(queryId) !== undefined,
      summary: async (opts) => readSummary(db, opts),
      unanswered: async (opts) => readUnanswered(db, opts),
      feedback: async (opts) => readFeedback(db, opts),
      conversation: async (reference) => readConversation(db, reference),
      prune: async (before) => pruneBefore(db, before, STORE.pruneBatch),
    }),
    health(): StoreHealth {
      if (closed) return { ok: false, reason: 'insights store: closed' };
      return writer.failure ? { ok: false, reason: describeFailure('write', writer.failure) } : { ok: true };
    },
    flush: () => writer.flush(),
    async close() {
      if (closed) return;
      try {
        await writer.flush();
      } finally {
        writer.stop();
        closed = true;
        await asks.close();
        db.close();
      }
    },
  };
}
