/**
 * In-process speed of the answer engine: every real question asked straight to the engine (no HTTP), round after
 * round, each question once per round. Two figures, both printed, neither asserted:
 * - early: the median and 95th percentile of rounds 4–8, right after a warm-up of three rounds;
 * - steady: the same of rounds 21–25, the speed of a process that has been answering for a while. Measured over 30
 *   rounds in fresh processes, the median falls round after round until about the twentieth (310, 174, 155, 146,
 *   132 … 103, 102, 96 µs): the JIT keeps optimising the engine's functions well after the first rounds, so the
 *   early figure measures the warm-up as much as the engine. A server answers thousands of asks an hour.
 * Used by `npm run bench:ask`.
 */
import { loadKnowledgeBase } from '../../server/content/pipeline.ts';
import { createSearchIndex } from '../../server/search/search-index.ts';
import { createAnswerEngine } from '../../server/answer/engine.ts';

/** The median and 95th percentile of one ask, in µs, over some rounds. */
export interface AskTimes {
  medianUs: number;
  p95Us: number;
}

export interface AskSpeed {
  questions: number;
  /** Asks in each measured stretch. */
  asks: number;
  early: AskTimes;
  steady: AskTimes;
  buildMs: number;
}

/** Rounds before the early stretch; rounds before the steady one. */
const EARLY_AFTER = 3;
const STEADY_AFTER = 20;
/** Rounds measured in each stretch. */
const MEASURED_ROUNDS = 5;

/** Asks every question `rounds` times; the time of each ask in µs, when `times` is given. */
function askRounds(ask: (q: string) => void, questions: readonly string[], rounds: number, times?: number[]): void {
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t = performance.now();
      ask(q);
      times?.push((performance.now() - t) * 1000);
    }
  }
}

function summarise(times: number[]): AskTimes {
  times.sort((a, b) => a - b);
  const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]!);
  return { medianUs: at(0.5), p95Us: at(0.95) };
}

/** Measures the early and the steady stretch (see the module comment). */
export async function measureAskSpeed(contentDir: string, questions: readonly string[]): Promise<AskSpeed> {
  const { kb } = await loadKnowledgeBase(contentDir);
  if (!kb) throw new Error('bench: the content has errors; run npm run content:check');
  const started = performance.now();
  const engine = createAnswerEngine(kb, createSearchIndex(kb));
  const buildMs = performance.now() - started;
  const ask = (question: string) => void engine.ask({ question });
  askRounds(ask, questions, EARLY_AFTER);
  const early: number[] = [];
  askRounds(ask, questions, MEASURED_ROUNDS, early);
  askRounds(ask, questions, STEADY_AFTER - EARLY_AFTER - MEASURED_ROUNDS);
  const steady: number[] = [];
  askRounds(ask, questions, MEASURED_ROUNDS, steady);
  return { questions: questions.length, asks: early.length, early: summarise(early), steady: summarise(steady), buildMs: Math.round(buildMs) };
}
