/**
 * Finding 3 of issue 11: connections cannot be held open. Real sockets against a listening server, with
 * small timeouts configured so the test itself stays short.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from './helpers/app.ts';
import { exchange, jsonRequest, listen } from './helpers/raw-http.ts';
import { serverOptions, timeoutCheckInterval } from '../server/server-options.ts';
import { DEFAULT_CONFIG } from '../server/config.ts';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('serverOptions', () => {
  it('sets every timeout from the config', () => {
    const o = serverOptions({ ...DEFAULT_CONFIG, requestTimeoutMs: 12_000, connectionTimeoutMs: 20_000, keepAliveTimeoutMs: 7_000 });
    expect(o).toMatchObject({ requestTimeout: 12_000, connectionTimeout: 20_000, keepAliveTimeout: 7_000 });
    expect(o.http.connectionsCheckingInterval).toBe(1_000);
  });

  it('cuts a trickling request within 30 s with the defaults', () => {
    expect(DEFAULT_CONFIG.requestTimeoutMs + timeoutCheckInterval(DEFAULT_CONFIG.requestTimeoutMs)).toBeLessThan(30_000);
    expect(DEFAULT_CONFIG.connectionTimeoutMs).toBeGreaterThan(0);
    expect(DEFAULT_CONFIG.keepAliveTimeoutMs).toBeGreaterThan(0);
  });
});

describe('slow clients on a real socket', () => {
  it('cuts off a body sent a byte at a time with a 408 in our shape', async () => {
    app = await buildTestApp({ requestTimeoutMs: 400 });
    const port = await listen(app);
    const head = `POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{"question":"`;
    const trickle = Array.from({ length: 40 }, (_, i) => (i % 2 ? 100 : 'a'));
    const result = await exchange(port, [head, ...trickle], 4_000);
    expect(result.closedByServer).toBe(true);
    // Cut at 400 ms plus a check interval; the margin is for a busy machine, not a benchmark.
    expect(result.elapsedMs).toBeLessThan(2_500);
    expect(result.responses).toHaveLength(1);
    const [res] = result.responses;
    expect(res.status).toBe(408);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.body).error.code).toBe('request-timeout');
    expect(JSON.parse(res.body).error.message).toMatch(JAPANESE);
  });

  it('cuts off headers that never end', async () => {
    app = await buildTestApp({ requestTimeoutMs: 400 });
    const port = await listen(app);
    const result = await exchange(port, ['GET /api/health HTTP/1.1\r\n', 150, 'Host: localhost\r\n', 150, 'X-A: 1\r\n', 150, 'X-B: 2\r\n', 150, 'X-C: 3\r\n'], 4_000);
    expect(result.closedByServer).toBe(true);
    expect(result.elapsedMs).toBeLessThan(2_500);
    expect(result.responses[0]?.status).toBe(408);
  });

  it('closes an idle keep-alive connection after keepAliveTimeout', async () => {
    app = await buildTestApp({ keepAliveTimeoutMs: 300 });
    const port = await listen(app);
    const result = await exchange(port, ['GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n'], 4_000);
    expect(result.responses[0]?.status).toBe(200);
    expect(result.closedByServer).toBe(true);
    // Node adds up to a second of its own to keepAliveTimeout.
    expect(result.elapsedMs).toBeLessThan(3_500);
  });

  it('still serves a request that arrives in time', async () => {
    app = await buildTestApp({ requestTimeoutMs: 2_000 });
    const port = await listen(app);
    const body = '{"question":"KJのパスワードを忘れた"}';
    const result = await exchange(port, [jsonRequest('/api/ask', body, 'Connection: close\r\n')], 4_000);
    expect(result.responses[0]?.status).toBe(200);
  });
});

describe('a client that is rate limited', () => {
  it('gets Connection: close on the 429 and loses the connection', async () => {
    app = await buildTestApp({ rateLimitPerMinute: 1 });
    const port = await listen(app);
    const ask = jsonRequest('/api/ask', '{"question":"KJ"}');
    // Three requests pipelined on one keep-alive connection: the second is refused and ends the connection.
    const result = await exchange(port, [ask, ask, ask], 3_000);
    expect(result.responses.map((r) => r.status)).toEqual([200, 429]);
    expect(result.responses[1].headers.connection).toBe('close');
    expect(result.closedByServer).toBe(true);
  });
});
