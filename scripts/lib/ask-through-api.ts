/** Asks labelled questions and conversations through POST /api/ask on an app over a given knowledge base (the evaluations). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildApp } from '../../server/app.ts';
import type { KnowledgeBase } from '../../server/content/types.ts';
import type { AskResult } from '../../server/answer/types.ts';
import { confusionPairs, describeFailure, perArticle, score, type Expectation, type Outcome, type Ratio, type Scored } from './ask-metrics.ts';

type App = Awaited<ReturnType<typeof buildApp>>;

async function withApp<T>(kb: KnowledgeBase, run: (app: App) => Promise<T>): Promise<T> {
  const app = await buildApp({ config: { insights: false, rateLimitPerMinute: 0, logLevel: 'silent', answerCacheSize: 0 }, knowledgeBase: kb, logger: false });
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}

async function askResult(app: App, question: string, previous?: string, sessionId?: string, offered?: string[]): Promise<AskResult> {
  const payload = { question, ...(previous ? { previous } : {}), ...(sessionId ? { sessionId } : {}), ...(offered ? { offered } : {}) };
  const res = await app.inject({ method: 'POST', url: '/api/ask', payload });
  if (res.statusCode !== 200) throw new Error(`eval: /api/ask answered ${res.statusCode} for "${question}": ${res.body}`);
  return res.json() as AskResult;
}

function outcomeOf(r: AskResult): Outcome {
  return { kind: r.kind, answerId: r.answer?.id ?? null, options: r.options.map((o) => o.id), confidence: r.confidence };
}

async function ask(app: App, question: string, previous?: string, sessionId?: string, offered?: string[]): Promise<Outcome> {
  return outcomeOf(await askResult(app, question, previous, sessionId, offered));
}

/**
 * Asks each question once (with its `previous`, if any) and scores the outcome. `onResult` sees every
 * whole result (the card metrics read the answer HTML).
 */
export async function askAll(kb: KnowledgeBase, items: readonly Expectation[], onResult?: (item: Expectation, result: AskResult) => void): Promise<Scored[]> {
  return withApp(kb, async (app) => {
    const out: Scored[] = [];
    for (const item of items) {
      const r = await askResult(app, item.q, item.previous);
      onResult?.(item, r);
      out.push(score(item, outcomeOf(r)));
    }
    return out;
  });
}

/**
 * Reads a conversation file (`conversations: [{turns: [{q, expect (an id or none), also?}]}]`) and checks
 * that every named article exists, so a typo cannot pass as an engine failure.
 */
export function readConversations(file: string, kb?: KnowledgeBase): Conversation[] {
  const doc = parse(readFileSync(file, 'utf8')) as { conversations: { turns: { q: string; expect: string; also?: string[] }[] }[] };
  const conversations = doc.conversations.map((c) => ({
    turns: c.turns.map((t) => ({ q: t.q, expect: t.expect === 'none' ? null : t.expect, also: t.also ?? [] })),
  }));
  for (const t of conversations.flatMap((c) => c.turns)) {
    for (const id of t.expect === null ? t.also : [t.expect, ...t.also]) {
      if (kb && !kb.byId.has(id)) throw new Error(`eval: unknown article "${id}" in ${file} for "${t.q}"`);
    }
  }
  return conversations;
}

/** One conversation: its turns in order, each with the right article or null (no article may be answered). */
export interface Conversation {
  turns: { q: string; expect: string | null; also: string[] }[];
}

/**
 * Asks conversations as the widget does: one sessionId per conversation, each turn with `previous` = the
 * last answer the bot gave and, after a question back, `offered` = its options. Returns every turn after the
 * first, scored.
 */
export async function askConversations(kb: KnowledgeBase, conversations: readonly Conversation[]): Promise<Scored[]> {
  return withApp(kb, async (app) => {
    const out: Scored[] = [];
    for (const [n, c] of conversations.entries()) {
      let previous: string | undefined;
      let offered: string[] | undefined;
      for (const [i, turn] of c.turns.entries()) {
        const outcome = await ask(app, turn.q, previous, `eval-conversation-${n}`, offered);
        const item: Expectation = { set: 'conversation', q: turn.q, expect: turn.expect, also: turn.also, options: [], ...(previous ? { previous } : {}) };
        if (i > 0) out.push(score(item, outcome));
        if (outcome.kind === 'answer' && outcome.answerId) previous = outcome.answerId;
        offered = outcome.kind === 'clarify' && outcome.options.length > 0 ? outcome.options : undefined;
      }
    }
    return out;
  });
}

/** `12.3% (45/67)` */
export const pct = (r: Ratio) => `${(r.value * 100).toFixed(1)}% (${r.right}/${r.total})`;

/** Prints per-article precision, recall and F1 (weakest first), the confusion pairs and every failure. */
export function printDetails(all: readonly Scored[]): void {
  console.log('  article                   P      R      F1   expected answered');
  for (const a of perArticle(all).sort((x, y) => x.f1 - y.f1 || x.id.localeCompare(y.id))) {
    console.log(`  ${a.id.padEnd(24)} ${a.precision.toFixed(2).padStart(5)}  ${a.recall.toFixed(2).padStart(5)}  ${a.f1.toFixed(2).padStart(5)}  ${String(a.expected).padStart(6)} ${String(a.answered).padStart(7)}`);
  }
  const pairs = confusionPairs(all);
  console.log(`\nconfusion pairs (expected → answered), ${pairs.length}:`);
  for (const p of pairs) console.log(`  ${p.count} × ${p.pair}`);
  const failures = all.filter((s) => !s.correct);
  console.log(`\nfailures (${failures.length}):`);
  for (const s of failures) console.log(`  ${describeFailure(s)}`);
}
