/**
 * The trace of an ask (trace.ts) built from the engine's scoring, and its plain-text form for
 * `npm run explain`: an editor reads how the question was understood and why each candidate scored
 * what it did, and can act on it (a missing lexicon variant, a rule term, an example).
 */
import type { LinearModel } from './model.ts';
import { contributions } from './model.ts';
import { FEATURES } from './features.ts';
import type { Thresholds } from './decide.ts';
import type { Continuation } from './conversation.ts';
import type { Scoring } from './engine.ts';
import type { AskTrace } from './trace.ts';
import { firstOf } from '../search/first-of.ts';

const round = (n: number) => Math.round(n * 1000) / 1000;

/** How much of the candidates a trace holds. */
export interface TraceLimits {
  /** Candidates kept, most likely first. */
  candidates: number;
  /** Features kept per candidate: those with the largest contributions to its log-odds, either sign. */
  features: number;
}

/** The whole trace: every candidate, every feature (the ask preview, `npm run explain`). */
export const WHOLE_TRACE: TraceLimits = { candidates: Infinity, features: Infinity };

/**
 * The trace insights keep with every ask: the answer and the runners-up an editor compares it with, each
 * with the features that weighed most. Keeping the whole trace for every ask cost as much as answering
 * (building, redacting, storing); the whole trace of a stored question is rebuilt by asking it again.
 */
export const STORED_TRACE: TraceLimits = { candidates: 3, features: 6 };

/** 0 … FEATURES.length − 1: a candidate's features by index. */
const FEATURE_INDICES: readonly number[] = FEATURES.map((_, i) => i);

/** Indices of the `n` largest |parts| (ties in the features' declared order). */
function weightiest(parts: ArrayLike<number>, n: number): number[] {
  // Chosen without sorting them all, from indices made once: this runs for every stored trace, that is, every ask.
  if (n >= parts.length) return FEATURE_INDICES.slice(0, parts.length);
  return firstOf(FEATURE_INDICES, n, (a, b) => (Math.abs(parts[b]!) - Math.abs(parts[a]!) || a - b) < 0);
}

/** Builds the trace of one ask, whole or cut to `limits`. */
export function buildTrace(
  s: Scoring,
  titleOf: (id: string) => string,
  model: LinearModel,
  thresholds: Thresholds,
  decision: { kind: string; reason: string },
  conversation: { previous: string | null; continuation: Continuation },
  limits: TraceLimits = WHOLE_TRACE,
): AskTrace {
  const a = s.analysis;
  return {
    normalized: a.normalized.text,
    searched: a.substituted,
    secrets: Array.from(new Set(a.secrets.map((x) => x.kind))),
    endings: a.endings.map(({ from, to }) => ({ from, to })),
    rewrites: a.words.flatMap((w) =>
      w.meanings.flatMap((m) => (m.kind === 'term' && (!m.self || w.via !== 'exact') ? [{ typed: w.typed, as: m.term, via: w.via }] : [])),
    ),
    classes: a.classes.map((c) => ({ name: c.name, typed: c.typed, about: [...c.about] })),
    otherSystems: a.others.map((o) => ({ ...o })),
    unstated: a.unstated.map((u) => ({ ...u })),
    ours: [...a.own],
    rules: s.candidates.flatMap((c) => (c.rule && (c.rule.matched > 0 || c.rule.vetoedBy) ? [{ id: c.id, fires: c.rule.fires, matched: c.rule.matched, total: c.rule.total, hits: c.rule.hits, vetoedBy: c.rule.vetoedBy }] : [])),
    candidates: s.scored.slice(0, limits.candidates).map((sc) => {
      // A handful of candidates are kept: finding each one's features costs less than a map of them all.
      const x = s.features[s.candidates.findIndex((c) => c.id === sc.id)]!;
      const parts = contributions(model, x);
      const features: Record<string, number> = {};
      const shares: Record<string, number> = {};
      for (const i of weightiest(parts, limits.features)) {
        features[FEATURES[i]!] = round(x[i]!);
        shares[FEATURES[i]!] = round(parts[i]!);
      }
      return { id: sc.id, title: titleOf(sc.id), probability: round(sc.p), features, contributions: shares };
    }),
    thresholds,
    decision,
    conversation: { previous: conversation.previous, continued: conversation.continuation.id !== null, why: conversation.continuation.why },
  };
}

/** The trace as lines of text (for the terminal). */
export function formatTrace(t: AskTrace): string[] {
  const lines = [`normalised: ${t.normalized}`, `searched:   ${t.searched}`];
  if (t.secrets.length) lines.push(`secrets:    ${t.secrets.join(', ')}`);
  if (t.endings.length) lines.push(`endings:    ${t.endings.map((e) => `${e.from}→${e.to}`).join(', ')}`);
  if (t.rewrites.length) lines.push(`lexicon:    ${t.rewrites.map((r) => `${r.typed}→${r.as}${r.via === 'exact' ? '' : ` (${r.via})`}`).join(', ')}`);
  if (t.classes.length) lines.push(`classes:    ${t.classes.map((c) => `${c.typed}∈${c.name}→${c.about.join('/')}`).join(', ')}`);
  if (t.otherSystems.length) lines.push(`other:      ${t.otherSystems.map((o) => `${o.typed}（${o.system}）`).join(', ')}`);
  if (t.unstated.length) lines.push(`unstated:   ${t.unstated.map((u) => `${u.typed}（${u.topic}）`).join(', ')}`);
  if (t.ours.length) lines.push(`ours:       ${t.ours.join(', ')}`);
  for (const r of t.rules) lines.push(`rule ${r.id}: ${r.fires ? 'FIRES' : `${r.matched}/${r.total}`} [${r.hits.join(', ')}]${r.vetoedBy ? ` vetoed by ${r.vetoedBy}` : ''}`);
  lines.push(`thresholds: answer ≥ ${t.thresholds.answer}, lead ≥ ${t.thresholds.margin}, option ≥ ${t.thresholds.option}, clarify ≥ ${t.thresholds.clarify}, vague answered at ≥ ${t.thresholds.vague}, vague from vagueness ≥ ${t.thresholds.vagueness}`);
  for (const c of t.candidates) {
    const top = Object.entries(c.contributions).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1])).slice(0, 5);
    lines.push(`  ${c.probability.toFixed(3)} ${c.id.padEnd(24)} ${top.map(([f, v]) => `${f}=${c.features[f]} (${v >= 0 ? '+' : ''}${v.toFixed(2)})`).join('  ')}`);
  }
  lines.push(`decision:   ${t.decision.kind} (${t.decision.reason})${t.conversation.previous ? `; after ${t.conversation.previous}: ${t.conversation.continued ? 'continued' : 'fresh'} (${t.conversation.why})` : ''}`);
  return lines;
}
