/**
 * Security headers (helmet with a strict CSP; HSTS only over TLS or when configured), CORS for the embedding origins, and per-client rate limits
 * on the endpoints that do work for anonymous users.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';

/** Helmet's own Strict-Transport-Security value: a year, subdomains included. */
export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

/** Type-ahead sends a request per pause in typing, so search gets this many times the ask limit. */
export const SEARCH_LIMIT_FACTOR = 5;

/** Which rate-limit bucket a URL falls in, or null when it is not limited. */
export function limitedBucket(url: string): 'ask' | 'search' | null {
  const path = url.split('?', 1)[0];
  // Insights are limited too: repeated wrong tokens must not be a free guessing loop.
  if (path === '/api/ask' || path === '/api/feedback' || path.startsWith('/api/insights/')) return 'ask';
  if (path === '/api/search' || path === '/api/suggest') return 'search';
  return null;
}

async function security(app: FastifyInstance): Promise<void> {
  const { allowedOrigins, rateLimitPerMinute, hsts } = app.config;

  await app.register(helmet, {
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
  });
  app.addHook('onRequest', async (request, reply) => {
    // request.protocol honours X-Forwarded-Proto only when TRUST_PROXY is set.
    if (hsts === true || (hsts === 'auto' && request.protocol === 'https')) reply.header('strict-transport-security', HSTS_VALUE);
  });

  await app.register(cors, {
    // Module scripts and API calls from an embedding page are CORS requests: allow the configured origins.
    origin: allowedOrigins.length === 0 ? false : allowedOrigins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type'],
    maxAge: 600,
  });

  if (rateLimitPerMinute > 0) {
    await app.register(rateLimit, {
      global: true,
      timeWindow: 60_000,
      max: (request: FastifyRequest) =>
        limitedBucket(request.url) === 'search' ? rateLimitPerMinute * SEARCH_LIMIT_FACTOR : rateLimitPerMinute,
      allowList: (request: FastifyRequest) => limitedBucket(request.url) === null,
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        code: 'rate-limited',
        message: `短時間に多くのリクエストが送られました。${Math.ceil(context.ttl / 1000)}秒ほど待ってからもう一度お試しください。`,
      }),
    });
  }
}

export default fp(security, { name: 'security', dependencies: ['config'] });
