/**
 * Search speed, ours against MiniSearch on the same sections, fields and tokenizer: index build time, query
 * latency p50/p95 and heap. Shared by `npm run bench:search` and `npm run bench`.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../../server/content/types.ts';
import { createSearchIndex } from '../../server/search/search-index.ts';
import { tokenize } from '../../server/text/tokenize.ts';
import { foldQuestions } from '../eval-search-folds.ts';

// A collectable heap before each build makes the heap figures comparable without --expose-gc.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

export interface Figures {
  buildMs: number;
  p50: number;
  p95: number;
  heapMb: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Times `build`, then every query through the built searcher (after a short warm-up). */
function measure<T>(build: () => T, run: (index: T, q: string) => unknown, queries: string[]): Figures {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const index = build();
  const buildMs = performance.now() - t0;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  for (const q of queries.slice(0, 50)) run(index, q);
  const times = queries.map((q) => {
    const s = performance.now();
    run(index, q);
    return performance.now() - s;
  });
  times.sort((a, b) => a - b);
  return { buildMs, p50: percentile(times, 50), p95: percentile(times, 95), heapMb };
}

function ours(kb: KnowledgeBase, queries: string[]): Figures {
  return measure(() => createSearchIndex(kb), (index, q) => index.search(q, { limit: 10 }), queries);
}

/** MiniSearch over the same sections and fields, with our tokenizer (which also normalises). */
function buildMini(kb: KnowledgeBase): MiniSearch {
      const ms = new MiniSearch({
        fields: ['title', 'summary', 'examples', 'body'],
        storeFields: ['article'],
        tokenize: (text) => tokenize(text),
        processTerm: (term) => term,
        searchOptions: { boost: { title: 3, summary: 2, examples: 2 }, combineWith: 'OR' },
      });
      let id = 0;
      for (const a of kb.articles) {
        a.sections.forEach((s, i) => {
          ms.add({
            id: id++,
            article: a.id,
            title: i === 0 ? a.title : '',
            summary: i === 0 ? a.summary : '',
            examples: i === 0 ? a.examples.join('\n') : '',
            body: `${s.title}\n${s.text}`,
          });
        });
      }
      return ms;
}

/** MiniSearch's top articles for a query: one hit per article, as our index returns. */
function miniTop(ms: MiniSearch, q: string, n: number): string[] {
  const seen = new Set<string>();
  for (const r of ms.search(q)) {
    seen.add(r.article as string);
    if (seen.size === n) break;
  }
  return Array.from(seen);
}

function mini(kb: KnowledgeBase, queries: string[]): Figures {
  return measure(() => buildMini(kb), (ms, q) => miniTop(ms, q, 10), queries);
}

/** Ours and MiniSearch over one corpus. */
export interface SearchFigures {
  ours: Figures;
  mini: Figures;
}

/** Measures both engines over a knowledge base with the given queries. */
export function benchSearch(kb: KnowledgeBase, queries: string[]): SearchFigures {
  return { ours: ours(kb, queries), mini: mini(kb, queries) };
}

/** hit@1 / hit@3 of both engines on the real content, 10-fold as in eval:search. */
export function quality(kb: KnowledgeBase): void {
  const score = { ours: [0, 0], mini: [0, 0] };
  let n = 0;
  for (let fold = 0; fold < 10; fold++) {
    const { kb: foldKb, asked } = foldQuestions(kb, fold, 10);
    const index = createSearchIndex(foldKb);
    const ms = buildMini(foldKb);
    for (const q of asked) {
      n += 1;
      const a = index.search(q.q, { limit: 3 }).results.map((r) => r.id);
      const b = miniTop(ms, q.q, 3);
      if (a[0] === q.expect) score.ours[0]! += 1;
      if (a.includes(q.expect)) score.ours[1]! += 1;
      if (b[0] === q.expect) score.mini[0]! += 1;
      if (b.includes(q.expect)) score.mini[1]! += 1;
    }
  }
  const fmt = (x: number[]) => `hit@1 ${(x[0]! / n).toFixed(3)}  hit@3 ${(x[1]! / n).toFixed(3)}`;
  console.log(`  quality (10-fold, ${n} examples): ours ${fmt(score.ours)} | MiniSearch ${fmt(score.mini)}`);
}

