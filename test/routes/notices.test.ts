import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ config: { contentDir: path.resolve('test/fixtures/content-minimal'), logLevel: 'silent', insights: false, overloadEventLoopDelayMs: 0 }, logger: false });
});
afterAll(() => app.close());

describe('GET /api/notices', () => {
  it('lists notices newest first with date, title, summary, important and url', async () => {
    const res = await app.inject({ url: '/api/notices' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      { id: '2026-01-10-sample', date: '2026-01-10', title: '【重要】テスト用のお知らせ', summary: 'テスト用のお知らせです。', important: true, url: '/kb/#notice-2026-01-10-sample' },
      { id: '2025-12-01-older', date: '2025-12-01', title: 'テスト用の古いお知らせ', summary: '古いお知らせです。', important: false, url: '/kb/#notice-2025-12-01-older' },
    ]);
  });
});
