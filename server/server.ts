/**
 * Starts the service: builds the app and listens. This is the one process a supervisor (systemd, a
 * container runtime) starts and signals: `node dist/server/server.js`. SIGTERM/SIGINT shut it down
 * gracefully within SHUTDOWN_GRACE_MS (see shutdown.ts); a second signal exits at once.
 */
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { handleShutdown } from './shutdown.ts';
import { limitHeapGrowth } from './heap-growth.ts';

// Before the knowledge base and the index are built: the heap's growth is capped from the first collection.
limitHeapGrowth();
const config = loadConfig(process.env);
const app = await buildApp({ config });

handleShutdown({
  graceMs: config.shutdownGraceMs,
  close: () => app.close(),
  log: (level, message, extra) => app.log[level](extra ?? {}, message),
});

await app.listen({ port: config.port, host: config.host });
