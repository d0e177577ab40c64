/**
 * Rate limits attached to routes, per route group, in memory and in Redis (issue 11 findings 1 and 2,
 * issue 10 §4). The spellings test sends raw request targets over a socket, as an attacker would.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { rawRequest } from '../helpers/raw-http.ts';
import { redisPrefix, testRedisUrl } from '../helpers/services.ts';
import { routeGroup } from '../../server/plugins/limits.ts';
import { ADMIN_FAILURES_BEFORE_LOCKOUT, LIMIT_FACTORS } from '../../server/tuning.ts';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
});
const build = async (config: Parameters<typeof buildTestApp>[0]) => {
  const app = await buildTestApp({ adminToken: 'right-token', ...config });
  apps.push(app);
  return app;
};

const ask = (app: FastifyInstance, remoteAddress = '10.0.0.1') =>
  app.inject({ method: 'POST', url: '/api/ask', remoteAddress, headers: { 'content-type': 'application/json' }, payload: '{"question":"KJのパスワード"}' });
// The ask preview needs the admin token but no insights store: 200 with the right token.
const admin = (app: FastifyInstance, token: string, remoteAddress = '10.0.0.1') =>
  app.inject({ method: 'POST', url: '/api/insights/ask-preview', remoteAddress, headers: { authorization: `Bearer ${token}` }, payload: { question: 'KJ' } });

describe('routeGroup', () => {
  it('groups routes by their pattern', () => {
    expect(routeGroup('/api/ask')).toBe('ask');
    expect(routeGroup('/api/feedback')).toBe('feedback');
    expect(routeGroup('/api/search')).toBe('search');
    expect(routeGroup('/api/suggest')).toBe('search');
    expect(routeGroup('/api/insights/summary')).toBe('admin');
    expect(routeGroup('/api/insights/conversations/:reference')).toBe('admin');
    expect(routeGroup('/api/health')).toBeNull();
    expect(routeGroup('/metrics')).toBeNull();
    expect(routeGroup('/kb/:id')).toBeNull();
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After and a Japanese message past the limit; other routes are not limited', async () => {
    const app = await build({ rateLimitPerMinute: 2 });
    expect((await ask(app)).statusCode).toBe(200);
    expect((await ask(app)).statusCode).toBe(200);
    const limited = await ask(app);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json().error).toMatchObject({ code: 'rate-limited', message: expect.stringMatching(/待って/) });
    for (let i = 0; i < 5; i++) expect((await app.inject('/api/health')).statusCode).toBe(200);
  });

  it('counts a route however its path is spelled: percent-encoded, absolute-form (raw requests)', async () => {
    const app = await build({ rateLimitPerMinute: 3 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const body = '{"question":"KJのパスワード"}';
    const spellings = ['POST /api/%61sk HTTP/1.1', 'POST /api/as%6B HTTP/1.1', `POST http://127.0.0.1:${port}/api/ask HTTP/1.1`, 'POST /api/ask HTTP/1.1'];
    const statuses: number[] = [];
    for (const line of spellings) statuses.push(await rawRequest(port, line, body));
    // Each spelling reached the ask route (200) and all of them counted against one allowance of 3.
    expect(statuses).toEqual([200, 200, 200, 429]);
    for (const line of spellings.slice(0, 3)) expect(await rawRequest(port, line, body)).toBe(429);

    // The admin API under another spelling: wrong tokens meet 429 too.
    const insights: number[] = [];
    for (let i = 0; i < ADMIN_FAILURES_BEFORE_LOCKOUT + 2; i++) {
      insights.push(await rawRequest(port, 'GET /api/%69nsights/summary HTTP/1.1', '', { authorization: `Bearer wrong-${i}` }));
    }
    expect(insights.slice(0, ADMIN_FAILURES_BEFORE_LOCKOUT)).toEqual(Array(ADMIN_FAILURES_BEFORE_LOCKOUT).fill(401));
    expect(insights.slice(ADMIN_FAILURES_BEFORE_LOCKOUT)).toEqual([429, 429]);
  });

  it('gives each group its own allowance: search does not use up asking, nor asking feedback', async () => {
    const app = await build({ rateLimitPerMinute: 2 });
    const search = [];
    for (let i = 0; i < 2 * LIMIT_FACTORS.search + 1; i++) search.push((await app.inject(i % 2 ? '/api/suggest?q=KJ' : '/api/search?q=KJ')).statusCode);
    // Search and suggest share one allowance.
    expect(search.filter((s) => s === 200)).toHaveLength(2 * LIMIT_FACTORS.search);
    expect(search.at(-1)).toBe(429);
    expect((await ask(app, '127.0.0.1')).statusCode).toBe(200);
    expect((await ask(app, '127.0.0.1')).statusCode).toBe(200);
    expect((await ask(app, '127.0.0.1')).statusCode).toBe(429);
    // Feedback is counted apart from asking: an unknown query is a 404, not a 429.
    const vote = await app.inject({ method: 'POST', url: '/api/feedback', payload: { queryId: 'never-asked', helpful: true } });
    expect(vote.statusCode).toBe(404);
  });

  it('locks a client out of the admin API after wrong tokens, without stopping it asking', async () => {
    const app = await build({ rateLimitPerMinute: 100 });
    for (let i = 0; i < ADMIN_FAILURES_BEFORE_LOCKOUT; i++) expect((await admin(app, `wrong-${i}`)).statusCode).toBe(401);
    const locked = await admin(app, 'right-token');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('admin-locked');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(60);
    expect((await ask(app)).statusCode).toBe(200);
    // Another client is not locked out.
    expect((await admin(app, 'right-token', '10.0.0.2')).statusCode).toBe(200);
  });

  it('counts clients separately and is off at 0', async () => {
    const app = await build({ rateLimitPerMinute: 1 });
    expect((await ask(app, '10.0.0.1')).statusCode).toBe(200);
    expect((await ask(app, '10.0.0.2')).statusCode).toBe(200);
    expect((await ask(app, '10.0.0.1')).statusCode).toBe(429);
    const off = await build({ rateLimitPerMinute: 0 });
    for (let i = 0; i < 20; i++) expect((await ask(off)).statusCode).toBe(200);
  });
});

describe('rate limits in Redis', () => {
  it('hold one allowance across two app instances (replicas)', async () => {
    const shared = { rateLimitPerMinute: 3, redisUrl: testRedisUrl(), redisKeyPrefix: redisPrefix('limits') };
    const [a, b] = [await build(shared), await build(shared)];
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await ask(i % 2 ? b : a)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
    expect((await a.inject('/api/health')).json().status).toBe('ok');
    // Wrong admin tokens on one replica lock the client out on the other.
    for (let i = 0; i < ADMIN_FAILURES_BEFORE_LOCKOUT; i++) await admin(a, `wrong-${i}`, '10.9.9.9');
    expect((await admin(b, 'right-token', '10.9.9.9')).json().error.code).toBe('admin-locked');
  });

  it('fail open with a warning when Redis is down, and health says degraded with the reason', async () => {
    const lines: string[] = [];
    const app = await buildTestApp(
      { rateLimitPerMinute: 1, redisUrl: 'redis://127.0.0.1:1', redisKeyPrefix: redisPrefix('down') },
      { logger: { level: 'warn', stream: { write: (l: string) => lines.push(l) } } },
    );
    apps.push(app);
    for (let i = 0; i < 3; i++) expect((await ask(app)).statusCode).toBe(200);
    const health = (await app.inject('/api/health')).json();
    expect(health.status).toBe('degraded');
    expect(health.reason).toMatch(/^rate limits: Redis unavailable \(ECONNREFUSED\), limits fail open/);
    expect(lines.join('')).toContain('rate limits: Redis unavailable');
  });
});
