/**
 * `npm run eval`: asks every labelled question through POST /api/ask (buildApp + inject) and prints the
 * figures the gates read (test/fixtures/thresholds.json "ask"), per-article precision/recall/F1 (weakest
 * first), confusion pairs and every failure. Exits 1 when a gate fails.
 *
 * Honest by construction (scripts/lib/ask-labels.ts): every labelled question — the articles' examples and
 * the fixtures of test/fixtures/questions/ — belongs to a cross-validation fold. Fold f is asked against the
 * knowledge base WITHOUT fold f's examples and with the model fitted WITHOUT fold f's questions (the
 * parameters file keeps one model per fold): the figures are out-of-fold, the same `npm run train` printed.
 * Conversations (conversations.yaml) are asked with the service's model over the whole content, turn by
 * turn, each with the last answer as `previous`, as the widget does.
 *
 * Counting: an in-scope question is right only when answered (kind "answer") with the expected article or
 * an accepted alternative; a clarify offering it counts as "resolved", never as right.
 *
 * Options: --content DIR (default ./content); --diff <git-ref>: list the labelled questions whose answer
 * differs between the working tree's content and that ref's (both asked the same way, with today's engine).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { loadKnowledgeBase } from '../server/content/pipeline.ts';
import type { KnowledgeBase } from '../server/content/types.ts';
import { committedParameters } from '../server/answer/parameters.ts';
import { askAll, askConversations, pct, printDetails, readConversations } from './lib/ask-through-api.ts';
import { FOLDS, labelledQuestions, withoutFold, type Labelled } from './lib/ask-labels.ts';
import { describeFailure, figuresOf, ratio, type Expectation, type Ratio, type Scored } from './lib/ask-metrics.ts';
import { reportCards, sampleCard, type CardGates, type CardSample } from './lib/card-metrics.ts';
import type { AskResult } from '../server/answer/types.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, diff: { type: 'string' } } });
const root = path.resolve(import.meta.dirname, '..');

async function loadContent(dir: string): Promise<KnowledgeBase> {
  const { kb, problems } = await loadKnowledgeBase(dir);
  if (!kb) {
    for (const p of problems) console.error(`${p.path}:${p.line}: ${p.message}`);
    throw new Error('eval: the content has errors; run npm run content:check');
  }
  return kb;
}

/** Asks every labelled question out of fold (see the module comment). */
async function askFolds(kb: KnowledgeBase, items: readonly Labelled[], onResult?: (item: Expectation, result: AskResult) => void): Promise<Scored[]> {
  const { folds } = committedParameters();
  const out: Scored[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const kbF = { ...withoutFold(kb, f), answerModel: folds[f] };
    out.push(...(await askAll(kbF, items.filter((x) => x.fold === f), onResult)));
  }
  return out;
}


interface Gates {
  min?: Record<string, number>;
  max?: Record<string, number>;
}

function readThresholds(): { ask?: Gates; card?: CardGates } {
  return JSON.parse(readFileSync(path.join(root, 'test/fixtures/thresholds.json'), 'utf8')) as { ask?: Gates; card?: CardGates };
}

function checkGates(figures: Record<string, Ratio>): boolean {
  const gates = readThresholds().ask ?? {};
  let ok = true;
  const value = (name: string) => {
    const r = figures[name];
    if (!r) throw new Error(`eval: unknown threshold "${name}"`);
    return r.value;
  };
  const line = (pass: boolean, name: string, op: string, bound: number) => {
    ok &&= pass;
    console.log(`  ${(pass ? 'ok' : 'FAIL').padEnd(5)} ${name} ${(value(name) * 100).toFixed(1)}% ${op} ${(bound * 100).toFixed(1)}%`);
  };
  console.log('\nthresholds (test/fixtures/thresholds.json "ask"):');
  for (const [name, min] of Object.entries(gates.min ?? {})) line(value(name) >= min, name, '≥', min);
  for (const [name, max] of Object.entries(gates.max ?? {})) line(value(name) <= max, name, '≤', max);
  return ok;
}

async function diff(kb: KnowledgeBase, items: readonly Labelled[], ref: string): Promise<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eval-diff-'));
  try {
    const archive = execFileSync('git', ['archive', ref, 'content'], { cwd: root });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    const [now, then] = [await askFolds(kb, items), await askFolds(await loadContent(path.join(dir, 'content')), items)];
    const show = (s: Scored) => (s.outcome.kind === 'answer' ? s.outcome.answerId : s.outcome.kind === 'clarify' ? `clarify [${s.outcome.options.join(', ')}]` : s.outcome.kind);
    const changed = now.filter((s, i) => show(s) !== show(then[i]!));
    console.log(`eval --diff ${ref}: ${changed.length} of ${items.length} labelled questions answered differently (working tree vs ${ref}'s content, today's engine)\n`);
    now.forEach((s, i) => {
      if (show(s) === show(then[i]!)) return;
      const mark = s.correct === then[i]!.correct ? ' ' : s.correct ? '+' : '-';
      console.log(`${mark} [${s.item.set}] ${s.item.q}\n    ${ref}: ${show(then[i]!)}\n    now: ${show(s)}  (want ${s.item.expect ?? 'no answer'})`);
    });
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const kb = await loadContent(path.resolve(values.content ?? 'content'));
  const items = labelledQuestions(kb);
  if (values.diff) return diff(kb, items, values.diff);
  const started = performance.now();
  // Answer cards of the in-scope labelled questions (issue 13 §1), measured on what /api/ask returned.
  const cards: CardSample[] = [];
  const all = await askFolds(kb, items, (item, r) => {
    const s = item.set === 'examples' || item.set === 'in-scope' ? sampleCard(kb, item.q, r) : null;
    if (s) cards.push(s);
  });
  const turns = await askConversations(kb, readConversations(path.join(root, 'test/fixtures/questions/conversations.yaml')));
  const figures: Record<string, Ratio> = {
    ...figuresOf(all),
    conversationLaterTurns: ratio(turns.filter((s) => s.correct).length, turns.length),
    // Out-of-scope and secret turns (no article is right) answered with an article: must be none.
    conversationNoneAnswered: ratio(turns.filter((s) => s.item.expect === null && s.outcome.kind === 'answer').length, turns.filter((s) => s.item.expect === null).length),
  };
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`answer evaluation — ${kb.articles.length} articles, ${all.length} labelled questions in ${FOLDS} folds (out-of-fold index and model), ${turns.length} later conversation turns, ${seconds} s\n`);
  const rows: [string, string][] = [
    ['in-scope accuracy (strict: answered with the right article)', 'inScopeAccuracy'],
    ["  articles' examples", 'examplesAccuracy'],
    ['  held-out in-scope fixture', 'heldOutAccuracy'],
    ['in-scope resolved (right answer, or a clarify offering it)', 'inScopeResolved'],
    ['in-scope clarify rate', 'inScopeClarifyRate'],
    ['in-scope wrong answers', 'inScopeWrongAnswers'],
    ['out-of-scope rejection (not answered)', 'outOfScopeRejection'],
    ['look-alike rejection (other systems sharing our words)', 'lookAlikeRejection'],
    ['  out-of-scope and look-alike: fallback or smalltalk', 'outOfScopeFallback'],
    ['vague → clarify with an expected option', 'vagueClarify'],
    ['vague answered outright', 'vagueAnswered'],
    ['conversations: later turns answered right', 'conversationLaterTurns'],
    ['conversations: out-of-scope/secret turns answered with an article', 'conversationNoneAnswered'],
  ];
  for (const [label, name] of rows) console.log(`${label.padEnd(66)} ${pct(figures[name]!)}`);
  console.log('\nper article (weakest first; precision counts every answer naming the article, from any set):');
  printDetails(all);
  const conversationFailures = turns.filter((s) => !s.correct);
  if (conversationFailures.length) console.log(`\nconversation failures (${conversationFailures.length}):\n${conversationFailures.map((s) => `  ${describeFailure(s)}`).join('\n')}`);
  const gatesPassed = checkGates(figures);
  // reportCards returns whether a card gate FAILED.
  const cardsFailed = reportCards(cards, readThresholds().card);
  return gatesPassed && !cardsFailed ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
