/**
 * The load run behind `npm run load` and `npm run bench`: the real server in a child process, autocannon
 * over a mix of real questions, then /api/health on the same server for the ratio, then the server's RSS.
 *
 * With several rounds, ask and health alternate on the same server and the ratio is the median of the
 * rounds' ratios. The machine is shared: one pair of runs gave 0.10 to 0.19 for the same build, as a busy
 * spell slows /api/health (bound by the load generator on the same two cores) far more than an ask. Each
 * round's figures are kept, so the spread is reported next to the median, with the server's CPU time per
 * request of each run (process-cpu.ts).
 *
 * Before the first round the server is loaded for a moment on each route, unmeasured
 * (WARM_UP_SEC): a server just started compiles its hot paths during the first seconds of load, and the first
 * round's ratio came out lowest in every bench run (0.14 against 0.20 and 0.23 on the same build).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAsk, runHealth, type RunFigures } from './autocannon-run.ts';
import { loadRealQuestions } from './questions.ts';
import { startServerProcess } from './server-process.ts';
import { cpuPerRequest, readCpu, type CpuTimes } from './process-cpu.ts';

/** One round: ask, then health, on the same server. */
export interface LoadRound {
  ask: RunFigures;
  health: RunFigures;
  /** ask req/s ÷ health req/s. */
  ratio: number;
  /** The server's CPU µs per request of each run (null without /proc). */
  cpu: { ask: CpuTimes; health: CpuTimes } | null;
  /**
   * The load generator's CPU µs per request of each run (autocannon, in this process). It shares the two
   * cores with the server: the time per request that the machine spends in all is the server's (all its
   * threads) and this. An answer engine moved to a thread of its own did not raise the ratio for that
   * reason (measured: the event loop's time per uncached ask halved, but the two cores were already busy).
   */
  generatorUs: { ask: number; health: number };
}

export interface LoadFigures {
  /** The round with the median ratio: its figures, ratio and the server's CPU per request. */
  ask: RunFigures;
  health: RunFigures;
  ratio: number;
  cpu: LoadRound['cpu'];
  generatorUs: LoadRound['generatorUs'];
  /** Every round, in the order run. */
  rounds: LoadRound[];
  rssAfterMiB: number;
  questions: number;
}

export interface LoadOptions {
  connections: number;
  askSec: number;
  healthSec: number;
  /** Ask/health pairs run one after the other (default 1). */
  rounds?: number;
  /** Extra environment for the server, e.g. `{ ANSWER_CACHE_SIZE: '0' }`. */
  env?: Record<string, string>;
}

/** Seconds of unmeasured load on each route before the first round: thousands of asks, every question several times. */
const WARM_UP_SEC = 2;

/** The round whose ratio is the median (the lower middle one of an even count). */
export function medianRound(rounds: readonly LoadRound[]): LoadRound {
  if (rounds.length === 0) throw new Error('load: no rounds');
  const sorted = [...rounds].sort((a, b) => a.ratio - b.ratio);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Runs the load against a fresh server with the insights store on (in a temporary DATA_DIR). */
export async function runLoad(opts: LoadOptions): Promise<LoadFigures> {
  const questions = await loadRealQuestions();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'careplan-load-'));
  const server = await startServerProcess({ DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '0', ...opts.env });
  try {
    await runAsk(server.base, questions, { connections: opts.connections, durationSec: WARM_UP_SEC });
    await runHealth(server.base, { connections: opts.connections, durationSec: WARM_UP_SEC });
    const rounds: LoadRound[] = [];
    for (let i = 0; i < (opts.rounds ?? 1); i++) {
      const pid = server.child.pid!;
      const beforeAsk = readCpu(pid);
      const generatorBefore = process.cpuUsage();
      const ask = await runAsk(server.base, questions, { connections: opts.connections, durationSec: opts.askSec });
      const afterAsk = readCpu(pid);
      const generatorAsk = process.cpuUsage(generatorBefore);
      const health = await runHealth(server.base, { connections: opts.connections, durationSec: opts.healthSec });
      const generatorHealth = process.cpuUsage(generatorBefore);
      const askCpu = cpuPerRequest(beforeAsk, afterAsk, ask.requests);
      const healthCpu = cpuPerRequest(afterAsk, readCpu(pid), health.requests);
      const generatorUs = {
        ask: (generatorAsk.user + generatorAsk.system) / ask.requests,
        health: (generatorHealth.user + generatorHealth.system - generatorAsk.user - generatorAsk.system) / health.requests,
      };
      rounds.push({ ask, health, ratio: ask.requestsPerSec / health.requestsPerSec, cpu: askCpu && healthCpu ? { ask: askCpu, health: healthCpu } : null, generatorUs });
    }
    const median = medianRound(rounds);
    return { ...median, rounds, rssAfterMiB: server.rssMiB(), questions: questions.length };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
