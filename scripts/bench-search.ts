/**
 * `npm run bench:search`: index build time and query latency (p50, p95) of our search index, over the
 * real content and over a generated corpus of 10,000 Japanese articles, with MiniSearch (same tokenizer,
 * same sections and fields, OR-combined with the same field boosts) on the same corpus in the same run.
 * Ratios are ours ÷ MiniSearch: below 1 means we are faster. Prints figures; asserts nothing.
 *
 * Also prints hit@1/hit@3 of both on the real content (same 10-fold scheme as eval:search), to show
 * what the ranking buys. Options: `--articles N` (default 10000), `--queries N` (default 500).
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import MiniSearch from 'minisearch';
import { loadConfig } from '../server/config.ts';
import { loadKnowledgeBase } from '../server/content/pipeline.ts';
import type { KnowledgeBase } from '../server/content/types.ts';
import { createSearchIndex } from '../server/search/search-index.ts';
import { tokenize } from '../server/text/tokenize.ts';
import { generateCorpus, generateQueries } from './bench-corpus.ts';
import { foldQuestions } from './eval-search-folds.ts';

// A collectable heap before each build makes the heap figures comparable without --expose-gc.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

interface Figures {
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

/** hit@1 / hit@3 of both engines on the real content, 10-fold as in eval:search. */
function quality(kb: KnowledgeBase): void {
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

const f = (x: number) => x.toFixed(x < 10 ? 3 : 1);

function report(label: string, articles: number, queries: number, a: Figures, b: Figures): void {
  console.log(`\n${label}: ${articles} articles, ${queries} queries`);
  console.log('                 build ms     p50 ms    p95 ms   heap MB');
  console.log(`  ours (FlexSearch + ranking) ${f(a.buildMs).padStart(9)} ${f(a.p50).padStart(9)} ${f(a.p95).padStart(9)} ${a.heapMb.toFixed(1).padStart(8)}`);
  console.log(`  MiniSearch (same tokenizer) ${f(b.buildMs).padStart(9)} ${f(b.p50).padStart(9)} ${f(b.p95).padStart(9)} ${b.heapMb.toFixed(1).padStart(8)}`);
  console.log(`  ratio ours/MiniSearch       ${(a.buildMs / b.buildMs).toFixed(2).padStart(9)} ${(a.p50 / b.p50).toFixed(2).padStart(9)} ${(a.p95 / b.p95).toFixed(2).padStart(9)}`);
}

async function main(): Promise<void> {
  const articles = option('articles', 10_000);
  const queryCount = option('queries', 500);
  console.log(`Search benchmark — Node ${process.version}`);

  const { kb } = await loadKnowledgeBase(loadConfig(process.env).contentDir);
  if (kb) {
    const realQueries = kb.articles.flatMap((a) => a.examples);
    report('Real content', kb.articles.length, realQueries.length, ours(kb, realQueries), mini(kb, realQueries));
    quality(kb);
  } else {
    console.log('\nReal content: could not be loaded (run npm run content:check)');
  }

  const t0 = performance.now();
  const corpus = generateCorpus(articles);
  const queries = generateQueries(corpus, queryCount);
  console.log(`\n(generated ${articles} articles in ${(performance.now() - t0).toFixed(0)} ms)`);
  report('Generated Japanese corpus', articles, queries.length, ours(corpus, queries), mini(corpus, queries));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
