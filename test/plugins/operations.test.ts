/** /metrics, /docs and load shedding (issue 10 §7–9). */
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const ask = (question: string) => app!.inject({ method: 'POST', url: '/api/ask', payload: { question } });

describe('GET /metrics', () => {
  it('reports latency per route, asks by kind, answer-cache hits, store write errors and event-loop lag', async () => {
    app = await buildTestApp({ metrics: true, rateLimitPerMinute: 1 });
    await ask('KJのパスワードを忘れました');
    await ask('KJのパスワードを忘れました');
    await ask('今日の天気は？');
    await app.inject('/api/search?q=%E8%A8%BC%E6%98%8E%E6%9B%B8');
    // Not rate limited, however often it is scraped.
    for (let i = 0; i < 3; i++) expect((await app.inject('/metrics')).statusCode).toBe(200);
    const text = (await app.inject('/metrics')).body;
    expect(text).toMatch(/^http_request_duration_seconds_count\{method="POST",route="\/api\/ask",status_code="200"\} 1$/m);
    expect(text).toMatch(/^http_request_duration_seconds_count\{method="POST",route="\/api\/ask",status_code="429"\} 2$/m);
    expect(text).toMatch(/^http_request_duration_seconds_bucket\{le="0\.005",method="GET",route="\/api\/search",status_code="200"\} \d+$/m);
    expect(text).toMatch(/^careplan_asks_total\{kind="answer"\} 1$/m);
    expect(text).toMatch(/^careplan_asks_total\{kind="fallback"\} 0$/m);
    expect(text).toMatch(/^careplan_answer_cache_misses_total 1$/m);
    expect(text).toMatch(/^careplan_store_write_errors_total 0$/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    // Never a raw URL (a question in the query string) in a label.
    expect(text).not.toContain('q=');
  });

  it('counts answer-cache hits and every kind', async () => {
    app = await buildTestApp({ metrics: true });
    for (const q of ['KJのパスワードを忘れました', 'KJのパスワードを忘れました', '今日の天気は？', 'パスワード']) await ask(q);
    const text = (await app.inject('/metrics')).body;
    expect(text).toMatch(/^careplan_answer_cache_hits_total 1$/m);
    expect(text).toMatch(/^careplan_asks_total\{kind="answer"\} 2$/m);
    expect(Number(/^careplan_asks_total\{kind="fallback"\} (\d+)$/m.exec(text)?.[1]) + Number(/^careplan_asks_total\{kind="clarify"\} (\d+)$/m.exec(text)?.[1])).toBe(2);
  });

  it('is off with METRICS=false', async () => {
    app = await buildTestApp({ metrics: false });
    expect((await app.inject('/metrics')).statusCode).toBe(404);
  });
});

describe('GET /docs', () => {
  it('serves the OpenAPI JSON of every route, from the TypeBox schemas, and the Swagger UI page', async () => {
    app = await buildTestApp({ metrics: true });
    const routes: string[] = [];
    const spec = (await app.inject('/docs/json')).json();
    for (const [p, ops] of Object.entries(spec.paths as Record<string, object>)) for (const m of Object.keys(ops)) routes.push(`${m.toUpperCase()} ${p}`);
    for (const r of [
      'POST /api/ask',
      'POST /api/feedback',
      'GET /api/search',
      'GET /api/suggest',
      'GET /api/suggestions',
      'GET /api/articles/{id}',
      'GET /api/health',
      'GET /api/insights/summary',
      'GET /api/insights/feedback.csv',
      'GET /api/insights/conversations/{reference}',
      'POST /api/insights/ask-preview',
      'GET /metrics',
      'GET /kb/{id}',
      'GET /agent',
    ]) {
      expect(routes, r).toContain(r);
    }
    const feedback = spec.paths['/api/feedback'].post;
    expect(feedback.requestBody.content['application/json'].schema.properties.reason).toBeDefined();
    expect(spec.paths['/api/insights/summary'].get.security).toEqual([{ adminToken: [] }]);
    const page = await app.inject('/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger-ui');
  });

  it('loads Swagger only on the first request under /docs, and answers there as the plugins do', async () => {
    app = await buildTestApp();
    expect(app.hasDecorator('swagger')).toBe(false);
    const spec = await app.inject('/docs/json');
    expect(spec.headers['content-type']).toMatch(/^application\/json/);
    expect(spec.headers['content-security-policy']).toContain("style-src 'self' 'sha256-");
    const head = await app.inject({ method: 'HEAD', url: '/docs/json' });
    expect(head.statusCode).toBe(200);
    expect(Number(head.headers['content-length'])).toBe(spec.rawPayload.length);
    expect((await app.inject('/docs/yaml')).body).toMatch(/^openapi: 3\.0\.3$/m);
    const bundle = await app.inject('/docs/static/swagger-ui-bundle.js');
    expect(bundle.headers['content-type']).toMatch(/javascript/);
    const again = await app.inject({ url: '/docs/static/swagger-ui-bundle.js', headers: { 'if-none-match': String(bundle.headers.etag) } });
    expect(again.statusCode).toBe(304);
    const missing = await app.inject('/docs/static/nothing.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not-found');
  });
});

describe('overload', () => {
  it('sheds requests with 503 overloaded JSON and Retry-After when the event loop is saturated; health says so', async () => {
    app = await buildTestApp({ overloadEventLoopDelayMs: 20 });
    // Past the start-up warm-up, then an event loop that is busy 150 ms of every turn for three samples.
    await new Promise((r) => setTimeout(r, 2100));
    const until = Date.now() + 3200;
    while (Date.now() < until) {
      const turn = Date.now() + 150;
      while (Date.now() < turn) {
        // saturated
      }
      await new Promise((r) => setTimeout(r, 0));
    }
    const res = await ask('KJのパスワードを忘れました');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ error: { code: 'overloaded', message: expect.stringMatching(/混み合って/) } });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    const health = await app.inject('/api/health');
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'degraded', reason: expect.stringMatching(/^overloaded: event-loop delay \d+ ms/) });
  }, 20_000);
});
