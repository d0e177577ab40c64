/**
 * npm run load: ~20 s of 50 connections asking real questions on loopback, then /api/health for the ratio.
 * Exits 1 if any request errored, timed out or did not return 2xx.
 */
import { formatRun } from './lib/autocannon-run.ts';
import { runLoad } from './lib/load-test.ts';

const figures = await runLoad({ connections: 50, askSec: 20, healthSec: 5 });
console.log(`load: ${figures.questions} real questions, 50 connections, default configuration (insights on, answer cache on)`);
console.log(formatRun('ask', figures.ask));
console.log(formatRun('health', figures.health));
console.log(`ask/health throughput ratio ${figures.ratio.toFixed(2)}`);
console.log(`server RSS after the run ${figures.rssAfterMiB.toFixed(1)} MiB`);
const failed = figures.ask.errors + figures.ask.timeouts + figures.ask.non2xx;
if (failed > 0) {
  console.error(`load: ${failed} requests failed (errors, timeouts or non-2xx); expected 0`);
  process.exitCode = 1;
}
