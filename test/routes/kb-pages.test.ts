import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { loadKnowledgeBase } from '../../server/content/pipeline.ts';

const DIR = path.resolve('test/fixtures/content-minimal');
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ config: { contentDir: DIR, logLevel: 'silent', insights: false, overloadEventLoopDelayMs: 0 }, logger: false });
});
afterAll(() => app.close());

/** Our CSP forbids inline scripts and styles: the only script is the widget's module file. */
function expectNoInlineCode(body: string) {
  expect(body.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="/widget/careplan-help.js">']);
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
    expect(body).toContain('<link rel="stylesheet" href="/assets/tokens.css">\n<link rel="stylesheet" href="/assets/site.css">');
    expect(body).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    // Categories in the fixed order, with their Japanese labels.
    expect(body.indexOf('導入の流れ')).toBeLessThan(body.indexOf('ID・パスワード'));
    expect(body).toContain('<section class="category" id="category-id-password"');
    expect(body).toMatch(/<a href="\/kb\/sample-faq"[^>]*>パスワードを忘れたときはどうすればいいですか<\/a>/);
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
    const crumbs = /<nav class="breadcrumbs[^"]*" aria-label="パンくずリスト"><ol>(.*?)<\/ol><\/nav>/.exec(body)![1]!;
    expect(crumbs.replace(/ data-print-url="[^"]*"/g, '')).toBe(
      '<li><a href="/kb/">ヘルプ トップ</a></li><li><a href="/kb/#category-getting-started">導入の流れ</a></li><li aria-current="page">ログインのしかた</li>',
    );
    expect(body).toContain('<h1 id="intro">ログインのしかた</h1>');
    expect(body).toContain('<li><a href="#steps">手順</a></li>');
    expect(body).toContain('<h2 id="steps">手順</h2>');
    expect(body).toMatch(/<a href="\/kb\/sample-faq"[^>]*>パスワードを忘れたときはどうすればいいですか<\/a>/);
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

describe('every page', () => {
  it.each(['/kb/', '/kb/sample-guide', '/kb/search?q=パスワード', '/kb/no-such-article'])(
    '%s has the header back to the support site, the search box, the favicon and the chat widget',
    async (url) => {
      const body = (await app.inject({ url })).body;
      expect(body).toContain('<a class="back-link" href="https://www.careplan-renkei-support.jp/">サポートサイトへ戻る</a>');
      expect(body).toMatch(/<form class="site-search" role="search" action="\/kb\/search" method="get">[\s\S]*?<input id="site-search-q" name="q" type="search"/);
      expect(body).toContain('<link rel="icon" href="/favicon.ico"');
      expect(body).toContain('<careplan-help api="" heading="ヘルプデスク チャット"></careplan-help>');
      expectNoInlineCode(body);
    },
  );

  it('gives root-relative links the full address a printout shows, and marks bare external URLs', async () => {
    const res = await app.inject({ url: '/kb/sample-faq', headers: { host: 'help.example.jp:8080' } });
    expect(res.body).toContain('<a href="/kb/sample-guide#steps" data-print-url="http://help.example.jp:8080/kb/sample-guide#steps">');
    // A host header that is not a plain host prints no origin (and cannot inject markup).
    const odd = await app.inject({ url: '/kb/sample-faq', headers: { host: 'x"><b>y' } });
    expect(odd.body).not.toContain('data-print-url');
    expect(odd.body).not.toContain('<b>y');
  });
});

describe('GET /kb/search', () => {
  it('renders the results as HTML: linked titles, sections, categories and marked snippets', async () => {
    const res = await app.inject({ url: `/kb/search?q=${encodeURIComponent('パスワード')}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<h1>「パスワード」の検索結果</h1>');
    expect(res.body).toMatch(/<p class="result-count">\d+件の記事が見つかりました。<\/p>/);
    expect(res.body).toMatch(/<a class="result-title" href="\/kb\/sample-(faq|guide)#[a-z-]+"/);
    expect(res.body).toContain('<mark>');
    expect(res.body).toContain('<meta name="robots" content="noindex">');
    expect(res.body).toContain('value="パスワード"');
  });

  it('explains a search that found nothing, with what to try next', async () => {
    const res = await app.inject({ url: `/kb/search?q=${encodeURIComponent('zzqqxx')}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('一致する記事は見つかりませんでした。');
    expect(res.body).toContain('チャットで質問する');
  });

  it.each(['/kb/search', '/kb/search?q=', '/kb/search?q=%20%E3%80%80', '/kb/search?x=1'])('%s: an empty query asks for words (200 HTML)', async (url) => {
    const res = await app.inject({ url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<h1>記事を検索</h1>');
    expect(res.body).toContain('上の検索ボックスに入力してください');
  });

  it('explains an over-long query (400 HTML) and keeps only the allowed length in the box', async () => {
    const res = await app.inject({ url: `/kb/search?q=${encodeURIComponent('あ'.repeat(300))}` });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('検索する言葉は200文字以内で入力してください（入力は300文字でした）。');
    expect(res.body).toContain(`value="${'あ'.repeat(200)}"`);
    expect(res.body).not.toContain('あ'.repeat(201));
  });

  it.each([
    ['markup', '<script>alert(1)</script>"\'&', '&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;'],
    ['a repeated q', ['パスワード', 'x'], '「パスワード」の検索結果'],
    ['control characters', 'パス\u0000ワード\u001b', '「パス ワード」の検索結果'],
    // The query-string parser leaves a value it cannot decode as typed: shown as text, never an error.
    ['bytes that are not UTF-8', '%ED%A0%80%FF', 'の検索結果'],
  ])('handles %s as a readable page', async (_label, q, shown) => {
    const params = new URLSearchParams();
    for (const v of [q].flat()) params.append('q', v.startsWith('%') ? 'パスワード' : v);
    // Raw bytes go into the URL as typed (URLSearchParams would re-encode them as valid UTF-8).
    const extra = typeof q === 'string' && q.startsWith('%') ? q : '';
    const res = await app.inject({ url: `/kb/search?${params}${extra}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(shown);
    expect(res.body).not.toContain('<script>alert');
    expectNoInlineCode(res.body);
  });

  it('survives a malformed percent-encoding', async () => {
    const res = await app.inject({ url: '/kb/search?q=%E3%81%ZZ%' });
    expect(res.statusCode).toBeLessThan(500);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
  });
});
