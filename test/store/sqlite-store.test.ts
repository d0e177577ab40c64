import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import { MIGRATIONS } from '../../server/store/migrations.ts';
import { askRecord } from '../helpers/ask-records.ts';

let dir: string;
const opts = { days: 30, limit: 100 };

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insights-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('openSqliteStore', () => {
  it('creates the folder and a WAL database on first start', () => {
    const dataDir = path.join(dir, 'nested', 'data');
    const store = openSqliteStore({ dataDir });
    store.close();
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

  it('writes asks after a short gathering time, and at once when read', async () => {
    const store = openSqliteStore({ dataDir: dir, flushAfterMs: 20 });
    const ask = askRecord();
    store.recordAsk(ask);
    expect(store.hasQuery(ask.queryId)).toBe(true); // a read flushes the queue
    store.recordAsk(askRecord());
    const db = new Database(path.join(dir, 'insights.sqlite'), { readonly: true });
    const count = () => db.prepare('SELECT COUNT(*) FROM asks').pluck().get();
    expect(count()).toBe(1); // still gathering
    await new Promise((r) => setTimeout(r, 60));
    expect(count()).toBe(2);
    db.close();
    store.close();
  });

  it('keeps one vote per query and refuses unknown queries', () => {
    const store = openSqliteStore({ dataDir: dir });
    const ask = askRecord();
    store.recordAsk(ask);
    const vote = { queryId: ask.queryId, helpful: true, comment: null, at: new Date().toISOString() };
    expect(store.recordFeedback(vote)).toBe('recorded');
    expect(store.recordFeedback({ ...vote, helpful: false })).toBe('duplicate');
    expect(store.recordFeedback({ ...vote, queryId: 'nope' })).toBe('unknown-query');
    store.close();
  });

  it('keeps its data across a restart', () => {
    const first = openSqliteStore({ dataDir: dir });
    const ask = askRecord();
    first.recordAsk(ask);
    first.close();
    const second = openSqliteStore({ dataDir: dir });
    expect(second.hasQuery(ask.queryId)).toBe(true);
    expect(second.health()).toEqual({ ok: true });
    second.close();
    expect(second.health().ok).toBe(false);
  });

  it('summarises asks per Japan-time day and kind, top articles and helpfulness', () => {
    const store = openSqliteStore({ dataDir: dir });
    const now = Date.now();
    const todayJst = new Date(now + 9 * 3600e3).toISOString().slice(0, 10);
    const a = [
      askRecord({ at: new Date(now).toISOString() }),
      askRecord({ at: new Date(now).toISOString() }),
      askRecord({ answerId: 'password-expired', intent: 'password-expired' }),
      askRecord({ kind: 'fallback', answerId: null, intent: null, question: '天気', normalized: 'てんき' }),
      askRecord({ kind: 'smalltalk', answerId: null, intent: null }),
      askRecord({ at: new Date(now - 400 * 86400e3).toISOString() }), // outside the window
    ];
    a.forEach((r) => store.recordAsk(r));
    store.recordFeedback({ queryId: a[0]!.queryId, helpful: true, comment: null, at: new Date().toISOString() });
    store.recordFeedback({ queryId: a[1]!.queryId, helpful: false, comment: 'わかりにくい', at: new Date().toISOString() });
    store.recordFeedback({ queryId: a[2]!.queryId, helpful: true, comment: null, at: new Date().toISOString() });

    const s = store.summary(opts);
    expect(s.totals).toEqual({ asks: 5, answer: 3, clarify: 0, fallback: 1, smalltalk: 1, votes: 3, helpful: 2 });
    expect(s.perDay).toEqual([{ day: todayJst, total: 5, answer: 3, clarify: 0, fallback: 1, smalltalk: 1 }]);
    expect(s.topArticles).toEqual([
      { id: 'kj-password-lost', count: 2 },
      { id: 'password-expired', count: 1 },
    ]);
    expect(s.helpfulness).toEqual([
      { id: 'kj-password-lost', votes: 2, helpful: 1, rate: 0.5 },
      { id: 'password-expired', votes: 1, helpful: 1, rate: 1 },
    ]);
    expect(store.summary({ days: 1000, limit: 1 }).topArticles).toEqual([{ id: 'kj-password-lost', count: 3 }]);
    store.close();
  });

  it('groups unanswered questions by normalised text, most frequent first, with the latest wording', () => {
    const store = openSqliteStore({ dataDir: dir });
    const now = Date.now(); // one clock reading: the expectation must name the very same timestamps
    const t = (min: number) => new Date(now - min * 60e3).toISOString();
    store.recordAsk(askRecord({ kind: 'fallback', question: 'エラーが出ます', normalized: 'えらーがでます', at: t(30) }));
    store.recordAsk(askRecord({ kind: 'clarify', question: 'ｴﾗｰが出ます', normalized: 'えらーがでます', at: t(10) }));
    store.recordAsk(askRecord({ kind: 'fallback', question: '天気は', normalized: 'てんきは', at: t(5) }));
    store.recordAsk(askRecord({ kind: 'answer', question: 'エラーが出ます', normalized: 'えらーがでます', at: t(1) }));
    expect(store.unanswered(opts)).toEqual([
      { normalized: 'えらーがでます', question: 'ｴﾗｰが出ます', count: 2, fallback: 1, clarify: 1, lastSeen: t(10) },
      { normalized: 'てんきは', question: '天気は', count: 1, fallback: 1, clarify: 0, lastSeen: t(5) },
    ]);
    expect(store.unanswered({ ...opts, limit: 1 })).toHaveLength(1);
    store.close();
  });

  it('lists feedback newest first with its question, filtered by vote', () => {
    const store = openSqliteStore({ dataDir: dir });
    const [a, b] = [askRecord(), askRecord({ question: '別の質問' })];
    store.recordAsk(a);
    store.recordAsk(b);
    store.recordFeedback({ queryId: a.queryId, helpful: true, comment: null, at: '2099-01-01T00:00:00.000Z' });
    store.recordFeedback({ queryId: b.queryId, helpful: false, comment: '違う', at: '2099-01-02T00:00:00.000Z' });
    const all = store.feedback(opts);
    expect(all.map((f) => [f.queryId, f.helpful, f.question])).toEqual([
      [b.queryId, false, '別の質問'],
      [a.queryId, true, a.question],
    ]);
    expect(store.feedback({ ...opts, helpful: false }).map((f) => f.comment)).toEqual(['違う']);
    store.close();
  });

  it('reports a failing write as degraded and retries the queued asks', () => {
    const store = openSqliteStore({ dataDir: dir });
    store.recordAsk(askRecord());
    store.flush();
    // Another connection holds the write lock: our next write fails after the busy timeout.
    const other = new Database(path.join(dir, 'insights.sqlite'));
    other.pragma('busy_timeout = 0');
    other.exec('BEGIN IMMEDIATE');
    const ask = askRecord();
    const slow = openSqliteStoreWithoutWait(store);
    slow.recordAsk(ask);
    slow.flush();
    expect(slow.health()).toMatchObject({ ok: false, reason: 'insights store: write failed (SQLITE_BUSY)' });
    other.exec('ROLLBACK');
    other.close();
    slow.flush();
    expect(slow.health()).toEqual({ ok: true });
    expect(slow.hasQuery(ask.queryId)).toBe(true);
    slow.close();
  });
});

/** Reopens the same folder with a zero busy timeout so the test need not wait two seconds. */
function openSqliteStoreWithoutWait(previous: ReturnType<typeof openSqliteStore>) {
  previous.close();
  const store = openSqliteStore({ dataDir: dir, busyTimeoutMs: 0 });
  return store;
}
