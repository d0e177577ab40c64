import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildInsightsApp } from '../helpers/insights-app.ts';
import { askRecord } from '../helpers/ask-records.ts';
import { throwingStore } from '../helpers/throwing-store.ts';

let ctx: Awaited<ReturnType<typeof buildInsightsApp>>;
let app: FastifyInstance;

beforeEach(async () => {
  ctx = await buildInsightsApp();
  app = ctx.app;
});
afterEach(() => ctx.cleanup());

const post = (payload: unknown) => app.inject({ method: 'POST', url: '/api/feedback', payload: payload as object });

describe('POST /api/feedback', () => {
  it('records one vote per query', async () => {
    const ask = askRecord();
    await app.insights.recordAsk(ask);
    const first = await post({ queryId: ask.queryId, helpful: true });
    expect([first.statusCode, first.json()]).toEqual([200, { ok: true }]);
    const second = await post({ queryId: ask.queryId, helpful: false });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('feedback-duplicate');
    expect(second.json().error.message).toMatch(/すでに評価/);
  });

  it('refuses a queryId no ask produced', async () => {
    const res = await post({ queryId: 'never-asked', helpful: true });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('unknown-query');
  });

  it('accepts a vote on a query asked before a restart', async () => {
    const ask = askRecord();
    await app.insights.recordAsk(ask);
    await app.close();
    const { buildApp } = await import('../../server/app.ts');
    app = await buildApp({ config: { ...app.config }, logger: false, knowledgeBase: (await import('../helpers/tiny-kb.ts')).tinyKnowledgeBase() });
    ctx.app = app;
    expect((await post({ queryId: ask.queryId, helpful: true })).statusCode).toBe(200);
  });

  it.each([
    ['helpful not a boolean', { queryId: 'x', helpful: 'yes' }, 'invalid-body'],
    ['no queryId', { helpful: true }, 'invalid-body'],
    ['a queryId with odd characters', { queryId: 'bad id!', helpful: true }, 'invalid-body'],
    ['an unknown field', { queryId: 'x', helpful: true, extra: 1 }, 'invalid-body'],
    ['a 501-character comment', { queryId: 'x', helpful: true, comment: 'あ'.repeat(501) }, 'comment-too-long'],
  ])('answers 400 to %s', async (_label, payload, code) => {
    const res = await post(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
  });

  it('stores a 500-character comment, redacted', async () => {
    const ask = askRecord();
    await app.insights.recordAsk(ask);
    const comment = 'KJ080899999999のパスワードはabc12345です。'.padEnd(500, 'あ');
    expect((await post({ queryId: ask.queryId, helpful: false, comment })).statusCode).toBe(200);
    const db = new Database(path.join(ctx.dataDir, 'insights.sqlite'), { readonly: true });
    const stored = db.prepare('SELECT comment FROM feedback WHERE query_id = ?').pluck().get(ask.queryId) as string;
    db.close();
    expect(stored).toContain('パスワードは');
    expect(stored).not.toContain('080899999999');
    expect(stored).not.toContain('abc12345');
  });

  it('answers 503 store-unavailable (never 200) when the vote cannot be written, e.g. a full disk', async () => {
    const broken = await buildInsightsApp({}, { store: throwingStore('SQLITE_FULL') });
    try {
      const res = await broken.app.inject({ method: 'POST', url: '/api/feedback', payload: { queryId: 'q-1', helpful: true } });
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('store-unavailable');
      expect(res.json().error.message).toMatch(/保存できませんでした/);
      expect(JSON.stringify(res.json())).not.toMatch(/secret|path/);
      const health = (await broken.app.inject('/api/health')).json();
      expect(health).toMatchObject({ status: 'degraded', reason: 'insights store: write failed (SQLITE_FULL)' });
    } finally {
      await broken.cleanup();
    }
  });

  it('stores the reason of an unhelpful vote and refuses a reason on a helpful one', async () => {
    const [a, b] = [askRecord(), askRecord()];
    await app.insights.recordAsk(a);
    await app.insights.recordAsk(b);
    expect((await post({ queryId: a.queryId, helpful: false, reason: 'not-solved' })).statusCode).toBe(200);
    const refused = await post({ queryId: b.queryId, helpful: true, reason: 'irrelevant' });
    expect([refused.statusCode, refused.json().error.code]).toEqual([400, 'reason-not-allowed']);
    expect((await post({ queryId: b.queryId, helpful: false, reason: 'maybe' })).json().error.code).toBe('invalid-body');
    const db = new Database(path.join(ctx.dataDir, 'insights.sqlite'), { readonly: true });
    expect(db.prepare('SELECT reason FROM feedback WHERE query_id = ?').pluck().get(a.queryId)).toBe('not-solved');
    db.close();
  });
});
