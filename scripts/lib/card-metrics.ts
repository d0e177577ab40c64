/**
 * The answer-card part of `npm run eval` (issue 13 §1): how long the card a person gets is (visible
 * characters, tags stripped) over every answered labelled question, and whether each card holds the key
 * facts its article (or its case) lists. Gated by test/fixtures/thresholds.json "card".
 */
import type { KnowledgeBase } from '../../server/content/types.ts';
import type { AskResult } from '../../server/answer/types.ts';
import { visibleLength, visibleText } from '../../server/content/card.ts';
import { ratio, type Ratio } from './ask-metrics.ts';

/** One answered question's card. */
export interface CardSample {
  q: string;
  /** `article` or `article#section`. */
  card: string;
  length: number;
  /** Key facts the card should hold and does not. */
  missing: string[];
}

export interface CardFigures {
  count: number;
  p50: number;
  p95: number;
  max: number;
  keyFactsPresent: Ratio;
}

/** Gates of thresholds.json "card": `max` bounds p50/p95/max, `min` bounds keyFactsPresent. */
export interface CardGates {
  min?: Record<string, number>;
  max?: Record<string, number>;
}

/** The card of one ask result, or null when it is not an answer. */
export function sampleCard(kb: KnowledgeBase, q: string, result: AskResult): CardSample | null {
  const answer = result.answer;
  if (result.kind !== 'answer' || !answer) return null;
  const article = kb.byId.get(answer.id);
  const chosen = answer.section ? article?.cases.find((c) => c.section.anchor === answer.section!.anchor) : article?.card;
  // A section the article does not know is a wiring bug: every fact counts as missing.
  const facts = chosen?.keyFacts ?? ['(unknown card)'];
  const shown = visibleText(answer.html);
  return {
    q,
    card: answer.section ? `${answer.id}#${answer.section.anchor}` : answer.id,
    length: visibleLength(answer.html),
    missing: facts.filter((f) => !shown.includes(f)),
  };
}

/** Nearest-rank percentile (`p` in 0..1) of ascending numbers. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function cardFigures(samples: readonly CardSample[]): CardFigures {
  const lengths = samples.map((s) => s.length).sort((a, b) => a - b);
  return {
    count: samples.length,
    p50: percentile(lengths, 0.5),
    p95: percentile(lengths, 0.95),
    max: lengths.at(-1) ?? 0,
    keyFactsPresent: ratio(samples.filter((s) => s.missing.length === 0).length, samples.length),
  };
}

/**
 * Prints the card figures, the longest cards and every card missing a key fact, then the gates.
 * @returns true when a gate fails.
 */
export function reportCards(samples: readonly CardSample[], gates: CardGates = {}): boolean {
  const f = cardFigures(samples);
  const byCard = new Map<string, number>();
  for (const s of samples) byCard.set(s.card, Math.max(byCard.get(s.card) ?? 0, s.length));
  const longest = Array.from(byCard).sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(`\nanswer cards (visible characters of answer.html over ${f.count} answered labelled questions):`);
  console.log(`  p50 ${f.p50}   p95 ${f.p95}   max ${f.max}`);
  console.log(`  longest cards: ${longest.map(([card, n]) => `${card} ${n}`).join(', ')}`);
  console.log(`key facts in the card shown: ${(f.keyFactsPresent.value * 100).toFixed(1)}% (${f.keyFactsPresent.right}/${f.keyFactsPresent.total})`);
  for (const s of samples.filter((x) => x.missing.length > 0)) console.log(`  missing in ${s.card} for 「${s.q}」: ${s.missing.join(', ')}`);
  const value: Record<string, number> = { p50: f.p50, p95: f.p95, max: f.max, keyFactsPresent: f.keyFactsPresent.value };
  let failed = false;
  console.log('\nthresholds (test/fixtures/thresholds.json "card"):');
  const check = (name: string, bound: number, ok: (v: number) => boolean, op: string) => {
    if (!(name in value)) throw new Error(`eval: unknown card threshold "${name}"`);
    failed ||= !ok(value[name]!);
    console.log(`  ${(ok(value[name]!) ? 'ok' : 'FAIL').padEnd(6)} ${name} ${value[name]} ${op} ${bound}`);
  };
  for (const [name, bound] of Object.entries(gates.max ?? {})) check(name, bound, (v) => v <= bound, '≤');
  for (const [name, bound] of Object.entries(gates.min ?? {})) check(name, bound, (v) => v >= bound, '≥');
  return failed;
}
