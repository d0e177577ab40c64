/**
 * Recording through the real /api/ask over the real content: what reaches the store is redacted, and a
 * failing store neither delays nor breaks an answer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { throwingStore } from '../helpers/throwing-store.ts';

const quiet = { logLevel: 'silent', rateLimitPerMinute: 0, adminToken: 'token-for-recording-tests', overloadEventLoopDelayMs: 0 } as const;
const ask = (app: FastifyInstance, question: string) => app.inject({ method: 'POST', url: '/api/ask', payload: { question, sessionId: 'session-abc' } });

describe('recording asks through /api/ask', () => {
  let app: FastifyInstance;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'recording-'));
    app = await buildApp({ config: { ...quiet, dataDir, insights: true }, logger: false });
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores neither the password nor the KJ ID a question held', async () => {
    const res = await ask(app, 'KJ080899999999のパスワードはabc12345です。ログインできません');
    expect(res.statusCode).toBe(200);
    await app.close(); // flushes the queue and releases the file
    const db = new Database(path.join(dataDir, 'insights.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT * FROM asks').all() as Record<string, unknown>[];
    const everything = JSON.stringify(db.prepare("SELECT * FROM asks").raw().all()) + fs.readdirSync(dataDir).join();
    db.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.query_id).toBe(res.json().queryId);
    expect(rows[0]!.question).toMatch(/KJ08\*+99/);
    expect(everything).not.toContain('080899999999');
    expect(everything).not.toContain('abc12345');
    expect(everything).not.toContain('session-abc');
    expect(rows[0]!.session_hash).toMatch(/^[0-9a-f]{64}$/);
    // Nor in any file of the folder (database, WAL, shared memory), byte for byte.
    for (const file of fs.readdirSync(dataDir)) {
      const bytes = fs.readFileSync(path.join(dataDir, file));
      expect(bytes.includes(Buffer.from('080899999999'))).toBe(false);
      expect(bytes.includes(Buffer.from('abc12345'))).toBe(false);
    }
    app = await buildApp({ config: { ...quiet, dataDir, insights: true }, logger: false });
  });

  it('lets a vote follow the answer', async () => {
    const res = await ask(app, 'KJのパスワードを忘れました');
    const vote = await app.inject({ method: 'POST', url: '/api/feedback', payload: { queryId: res.json().queryId, helpful: true } });
    expect(vote.statusCode).toBe(200);
  });
});

describe('a failing insights store', () => {
  it('keeps answering with 200 while health reports degraded', async () => {
    const app = await buildApp({ config: { ...quiet, insights: true }, logger: false, store: throwingStore() });
    try {
      for (const q of ['KJのパスワードを忘れました', '天気は？', 'こんにちは']) {
        const res = await ask(app, q);
        expect(res.statusCode).toBe(200);
        expect(res.json().queryId).toEqual(expect.any(String));
      }
      const health = await app.inject('/api/health');
      expect(health.statusCode).toBe(200);
      expect(health.json()).toMatchObject({ status: 'degraded', reason: 'insights store: write failed (SQLITE_IOERR)' });
    } finally {
      await app.close();
    }
  });

  it('with INSIGHTS off, feedback still knows the queries', async () => {
    const app = await buildApp({ config: { ...quiet, insights: false }, logger: false });
    try {
      const res = await ask(app, 'KJのパスワードを忘れました');
      const vote = await app.inject({ method: 'POST', url: '/api/feedback', payload: { queryId: res.json().queryId, helpful: false } });
      expect(vote.statusCode).toBe(200);
      expect((await app.inject('/api/health')).json().status).toBe('ok');
    } finally {
      await app.close();
    }
  });
});
