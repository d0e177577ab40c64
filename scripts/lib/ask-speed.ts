/**
 * In-process speed of the answer engine: every real question asked straight to the engine (no HTTP), after a
 * warm-up of three rounds (the JIT settles over the first two), several rounds; the median and 95th
 * percentile of one ask in microseconds. Used by `npm run bench:ask`; printed, never asserted.
 */
import { loadKnowledgeBase } from '../../server/content/pipeline.ts';
import { createSearchIndex } from '../../server/search/search-index.ts';
import { createAnswerEngine } from '../../server/answer/engine.ts';

export interface AskSpeed {
  questions: number;
  asks: number;
  medianUs: number;
  p95Us: number;
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
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t = performance.now();
      engine.ask({ question: q });
      times.push((performance.now() - t) * 1000);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]!);
  return { questions: questions.length, asks: times.length, medianUs: at(0.5), p95Us: at(0.95), buildMs: Math.round(buildMs) };
}
