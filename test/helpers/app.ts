/**
 * Builds the real app over the real content for API tests: quiet, no rate limit, no insights store, and
 * without /metrics and load shedding (their own tests turn them on): a test worker's event loop is
 * blocked by design while it builds apps, which is no overload.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildOptions } from '../../server/app.ts';
import type { Config } from '../../server/config.ts';

/** The app with test defaults; `config` overrides them. */
export function buildTestApp(config: Partial<Config> = {}, options: Omit<BuildOptions, 'config'> = {}): Promise<FastifyInstance> {
  return buildApp({
    config: { logLevel: 'silent', insights: false, rateLimitPerMinute: 0, metrics: false, overloadEventLoopDelayMs: 0, ...config },
    logger: false,
    ...options,
  });
}
