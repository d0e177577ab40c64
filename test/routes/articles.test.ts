import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ config: { contentDir: path.resolve('test/fixtures/content-minimal'), logLevel: 'silent', insights: false, overloadEventLoopDelayMs: 0 }, logger: false });
});
afterAll(() => app.close());

describe('GET /api/articles', () => {
  it('lists every article with id, title, category, summary and url only', async () => {
    const res = await app.inject({ url: '/api/articles' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      { id: 'sample-faq', title: 'パスワードを忘れたときはどうすればいいですか', category: 'id-password', summary: 'ログイン画面の「パスワード再発行」から手続きできます。', url: '/kb/sample-faq' },
      { id: 'sample-guide', title: 'ログインのしかた', category: 'getting-started', summary: '「ログイン」画面でIDとパスワードを入力してログインします。', url: '/kb/sample-guide' },
    ]);
  });
});

describe('GET /api/articles/:id', () => {
  it('returns the article with html, sections and related links', async () => {
    const res = await app.inject({ url: '/api/articles/sample-guide' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ id: 'sample-guide', kind: 'guide', category: 'getting-started', updated: '2026-09-15', url: '/kb/sample-guide' });
    expect(body.sections).toEqual([
      { anchor: 'intro', title: 'ログインのしかた' },
      { anchor: 'overview', title: '概要' },
      { anchor: 'steps', title: '手順' },
    ]);
    expect(body.related).toEqual([{ id: 'sample-faq', title: 'パスワードを忘れたときはどうすればいいですか', url: '/kb/sample-faq' }]);
    expect(body.html).toContain('<h2 id="steps">手順</h2>');
    expect(body.html).toContain('rel="noopener noreferrer"');
    expect(body).not.toHaveProperty('examples');
  });

  it('answers 404 article-not-found for an unknown id', async () => {
    const res = await app.inject({ url: '/api/articles/no-such-article' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'article-not-found', message: expect.stringMatching(/見つかりません/) } });
  });

  it.each(['Sample-FAQ', 'a_b', 'a'.repeat(65), '%E3%81%82', '..%2Fetc'])('answers 400 invalid-params for the id %s', async (id) => {
    const res = await app.inject({ url: `/api/articles/${id}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid-params');
  });
});
