/**
 * Decorates `app.insights`: the insights store behind a guard (see store/insights-service.ts).
 * Which store: `opts.store` when given (tests), else SQLite in `config.dataDir` when `config.insights`
 * is on, else a store that keeps nothing. A store that cannot open does not stop the service: answers go
 * on and /api/health reports `degraded` with the reason.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { InsightsStore } from '../store/types.ts';
import { openSqliteStore, describeFailure } from '../store/sqlite-store.ts';
import { createNoopStore } from '../store/noop-store.ts';
import { createInsightsService, type InsightsService } from '../store/insights-service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    insights: InsightsService;
  }
}

/** Stands in for a store that could not be opened: records nothing and says why. */
function unavailableStore(reason: string): InsightsStore {
  return {
    recordAsk() {},
    recordFeedback: () => 'recorded',
    health: () => ({ ok: false, reason }),
    close() {},
  };
}

function chooseStore(app: FastifyInstance, given: InsightsStore | undefined): InsightsStore {
  if (given) return given;
  if (!app.config.insights) return createNoopStore();
  try {
    return openSqliteStore({ dataDir: app.config.dataDir });
  } catch (err) {
    const reason = describeFailure('open', err);
    app.log.error({ err }, reason);
    return unavailableStore(reason);
  }
}

async function insightsPlugin(app: FastifyInstance, opts: { store?: InsightsStore }): Promise<void> {
  const service = createInsightsService(chooseStore(app, opts.store), {
    onFailure: (reason, err) => app.log.error({ err }, reason),
  });
  app.decorate('insights', service);
  app.addHook('onClose', async () => service.close());
}

export default fp(insightsPlugin, { name: 'insights', dependencies: ['config'] });
