import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import type { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { migrate } from '../../server/store/migrations.ts';
import { startSqliteWriter } from '../../server/store/sqlite-writer.ts';
import { askRecord } from '../helpers/ask-records.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'writer-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function migratedFile(name: string): string {
  const file = path.join(dir, name);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  migrate(db);
  db.close();
  return file;
}

describe('SQLite ask writer thread', () => {
  it('commits a batch before it resolves, with the Japan-time day and the trace as JSON', async () => {
    const file = migratedFile('ok.sqlite');
    const writer = startSqliteWriter({ file, busyTimeoutMs: 100 });
    const late = askRecord({ at: '2026-03-31T15:30:00.000Z', trace: { decision: { kind: 'answer' } } });
    const plain = askRecord({ trace: null });
    await writer.write([late, plain]);
    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT query_id, day, trace FROM asks ORDER BY at').all() as { query_id: string; day: string; trace: string | null }[];
    db.close();
    await writer.close();
    const byId = new Map(rows.map((r) => [r.query_id, r]));
    expect(byId.get(late.queryId)).toMatchObject({ day: '2026-04-01' });
    expect(JSON.parse(byId.get(late.queryId)!.trace!)).toEqual({ decision: { kind: 'answer' } });
    expect(byId.get(plain.queryId)!.trace).toBeNull();
  });

  it("rejects with the driver's error code when the batch cannot be written, and writes the next one", async () => {
    const file = migratedFile('locked.sqlite');
    const writer = startSqliteWriter({ file, busyTimeoutMs: 0 });
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    await expect(writer.write([askRecord()])).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    other.exec('ROLLBACK');
    other.close();
    await expect(writer.write([askRecord()])).resolves.toBeUndefined();
    await writer.close();
  });

  it('refuses writes once closed', async () => {
    const writer = startSqliteWriter({ file: migratedFile('closed.sqlite'), busyTimeoutMs: 0 });
    await writer.close();
    await expect(writer.write([askRecord()])).rejects.toMatchObject({ code: 'WRITER_CLOSED' });
  });

  it('replaces a thread that ended without being closed, and loses no later ask', async () => {
    const file = migratedFile('replaced.sqlite');
    const threads: Worker[] = [];
    const writer = startSqliteWriter({ file, busyTimeoutMs: 100, onThread: (t) => threads.push(t) });
    await writer.write([askRecord()]);
    await threads[0]!.terminate();
    const after = askRecord();
    await writer.write([after]);
    expect(threads).toHaveLength(2);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM asks').get()).toEqual({ n: 2 });
    db.close();
    await writer.close();
  });

  it('runs under the loader `npm run dev` and the browser tests use (tsx), which rewrites functions', () => {
    const file = migratedFile('tsx.sqlite');
    const script = path.join(dir, 'write-under-tsx.mts');
    const writer = new URL('../../server/store/sqlite-writer.ts', import.meta.url).pathname;
    fs.writeFileSync(
      script,
      `import { startSqliteWriter } from ${JSON.stringify(writer)};
       const w = startSqliteWriter({ file: ${JSON.stringify(file)}, busyTimeoutMs: 100 });
       const row = { queryId: 'q-tsx', at: new Date().toISOString(), question: 'q', normalized: 'q', kind: 'answer', intent: null, answerId: null, confidence: 1, latencyMs: 1, sessionHash: null, reference: null, trace: { a: 1 } };
       await w.write([row]);
       await w.close();
       console.log('written');`,
    );
    expect(execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' }).trim()).toBe('written');
    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT trace FROM asks WHERE query_id = 'q-tsx'").get()).toEqual({ trace: '{"a":1}' });
    db.close();
  });
});
