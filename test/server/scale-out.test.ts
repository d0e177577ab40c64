/**
 * Scale-out (issue 10 §5): two compiled server processes on one PostgreSQL and one Redis, as two
 * replicas behind a load balancer (which sets X-Forwarded-For; TRUST_PROXY trusts loopback). Asks on
 * both appear in insights read from either; a vote on A's answer is accepted by B; one client's limit
 * holds over both; SIGKILL of A while load runs leaves B answering; nothing acknowledged is lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { postJson, startServer, type RunningServer } from '../helpers/server-process.ts';
import { createTestDatabase, redisPrefix, testRedisUrl, type TestDatabase } from '../helpers/services.ts';

const TOKEN = 'scale-out-admin-token';
const LIMIT = 20;
let db: TestDatabase;
let a: RunningServer;
let b: RunningServer;

beforeAll(async () => {
  db = await createTestDatabase('scaleout');
  const env = {
    DATABASE_URL: db.url,
    REDIS_URL: testRedisUrl(),
    REDIS_KEY_PREFIX: redisPrefix('scaleout'),
    RATE_LIMIT_PER_MINUTE: String(LIMIT),
    TRUST_PROXY: '127.0.0.1',
    ADMIN_TOKEN: TOKEN,
    // Load shedding off: on a busy CI machine it may answer 503 by design, which is not this test's subject.
    OVERLOAD_EVENT_LOOP_DELAY_MS: '0',
  };
  [a, b] = await Promise.all([startServer(env), startServer(env)]);
}, 60_000);

afterAll(async () => {
  for (const s of [a, b]) if (s && s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGTERM');
  await Promise.all([a?.exited, b?.exited]);
  await db.drop();
});

let client = 0;
/** A fresh client address per call, so that only the limit test meets the limit. */
const someClient = () => `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client++ & 255}`;
const ask = (server: RunningServer, question: string, from = someClient()) =>
  postJson(server.base, '/api/ask', { question }, { 'x-forwarded-for': from });
const insights = async (server: RunningServer, path: string) =>
  (await fetch(`${server.base}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();

describe('two replicas on one PostgreSQL and one Redis', () => {
  it('share insights: asks on both are read from either, and a vote on A’s answer is accepted by B', async () => {
    const before = (await insights(a, '/api/insights/summary')).totals.asks as number;
    const onA = await (await ask(a, 'KJのパスワードを忘れました')).json();
    const onB = await (await ask(b, 'パスワードの有効期限が切れました')).json();
    for (const server of [a, b]) expect((await insights(server, '/api/insights/summary')).totals.asks).toBe(before + 2);

    const vote = await postJson(b.base, '/api/feedback', { queryId: onA.queryId, helpful: false, reason: 'irrelevant' }, { 'x-forwarded-for': someClient() });
    expect(vote.status).toBe(200);
    const again = await postJson(a.base, '/api/feedback', { queryId: onA.queryId, helpful: true }, { 'x-forwarded-for': someClient() });
    expect(again.status).toBe(409);
    const listed = (await insights(a, '/api/insights/feedback')).items as { queryId: string; reason: string }[];
    expect(listed).toContainEqual(expect.objectContaining({ queryId: onA.queryId, reason: 'irrelevant' }));
    expect(onB.queryId).toEqual(expect.any(String));
  });

  it('hold one client’s limit over both replicas', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 4; i++) statuses.push((await ask(i % 2 ? b : a, 'KJのパスワードを忘れました', '203.0.113.7')).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT);
    expect(statuses.slice(LIMIT)).toEqual([429, 429, 429, 429]);
    // Another client is not affected.
    expect((await ask(b, 'KJのパスワードを忘れました')).status).toBe(200);
  });

  it('keep answering on B when A is killed under load, and lose nothing acknowledged', async () => {
    const answered: string[] = [];
    const acknowledged: string[] = [];
    const afterKill = { b: [] as (number | string)[] };
    let killedAt = 0;
    const questions = ['KJのパスワードを忘れました', '電子証明書の有効期限', 'ログインできない', 'ライセンス料はいくら', '事業所番号が同じ'];
    const stopAt = Date.now() + 5000;

    async function worker(n: number): Promise<void> {
      for (let i = 0; Date.now() < stopAt; i++) {
        const server = (n + i) % 2 ? a : b;
        if (server === a && killedAt) continue; // a load balancer stops sending to a dead replica
        const status = await ask(server, `${questions[i % questions.length]} ${n}-${i}`).then(
          async (r) => {
            if (r.status === 200) {
              const { queryId } = await r.json();
              answered.push(queryId);
              if (i % 3 === 0) {
                const other = server === a ? b : a;
                const vote = await postJson(other.base, '/api/feedback', { queryId, helpful: i % 2 === 0 }, { 'x-forwarded-for': someClient() }).catch(() => null);
                if (vote?.status === 200) acknowledged.push(queryId);
              }
            }
            return r.status;
          },
          () => 'error' as const,
        );
        if (killedAt && server === b) afterKill.b.push(status);
      }
    }

    const workers = Array.from({ length: 8 }, (_, n) => worker(n));
    await new Promise((r) => setTimeout(r, 1500));
    a.child.kill('SIGKILL');
    killedAt = Date.now();
    await Promise.all(workers);
    expect((await a.exited).signal).toBe('SIGKILL');

    // B answered every request sent to it after A died.
    expect(afterKill.b.length).toBeGreaterThan(20);
    expect(afterKill.b.filter((s) => s !== 200)).toEqual([]);
    expect((await fetch(`${b.base}/api/health`)).status).toBe(200);

    // Every answered ask (on A before the kill, or on B) and every acknowledged vote is in PostgreSQL.
    const check = new pg.Client({ connectionString: db.url });
    await check.connect();
    try {
      const asks = new Set((await check.query('SELECT query_id FROM asks')).rows.map((r) => r.query_id as string));
      const votes = new Set((await check.query('SELECT query_id FROM feedback')).rows.map((r) => r.query_id as string));
      expect(answered.length).toBeGreaterThan(30);
      expect(answered.filter((id) => !asks.has(id))).toEqual([]);
      expect(acknowledged.length).toBeGreaterThan(5);
      expect(acknowledged.filter((id) => !votes.has(id))).toEqual([]);
    } finally {
      await check.end();
    }
  }, 60_000);
});
