import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildInsightsApp } from '../helpers/insights-app.ts';

let ctx: Awaited<ReturnType<typeof buildInsightsApp>>;
let app: FastifyInstance;
beforeAll(async () => {
  ctx = await buildInsightsApp();
  app = ctx.app;
});
afterAll(() => ctx.cleanup());

describe('GET /agent', () => {
  it('serves the console page that loads the bundle from /widget/', async () => {
    const res = await app.inject('/agent');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<agent-console></agent-console>');
    expect(res.body).toContain('<script type="module" src="/widget/agent-console.js"></script>');
    expect(res.body).toContain('<link rel="stylesheet" href="/widget/agent-console.css" />');
  });

  it('has no inline script, style block or style attribute (strict CSP)', async () => {
    const body = (await app.inject('/agent')).body;
    expect(body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(body).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });
});
