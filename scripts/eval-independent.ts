/**
 * `npm run eval:independent`: asks the INDEPENDENT question set (test/fixtures/independent/questions.yaml)
 * once each through POST /api/ask (buildApp + inject, full content) and prints strict in-scope accuracy,
 * resolved, wrong-answer and clarify rates, out-of-scope rejection, vague → clarify, per-article recall and
 * every failure.
 *
 * NEVER USE THESE QUESTIONS FOR TUNING. They were written without looking at the articles' examples, the
 * fixtures, the lexicon or the engine, so they measure generalisation. Copying them into examples, the
 * lexicon or rules — or changing the engine to fix a failure listed here — spends the set: write a new one.
 *
 * Gates nothing: exits 0 whatever the figures. It exits 1 only when it cannot run at all (content errors,
 * a malformed question file, an article id that does not exist).
 *
 * Also asks the independent conversations (test/fixtures/independent/conversations.yaml) turn by turn, as
 * the widget does, and reports later turns answered right and out-of-scope/secret turns answered.
 *
 * Options: --content DIR (default ./content), --file PATH (default the set above), --conversations PATH.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { askAll, askConversations, pct, printDetails, readConversations } from './lib/ask-through-api.ts';
import { loadKnowledgeBase } from '../server/content/pipeline.ts';
import type { KnowledgeBase } from '../server/content/types.ts';
import { describeFailure, share, type Expectation } from './lib/ask-metrics.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, file: { type: 'string' }, conversations: { type: 'string' } } });
const contentDir = path.resolve(values.content ?? 'content');
const file = path.resolve(values.file ?? 'test/fixtures/independent/questions.yaml');
const conversationFile = path.resolve(values.conversations ?? 'test/fixtures/independent/conversations.yaml');

interface QuestionFile {
  'in-scope'?: { q: string; expect: string; also?: string[] }[];
  'out-of-scope'?: { q: string; why: string }[];
  vague?: { q: string; options: string[] }[];
}

/** Reads the set and checks every named article exists, so a typo cannot pass as an engine failure. */
function readQuestions(kb: KnowledgeBase): Expectation[] {
  const doc = parse(readFileSync(file, 'utf8')) as QuestionFile;
  const items: Expectation[] = [
    ...(doc['in-scope'] ?? []).map((x): Expectation => ({ set: 'in-scope', q: x.q, expect: x.expect, also: x.also ?? [], options: [] })),
    ...(doc['out-of-scope'] ?? []).map((x): Expectation => ({ set: 'out-of-scope', q: x.q, expect: null, also: [], options: [] })),
    ...(doc.vague ?? []).map((x): Expectation => ({ set: 'vague', q: x.q, expect: null, also: [], options: x.options })),
  ];
  for (const item of items) {
    if (typeof item.q !== 'string' || item.q.trim() === '') throw new Error(`eval-independent: empty question in ${file}`);
    const ids = item.set === 'vague' ? item.options : item.expect === null ? [] : [item.expect, ...item.also];
    for (const id of ids) if (!kb.byId.has(id)) throw new Error(`eval-independent: unknown article "${id}" for "${item.q}"`);
  }
  return items;
}

async function main(): Promise<void> {
  const { kb, problems } = await loadKnowledgeBase(contentDir);
  if (!kb) {
    for (const p of problems) console.error(`${p.path}:${p.line}: ${p.message}`);
    throw new Error('eval-independent: the content has errors; run npm run content:check');
  }
  const items = readQuestions(kb);
  const started = performance.now();
  const all = await askAll(kb, items);
  const inScope = all.filter((s) => s.item.set === 'in-scope');
  const oos = all.filter((s) => s.item.set === 'out-of-scope');
  const vague = all.filter((s) => s.item.set === 'vague');

  console.log('INDEPENDENT evaluation — never tune on these questions; this report gates nothing.');
  console.log(`${kb.articles.length} articles, ${all.length} questions (${inScope.length} in-scope, ${oos.length} out-of-scope, ${vague.length} vague), ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  console.log(`in-scope accuracy (strict: answered with the right article)  ${pct(share(inScope, (s) => s.correct))}`);
  console.log(`in-scope resolved (right answer, or a clarify offering it)    ${pct(share(inScope, (s) => s.lenient))}`);
  console.log(`in-scope wrong answers (any confidence)                       ${pct(share(inScope, (s) => s.outcome.kind === 'answer' && !s.correct))}`);
  console.log(`  of which hedged (confidence ≤ 0.6)                          ${pct(share(inScope, (s) => s.outcome.kind === 'answer' && !s.correct && s.outcome.confidence <= 0.6))}`);
  console.log(`in-scope clarify rate                                         ${pct(share(inScope, (s) => s.outcome.kind === 'clarify'))}`);
  console.log(`in-scope fallback/smalltalk (not helped at all)               ${pct(share(inScope, (s) => s.outcome.kind === 'fallback' || s.outcome.kind === 'smalltalk'))}`);
  console.log(`out-of-scope rejection (not answered)                         ${pct(share(oos, (s) => s.correct))}`);
  console.log(`  of which fallback/smalltalk (not even a clarify)            ${pct(share(oos, (s) => s.outcome.kind === 'fallback' || s.outcome.kind === 'smalltalk'))}`);
  console.log(`vague → clarify with an expected option                       ${pct(share(vague, (s) => s.correct))}`);
  console.log(`vague answered outright                                       ${pct(share(vague, (s) => s.outcome.kind === 'answer'))}`);

  const turns = await askConversations(kb, readConversations(conversationFile, kb));
  const none = turns.filter((s) => s.item.expect === null);
  console.log(`conversations: later turns answered right                     ${pct(share(turns, (s) => s.correct))}`);
  console.log(`conversations: out-of-scope/secret turns answered             ${pct(share(none, (s) => s.outcome.kind === 'answer'))}`);

  console.log('\nper article (in-scope recall; precision counts every answer naming the article, from any set):');
  printDetails(all);
  const failures = turns.filter((s) => !s.correct);
  if (failures.length) console.log(`\nconversation failures (${failures.length}):\n${failures.map((s) => `  ${describeFailure(s)}`).join('\n')}`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
