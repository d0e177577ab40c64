/**
 * `npm run eval:search`: hit@1 and hit@3 of every labelled question, asked through GET /api/search.
 *
 * Honest by construction: a question is never in the index while it is asked.
 * - Article examples: 10-fold cross-validation. Each example belongs to the fold a hash of its text
 *   picks (not its position: writers list examples in the same order of styles in every article, and
 *   position-based folds removed each style's look-alikes from competing articles too, which measured
 *   optimistic). Fold f's examples are removed, the app is built over the rest, and they are asked.
 * - test/fixtures/questions/in-scope.yaml (never indexed): asked against the full content, with any
 *   example that normalises to the same text as a fixture question removed first.
 * Exits 1 below the thresholds in test/fixtures/thresholds.json ("search": {hit1, hit3}).
 *
 * `--compare` also prints the tokenizer comparison (index called directly, same folds).
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { loadKnowledgeBase } from '../server/content/pipeline.ts';
import type { KnowledgeBase } from '../server/content/types.ts';
import { createSearchIndex } from '../server/search/search-index.ts';
import { normalize } from '../server/text/normalize.ts';
import type { TokenizerMode } from '../server/text/tokenize.ts';
import { foldQuestions, type LabelledQuestion, withoutExamples } from './eval-search-folds.ts';

const FOLDS = 10;
const root = path.resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));

interface Outcome extends LabelledQuestion {
  got: string[];
}

function readFixtures(): LabelledQuestion[] {
  const file = path.join(root, 'test/fixtures/questions/in-scope.yaml');
  if (!fs.existsSync(file)) return [];
  const doc = YAML.parse(fs.readFileSync(file, 'utf8')) as { questions?: { q: string; expect: string; also?: string[] }[] };
  return (doc.questions ?? []).map((x) => ({ q: x.q, expect: x.expect, also: x.also ?? [], source: 'fixture' as const }));
}

function readThresholds(): { hit1: number; hit3: number } {
  const file = path.join(root, 'test/fixtures/thresholds.json');
  const t = (JSON.parse(fs.readFileSync(file, 'utf8')) as { search?: { hit1: number; hit3: number } }).search;
  if (!t) throw new Error(`eval: ${file} has no "search" thresholds`);
  return t;
}

/** Asks each question through /api/search on an app built over `kb`. */
async function askThroughApi(kb: KnowledgeBase, questions: LabelledQuestion[]): Promise<Outcome[]> {
  const app = await buildApp({ knowledgeBase: kb, logger: false, config: { logLevel: 'silent', insights: false, rateLimitPerMinute: 0 } });
  try {
    const out: Outcome[] = [];
    for (const question of questions) {
      const res = await app.inject({ method: 'GET', url: '/api/search', query: { q: question.q, limit: '3' } });
      if (res.statusCode !== 200) throw new Error(`eval: /api/search answered ${res.statusCode} for "${question.q}": ${res.body}`);
      out.push({ ...question, got: (res.json() as { results: { id: string }[] }).results.map((r) => r.id) });
    }
    return out;
  } finally {
    await app.close();
  }
}

const ok = (o: Outcome, n: number) => o.got.slice(0, n).some((id) => id === o.expect || o.also.includes(id));
const pct = (x: number) => x.toFixed(3);

function summarise(label: string, outcomes: Outcome[]): { hit1: number; hit3: number } {
  const n = outcomes.length || 1;
  const hit1 = outcomes.filter((o) => ok(o, 1)).length / n;
  const hit3 = outcomes.filter((o) => ok(o, 3)).length / n;
  console.log(`${label.padEnd(34)} n=${String(outcomes.length).padStart(4)}  hit@1 ${pct(hit1)}  hit@3 ${pct(hit3)}`);
  return { hit1, hit3 };
}

/** The tokenizer comparison: same folds, index called directly (no HTTP), examples only. */
function compare(kb: KnowledgeBase): void {
  console.log('\nTokenizer comparison (10-fold over article examples, index called directly):');
  for (const mode of ['bigram', 'segmenter', 'both', 'word-bigram', 'script-bigram'] as TokenizerMode[]) {
    let n = 0;
    let h1 = 0;
    let h3 = 0;
    for (let fold = 0; fold < FOLDS; fold++) {
      const { kb: foldKb, asked } = foldQuestions(kb, fold, FOLDS);
      const index = createSearchIndex(foldKb, { tokenizer: mode });
      for (const q of asked) {
        const got = index.search(q.q, { limit: 3 }).results.map((r) => r.id);
        const o = { ...q, got };
        n += 1;
        if (ok(o, 1)) h1 += 1;
        if (ok(o, 3)) h3 += 1;
      }
    }
    console.log(`  ${mode.padEnd(14)} hit@1 ${pct(h1 / n)}  hit@3 ${pct(h3 / n)}  (n=${n})`);
  }
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const { kb, problems } = await loadKnowledgeBase(config.contentDir);
  if (!kb) {
    for (const p of problems) console.error(`${p.path}:${p.line}: ${p.message}`);
    throw new Error('eval: the knowledge base could not be built');
  }
  const thresholds = readThresholds();
  const outcomes: Outcome[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const { kb: foldKb, asked } = foldQuestions(kb, fold, FOLDS);
    outcomes.push(...(await askThroughApi(foldKb, asked)));
  }
  const fixtures = readFixtures();
  const fixtureTexts = new Set(fixtures.map((f) => normalize(f.q)));
  const { kb: fixtureKb, removed } = withoutExamples(kb, (example) => fixtureTexts.has(normalize(example)));
  const fixtureOutcomes = fixtures.length > 0 ? await askThroughApi(fixtureKb, fixtures) : [];

  console.log(`Search evaluation through GET /api/search — ${kb.articles.length} articles`);
  console.log(`Scheme: ${FOLDS}-fold cross-validation over article examples, folds by a hash of the question text`);
  console.log('        (each example asked through the API with its whole fold left out of the index);');
  console.log(`        in-scope fixtures never indexed (${removed} identical example(s) removed while they were asked).\n`);
  console.log('Per article (examples + fixtures):');
  const all = [...outcomes, ...fixtureOutcomes];
  for (const article of kb.articles) summarise(`  ${article.id}`, all.filter((o) => o.expect === article.id));
  console.log('');
  summarise('Article examples (10-fold)', outcomes);
  if (fixtures.length > 0) summarise('in-scope.yaml (never indexed)', fixtureOutcomes);
  const overall = summarise('OVERALL', all);

  const misses = all.filter((o) => !ok(o, 1));
  console.log(`\nMisses at 1 (${misses.length}; @n = acceptable answer at rank n, -- = not in top 3):`);
  for (const o of misses) {
    const rank = o.got.findIndex((id) => id === o.expect || o.also.includes(id)) + 1;
    console.log(`  ${rank > 0 ? `@${rank}` : '--'} ${o.expect} ← 「${o.q}」 got ${o.got.join(', ') || '(nothing)'}`);
  }

  if (args.has('--compare')) compare(kb);

  const pass = overall.hit1 >= thresholds.hit1 && overall.hit3 >= thresholds.hit3;
  console.log(`\nThresholds: hit@1 ≥ ${thresholds.hit1}, hit@3 ≥ ${thresholds.hit3} → ${pass ? 'PASS' : 'FAIL'}`);
  if (!pass) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
