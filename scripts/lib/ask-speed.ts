/**
 * In-process speed of the answer engine: every real question asked straight to the engine (no HTTP), after a
 * warm-up of three rounds (the JIT settles over the first two), several rounds; the median and 95th
 * percentile of one ask in microseconds, and the process's CPU time per ask in the quietest round (on a
 * machine shared with other work, wall time includes waiting for a core; CPU time mostly does not). Used by
 * `npm run bench:ask`; printed, never asserted.
 */
import { loadKnowledgeBase } from '../../server/content/pipeline.ts';
import { createSearchIndex } from '../../server/search/search-index.ts';
import { createAnswerEngine } from '../../server/answer/engine.ts';

export interface AskSpeed {
  questions: number;
  asks: number;
  medianUs: number;
  p95Us: number;
  /** CPU time of the process per ask (all threads, GC included), lowest over the rounds. */
  cpuUs: number;
  buildMs: number;
}

/** Warm-up rounds before the measured ones. */
const WARM_UP_ROUNDS = 3;

/** Measures `rounds` rounds over the questions (each question once per round). */
export async function measureAskSpeed(contentDir: string, questions: readonly string[], rounds = 5): Promise<AskSpeed> {
  const { kb } = await loadKnowledgeBase(contentDir);
  if (!kb) throw new Error('bench: the content has errors; run npm run content:check');
  const started = performance.now();
  const engine = createAnswerEngine(kb, createSearchIndex(kb));
  const buildMs = performance.now() - started;
  for (let r = 0; r < WARM_UP_ROUNDS; r++) for (const q of questions) engine.ask({ question: q });
  const times: number[] = [];
  let cpuUs = Infinity;
  for (let r = 0; r < rounds; r++) {
    const cpu = process.cpuUsage();
    for (const q of questions) {
      const t = performance.now();
      engine.ask({ question: q });
      times.push((performance.now() - t) * 1000);
    }
    const used = process.cpuUsage(cpu);
    cpuUs = Math.min(cpuUs, (used.user + used.system) / questions.length);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]!);
  return { questions: questions.length, asks: times.length, medianUs: at(0.5), p95Us: at(0.95), cpuUs: Math.round(cpuUs), buildMs: Math.round(buildMs) };
}
