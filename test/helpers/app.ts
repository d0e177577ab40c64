/** Builds the real app over the real content for API tests: quiet, no rate limit, no insights store. */
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildOptions } from '../../server/app.ts';
import type { Config } from '../../server/config.ts';

/** The app with test defaults; `config` overrides them. */
export function buildTestApp(config: Partial<Config> = {}, options: Omit<BuildOptions, 'config'> = {}): Promise<FastifyInstance> {
  return buildApp({
    config: { logLevel: 'silent', insights: false, rateLimitPerMinute: 0, ...config },
    logger: false,
    ...options,
  });
}
