/**
 * The SQLite store's ask writer, on its own thread. better-sqlite3 is synchronous: written on the event
 * loop, each batch of asks (its JSON traces, five B-tree inserts a row, the WAL and, every few megabytes,
 * a checkpoint's fsync) held every other request. Under load that was about a fifth of the server's CPU
 * (`npm run bench`'s profile), and a checkpoint stalled every answer. The thread has its own connection
 * (WAL lets the event loop's connection read meanwhile); batches go to it as rows of plain values, the
 * trace already JSON (under load, cloning the trace objects cost the event loop more than serialising
 * them), and an ask is still answered only once its row is committed.
 *
 * The thread's program is JavaScript text (WRITER_THREAD), run with `eval`: the server is bundled into one
 * file, so there is no second module to point a Worker at; and it is text, not a function's source, because
 * loaders rewrite functions (tsx's esbuild adds `__name(…)` calls, which the thread does not have).
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { japanDay } from './japan-day.ts';
import { traceJson } from './ask-record.ts';
import type { AskRecord } from './types.ts';

export interface SqliteWriterOptions {
  /** The database file, already created and migrated by the store. */
  file: string;
  /** How long a write waits for a lock held by another connection. */
  busyTimeoutMs: number;
  /** Largest the file may grow, in pages (a quota; unset: no limit but the disk's). */
  maxPageCount?: number;
  /** Told of each thread started: the first, and any that replaces one that ended (for tests). */
  onThread?(thread: Worker): void;
}

export interface SqliteWriter {
  /** Writes the asks in one transaction; rejects with the driver's error (its `code` kept) when it cannot. */
  write(records: readonly AskRecord[]): Promise<void>;
  /** Closes the thread's connection and ends the thread. */
  close(): Promise<void>;
}

/** What the thread is told at start. */
interface WriterData {
  driver: string;
  file: string;
  busyTimeoutMs: number;
  maxPageCount: number | null;
}

/** An ask's columns in the INSERT's order. */
type AskRow = [string, string, string, string, string, string, string | null, string | null, number, number, string | null, string | null, string | null];

/** The row of an ask: the Japan-time day worked out by the one function that defines it, the trace as JSON. */
function rowOf(r: AskRecord): AskRow {
  return [r.queryId, r.at, japanDay(r.at), r.question, r.normalized, r.kind, r.intent, r.answerId, r.confidence, r.latencyMs, r.sessionHash, r.reference, traceJson(r.trace)];
}

type Reply = { id: number; ok: true } | { id: number; ok: false; code: string | null; message: string };

/**
 * The writer thread's program (see the module comment). Told `{ driver, file, busyTimeoutMs, maxPageCount }`
 * (WriterData) at start; each message `{ id, rows }` (AskRow[]) is written in one transaction, `{ id, close }`
 * closes the connection; each is answered with a Reply.
 */
const WRITER_THREAD = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db = null;
let insertAll = null;
function open() {
  db = new Database(workerData.file);
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = ' + workerData.busyTimeoutMs);
  if (workerData.maxPageCount !== null) db.pragma('max_page_count = ' + workerData.maxPageCount);
  // Positional parameters (the row's order): binding by name needed a lookup per name.
  const insertAsk = db.prepare(
    'INSERT OR IGNORE INTO asks (query_id, at, day, question, normalized, kind, intent, answer_id, confidence, latency_ms, session_hash, reference, trace) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return db.transaction((rows) => {
    for (const row of rows) insertAsk.run(...row);
  });
}
parentPort.on('message', (message) => {
  let reply;
  try {
    if (message.close) {
      if (db) db.close();
      db = null;
      insertAll = null;
    } else {
      if (!insertAll) insertAll = open();
      insertAll(message.rows || []);
    }
    reply = { id: message.id, ok: true };
  } catch (err) {
    reply = { id: message.id, ok: false, code: typeof err.code === 'string' ? err.code : null, message: String(err.message) };
  }
  parentPort.postMessage(reply);
});
`;

/**
 * Starts the writer for a migrated database file.
 * The thread keeps the process alive only while a write or the close is under way.
 */
export function startSqliteWriter(options: SqliteWriterOptions): SqliteWriter {
  const workerData: WriterData = {
    driver: createRequire(import.meta.url).resolve('better-sqlite3'),
    file: options.file,
    busyTimeoutMs: Math.max(0, Math.trunc(options.busyTimeoutMs)),
    maxPageCount: options.maxPageCount ?? null,
  };
  const waiting = new Map<number, { resolve(): void; reject(err: Error): void }>();
  let nextId = 0;
  let closed = false;
  let worker: Worker | null = null;

  /** A thread that ended without being closed (killed, out of memory) is replaced at the next write. */
  function thread(): Worker {
    if (worker) return worker;
    // A batch is at most STORE.maxBatch rows of a few kilobytes: small heaps, so the thread adds ~5 MiB
    // to the process instead of ~15 with V8's defaults (measured as RSS after the load run).
    // No inherited node options: the program is plain JavaScript, and a loader (tsx in development) would
    // only slow the thread's start.
    const started = new Worker(WRITER_THREAD, { eval: true, workerData, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 } });
    started.unref();
    const lose = (err: Error) => {
      if (worker !== started) return;
      worker = null;
      for (const w of waiting.values()) w.reject(err);
      waiting.clear();
    };
    started.on('message', (reply: Reply) => {
      const w = waiting.get(reply.id);
      if (!w) return;
      waiting.delete(reply.id);
      if (waiting.size === 0) started.unref();
      if (reply.ok) w.resolve();
      else w.reject(Object.assign(new Error(reply.message), reply.code ? { code: reply.code } : {}));
    });
    started.on('error', (err) => lose(Object.assign(new Error(`store: the writer thread failed: ${err.message}`), { code: 'WRITER_FAILED' })));
    started.on('exit', () => lose(Object.assign(new Error('store: the writer thread ended'), { code: 'WRITER_ENDED' })));
    options.onThread?.(started);
    return (worker = started);
  }

  function send(message: { rows?: AskRow[]; close?: true }): Promise<void> {
    if (closed) return Promise.reject(Object.assign(new Error('store: the writer is closed'), { code: 'WRITER_CLOSED' }));
    const id = nextId++;
    const to = thread();
    return new Promise<void>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      to.ref();
      to.postMessage({ id, ...message });
    });
  }

  // Started now, so that the first ask does not wait for a thread to start.
  thread();
  return {
    write: (records) => send({ rows: records.map(rowOf) }),
    async close() {
      if (closed) return;
      const last = worker;
      if (last) await send({ close: true }).catch(() => undefined);
      closed = true;
      await last?.terminate();
    },
  };
}
