/**
 * Load shedding (@fastify/under-pressure): when the event loop is saturated (its mean delay over a
 * sample above OVERLOAD_EVENT_LOOP_DELAY_MS), requests get 503 `overloaded` with Retry-After at once,
 * instead of queueing until every client times out. /api/health and /metrics are still answered (their
 * route config opts out), and health says `degraded` with the reason. 0 turns shedding off.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import underPressure, { type FastifyUnderPressureOptions } from '@fastify/under-pressure';
import { errorBody } from '../errors.ts';
import { OVERLOAD_RETRY_AFTER_S, OVERLOAD_SAMPLE_MS } from '../tuning.ts';
import type { StoreHealth } from '../store/types.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Whether the process sheds load now, and why. */
    overload(): StoreHealth;
  }
}

const MESSAGE = 'ただいま混み合っています。しばらく待ってからもう一度お試しください。';

async function overload(app: FastifyInstance): Promise<void> {
  // Start-up (loading content, building the index) blocks the loop on purpose: the samples that cover it
  // say nothing about load, so nothing is shed until two samples after the app is ready.
  let warmAt = Infinity;
  app.addHook('onReady', async () => {
    warmAt = Date.now() + 2 * OVERLOAD_SAMPLE_MS;
  });
  /**
   * Answers a shed request. under-pressure sends what the handler returns (its types only say void):
   * returning the body keeps the request from reaching its route; returning nothing lets it through.
   */
  const shed = ((_request: FastifyRequest, reply: FastifyReply) => {
    if (Date.now() < warmAt) return undefined;
    reply.status(503).header('retry-after', String(OVERLOAD_RETRY_AFTER_S)).type('application/json; charset=utf-8');
    return errorBody('overloaded', MESSAGE);
  }) as unknown as FastifyUnderPressureOptions['pressureHandler'];

  const maxDelay = app.config.overloadEventLoopDelayMs;
  if (maxDelay <= 0) {
    app.decorate('overload', () => ({ ok: true }));
    return;
  }
  await app.register(underPressure, {
    maxEventLoopDelay: maxDelay,
    sampleInterval: OVERLOAD_SAMPLE_MS,
    pressureHandler: shed,
  });
  app.decorate('overload', () => {
    if (Date.now() < warmAt || !app.isUnderPressure()) return { ok: true };
    const delay = Math.round(app.memoryUsage().eventLoopDelay);
    return { ok: false, reason: `overloaded: event-loop delay ${delay} ms (limit ${maxDelay} ms), requests get 503` };
  });
}

export default fp(overload, { name: 'overload', dependencies: ['config'] });
