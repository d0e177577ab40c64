/**
 * The Fastify options that guard the transport, built from the config in one place: timeouts (a trickling
 * request is cut off) and errors raised before a route runs answered in our JSON shape.
 */
import type { Server } from 'node:http';
import type { FastifyHttpOptions } from 'fastify';
import type { Config } from './config.ts';
import { clientErrorHandler, frameworkErrors } from './client-errors.ts';

/**
 * How often Node looks for requests past their timeout (its default is every 30 s, which would let a
 * trickling request live up to 30 s past `requestTimeout`): a quarter of the timeout, between 50 ms and 1 s.
 */
export function timeoutCheckInterval(requestTimeoutMs: number): number {
  return Math.max(50, Math.min(1_000, Math.floor(requestTimeoutMs / 4)));
}

/** The transport options for `Fastify()`; spread them into the app's options. */
export function serverOptions(config: Config) {
  return {
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.connectionTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    http: {
      connectionsCheckingInterval: timeoutCheckInterval(config.requestTimeoutMs),
      // Node 20 enforces requestTimeout on a body only when headersTimeout is no longer (its default is 60 s).
      headersTimeout: config.requestTimeoutMs,
      requestTimeout: config.requestTimeoutMs,
    },
    clientErrorHandler,
    frameworkErrors,
  } satisfies FastifyHttpOptions<Server>;
}
