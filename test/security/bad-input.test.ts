/**
 * The bad-input battery: every malformed request gets a 4xx with a stable code and a Japanese message,
 * never a 5xx; hostile text is handled and never echoed unescaped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ adminToken: 'battery-token' });
});
afterAll(async () => {
  await app.close();
});

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const json = { 'content-type': 'application/json' };
const ask = (payload: unknown): InjectOptions => ({ method: 'POST', url: '/api/ask', headers: json, payload: JSON.stringify(payload) });
const rawAsk = (payload: string, headers: Record<string, string> = json): InjectOptions => ({ method: 'POST', url: '/api/ask', headers, payload });
const get = (url: string): InjectOptions => ({ method: 'GET', url });

interface Case {
  name: string;
  request: InjectOptions;
  status: number;
  code?: string;
}

const cases: Case[] = [
  // POST /api/ask: transport
  { name: 'body over 8 KB', request: ask({ question: 'あ'.repeat(3000) }), status: 413, code: 'body-too-large' },
  { name: 'invalid JSON', request: rawAsk('{"question": "KJ'), status: 400, code: 'invalid-json' },
  { name: 'empty JSON body', request: rawAsk(''), status: 400, code: 'invalid-json' },
  { name: 'text/plain body', request: rawAsk('KJのパスワード', { 'content-type': 'text/plain' }), status: 415, code: 'unsupported-media-type' },
  { name: 'form-encoded body', request: rawAsk('question=x', { 'content-type': 'application/x-www-form-urlencoded' }), status: 415, code: 'unsupported-media-type' },
  { name: 'prototype pollution', request: rawAsk('{"question":"x","__proto__":{"admin":true}}'), status: 400, code: 'invalid-json' },
  { name: 'JSON array body', request: ask(['KJ']), status: 400, code: 'invalid-body' },
  { name: 'JSON string body', request: ask('KJのパスワード'), status: 400, code: 'invalid-body' },
  { name: 'JSON null body', request: rawAsk('null'), status: 400 },
  // POST /api/ask: fields
  { name: 'missing question', request: ask({}), status: 400 },
  { name: 'empty question', request: ask({ question: '' }), status: 400, code: 'question-empty' },
  { name: 'whitespace question', request: ask({ question: ' \t\n' }), status: 400, code: 'question-empty' },
  { name: 'full-width space question', request: ask({ question: '\u3000\u3000' }), status: 400, code: 'question-empty' },
  { name: '501 characters', request: ask({ question: 'あ'.repeat(501) }), status: 400, code: 'question-too-long' },
  { name: 'number question', request: ask({ question: 42 }), status: 400, code: 'invalid-body' },
  { name: 'null question', request: ask({ question: null }), status: 400, code: 'invalid-body' },
  { name: 'array question', request: ask({ question: ['KJ'] }), status: 400, code: 'invalid-body' },
  { name: 'object question', request: ask({ question: { text: 'KJ' } }), status: 400, code: 'invalid-body' },
  { name: 'sessionId too long', request: ask({ question: 'KJ', sessionId: 'a'.repeat(65) }), status: 400, code: 'invalid-body' },
  { name: 'sessionId with spaces', request: ask({ question: 'KJ', sessionId: 'a b' }), status: 400, code: 'invalid-body' },
  { name: 'sessionId number', request: ask({ question: 'KJ', sessionId: 7 }), status: 400, code: 'invalid-body' },
  { name: 'previous number', request: ask({ question: 'KJ', previous: 3 }), status: 400, code: 'invalid-body' },
  { name: 'GET on ask', request: get('/api/ask'), status: 404, code: 'not-found' },
  // GET /api/search and /api/suggest
  { name: 'search without q', request: get('/api/search'), status: 400 },
  { name: 'search empty q', request: get('/api/search?q='), status: 400, code: 'query-empty' },
  { name: 'search blank q', request: get('/api/search?q=%E3%80%80%20'), status: 400, code: 'query-empty' },
  { name: 'search q over 200', request: get(`/api/search?q=${'a'.repeat(201)}`), status: 400, code: 'query-too-long' },
  { name: 'search limit 0', request: get('/api/search?q=KJ&limit=0'), status: 400 },
  { name: 'search limit 51', request: get('/api/search?q=KJ&limit=51'), status: 400 },
  { name: 'search limit text', request: get('/api/search?q=KJ&limit=ten'), status: 400 },
  { name: 'search limit fraction', request: get('/api/search?q=KJ&limit=2.5'), status: 400 },
  { name: 'search unknown category', request: get('/api/search?q=KJ&category=weather'), status: 400 },
  { name: 'search unknown parameter', request: get('/api/search?q=KJ&debug=1'), status: 400 },
  { name: 'suggest empty q', request: get('/api/suggest?q='), status: 400, code: 'query-empty' },
  { name: 'suggest q over 200', request: get(`/api/suggest?q=${'あ'.repeat(201)}`), status: 400, code: 'query-too-long' },
  // Articles and pages
  { name: 'unknown article', request: get('/api/articles/no-such-article'), status: 404 },
  { name: 'article id with dots', request: get('/api/articles/..%2F..%2Fetc%2Fpasswd'), status: 400 },
  { name: 'article id too long', request: get(`/api/articles/${'a'.repeat(65)}`), status: 400 },
  { name: 'article id upper case', request: get('/api/articles/KJ-ID'), status: 400 },
  { name: 'unknown route', request: get('/api/nothing-here'), status: 404, code: 'not-found' },
  { name: 'unknown nested route', request: get('/wp-admin/install.php'), status: 404, code: 'not-found' },
  // Feedback
  { name: 'feedback unknown queryId', request: { method: 'POST', url: '/api/feedback', headers: json, payload: JSON.stringify({ queryId: 'nope', helpful: true }) }, status: 404, code: 'unknown-query' },
  { name: 'feedback helpful as text', request: { method: 'POST', url: '/api/feedback', headers: json, payload: JSON.stringify({ queryId: 'x', helpful: 'yes' }) }, status: 400, code: 'invalid-body' },
  // Bodies are JSON: no coercion (issue 11 finding 6).
  ...[['"true"', '"true"'], ['1', '1'], ['[true]', '[true]'], ['null', 'null'], ['0', '0']].map(([name, value]) => ({
    name: `feedback helpful ${name}`,
    request: { method: 'POST' as const, url: '/api/feedback', headers: json, payload: `{"queryId":"x","helpful":${value}}` },
    status: 400,
    code: 'invalid-body',
  })),
  { name: 'feedback comment number', request: { method: 'POST', url: '/api/feedback', headers: json, payload: '{"queryId":"x","helpful":false,"comment":123}' }, status: 400, code: 'invalid-body' },
  { name: 'feedback comment array', request: { method: 'POST', url: '/api/feedback', headers: json, payload: '{"queryId":"x","helpful":false,"comment":["a"]}' }, status: 400, code: 'invalid-body' },
  { name: 'feedback queryId number', request: { method: 'POST', url: '/api/feedback', headers: json, payload: '{"queryId":12345,"helpful":true}' }, status: 400, code: 'invalid-body' },
  { name: 'ask question boolean', request: ask({ question: true }), status: 400, code: 'invalid-body' },
  { name: 'ask-preview question number', request: { method: 'POST', url: '/api/insights/ask-preview', headers: { ...json, authorization: 'Bearer battery-token' }, payload: '{"question":42}' }, status: 400, code: 'invalid-body' },
  // Only UTF-8 JSON without a content coding (issue 11 finding 8).
  { name: 'Shift_JIS body', request: rawAsk('{"question":"KJ"}', { 'content-type': 'application/json; charset=shift_jis' }), status: 415, code: 'unsupported-charset' },
  { name: 'EUC-JP body, quoted', request: rawAsk('{"question":"KJ"}', { 'content-type': 'application/json; charset="EUC-JP"' }), status: 415, code: 'unsupported-charset' },
  { name: 'gzip body', request: rawAsk('{"question":"KJ"}', { ...json, 'content-encoding': 'gzip' }), status: 415, code: 'unsupported-encoding' },
  { name: 'unknown content coding', request: rawAsk('{"question":"KJ"}', { ...json, 'content-encoding': 'x-snappy' }), status: 415, code: 'unsupported-encoding' },
  { name: 'feedback in UTF-16', request: { method: 'POST', url: '/api/feedback', headers: { 'content-type': 'application/json; charset=utf-16' }, payload: '{}' }, status: 415, code: 'unsupported-charset' },
  { name: 'feedback missing queryId', request: { method: 'POST', url: '/api/feedback', headers: json, payload: JSON.stringify({ helpful: true }) }, status: 400, code: 'invalid-body' },
  { name: 'feedback invalid JSON', request: { method: 'POST', url: '/api/feedback', headers: json, payload: '{helpful:true}' }, status: 400, code: 'invalid-json' },
  { name: 'feedback comment too long', request: { method: 'POST', url: '/api/feedback', headers: json, payload: JSON.stringify({ queryId: 'x', helpful: false, comment: 'あ'.repeat(501) }) }, status: 400 },
  // Insights
  { name: 'insights without token', request: get('/api/insights/summary'), status: 401, code: 'unauthorized' },
  { name: 'insights wrong token', request: { method: 'GET', url: '/api/insights/summary', headers: { authorization: 'Bearer wrong' } }, status: 401, code: 'unauthorized' },
  { name: 'insights basic auth', request: { method: 'GET', url: '/api/insights/unanswered.csv', headers: { authorization: 'Basic YmF0dGVyeS10b2tlbg==' } }, status: 401, code: 'unauthorized' },
];

describe('bad input', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it('accepts UTF-8 declared in any spelling, and identity coding', async () => {
    for (const headers of [
      { 'content-type': 'application/json; charset=utf-8' },
      { 'content-type': 'application/json; charset=UTF8' },
      { 'content-type': 'application/json;charset="utf-8"' },
      { ...json, 'content-encoding': 'identity' },
    ]) {
      expect((await app.inject(rawAsk('{"question":"KJ"}', headers))).statusCode, JSON.stringify(headers)).toBe(200);
    }
  });

  it('says which content coding it accepts', async () => {
    const res = await app.inject(rawAsk('{"question":"KJ"}', { ...json, 'content-encoding': 'gzip' }));
    expect(res.headers['accept-encoding']).toBe('identity');
  });

  it.each(cases)('$name → $status', async ({ request, status, code }) => {
    const res = await app.inject(request);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json();
    expect(body.error.code).toEqual(expect.any(String));
    if (code) expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(JAPANESE);
  });
});

describe('hostile text', () => {
  const hostile: [string, string][] = [
    ['NUL bytes', 'KJ\u0000のパスワード\u0000'],
    ['lone surrogates', '\ud800パスワード\udfff'],
    ['bidi controls', '\u202eドーワスパ\u202c KJ'],
    ['emoji', '🔑KJのパスワード忘れた😭'],
    ['combining marks', `パ${'\u0301'.repeat(450)}`],
    ['HTML and script', '<script>alert(1)</script><img src=x onerror=alert(2)>パスワード'],
    ['zero-width characters', 'K\u200bJ\u200dのパス\ufeffワード'],
    ['control characters', '\u0007\u001b[31mKJ\u001b[0m'],
  ];

  it.each(hostile)('ask handles %s with a valid answer and no echo', async (_name, question) => {
    const res = await app.inject(ask({ question }));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(['answer', 'clarify', 'fallback', 'smalltalk']).toContain(body.kind);
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).not.toContain('onerror=alert');
  });

  it.each(hostile)('search handles %s and escapes the snippet', async (_name, q) => {
    // encodeURIComponent refuses lone surrogates: send their (invalid) UTF-8 bytes as a browser would not.
    const encoded = q.slice(0, 200).replace(/[\ud800-\udfff]/g, '%ED%A0%80');
    const res = await app.inject(get(`/api/search?q=${encoded.replace(/[^%]+/g, (part) => encodeURIComponent(part))}`));
    expect(res.statusCode).toBeLessThan(500);
    if (res.statusCode !== 200) return;
    // The query is echoed as JSON data; what is shown as HTML (snippets) must be escaped.
    for (const hit of res.json().results as { snippet: string; title: string }[]) {
      expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/<[a-z/]/i);
    }
  });

  it('answers a broken percent-encoding without a 5xx', async () => {
    for (const url of ['/api/search?q=%E3%81', '/api/search?q=%', '/kb/%ff', '/api/articles/%E3%81']) {
      const res = await app.inject(get(url));
      expect(res.statusCode, url).toBeLessThan(500);
    }
  });
});
