/** Placeholder: decorates `app.insights` with the insights store (SQLite in DATA_DIR). */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { InsightsStore } from '../store/types.ts';

declare module 'fastify' {
  interface FastifyInstance {
    insights: InsightsStore;
  }
}

const noop: InsightsStore = {
  recordAsk() {},
  recordFeedback() {
    return 'recorded';
  },
  health: () => ({ ok: true }),
  close() {},
};

async function insightsPlugin(app: FastifyInstance, opts: { store?: InsightsStore }): Promise<void> {
  app.decorate('insights', opts.store ?? noop);
}

export default fp(insightsPlugin, { name: 'insights' });
