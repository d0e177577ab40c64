/**
 * Security headers (helmet with a strict CSP) and CORS for the embedding origins. Rate limits are in
 * plugins/limits.ts.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import cors from '@fastify/cors';

async function security(app: FastifyInstance): Promise<void> {
  const { allowedOrigins } = app.config;

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
