/** Asks labelled questions through POST /api/ask on an app over a given knowledge base (used by the evaluations). */
import { buildApp } from '../../server/app.ts';
import type { KnowledgeBase } from '../../server/content/types.ts';
import type { AskResult } from '../../server/answer/types.ts';
import { confusionPairs, describeFailure, perArticle, ratio, score, type Expectation, type Ratio, type Scored } from './ask-metrics.ts';

/** Asks each question once (with its `previous`, if any) and scores the outcome. */
export async function askAll(kb: KnowledgeBase, items: readonly Expectation[]): Promise<Scored[]> {
  const app = await buildApp({ config: { insights: false, rateLimitPerMinute: 0, logLevel: 'silent' }, knowledgeBase: kb, logger: false });
  const out: Scored[] = [];
  try {
    for (const item of items) {
      const payload = { question: item.q, ...('previous' in item && item.previous ? { previous: item.previous } : {}) };
      const res = await app.inject({ method: 'POST', url: '/api/ask', payload });
      if (res.statusCode !== 200) throw new Error(`eval: /api/ask answered ${res.statusCode} for "${item.q}": ${res.body}`);
      const r = res.json() as AskResult;
      out.push(score(item, { kind: r.kind, answerId: r.answer?.id ?? null, options: r.options.map((o) => o.id), confidence: r.confidence }));
    }
  } finally {
    await app.close();
  }
  return out;
}

/** `12.3% (45/67)` */
export const pct = (r: Ratio) => `${(r.value * 100).toFixed(1)}% (${r.right}/${r.total})`;


/** Prints per-article precision, recall and F1, the confusion pairs and every failure. */
export function printDetails(all: readonly Scored[]): void {
  console.log('  article                   P      R      F1   expected answered');
  for (const a of perArticle(all)) {
    console.log(`  ${a.id.padEnd(24)} ${a.precision.toFixed(2).padStart(5)}  ${a.recall.toFixed(2).padStart(5)}  ${a.f1.toFixed(2).padStart(5)}  ${String(a.expected).padStart(6)} ${String(a.answered).padStart(7)}`);
  }
  const pairs = confusionPairs(all);
  console.log(`\nconfusion pairs (expected → answered), ${pairs.length}:`);
  for (const p of pairs) console.log(`  ${p.count} × ${p.pair}`);
  const failures = all.filter((s) => !s.correct);
  console.log(`\nfailures (${failures.length}):`);
  for (const s of failures) console.log(`  ${describeFailure(s)}`);
}
