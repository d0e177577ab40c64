/**
 * Finding 7 of issue 11: errors raised before a route runs are in our shape, with a Japanese message,
 * and never echo the request. Raw sockets where `app.inject()` cannot produce the bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from './helpers/app.ts';
import { exchange, listen, type RawResponse } from './helpers/raw-http.ts';
import { describeClientError, rawErrorResponse } from '../server/client-errors.ts';
import { parseResponses } from './helpers/raw-http.ts';

let app: FastifyInstance;
let port: number;
beforeAll(async () => {
  app = await buildTestApp({ allowedOrigins: ['https://care.example.jp'] });
  port = await listen(app);
});
afterAll(async () => {
  await app.close();
});

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const HOST = 'Host: localhost\r\n';
const CLOSE = 'Connection: close\r\n';

async function send(bytes: string | Buffer): Promise<RawResponse> {
  const { responses } = await exchange(port, [bytes], 3_000);
  expect(responses.length).toBeGreaterThan(0);
  return responses[0];
}

function expectOurError(res: RawResponse, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = JSON.parse(res.body);
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(JAPANESE);
}

describe("Node's parser errors", () => {
  const utf8Target = (target: string) => Buffer.concat([Buffer.from('GET '), Buffer.from(target, 'utf8'), Buffer.from(` HTTP/1.1\r\n${HOST}\r\n`)]);
  const cases: [string, string | Buffer, number, string][] = [
    ['raw UTF-8 in the query string', utf8Target('/api/search?q=パスワード'), 400, 'malformed-request'],
    ['raw UTF-8 in the path', utf8Target('/kb/パスワード'), 400, 'malformed-request'],
    ['a malformed request line', `GET\r\n${HOST}\r\n`, 400, 'malformed-request'],
    ['Content-Length with Transfer-Encoding', `POST /api/ask HTTP/1.1\r\n${HOST}Content-Type: application/json\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`, 400, 'malformed-request'],
    ['two different Content-Lengths', `POST /api/ask HTTP/1.1\r\n${HOST}Content-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}`, 400, 'malformed-request'],
    ['a header without a colon', `GET /api/health HTTP/1.1\r\n${HOST}Broken header\r\n\r\n`, 400, 'malformed-request'],
    ['headers over the size limit', `GET /api/health HTTP/1.1\r\n${HOST}X-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'headers-too-large'],
  ];

  it.each(cases)('%s → %s %s, connection closed', async (_name, bytes, status, code) => {
    const { responses, closedByServer } = await exchange(port, [bytes], 3_000);
    expect(responses).toHaveLength(1);
    expectOurError(responses[0], status, code);
    expect(responses[0].headers.connection).toBe('close');
    expect(closedByServer).toBe(true);
    expect(responses[0].body).not.toContain('パスワード');
  });

  it('frames the Japanese body by its length in bytes', () => {
    const [res] = parseResponses(Buffer.from(rawErrorResponse(describeClientError('HPE_HEADER_OVERFLOW')), 'utf8'));
    expect(JSON.parse(res.body).error.code).toBe('headers-too-large');
  });
});

describe("the router's errors", () => {
  it('answers a bad percent sequence under /api with JSON that does not echo the path', async () => {
    const res = await send(`GET /api/articles/%E3%81%zz<script> HTTP/1.1\r\n${HOST}${CLOSE}\r\n`);
    expectOurError(res, 400, 'bad-url');
    expect(res.body).not.toContain('script');
    expect(res.body).not.toContain('%zz');
  });

  it('answers a bad percent sequence under /kb/ with the readable 404 page, security headers included', async () => {
    const res = await send(`GET /kb/%zz<script>alert(1)</script> HTTP/1.1\r\n${HOST}${CLOSE}\r\n`);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('ページが見つかりません');
    expect(res.body).not.toContain('<script>alert');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('answers an over-long parameter with JSON, and with the 404 page under /kb/', async () => {
    expectOurError(await send(`GET /api/articles/${'a'.repeat(200)} HTTP/1.1\r\n${HOST}${CLOSE}\r\n`), 414, 'url-too-long');
    const page = await send(`GET /kb/${'a'.repeat(200)} HTTP/1.1\r\n${HOST}${CLOSE}\r\n`);
    expect(page.status).toBe(404);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
  });
});

describe('other errors outside a route', () => {
  it('answers a preflight without Origin with JSON', async () => {
    const res = await app.inject({ method: 'OPTIONS', url: '/api/ask', headers: { 'access-control-request-method': 'POST' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid-preflight');
    expect(res.json().error.message).toMatch(JAPANESE);
  });

  it('still answers a real preflight', async () => {
    const res = await app.inject({ method: 'OPTIONS', url: '/api/ask', headers: { origin: 'https://care.example.jp', 'access-control-request-method': 'POST' } });
    expect(res.statusCode).toBe(204);
  });

  it.each([
    '/widget/%2e%2e/%2e%2e/package.json',
    '/widget/..%5c..%5cpackage.json',
    '/assets/..%2f..%2fpackage.json',
    '/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/widget/....//....//package.json',
  ])('answers the traversal attempt %s with a plain 404 in our shape', async (url) => {
    const res = await send(`GET ${url} HTTP/1.1\r\n${HOST}${CLOSE}\r\n`);
    expectOurError(res, 404, 'not-found');
  });

  it('keeps the HTML 404 for pages under /kb/', async () => {
    const res = await app.inject('/kb/no/such/page');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
  });
});
