/**
 * Training of the answer model on cross-validation folds (used by `npm run train`):
 * 1. feature rows: each labelled question is scored by an engine over the knowledge base WITHOUT its fold's
 *    examples (so an example never finds itself); one row per candidate, labelled 1 for the right article,
 *    0 for the others (an accepted alternative is left out of the fit);
 * 2. out-of-fold probabilities: fold f's rows are predicted by a model fitted on the other folds;
 * 3. thresholds: chosen on those out-of-fold probabilities, through the engine's own decision function.
 */
import { createHash } from 'node:crypto';
import type { KnowledgeBase } from '../../server/content/types.ts';
import { createSearchIndex } from '../../server/search/search-index.ts';
import { createAnswerEngine, type EngineOptions, type Scoring } from '../../server/answer/engine.ts';
import { repliesSmalltalk } from '../../server/answer/smalltalk-reply.ts';
import { freshDecision } from '../../server/answer/fresh-decision.ts';
import { choose, fitChoice, type LinearModel } from '../../server/answer/model.ts';
import type { Thresholds } from '../../server/answer/decide.ts';
import { FEATURES } from '../../server/answer/features.ts';
import { vaguenessFeatures, vaguenessOf, type VaguenessModel } from '../../server/answer/vagueness.ts';
import { FOLDS, withoutFold, type Labelled } from './ask-labels.ts';
import { figuresOf, score, type Outcome, type Ratio, type Scored } from './ask-metrics.ts';

const PLACEHOLDER: LinearModel = { mean: FEATURES.map(() => 0), scale: FEATURES.map(() => 1), weights: FEATURES.map(() => 0), bias: 0 };

/** A question scored once, out of fold: what the decision needs, with its candidates' features and labels. */
export interface ScoredQuestion {
  item: Labelled;
  scoring: Scoring;
  labels: (0 | 1 | null)[];
}

/** Scores every labelled question against the knowledge base without its fold's examples. */
export function scoreOutOfFold(kb: KnowledgeBase, items: readonly Labelled[], options: EngineOptions = {}): ScoredQuestion[] {
  const out: ScoredQuestion[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const kbF = withoutFold(kb, f);
    // Features do not depend on the model: a placeholder keeps the (possibly stale) committed file unread.
    const engine = createAnswerEngine(kbF, createSearchIndex(kbF), { ...options, model: PLACEHOLDER, thresholds: { answer: 1, margin: 1, option: 1, clarify: 2, vague: 2, vagueness: 2 } });
    for (const item of items.filter((x) => x.fold === f)) {
      const scoring = engine.score(item.q);
      const labels = scoring.candidates.map((c) => (c.id === item.expect ? 1 : item.also.includes(c.id) ? null : 0));
      out.push({ item, scoring, labels });
    }
  }
  return out;
}

/**
 * SHA-256 of the rows a fit reads: each question's candidates and their features, out of fold. Values are
 * written to 12 significant digits, so the digest names the features, not the last bit of a float.
 */
export function rowsDigest(questions: readonly ScoredQuestion[]): string {
  const h = createHash('sha256');
  for (const q of questions) {
    h.update(q.item.q).update('\n');
    q.scoring.candidates.forEach((c, i) => h.update(`${c.id}:${q.scoring.features[i]!.map((v) => Number(v.toPrecision(12))).join(',')}\n`));
  }
  return h.digest('hex');
}

/**
 * A question as the choice model sees it: its candidates and the right ones — the article and its accepted
 * alternatives, or a vague question's options (any of them: the mass goes to them together, so a clarify can
 * offer them; the decision asks a vague question back rather than answer it). Measured: with vague
 * questions fitted to "none" instead, vague → clarify fell from 0.71 to 0.50 at the same strict accuracy.
 */
function choiceOf(q: ScoredQuestion): { xs: number[][]; right: number[] } {
  const good = [q.item.expect, ...q.item.also, ...q.item.options].filter((x): x is string => !!x);
  return { xs: q.scoring.features, right: q.scoring.candidates.flatMap((c, i) => (good.includes(c.id) ? [i] : [])) };
}

/** Fits one model per fold (without it) and one on everything. */
export function fitModels(questions: readonly ScoredQuestion[], l2: number): { folds: LinearModel[]; all: LinearModel; rows: number } {
  const folds = Array.from({ length: FOLDS }, (_, f) => fitChoice(questions.filter((q) => q.item.fold !== f).map(choiceOf), l2));
  return { folds, all: fitChoice(questions.map(choiceOf), l2), rows: questions.reduce((s, q) => s + q.labels.length, 0) };
}

/**
 * Fits the vagueness model (vagueness.ts) of each fold, and one on everything: labelled vague questions
 * against in-scope ones, read from the out-of-fold scorings (`scorings`, with the choice models of the
 * folds), and attaches each to its fold's choice model.
 */
export function attachVagueness(questions: readonly ScoredQuestion[], scorings: readonly Scoring[], models: { folds: LinearModel[]; all: LinearModel }, l2: number): { folds: LinearModel[]; all: LinearModel } {
  const rows = questions.flatMap((q, i) => {
    if (q.item.set !== 'vague' && !q.item.expect) return [];
    const s = scorings[i]!;
    return [{ fold: q.item.fold, xs: [vaguenessFeatures({ measures: s.measures, length: s.analysis.normalized.text.length, scored: s.scored })], right: q.item.set === 'vague' ? [0] : [] }];
  });
  // A one-candidate choice model is a logistic regression: P(vague) = e^z / (1 + e^z).
  const fit = (f: number | null): VaguenessModel => {
    const { mean, scale, weights, bias } = fitChoice(rows.filter((r) => r.fold !== f), l2);
    return { mean, scale, weights, bias };
  };
  return { folds: models.folds.map((m, f) => ({ ...m, vagueness: fit(f) })), all: { ...models.all, vagueness: fit(null) } };
}

/** Each question's scoring re-scored with its fold's model (probabilities out of fold). */
export function outOfFold(questions: readonly ScoredQuestion[], folds: readonly LinearModel[]): Scoring[] {
  return questions.map((q) => {
    const model = folds[q.item.fold]!;
    const probs = choose(model, q.scoring.features);
    const scored = q.scoring.scored
      .map((s) => {
        const i = q.scoring.candidates.findIndex((c) => c.id === s.id);
        return { ...s, p: probs[i]! };
      })
      .sort((a, b) => b.p - a.p || a.id.localeCompare(b.id));
    const vagueness = vaguenessOf(model.vagueness, { measures: q.scoring.measures, length: q.scoring.analysis.normalized.text.length, scored });
    return { ...q.scoring, scored, vagueness };
  });
}

/** What the engine would reply to a question read alone, as the evaluation sees it. */
export function outcomeOf(s: Scoring, t: Thresholds): Outcome {
  const d = freshDecision(s, t);
  if (repliesSmalltalk(s, d)) return { kind: 'smalltalk', answerId: null, options: [], confidence: 1 };
  return {
    kind: d.kind,
    answerId: d.kind === 'answer' ? d.id : null,
    options: d.kind === 'clarify' ? d.options : [],
    confidence: d.confidence,
  };
}

/** Scores every question's outcome at thresholds `t`. */
export function evaluate(questions: readonly ScoredQuestion[], scorings: readonly Scoring[], t: Thresholds): Scored[] {
  return questions.map((q, i) => score(q.item, outcomeOf(scorings[i]!, t)));
}

/** Log-loss of out-of-fold probabilities (how well calibrated a fit is), over the fitted rows. */
export function logLoss(questions: readonly ScoredQuestion[], scorings: readonly Scoring[]): number {
  let sum = 0;
  let n = 0;
  questions.forEach((q, k) => {
    q.labels.forEach((label, i) => {
      if (label === null) return;
      const p = scorings[k]!.scored.find((s) => s.id === q.scoring.candidates[i]!.id)!.p;
      sum -= label === 1 ? Math.log(Math.max(p, 1e-12)) : Math.log(Math.max(1 - p, 1e-12));
      n += 1;
    });
  });
  return sum / Math.max(1, n);
}

/** Targets the thresholds are chosen for (stricter than the gates, for headroom on new questions). */
export interface SelectionTargets {
  maxWrong: number;
  minRejection: number;
  maxClarify: number;
  /** Most share of the labelled vague questions answered outright (a guess at one of several articles). */
  maxVagueAnswered: number;
  /** Right answers one wrong answer costs when thresholds are compared (see TRAINING.targets). */
  wrongCost: number;
}

/** In-scope questions answered with the wrong article (`inScopeWrongAnswers` counts them as its `right`). */
const wrongCount = (f: Record<string, Ratio>) => f.inScopeWrongAnswers!.right;

/** The vague threshold's candidates (2: a vague question is never answered). */
const VAGUE_GRID = [2, 0.99, 0.95];
/** The vagueness threshold's candidates (2: the vagueness model never makes a question vague). */
const VAGUENESS_GRID = [2, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2];

const grid = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 1000) / 1000);
/** A grid walked from its strictest value down: the first thresholds found are kept on a tie, so ties go to the stricter. */
const strictFirst = (from: number, to: number, step: number) => grid(from, to, step).reverse();

/**
 * Chooses the thresholds: first `answer` and `margin`, for the most right answers with at most
 * `maxWrong` wrong ones and at least `minRejection` of out-of-scope and look-alike questions not answered;
 * then `option` and `clarify`, for the most questions resolved (answered or asked back with the right
 * option) with a clarify rate of at most `maxClarify` and at least `minRejection` of out-of-scope and
 * look-alike questions falling back (not offered articles). `vague` is chosen with `answer` and `margin`:
 * the least probability at which a question that reads as vague is answered all the same, never one that
 * makes a labelled vague question answered. Ties in answering go to the stricter thresholds (the highest
 * `answer`, then `margin`, that answer as many right): answering is the risky act, and a new question
 * about something else should meet the strictest bar the labelled ones allow. Ties in asking back go to
 * the looser `option` and `clarify`: offering a third likely article costs the clerk a glance.
 */
export function chooseThresholds(questions: readonly ScoredQuestion[], scorings: readonly Scoring[], targets: SelectionTargets): Thresholds {
  let best: Thresholds = { answer: 0.95, margin: 0.5, option: 1, clarify: 2, vague: 2, vagueness: 2 };
  let bestScore = [-1, 0];
  for (const answer of strictFirst(0.2, 0.95, 0.02)) {
    for (const margin of strictFirst(0, 0.8, 0.04)) {
      for (const vagueness of VAGUENESS_GRID) {
        let never: ReturnType<typeof figuresOf> | null = null;
        for (const vague of VAGUE_GRID) {
          const t = { answer, margin, option: 1, clarify: 2, vague, vagueness };
          const f = figuresOf(evaluate(questions, scorings, t));
          never ??= f;
          if (f.inScopeWrongAnswers!.value > targets.maxWrong) continue;
          if (f.outOfScopeRejection!.value < targets.minRejection || f.lookAlikeRejection!.value < targets.minRejection) continue;
          // The vague threshold never makes a labelled vague question answered: they stay asked back.
          if (f.vagueAnswered!.right > never.vagueAnswered!.right) continue;
          if (f.vagueAnswered!.value > targets.maxVagueAnswered) continue;
          // The most right answers less the wrong ones' cost; among as many, the fewest vague questions answered.
          const score = [f.inScopeAccuracy!.right - targets.wrongCost * wrongCount(f), -f.vagueAnswered!.right];
          if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!)) [best, bestScore] = [t, score];
        }
      }
    }
  }
  // Asking back is worth it when it offers the right article: in-scope questions resolved, and vague
  // questions asked back with one of their options, count alike. Walked from the loosest (see above).
  const worth = (f: ReturnType<typeof figuresOf>) => f.inScopeResolved!.right + f.vagueClarify!.right;
  let chosen = best;
  let bestWorth = worth(figuresOf(evaluate(questions, scorings, best)));
  for (const option of grid(0.05, 0.5, 0.01)) {
    // 「Together likely」: the options offered are at least as likely as not, together.
    for (const clarify of grid(0.5, 1.5, 0.02)) {
      const t = { ...best, option, clarify };
      const f = figuresOf(evaluate(questions, scorings, t));
      if (f.inScopeClarifyRate!.value > targets.maxClarify) continue;
      // Out-of-scope questions are sent to the helpdesk, not offered articles.
      if (f.outOfScopeFallback!.value < targets.minRejection) continue;
      if (worth(f) > bestWorth) [chosen, bestWorth] = [t, worth(f)];
    }
  }
  return chosen;
}
