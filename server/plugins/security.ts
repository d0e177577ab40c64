/**
 * Security headers (helmet with a strict CSP; HSTS only over TLS or when configured) and CORS for the
 * embedding origins. Rate limits are in plugins/limits.ts.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import cors from '@fastify/cors';

/** Helmet's own Strict-Transport-Security value: a year, subdomains included. */
export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

async function security(app: FastifyInstance): Promise<void> {
  const { allowedOrigins, hsts } = app.config;

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
}

export default fp(security, { name: 'security', dependencies: ['config'] });
