/**
 * `npm run bench:search`: index build time and query latency (p50, p95) of our search index, over the
 * real content and over a generated corpus of 10,000 Japanese articles, with MiniSearch (same tokenizer,
 * same sections and fields, OR-combined with the same field boosts) on the same corpus in the same run.
 * Ratios are ours ÷ MiniSearch: below 1 means we are faster. Prints figures; asserts nothing.
 *
 * Also prints hit@1/hit@3 of both on the real content (same 10-fold scheme as eval:search), to show
 * what the ranking buys. Options: `--articles N` (default 10000), `--queries N` (default 500).
 */
import { loadConfig } from '../server/config.ts';
import { loadKnowledgeBase } from '../server/content/pipeline.ts';
import { generateCorpus, generateQueries } from './bench-corpus.ts';
import { benchSearch, quality, type Figures } from './lib/search-bench.ts';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
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
    const real = benchSearch(kb, realQueries);
    report('Real content', kb.articles.length, realQueries.length, real.ours, real.mini);
    quality(kb);
  } else {
    console.log('\nReal content: could not be loaded (run npm run content:check)');
  }

  const t0 = performance.now();
  const corpus = generateCorpus(articles);
  const queries = generateQueries(corpus, queryCount);
  console.log(`\n(generated ${articles} articles in ${(performance.now() - t0).toFixed(0)} ms)`);
  const generated = benchSearch(corpus, queries);
  report('Generated Japanese corpus', articles, queries.length, generated.ours, generated.mini);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
