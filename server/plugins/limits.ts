/**
 * Per-client rate limits, attached to routes: each limited route gets a `config.rateLimit` naming its
 * group (ask, feedback, search, admin), and each group has its own allowance (server/tuning.ts). The
 * limit runs in the route's own hooks, so however a path is spelled (`/api/%61sk`, an absolute-form
 * target), the route the router picked is the one counted. Counters live in Redis when REDIS_URL is set
 * (one allowance across every replica) and in memory otherwise; Redis down means limits fail open, with
 * a warning and `degraded` health. Wrong admin tokens are counted apart and lock the client out of the
 * admin API only (`app.adminAttempts`).
 */
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { connectRedis, type RedisConnection } from '../limits/redis.ts';
import { count, createGroupCounters, groupStoreClass } from '../limits/group-store.ts';
import { ADMIN_FAILURES_BEFORE_LOCKOUT, ADMIN_LOCKOUT_MS, LIMIT_FACTORS, LIMIT_WINDOW_MS } from '../tuning.ts';
import type { StoreHealth } from '../store/types.ts';

export type LimitGroup = keyof typeof LIMIT_FACTORS;

export interface AdminAttempts {
  /** Seconds the client must still wait before the admin API accepts it again, or 0. */
  lockedFor(request: FastifyRequest): Promise<number>;
  /** Counts one wrong admin token. */
  failed(request: FastifyRequest): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    adminAttempts: AdminAttempts;
    /** The state of the limiter's shared store (Redis); always ok without one. */
    limitsHealth(): StoreHealth;
  }
}

/** The group of a route, by its URL pattern (never the raw URL), or null when it is not limited. */
export function routeGroup(url: string): LimitGroup | null {
  if (url === '/api/ask') return 'ask';
  if (url === '/api/feedback') return 'feedback';
  if (url === '/api/search' || url === '/api/suggest') return 'search';
  if (url.startsWith('/api/insights/')) return 'admin';
  return null;
}

const tooMany = (seconds: number) => `短時間に多くのリクエストが送られました。${seconds}秒ほど待ってからもう一度お試しください。`;

async function limits(app: FastifyInstance): Promise<void> {
  const { rateLimitPerMinute, redisUrl, redisKeyPrefix } = app.config;
  const redis: RedisConnection | null = redisUrl ? await connectRedis(redisUrl, app.log) : null;
  if (redis) app.addHook('onClose', () => redis.close());
  app.decorate('limitsHealth', () => redis?.health() ?? { ok: true });

  if (rateLimitPerMinute <= 0) {
    app.decorate('adminAttempts', { lockedFor: async () => 0, failed: async () => undefined } satisfies AdminAttempts);
    return;
  }

  const countersOf = createGroupCounters(redis?.client ?? null, redisKeyPrefix);
  app.addHook('onRoute', (route) => {
    const group = routeGroup(route.url);
    if (!group) return;
    route.config = {
      ...route.config,
      rateLimit: { groupId: group, max: rateLimitPerMinute * LIMIT_FACTORS[group], timeWindow: LIMIT_WINDOW_MS },
    } as typeof route.config;
  });
  await app.register(rateLimit, {
    global: false,
    store: groupStoreClass(countersOf) as never,
    // Redis away: answer anyway (the warning and the degraded health come from the connection).
    skipOnError: true,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'rate-limited',
      message: tooMany(Math.ceil(context.ttl / 1000)),
    }),
  });

  const failures = countersOf('admin-failures');
  const keyOf = (request: FastifyRequest) => request.ip;
  app.decorate('adminAttempts', {
    async lockedFor(request) {
      try {
        const { current, ttl } = await count(failures, keyOf(request), ADMIN_LOCKOUT_MS, false);
        return current >= ADMIN_FAILURES_BEFORE_LOCKOUT ? Math.max(1, Math.ceil(ttl / 1000)) : 0;
      } catch {
        return 0; // Redis away: fail open, like the limits
      }
    },
    async failed(request) {
      await count(failures, keyOf(request), ADMIN_LOCKOUT_MS, true).catch(() => undefined);
    },
  } satisfies AdminAttempts);
}

export default fp(limits, { name: 'limits', dependencies: ['config'] });
