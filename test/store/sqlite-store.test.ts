import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import { MIGRATIONS } from '../../server/store/migrations.ts';
import { askRecord } from '../helpers/ask-records.ts';
import { describeStoreBehaviour } from './store-behaviour.ts';

const dirs: string[] = [];
const newDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insights-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

let shared = newDir();
describeStoreBehaviour('SQLite', () => ({
  open: async () => openSqliteStore({ dataDir: shared }),
  reset: async () => {
    shared = newDir();
  },
}));

describe('SQLite insights store: its own', () => {
  let dir: string;
  beforeEach(() => {
    dir = newDir();
  });
  afterEach(() => undefined);

  it('creates the folder and a WAL database on first start', async () => {
    const dataDir = path.join(dir, 'nested', 'data');
    const store = openSqliteStore({ dataDir });
    await store.close();
    const db = new Database(path.join(dataDir, 'insights.sqlite'), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('fails to open when the data folder is a file', () => {
    const file = path.join(dir, 'not-a-folder');
    fs.writeFileSync(file, 'x');
    expect(() => openSqliteStore({ dataDir: file })).toThrow();
  });

  it('keeps the trace as JSON and the reference with the ask', async () => {
    const store = openSqliteStore({ dataDir: dir });
    const ask = askRecord({ reference: 'K7QD2M9X', trace: { decidedBy: 'rule', candidates: [{ id: 'a', score: 1 }] } });
    await store.recordAsk(ask);
    const row = store.db.prepare('SELECT reference, trace FROM asks WHERE query_id = ?').get(ask.queryId) as { reference: string; trace: string };
    expect(row.reference).toBe('K7QD2M9X');
    expect(JSON.parse(row.trace)).toEqual({ decidedBy: 'rule', candidates: [{ id: 'a', score: 1 }] });
    await store.close();
  });

  it('reports a failing write as degraded, tells the waiting caller, and writes the queued ask once the lock is gone', async () => {
    const first = openSqliteStore({ dataDir: dir });
    await first.recordAsk(askRecord());
    await first.close();
    const store = openSqliteStore({ dataDir: dir, busyTimeoutMs: 0 });
    // Another connection holds the write lock: our next write fails at once.
    const other = new Database(path.join(dir, 'insights.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    const ask = askRecord();
    expect(await store.recordAsk(ask)).toBe(false);
    expect(store.health()).toMatchObject({ ok: false, reason: 'insights store: write failed (SQLITE_BUSY)' });
    other.exec('ROLLBACK');
    other.close();
    await store.flush();
    expect(store.health()).toEqual({ ok: true });
    expect(await store.hasQuery(ask.queryId)).toBe(true);
    await store.close();
  });

  it('refuses a vote it cannot write when the disk is full, and does not report it as recorded', async () => {
    const first = openSqliteStore({ dataDir: dir });
    const asks = Array.from({ length: 5 }, () => askRecord());
    for (const a of asks) expect(await first.recordAsk(a)).toBe(true);
    const pages = first.db.pragma('page_count', { simple: true }) as number;
    await first.close();
    // The database may not grow past its current size, on either connection (the event loop's and the
    // writer thread's): the next write meets SQLITE_FULL, as on a full disk.
    const store = openSqliteStore({ dataDir: dir, maxPageCount: pages });
    const filler = 'x'.repeat(4000);
    let full = false;
    for (let i = 0; i < 50 && !full; i++) full = !(await store.recordAsk(askRecord({ question: filler })));
    expect(full).toBe(true);
    await expect(store.recordFeedback({ queryId: asks[0]!.queryId, helpful: true, reason: null, comment: filler, at: new Date().toISOString() })).rejects.toMatchObject({
      code: 'SQLITE_FULL',
    });
    expect(store.health()).toMatchObject({ ok: false, reason: 'insights store: write failed (SQLITE_FULL)' });
    await store.close().catch(() => undefined);
  });
});
