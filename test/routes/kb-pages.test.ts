import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { loadKnowledgeBase } from '../../server/content/pipeline.ts';

const DIR = path.resolve('test/fixtures/content-minimal');
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ config: { contentDir: DIR, logLevel: 'silent', insights: false }, logger: false });
});
afterAll(() => app.close());

/** Our CSP forbids inline scripts and styles: no page may carry them. */
function expectNoInlineCode(body: string) {
  expect(body).not.toMatch(/<script/i);
  expect(body).not.toMatch(/<style/i);
  expect(body).not.toMatch(/\sstyle=/i);
  expect(body).not.toMatch(/\son[a-z]+=/i);
}

describe('GET /kb/', () => {
  it('lists articles by category with labels, the notices, and the helpdesk contact', async () => {
    const res = await app.inject({ url: '/kb/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const body = res.body;
    expect(body).toContain('<html lang="ja">');
    expect(body).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(body).toContain('<link rel="stylesheet" href="/assets/kb.css">');
    // Categories in the fixed order, with their Japanese labels.
    expect(body.indexOf('導入の流れ')).toBeLessThan(body.indexOf('ID・パスワード'));
    expect(body).toContain('<section class="category" id="category-id-password"');
    expect(body).toContain('<a href="/kb/sample-faq">パスワードを忘れたときはどうすればいいですか</a>');
    expect(body).toContain('<li id="notice-2026-01-10-sample" class="important">');
    expect(body).toContain('<a class="phone" href="tel:0120584708">0120-584-708</a>');
    expect(body).toContain('9:00～17:00（土日祝日は除く）');
    expectNoInlineCode(body);
  });

  it('redirects /kb to /kb/', async () => {
    const res = await app.inject({ url: '/kb' });
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe('/kb/');
  });
});

describe('GET /kb/:id', () => {
  it('renders the article with breadcrumbs, table of contents, anchors, related links and the contact', async () => {
    const res = await app.inject({ url: '/kb/sample-guide' });
    expect(res.statusCode).toBe(200);
    const body = res.body;
    expect(body).toContain('<title>ログインのしかた | ケアプランデータ連携システム ヘルプ</title>');
    expect(body).toContain('<li><a href="/kb/">ヘルプ トップ</a></li><li><a href="/kb/#category-getting-started">導入の流れ</a></li><li aria-current="page">ログインのしかた</li>');
    expect(body).toContain('<h1 id="intro">ログインのしかた</h1>');
    expect(body).toContain('<li><a href="#steps">手順</a></li>');
    expect(body).toContain('<h2 id="steps">手順</h2>');
    expect(body).toContain('<a href="/kb/sample-faq">パスワードを忘れたときはどうすればいいですか</a>');
    expect(body).toContain('ヘルプデスクサポートサイトの問い合わせフォーム');
    expectNoInlineCode(body);
  });

  it('escapes every text taken from content', async () => {
    const { kb } = await loadKnowledgeBase(DIR);
    const article = kb!.byId.get('sample-faq')!;
    const evil = '<img src=x onerror=alert(1)>"&';
    const changed = { ...article, title: evil, summary: evil, source: evil };
    const byId = new Map(kb!.byId).set('sample-faq', changed);
    const other = await buildApp({
      config: { logLevel: 'silent', insights: false },
      knowledgeBase: { ...kb!, articles: kb!.articles.map((a) => (a.id === 'sample-faq' ? changed : a)), byId },
      logger: false,
    });
    try {
      for (const url of ['/kb/sample-faq', '/kb/sample-guide', '/kb/']) {
        const body = (await other.inject({ url })).body;
        expect(body).not.toContain('<img');
        expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&amp;');
      }
    } finally {
      await other.close();
    }
  });

  it.each(['no-such-article', 'Bad_Id', 'a'.repeat(80)])('answers a readable 404 page for %s', async (id) => {
    const res = await app.inject({ url: `/kb/${id}` });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<h1>ページが見つかりません</h1>');
    expect(res.body).toContain('<a href="/kb/">');
    expect(res.body).not.toContain(id.slice(0, 20));
  });
});
