/**
 * Metrics for operators: `GET /metrics` in Prometheus text (fastify-metrics over prom-client), and
 * `app.telemetry`, through which routes and the insights store count what only they know. The route
 * latency histogram is labelled by route pattern (never the raw URL); the default process metrics
 * include the event-loop lag. Each app has its own registry, so several apps in one process (tests)
 * never clash. `METRICS=false` removes the endpoint and makes the counters no-ops. /metrics is not rate
 * limited and is answered under pressure too (an operator needs it most then).
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AskKind } from '../answer/types.ts';

export interface Telemetry {
  /** One ask answered, by kind (answer, clarify, fallback, smalltalk). */
  askAnswered(kind: AskKind): void;
  /** One failed write to the insights store. */
  storeWriteFailed(): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    telemetry: Telemetry;
  }
}

const KINDS: AskKind[] = ['answer', 'clarify', 'fallback', 'smalltalk'];
/** Seconds; our answers take milliseconds, so the buckets start far below fastify-metrics' defaults. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

async function telemetryPlugin(app: FastifyInstance): Promise<void> {
  if (!app.config.metrics) {
    app.decorate('telemetry', { askAnswered() {}, storeWriteFailed() {} } satisfies Telemetry);
    return;
  }
  // Both are CommonJS: the plugin is fastify-metrics' `exports.default`, prom-client is `module.exports`.
  const [metricsModule, { default: promClient }] = await Promise.all([import('fastify-metrics'), import('prom-client')]);
  const metricsPlugin = metricsModule.default.default;
  const registry = new promClient.Registry();
  await app.register(metricsPlugin, {
    endpoint: {
      url: '/metrics',
      method: 'GET',
      logLevel: 'warn',
      schema: {
        summary: 'Prometheus metrics',
        description: 'Route latency, asks by kind, answer-cache hits, store write errors, event-loop lag and process figures.',
        tags: ['operations'],
        response: { 200: Type.String({ description: 'Prometheus text exposition format' }) },
      },
      // Answered under pressure too (see plugins/overload.ts); typed loosely by fastify-metrics.
      config: { pressureHandler: () => undefined } as object,
      handler: () => undefined,
    },
    defaultMetrics: { enabled: true, register: registry },
    routeMetrics: {
      enabled: { histogram: true, summary: false },
      overrides: {
        histogram: { name: 'http_request_duration_seconds', buckets: LATENCY_BUCKETS, registers: [registry] },
        // Not collected (enabled.summary is false), but fastify-metrics creates it: keep it out of the global registry.
        summary: { registers: [registry] },
      },
    },
  });

  const asks = new promClient.Counter({ name: 'careplan_asks_total', help: 'Asks answered, by kind', labelNames: ['kind'], registers: [registry] });
  for (const kind of KINDS) asks.inc({ kind }, 0);
  const writeErrors = new promClient.Counter({
    name: 'careplan_store_write_errors_total',
    help: 'Failed writes to the insights store',
    registers: [registry],
  });
  const knowledge = () => app.knowledge;
  new promClient.Counter({
    name: 'careplan_answer_cache_hits_total',
    help: 'Asks answered from the answer cache',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(knowledge().cacheStats().hits);
    },
  });
  new promClient.Counter({
    name: 'careplan_answer_cache_misses_total',
    help: 'Asks the answer engine worked out (not in the cache)',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(knowledge().cacheStats().misses);
    },
  });

  app.decorate('telemetry', {
    askAnswered: (kind) => asks.inc({ kind }),
    storeWriteFailed: () => writeErrors.inc(),
  } satisfies Telemetry);
}

export default fp(telemetryPlugin, { name: 'telemetry', dependencies: ['config'] });
