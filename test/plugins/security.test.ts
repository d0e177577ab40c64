import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { HSTS_VALUE } from '../../server/plugins/security.ts';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const ask = (question: string, headers: Record<string, string> = {}) =>
  app!.inject({ method: 'POST', url: '/api/ask', headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify({ question }) });

describe('headers', () => {
  it('sends a strict CSP and security headers on pages and API', async () => {
    app = await buildTestApp();
    for (const url of ['/', '/kb/', '/kb/kj-id', '/agent', '/api/health']) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).not.toContain('unsafe-inline');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
    }
  });

  it('lets other sites load the widget script', async () => {
    app = await buildTestApp({ allowedOrigins: ['https://care.example.jp'] });
    const res = await app.inject({ url: '/widget/careplan-help.js', headers: { origin: 'https://care.example.jp' } });
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers['access-control-allow-origin']).toBe('https://care.example.jp');
  });
});

describe('HSTS (issue 11, finding 8)', () => {
  const hsts = async (config: Parameters<typeof buildTestApp>[0], headers: Record<string, string> = {}) => {
    app = await buildTestApp(config);
    const res = await app.inject({ url: '/api/health', headers });
    await app.close();
    app = undefined;
    return res.headers['strict-transport-security'];
  };

  it('is not sent over plain HTTP', async () => {
    expect(await hsts({})).toBeUndefined();
    // Without TRUST_PROXY a client cannot claim TLS by a header.
    expect(await hsts({}, { 'x-forwarded-proto': 'https' })).toBeUndefined();
  });

  it('is sent behind a trusted TLS proxy', async () => {
    expect(await hsts({ trustProxy: true }, { 'x-forwarded-proto': 'https' })).toBe(HSTS_VALUE);
    expect(await hsts({ trustProxy: true }, { 'x-forwarded-proto': 'http' })).toBeUndefined();
  });

  it('follows HSTS=true and HSTS=false', async () => {
    expect(await hsts({ hsts: true })).toBe(HSTS_VALUE);
    expect(await hsts({ hsts: false, trustProxy: true }, { 'x-forwarded-proto': 'https' })).toBeUndefined();
  });
});

describe('CORS', () => {
  it('allows only the configured origins', async () => {
    app = await buildTestApp({ allowedOrigins: ['https://care.example.jp'] });
    const allowed = await ask('KJ', { origin: 'https://care.example.jp' });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://care.example.jp');
    const other = await ask('KJ', { origin: 'https://evil.example' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/ask',
      headers: { origin: 'https://care.example.jp', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toContain('POST');
  });

  it('allows no cross-origin caller when none is configured', async () => {
    app = await buildTestApp();
    const res = await ask('KJ', { origin: 'https://care.example.jp' });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
