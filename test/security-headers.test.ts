import { describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import { applySecurityHeaders, securityHeaders } from '../server/security-headers.ts';
import { HELMET_OPTIONS } from '../server/plugins/security.ts';

/** What @fastify/helmet 13.2 (helmet 8.3) set on every response with HELMET_OPTIONS, in its order and spelling. */
const HELMET_RESPONSE_HEADERS = [
  ['Content-Security-Policy', "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'self'"],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'cross-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

describe('security headers worked out once', () => {
  it('are the headers helmet sets on a response, in its order', () => {
    const headers = securityHeaders(HELMET_OPTIONS);
    expect(headers.set.map(([name, value]) => [name, value])).toEqual(HELMET_RESPONSE_HEADERS);
    expect(headers.removed).toEqual(['X-Powered-By']);
  });

  it('are replayed on a response as helmet would set them', () => {
    const calls: string[] = [];
    const res = { setHeader: (n: string, v: string) => calls.push(`set ${n}: ${v}`), removeHeader: (n: string) => calls.push(`remove ${n}`) };
    applySecurityHeaders(res as unknown as ServerResponse, { set: [['X-Frame-Options', 'SAMEORIGIN']], removed: ['X-Powered-By'] });
    expect(calls).toEqual(['remove X-Powered-By', 'set X-Frame-Options: SAMEORIGIN']);
  });

  it('refuse an option computed per request, which would be frozen into every response', () => {
    const perRequest = { contentSecurityPolicy: { directives: { scriptSrc: ["'self'", () => "'nonce-abc'"] } } };
    expect(() => securityHeaders(perRequest)).toThrow(/function/);
  });
});
