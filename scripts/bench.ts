/**
 * `npm run bench`: one report of the service's speed and size, printed and written to bench/results.json.
 * - ask/health throughput ratio and p99 under load, with the server's RSS after the run (real server in
 *   a child process, insights on, autocannon from this process);
 * - search p50/p95 on the real content and on a generated 10,000-article corpus, against MiniSearch;
 * - index build time; cold start to ready against a bare Fastify app, and where the start's CPU time
 *   goes (one start under the CPU profiler); the widget's gzip size and budget.
 * `npm run bench -- --cold-start` runs the cold-start part alone (printed, not written).
 * Figures only: the machine is shared and noisy, so ratios matter more than absolute numbers.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { loadKnowledgeBase } from '../server/content/pipeline.ts';
import { DEFAULT_CONFIG } from '../server/config.ts';
import { runLoad, type LoadFigures } from './lib/load-test.ts';
import { COMPILED_SERVER, ensureBuilt, startServerProcess } from './lib/server-process.ts';
import { benchSearch, type SearchFigures } from './lib/search-bench.ts';
import { generateCorpus, generateQueries } from './bench-corpus.ts';
import { profileStart } from './lib/startup-profile.ts';

const WIDGET = 'widget/dist/careplan-help.js';
const WIDGET_BUDGET_BYTES = 25_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Milliseconds from spawn to the first 200 from /api/health. */
async function coldStart(script: string): Promise<number> {
  const server = await startServerProcess({ INSIGHTS: 'false' }, script);
  await server.stop();
  return server.readyMs;
}

/**
 * Cold start of the compiled server against a bare Fastify app, both under plain node, alternated so that
 * a busy spell of the shared machine hits both alike; then where the server's start goes (CPU profile).
 */
async function benchColdStart() {
  ensureBuilt();
  const serverRuns: number[] = [];
  const bareRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    serverRuns.push(await coldStart(COMPILED_SERVER));
    bareRuns.push(await coldStart('scripts/lib/bare-server.mjs'));
  }
  const server = median(serverRuns);
  const bare = median(bareRuns);
  const round = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
  console.log(`cold start to ready     ${server.toFixed(0)} ms (bare Fastify ${bare.toFixed(0)} ms, ratio ${(server / bare).toFixed(2)}; node ${COMPILED_SERVER} vs node scripts/lib/bare-server.mjs, median of 5)`);
  console.log(`  runs                  server ${round(serverRuns)} | bare ${round(bareRuns)} | load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const { parts } = await profileStart();
  const total = [...parts.values()].reduce((a, b) => a + b, 0);
  console.log(`  where it goes         CPU ms of one start under --cpu-prof, to the first 200 (${total.toFixed(0)} ms in all; profiling adds overhead):`);
  for (const [name, ms] of [...parts].sort((a, b) => b[1] - a[1])) console.log(`    ${name.padEnd(36)} ${ms.toFixed(0).padStart(5)}  ${((100 * ms) / total).toFixed(0).padStart(3)}%`);
  return { server, bareFastify: bare, ratio: server / bare, runs: { server: serverRuns, bareFastify: bareRuns }, loadAverage: os.loadavg(), cpuProfileMs: Object.fromEntries(parts) };
}

function searchLine(name: string, f: SearchFigures): string {
  return `${name.padEnd(22)} build ${f.ours.buildMs.toFixed(0).padStart(6)} ms  p50 ${f.ours.p50.toFixed(3)} ms  p95 ${f.ours.p95.toFixed(3)} ms  | ratio to MiniSearch: build ${(f.ours.buildMs / f.mini.buildMs).toFixed(2)}  p50 ${(f.ours.p50 / f.mini.p50).toFixed(2)}  p95 ${(f.ours.p95 / f.mini.p95).toFixed(2)}`;
}

async function main(): Promise<void> {
  console.log(`bench — Node ${process.version}, ${new Date().toISOString()}\n`);
  // `npm run bench -- --cold-start`: that part alone, printed and not written.
  if (process.argv.includes('--cold-start')) {
    await benchColdStart();
    return;
  }
  if (!existsSync(WIDGET)) execFileSync('npm', ['run', 'build:widget'], { stdio: 'ignore' });

  const { kb } = await loadKnowledgeBase(DEFAULT_CONFIG.contentDir);
  if (!kb) throw new Error('bench: the content has errors; run npm run content:check');
  // First, while this process is small: its 10,000-article corpus below would slow its own polling.
  const coldStartMs = await benchColdStart();
  const real = benchSearch(kb, kb.articles.flatMap((a) => a.examples));
  const corpus = generateCorpus(10_000);
  const generated = benchSearch(corpus, generateQueries(corpus, 500));
  console.log(searchLine('search, real content', real));
  console.log(searchLine('search, 10,000 articles', generated));

  const widgetGzip = gzipSync(readFileSync(WIDGET)).length;
  console.log(`widget                  ${widgetGzip} bytes gzip (budget ${WIDGET_BUDGET_BYTES}, ${((100 * widgetGzip) / WIDGET_BUDGET_BYTES).toFixed(0)}% used)`);

  // Three alternated rounds each, the median ratio reported with its spread (scripts/lib/load-test.ts).
  const load = await runLoad({ connections: 50, askSec: 6, healthSec: 3, rounds: 3 });
  const uncached = await runLoad({ connections: 50, askSec: 6, healthSec: 3, rounds: 3, env: { ANSWER_CACHE_SIZE: '0' } });
  const spread = (f: LoadFigures) => `rounds ${f.rounds.map((r) => r.ratio.toFixed(2)).join(' ')}; health ${f.rounds.map((r) => r.health.requestsPerSec.toFixed(0)).join(' ')} req/s`;
  console.log(`ask under load          ${load.ask.requestsPerSec.toFixed(0)} req/s, p50 ${load.ask.p50Ms} ms, p99 ${load.ask.p99Ms} ms, errors ${load.ask.errors + load.ask.timeouts + load.ask.non2xx}`);
  console.log(`health under load       ${load.health.requestsPerSec.toFixed(0)} req/s, p99 ${load.health.p99Ms} ms`);
  console.log(`ask/health ratio        ${load.ratio.toFixed(2)} (answer cache on, as configured by default; median of ${spread(load)})`);
  console.log(`  without answer cache  ${uncached.ratio.toFixed(2)} (goal ≥ 0.25; ${uncached.ask.requestsPerSec.toFixed(0)} req/s, p99 ${uncached.ask.p99Ms} ms: every ask through search and the engine; median of ${spread(uncached)})`);
  console.log(`  load average          ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const { cpu, generatorUs } = uncached;
  if (cpu) {
    console.log(`  server CPU per request  uncached ask ${cpu.ask.mainUs.toFixed(0)} µs on the event loop (${cpu.ask.processUs.toFixed(0)} µs all threads), health ${cpu.health.mainUs.toFixed(0)} µs (${cpu.health.processUs.toFixed(0)}): ratio ${(cpu.health.mainUs / cpu.ask.mainUs).toFixed(2)} on the event loop`);
    const machineAsk = cpu.ask.processUs + generatorUs.ask;
    const machineHealth = cpu.health.processUs + generatorUs.health;
    console.log(`  machine CPU per request uncached ask ${machineAsk.toFixed(0)} µs (server ${cpu.ask.processUs.toFixed(0)} + load generator ${generatorUs.ask.toFixed(0)}), health ${machineHealth.toFixed(0)} µs (${cpu.health.processUs.toFixed(0)} + ${generatorUs.health.toFixed(0)}): ratio ${(machineHealth / machineAsk).toFixed(2)} on the ${os.cpus().length} cores together`);
  }
  console.log(`server RSS after load   ${load.rssAfterMiB.toFixed(1)} MiB (goal ≤ 200 MiB; one process: node ${COMPILED_SERVER}, insights on)`);

  const results = {
    at: new Date().toISOString(),
    node: process.version,
    askHealthRatio: load.ratio,
    askHealthRatioUncached: uncached.ratio,
    askUncached: uncached.ask,
    askHealthRounds: { cached: load.rounds.map((r) => r.ratio), uncached: uncached.rounds.map((r) => r.ratio) },
    serverCpuPerRequestUs: { cached: load.cpu, uncached: uncached.cpu },
    loadGeneratorCpuPerRequestUs: { cached: load.generatorUs, uncached: uncached.generatorUs },
    ask: load.ask,
    health: load.health,
    rssAfterLoadMiB: load.rssAfterMiB,
    search: { real, generated10k: generated },
    indexBuildMs: { real: real.ours.buildMs, generated10k: generated.ours.buildMs },
    coldStartMs,
    widget: { gzipBytes: widgetGzip, budgetBytes: WIDGET_BUDGET_BYTES },
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwritten to bench/results.json');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
