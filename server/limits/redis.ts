/**
 * The Redis connection behind the shared rate limits. Commands fail at once while Redis is away (no
 * offline queue, a short command timeout), so the limiter fails open instead of holding answers; the
 * outage is logged once as a warning and reported by /api/health until Redis is back.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import { REDIS_COMMAND_TIMEOUT_MS } from '../tuning.ts';
import type { StoreHealth } from '../store/types.ts';

export interface RedisConnection {
  client: Redis;
  health(): StoreHealth;
  close(): Promise<void>;
}

/** How long start-up waits for the first connection before it serves anyway (limits open meanwhile). */
const FIRST_CONNECT_WAIT_MS = 2000;

/** Connects to Redis; resolves once ready or after a short wait (Redis down does not stop the service). */
export async function connectRedis(url: string, log: FastifyBaseLogger): Promise<RedisConnection> {
  const { Redis } = await import('ioredis');
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    connectTimeout: FIRST_CONNECT_WAIT_MS,
    // Reconnect quickly at first, then every two seconds.
    retryStrategy: (times) => Math.min(times * 100, 2000),
  });
  let lastError = '';
  let warned = false;
  client.on('error', (err: Error & { code?: string }) => {
    lastError = err.code ?? err.name;
    if (warned) return;
    warned = true;
    log.warn({ err: lastError }, 'rate limits: Redis unavailable, limits fail open until it is back');
  });
  client.on('ready', () => {
    if (warned) log.info('rate limits: Redis is back');
    warned = false;
    lastError = '';
  });
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, FIRST_CONNECT_WAIT_MS);
    client.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return {
    client,
    health() {
      if (client.status === 'ready') return { ok: true };
      return { ok: false, reason: `rate limits: Redis unavailable (${lastError || client.status}), limits fail open` };
    },
    async close() {
      client.disconnect();
    },
  };
}
