import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ADMIN_TOKEN, buildInsightsApp } from '../helpers/insights-app.ts';
import { askRecord } from '../helpers/ask-records.ts';
import { throwingStore } from '../helpers/throwing-store.ts';

let ctx: Awaited<ReturnType<typeof buildInsightsApp>>;
let app: FastifyInstance;

beforeEach(async () => {
  ctx = await buildInsightsApp();
  app = ctx.app;
});
afterEach(() => ctx.cleanup());

const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
const get = (url: string, headers: Record<string, string> = auth) => app.inject({ method: 'GET', url, headers });
const URLS = ['/api/insights/summary', '/api/insights/unanswered', '/api/insights/feedback', '/api/insights/unanswered.csv'];

describe('insights auth', () => {
  it.each(URLS)('%s answers 401 without a token', async (url) => {
    const res = await get(url, {});
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthorized');
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it.each([
    ['a wrong token', `Bearer ${ADMIN_TOKEN}x`],
    ['a prefix of the token', `Bearer ${ADMIN_TOKEN.slice(0, -1)}`],
    ['another scheme', `Basic ${ADMIN_TOKEN}`],
    ['an empty bearer', 'Bearer '],
  ])('answers 401 to %s', async (_label, authorization) => {
    const res = await get('/api/insights/summary', { authorization });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthorized');
  });

  it.each(URLS)('%s answers 200 with the right token', async (url) => {
    const res = await get(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('the ask preview needs the token too', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/insights/ask-preview', payload: { question: 'KJ' } });
    expect(res.statusCode).toBe(401);
  });

  it('is off with 404 insights-disabled when no ADMIN_TOKEN is configured', async () => {
    const off = await buildInsightsApp({ adminToken: '' });
    try {
      for (const url of URLS) {
        for (const headers of [{}, auth, { authorization: 'Bearer ' }]) {
          const res = await off.app.inject({ method: 'GET', url, headers });
          expect(res.statusCode).toBe(404);
          expect(res.json().error.code).toBe('insights-disabled');
        }
      }
    } finally {
      await off.cleanup();
    }
  });
});

describe('insights data', () => {
  it('summarises asks with article titles', async () => {
    const a = askRecord();
    await app.insights.recordAsk(a);
    await app.insights.recordAsk(askRecord({ kind: 'fallback', answerId: null, intent: null }));
    await app.insights.recordFeedback({ queryId: a.queryId, helpful: true, reason: null, comment: null, at: new Date().toISOString() });
    const body = (await get('/api/insights/summary?days=7')).json();
    expect(body.totals).toMatchObject({ asks: 2, answer: 1, fallback: 1, votes: 1, helpful: 1 });
    expect(body.topArticles).toEqual([{ id: 'kj-password-lost', title: 'KJのパスワードを忘れました', count: 1 }]);
    expect(body.helpfulness).toEqual([{ id: 'kj-password-lost', title: 'KJのパスワードを忘れました', votes: 1, helpful: 1, rate: 1 }]);
    expect(body.perDay).toHaveLength(1);
  });

  it('lists unanswered questions and feedback', async () => {
    const a = askRecord({ kind: 'clarify', question: 'ログインできません', normalized: 'ろぐいんできません' });
    await app.insights.recordAsk(a);
    await app.insights.recordAsk(askRecord({ kind: 'fallback', question: 'ログインできません', normalized: 'ろぐいんできません' }));
    await app.insights.recordFeedback({ queryId: a.queryId, helpful: false, reason: 'irrelevant', comment: 'どれかわからない', at: new Date().toISOString() });
    expect((await get('/api/insights/unanswered')).json().items).toMatchObject([
      { question: 'ログインできません', count: 2, fallback: 1, clarify: 1 },
    ]);
    const feedback = (await get('/api/insights/feedback?helpful=false')).json().items;
    expect(feedback).toMatchObject([{ queryId: a.queryId, helpful: false, reason: 'irrelevant', comment: 'どれかわからない', kind: 'clarify' }]);
    expect((await get('/api/insights/feedback?helpful=true')).json().items).toEqual([]);
  });

  it.each([
    ['days=0'],
    ['days=abc'],
    ['limit=100000'],
  ])('answers 400 to %s', async (query) => {
    const res = await get(`/api/insights/unanswered?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid-query');
  });

  it('exports unanswered questions as a BOM-prefixed CSV safe against formulas', async () => {
    await app.insights.recordAsk(askRecord({ kind: 'fallback', question: '=HYPERLINK("http://evil")', normalized: '=hyperlink("http://evil")' }));
    await app.insights.recordAsk(askRecord({ kind: 'fallback', question: '@SUM(1,2)', normalized: '@sum(1,2)' }));
    const res = await get('/api/insights/unanswered.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="unanswered\.csv"/);
    const raw = res.rawPayload;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.body.slice(1).split('\r\n');
    expect(lines[0]).toBe('"質問（伏せ字済み）","正規化した質問","件数","回答できず","聞き返し","最終日時"');
    expect(lines).toContainEqual(expect.stringMatching(/^"'=HYPERLINK\(""http:\/\/evil""\)","'=hyperlink/));
    expect(lines).toContainEqual(expect.stringMatching(/^"'@SUM\(1,2\)","'@sum\(1,2\)","1","1","0",/));
  });
});

describe('insights when the store cannot read', () => {
  it('answers 503 insights-unavailable for a failing store, and health is degraded', async () => {
    const broken = await buildInsightsApp({}, { store: throwingStore() });
    try {
      const res = await broken.app.inject({ url: '/api/insights/summary', headers: auth });
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('insights-unavailable');
      expect(JSON.stringify(res.json())).not.toMatch(/secret|path/);
      expect((await broken.app.inject('/api/health')).json()).toMatchObject({ status: 'degraded' });
    } finally {
      await broken.cleanup();
    }
  });

  it('answers 503 when insights recording is turned off', async () => {
    const off = await buildInsightsApp({ insights: false });
    try {
      const res = await off.app.inject({ url: '/api/insights/unanswered', headers: auth });
      expect([res.statusCode, res.json().error.code]).toEqual([503, 'insights-unavailable']);
      expect((await off.app.inject('/api/health')).json().status).toBe('ok');
    } finally {
      await off.cleanup();
    }
  });

  it('reports degraded health when the data folder cannot be opened, and still serves', async () => {
    const blocked = await buildInsightsApp({ dataDir: '/proc/version/nope' });
    try {
      const health = (await blocked.app.inject('/api/health')).json();
      expect(health).toMatchObject({ status: 'degraded', reason: expect.stringMatching(/^insights store: open failed/) });
      expect(health.reason).not.toMatch(/proc/);
    } finally {
      await blocked.cleanup();
    }
  });
});

describe('conversations, reasons and the feedback CSV (issue 13 §4)', () => {
  it('finds a conversation by its reference code as an agent types it, oldest first, with titles and votes', async () => {
    const send = (question: string) => app.inject({ method: 'POST', url: '/api/ask', payload: { question, sessionId: 'clerk-session-1' } });
    const first = (await send('KJのパスワードを忘れました')).json();
    const second = (await send('パスワードの有効期限が切れました')).json();
    await app.inject({ method: 'POST', url: '/api/feedback', payload: { queryId: first.queryId, helpful: false, reason: 'not-solved' } });
    expect(first.reference).toBe(second.reference);
    const typed = first.reference.replace('-', '').toLowerCase();
    const res = await get(`/api/insights/conversations/${typed}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      reference: first.reference,
      turns: [
        { queryId: first.queryId, question: 'KJのパスワードを忘れました', helpful: false, reason: 'not-solved' },
        { queryId: second.queryId, helpful: null, reason: null },
      ],
    });
    expect(res.json().turns[0].answerTitle === null || typeof res.json().turns[0].answerTitle === 'string').toBe(true);
    expect((await get('/api/insights/conversations/ZZZZ-ZZZZ')).json().error.code).toBe('unknown-reference');
    expect((await get('/api/insights/conversations/abc')).json().error.code).toBe('bad-reference');
    expect((await get('/api/insights/conversations/ZZZZ-ZZZZ', {})).statusCode).toBe(401);
  });

  it('counts unhelpful votes by reason in the summary, and the CSV shows the reason as its label', async () => {
    const asks = [askRecord(), askRecord(), askRecord(), askRecord()];
    for (const a of asks) await app.insights.recordAsk(a);
    const at = new Date().toISOString();
    await app.insights.recordFeedback({ queryId: asks[0]!.queryId, helpful: false, reason: 'irrelevant', comment: '=cmd()', at });
    await app.insights.recordFeedback({ queryId: asks[1]!.queryId, helpful: false, reason: 'irrelevant', comment: null, at });
    await app.insights.recordFeedback({ queryId: asks[2]!.queryId, helpful: false, reason: null, comment: null, at });
    await app.insights.recordFeedback({ queryId: asks[3]!.queryId, helpful: true, reason: null, comment: null, at });
    expect((await get('/api/insights/summary')).json().unhelpfulReasons).toEqual({ irrelevant: 2, 'not-solved': 0, other: 0, none: 1 });
    const csv = await get('/api/insights/feedback.csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.slice(1).split('\r\n');
    expect(lines[0]).toBe('"日時","評価","理由","コメント（伏せ字済み）","質問（伏せ字済み）","応答の種類","記事"');
    expect(lines.filter((l) => l.includes('"関係のない回答だった"'))).toHaveLength(2);
    expect(lines).toContainEqual(expect.stringContaining(`"解決しなかった","関係のない回答だった","'=cmd()"`));
  });
});
