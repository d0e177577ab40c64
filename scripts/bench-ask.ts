/**
 * `npm run bench:ask`: autocannon on loopback against POST /api/ask over a mix of real questions, then
 * against GET /api/health, in the same process and run, so the ratio compares like with like. Prints both
 * throughputs, their ratio (goal ≥ 0.25 with the cache off) and p99 latency. Bounded: about 10 s per target.
 *
 * The app listens on 127.0.0.1 port 0 with rate limiting and insights off and request logging at "warn",
 * so the figures measure the engine rather than the disk or the log. Options: --seconds N, --connections N.
 *
 * First the engine alone, in process (median and p95 µs of one ask, early and steady: scripts/lib/ask-speed.ts). Then two runs: with the answer cache off (every ask goes through search and the engine) and on (the
 * configured default; after the warm-up every question in the mix is a repeat, as chips and common
 * questions are in production). Both are printed; neither is hidden.
 */
import { parseArgs } from 'node:util';
import { buildApp } from '../server/app.ts';
import { DEFAULT_CONFIG } from '../server/config.ts';
import { formatRun, runAsk, runHealth } from './lib/autocannon-run.ts';
import path from 'node:path';
import { loadRealQuestions } from './lib/questions.ts';
import { measureAskSpeed } from './lib/ask-speed.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string' }, connections: { type: 'string' } } });
const seconds = Number(values.seconds ?? 10);
const connections = Number(values.connections ?? 10);

async function main(): Promise<void> {
  const questions = await loadRealQuestions();
  const speed = await measureAskSpeed(path.resolve('content'), questions);
  console.log(`bench:ask — in process: ${speed.questions} real questions, ${speed.asks} asks per stretch; engine built in ${speed.buildMs} ms`);
  console.log(`  steady (rounds 21–25): median ${speed.steady.medianUs} µs, p95 ${speed.steady.p95Us} µs (goal: median ≤ 100 µs)`);
  console.log(`  early  (rounds 4–8):   median ${speed.early.medianUs} µs, p95 ${speed.early.p95Us} µs (the JIT still warming up)`);
  await run(questions, 0, 'answer cache off: every ask computed');
  await run(questions, DEFAULT_CONFIG.answerCacheSize, `answer cache on (${DEFAULT_CONFIG.answerCacheSize} entries, warm)`);
}

async function run(questions: string[], answerCacheSize: number, label: string): Promise<void> {
  const app = await buildApp({ config: { rateLimitPerMinute: 0, insights: false, logLevel: 'warn', answerCacheSize } });
  try {
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    // Warm up the JIT and the index on every question once, outside the measurement.
    for (const question of questions) await app.inject({ method: 'POST', url: '/api/ask', payload: { question } });
    const ask = await runAsk(base, questions, { connections, durationSec: seconds });
    const health = await runHealth(base, { connections, durationSec: seconds });
    const ratio = ask.requestsPerSec / health.requestsPerSec;
    console.log(`\nbench:ask — ${label} — ${questions.length} real questions, ${connections} connections, ${seconds} s each, one process\n`);
    console.log(formatRun('ask', ask));
    console.log(formatRun('health', health));
    console.log(`\nask/health throughput ratio ${ratio.toFixed(2)} (goal ≥ 0.25 uncached)   ask p99 ${ask.p99Ms} ms   health p99 ${health.p99Ms} ms`);
    if (ask.errors + ask.timeouts + ask.non2xx > 0) console.log('WARNING: the ask run had errors, timeouts or non-2xx responses');
  } finally {
    await app.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
