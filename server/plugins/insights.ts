/**
 * Decorates `app.insights`: the insights store behind a guard (see store/insights-service.ts).
 * Which store: `opts.store` when given (tests), else PostgreSQL when `config.databaseUrl` is set, else
 * SQLite in `config.dataDir` when `config.insights` is on, else a store that keeps nothing. A store that
 * cannot open does not stop the service: answers go on and /api/health reports `degraded` with the
 * reason. Old asks are pruned at start and every hour (`config.retentionDays`).
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { InsightsStore } from '../store/types.ts';
import { describeFailure } from '../store/failure.ts';
import { createNoopStore } from '../store/noop-store.ts';
import { createInsightsService, type InsightsService } from '../store/insights-service.ts';
import { STORE } from '../tuning.ts';

declare module 'fastify' {
  interface FastifyInstance {
    insights: InsightsService;
  }
}

/** Stands in for a store that could not be opened: records nothing, refuses votes and says why. */
function unavailableStore(reason: string): InsightsStore {
  const refuse = () => Promise.reject(Object.assign(new Error(reason), { code: 'STORE_UNAVAILABLE' }));
  return { recordAsk: async () => false, recordFeedback: refuse, health: () => ({ ok: false, reason }), async close() {} };
}

async function chooseStore(app: FastifyInstance, given: InsightsStore | undefined): Promise<InsightsStore> {
  if (given) return given;
  const { config } = app;
  const onDrop = (count: number) => app.log.error({ count }, 'insights: queue full, oldest asks dropped');
  if (config.databaseUrl) {
    // Loaded only when configured: a single-process deployment never pays for the pg module.
    const { openPgStore } = await import('../store/pg-store.ts');
    const store = openPgStore({
      url: config.databaseUrl,
      poolSize: config.databasePoolSize,
      onDrop,
      onError: (err) => app.log.warn({ err: (err as Error).message }, 'insights: PostgreSQL connection error'),
    });
    // Start serving either way; a database that is down is retried and reported by /api/health.
    await store.ready.catch((err: unknown) => app.log.error({ err: (err as Error).message }, describeFailure('open', err)));
    return store;
  }
  if (!config.insights) return createNoopStore();
  try {
    const { openSqliteStore } = await import('../store/sqlite-store.ts');
    return openSqliteStore({ dataDir: config.dataDir, onDrop });
  } catch (err) {
    const reason = describeFailure('open', err);
    app.log.error({ err }, reason);
    return unavailableStore(reason);
  }
}

async function insightsPlugin(app: FastifyInstance, opts: { store?: InsightsStore }): Promise<void> {
  const service = createInsightsService(await chooseStore(app, opts.store), {
    onFailure: (reason, err) => app.log.error({ err }, reason),
    onWriteError: () => app.telemetry.storeWriteFailed(),
  });
  app.decorate('insights', service);

  const prune = () =>
    service.prune(app.config.retentionDays).then(
      (n) => n > 0 && app.log.info({ deleted: n, retentionDays: app.config.retentionDays }, 'insights: old asks pruned'),
      (err: unknown) => app.log.warn({ err: (err as Error).message }, 'insights: pruning failed'),
    );
  let pruneTimer: NodeJS.Timeout | null = null;
  app.addHook('onReady', async () => {
    void prune();
    pruneTimer = setInterval(() => void prune(), STORE.pruneEveryMs).unref();
  });
  app.addHook('onClose', async () => {
    if (pruneTimer) clearInterval(pruneTimer);
    await service.close();
  });
}

export default fp(insightsPlugin, { name: 'insights', dependencies: ['config', 'telemetry'] });
