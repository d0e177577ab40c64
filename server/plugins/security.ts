/**
 * Security headers (helmet's, with a strict CSP; HSTS only over TLS or when configured) and CORS for the
 * embedding origins. Rate limits are in plugins/limits.ts. Helmet runs once at start (security-headers.ts)
 * and every response gets what it made.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import cors from '@fastify/cors';
import { applySecurityHeaders, securityHeaders } from '../security-headers.ts';

/** Helmet's own Strict-Transport-Security value: a year, subdomains included. */
export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

/** Helmet's options: its defaults but for these. */
export const HELMET_OPTIONS = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'self'"],
    },
  },
  // The widget's script is loaded by other sites: it must not be blocked by CORP.
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  crossOriginEmbedderPolicy: false,
  // Sent below, per request: over plain HTTP it means nothing, and on a test or intranet host it could
  // pin a browser to HTTPS that the host does not serve.
  strictTransportSecurity: false,
} as const;

async function security(app: FastifyInstance): Promise<void> {
  const { allowedOrigins, hsts } = app.config;

  const headers = securityHeaders(HELMET_OPTIONS);
  // A callback hook, not an async one: it runs on every request and has nothing to wait for.
  app.addHook('onRequest', (request, reply, done) => {
    applySecurityHeaders(reply.raw, headers);
    // request.protocol honours X-Forwarded-Proto only when TRUST_PROXY is set.
    if (hsts === true || (hsts === 'auto' && request.protocol === 'https')) reply.header('strict-transport-security', HSTS_VALUE);
    done();
  });

  await app.register(cors, {
    // Module scripts and API calls from an embedding page are CORS requests: allow the configured origins.
    origin: allowedOrigins.length === 0 ? false : allowedOrigins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type'],
    maxAge: 600,
  });
}

export default fp(security, { name: 'security', dependencies: ['config'] });
