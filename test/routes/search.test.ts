import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { sampleKnowledgeBase } from '../search/sample-kb.ts';

let app: FastifyInstance;

beforeAll(async () => {
  app = await buildTestApp({}, { knowledgeBase: sampleKnowledgeBase() });
});

afterAll(async () => {
  await app.close();
});

interface Hit {
  id: string;
  anchor: string;
  title: string;
  sectionTitle: string;
  category: string;
  snippet: string;
  url: string;
  score: number;
  coverage: number;
}

async function search(query: Record<string, string>) {
  return app.inject({ method: 'GET', url: '/api/search', query });
}

async function expectError(query: Record<string, string>, code: string, url = '/api/search') {
  const res = await app.inject({ method: 'GET', url, query });
  expect(res.statusCode).toBe(400);
  expect(res.headers['content-type']).toMatch(/application\/json/);
  const body = res.json() as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/[ぁ-んァ-ン一-龯]/);
}

describe('GET /api/search', () => {
  it('returns ranked hits with the contract fields', async () => {
    const res = await search({ q: 'KJのパスワードを忘れました' });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { query: string; total: number; tookMs: number; results: Hit[] };
    expect(body.query).toBe('KJのパスワードを忘れました');
    expect(body.total).toBeGreaterThanOrEqual(body.results.length);
    expect(body.tookMs).toBeGreaterThanOrEqual(0);
    expect(body.results[0]).toMatchObject({ id: 'kj-password-lost', category: 'id-password', title: expect.any(String) });
    const hit = body.results[0]!;
    expect(hit.url).toBe(`/kb/${hit.id}#${hit.anchor}`);
    expect(Object.keys(hit).sort()).toEqual(['anchor', 'category', 'coverage', 'id', 'score', 'sectionTitle', 'snippet', 'title', 'url']);
  });

  it('honours limit and category', async () => {
    const limited = (await search({ q: 'パスワード', limit: '1' })).json() as { results: Hit[] };
    expect(limited.results).toHaveLength(1);
    const cert = (await search({ q: 'パスワード', category: 'certificate' })).json() as { results: Hit[] };
    expect(cert.results.length).toBeGreaterThan(0);
    expect(cert.results.every((r) => r.category === 'certificate')).toBe(true);
  });

  it('answers 200 with no results for an off-topic query', async () => {
    const res = await search({ q: '明日の天気予報' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 0, results: [] });
  });

  describe('bad input', () => {
    it('empty, whitespace-only or missing q → query-empty', async () => {
      await expectError({ q: '' }, 'query-empty');
      await expectError({ q: ' 　 ' }, 'query-empty');
      await expectError({}, 'query-empty');
    });

    it('q over 200 characters → query-too-long (200 is fine, counted in characters)', async () => {
      await expectError({ q: 'あ'.repeat(201) }, 'query-too-long');
      expect((await search({ q: '𠮷'.repeat(200) })).statusCode).toBe(200);
    });

    it('limit outside 1–50 or not a number → invalid-query', async () => {
      for (const limit of ['0', '51', '-1', 'abc', '2.5']) await expectError({ q: 'KJ', limit }, 'invalid-query');
      expect((await search({ q: 'KJ', limit: '50' })).statusCode).toBe(200);
    });

    it('unknown category → unknown-category', async () => {
      await expectError({ q: 'KJ', category: 'weather' }, 'unknown-category');
      await expectError({ q: 'KJ', category: '__proto__' }, 'unknown-category');
    });

    it('unknown query parameters → invalid-query', async () => {
      await expectError({ q: 'KJ', page: '2' }, 'invalid-query');
    });
  });

  describe('highlight placement', () => {
    const snippetFor = async (q: string, id: string) => {
      const body = (await search({ q })).json() as { results: Hit[] };
      const hit = body.results.find((r) => r.id === id);
      expect(hit, `no hit for ${id}`).toBeDefined();
      return hit!.snippet;
    };

    it('marks the Japanese word in the original text for a Japanese query', async () => {
      const s = await snippetFor('証明書発行用パスワード', 'certificate-password');
      expect(s).toContain('<mark>証明書発行用パスワード</mark>');
    });

    it('marks the full-width original for a half-width kana query', async () => {
      const s = await snippetFor('ﾍﾙﾌﾟﾃﾞｽｸ', 'contact');
      expect(s).toContain('<mark>ヘルプデスク</mark>');
      expect(s).not.toContain('ﾍﾙﾌﾟ');
    });

    it('marks the half-width original for a full-width query', async () => {
      const s = await snippetFor('０１２０', 'contact');
      expect(s).toContain('<mark>0120</mark>');
    });

    it('marks the katakana original for a hiragana query, and escapes everything else', async () => {
      const s = await snippetFor('いんすとーる', 'certificate');
      expect(s).toContain('<mark>インストール</mark>');
      expect(s.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    });
  });
});

describe('GET /api/suggest', () => {
  it('returns up to 8 titles for type-ahead', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/suggest', query: { q: 'ぱすわ' } });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { query: string; suggestions: { id: string; title: string; url: string }[] };
    expect(body.suggestions.length).toBeGreaterThan(0);
    expect(body.suggestions.length).toBeLessThanOrEqual(8);
    expect(body.suggestions[0]).toEqual({ id: expect.any(String), title: expect.any(String), url: expect.stringMatching(/^\/kb\//) });
  });

  it('rejects empty, too long and unknown parameters', async () => {
    await expectError({ q: '' }, 'query-empty', '/api/suggest');
    await expectError({ q: 'x'.repeat(201) }, 'query-too-long', '/api/suggest');
    await expectError({ q: 'KJ', limit: '3' }, 'invalid-query', '/api/suggest');
  });
});
