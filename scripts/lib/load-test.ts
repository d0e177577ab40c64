/**
 * The load run behind `npm run load` and `npm run bench`: the real server in a child process, autocannon
 * over a mix of real questions, then /api/health in the same run for the ratio, then the server's RSS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAsk, runHealth, type RunFigures } from './autocannon-run.ts';
import { loadRealQuestions } from './questions.ts';
import { startServerProcess } from './server-process.ts';

export interface LoadFigures {
  ask: RunFigures;
  health: RunFigures;
  /** ask req/s ÷ health req/s. */
  ratio: number;
  rssAfterMiB: number;
  questions: number;
}

export interface LoadOptions {
  connections: number;
  askSec: number;
  healthSec: number;
  /** Extra environment for the server, e.g. `{ ANSWER_CACHE_SIZE: '0' }`. */
  env?: Record<string, string>;
}

/** Runs the load against a fresh server with the insights store on (in a temporary DATA_DIR). */
export async function runLoad(opts: LoadOptions): Promise<LoadFigures> {
  const questions = await loadRealQuestions();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'careplan-load-'));
  const server = await startServerProcess({ DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '0', ...opts.env });
  try {
    const ask = await runAsk(server.base, questions, { connections: opts.connections, durationSec: opts.askSec });
    const health = await runHealth(server.base, { connections: opts.connections, durationSec: opts.healthSec });
    return { ask, health, ratio: ask.requestsPerSec / health.requestsPerSec, rssAfterMiB: server.rssMiB(), questions: questions.length };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
