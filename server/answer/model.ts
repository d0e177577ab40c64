/**
 * Step 4 of the engine: one calibrated score. A logistic choice model (multinomial logit over a question's
 * candidates, plus "none of them") gives each candidate the probability that it is the answer: the
 * candidates' probabilities and "none" add up to 1. Each candidate's utility is linear in its features,
 * standardised (mean 0, scale 1, from the training rows) so the L2 penalty treats them alike. The fit is
 * Newton-like, deterministic: the same rows give the same weights, bit for bit.
 *
 * Why a few dozen lines instead of a library: the model has ~25 weights, trains on a few thousand rows in
 * a second, and must be deterministic and readable; the npm machine-learning libraries bring far more
 * than that (and no choice model).
 */
import { Type, type Static } from '@sinclair/typebox';
import { VaguenessModelSchema } from './vagueness.ts';

export const LinearModelSchema = Type.Object({
  mean: Type.Array(Type.Number()),
  scale: Type.Array(Type.Number()),
  weights: Type.Array(Type.Number()),
  bias: Type.Number(),
  /** The question-level model of vagueness fitted with this one (vagueness.ts); absent: none. */
  vagueness: Type.Optional(VaguenessModelSchema),
});

/** A fitted model: standardisation and weights, one per feature. */
export type LinearModel = Static<typeof LinearModelSchema>;

/** Each feature's contribution to the log-odds (weight × standardised value), for explanations. */
export function contributions(model: LinearModel, x: readonly number[]): number[] {
  return x.map((v, i) => (model.weights[i]! * (v - model.mean[i]!)) / model.scale[i]!);
}

/** Solves A·x = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/**
 * The probabilities of one question's candidates under a choice model: candidate i has utility
 * z_i = bias + Σ w·standardised(x_i); "none of them" has utility 0. P(i) = e^{z_i} / (1 + Σ_j e^{z_j}), so the
 * candidates' probabilities and "none" add up to 1: a question several articles fit spreads its mass,
 * a question nothing fits leaves it on "none".
 */
export function choose(model: LinearModel, xs: readonly (readonly number[])[]): number[] {
  // One array, turned from utilities into exponentials into probabilities in place (an ask's candidates
  // are scored here: no array per step), with the same arithmetic in the same order.
  const p: number[] = [];
  let top = 0;
  for (const x of xs) {
    let u = model.bias;
    for (let i = 0; i < x.length; i++) u += (model.weights[i]! * (x[i]! - model.mean[i]!)) / model.scale[i]!;
    p.push(u);
    top = Math.max(top, u);
  }
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += p[i] = Math.exp(p[i]! - top);
  sum = Math.exp(-top) + sum;
  for (let i = 0; i < p.length; i++) p[i] = p[i]! / sum;
  return p;
}

/**
 * Fits the choice model: each question is its candidates' feature rows and the indices of the right ones
 * (any of them is right: an article and its accepted alternatives, or a vague question's options; empty
 * when none is right). Maximises the likelihood of the right set, with an L2 penalty on the weights, by
 * Newton-like steps whose curvature is the candidates' covariance (a majorizer of the true curvature,
 * so every step improves the fit).
 */
export function fitChoice(questions: readonly { xs: number[][]; right: number[] }[], l2: number, iterations = 200): LinearModel {
  const rows = questions.flatMap((q) => q.xs);
  const d = rows[0]?.length ?? 0;
  const n = rows.length;
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / Math.max(1, n));
  const scale = Array.from({ length: d }, (_, j) => {
    const v = rows.reduce((s, r) => s + (r[j]! - mean[j]!) ** 2, 0) / Math.max(1, n);
    return v > 1e-12 ? Math.sqrt(v) : 1;
  });
  const qs = questions.map((q) => ({ xs: q.xs.map((r) => [1, ...r.map((v, j) => (v - mean[j]!) / scale[j]!)]), right: q.right }));
  let beta = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (const q of qs) {
      if (q.xs.length === 0) continue;
      const z = q.xs.map((x) => x.reduce((s, v, k) => s + v * beta[k]!, 0));
      const top = Math.max(0, ...z);
      const e = z.map((u) => Math.exp(u - top));
      const sum = Math.exp(-top) + e.reduce((s, v) => s + v, 0);
      const p = e.map((v) => v / sum);
      const mu = new Array<number>(d + 1).fill(0);
      q.xs.forEach((x, i) => x.forEach((v, k) => (mu[k]! += p[i]! * v)));
      const inSet = q.right.reduce((s, i) => s + p[i]!, 0);
      for (const i of q.right) q.xs[i]!.forEach((v, k) => (grad[k]! += (p[i]! / inSet) * v));
      for (let k = 0; k <= d; k++) grad[k]! -= mu[k]!;
      q.xs.forEach((x, i) => {
        for (let k = 0; k <= d; k++) for (let l = k; l <= d; l++) hess[k]![l]! += p[i]! * x[k]! * x[l]!;
      });
      for (let k = 0; k <= d; k++) for (let l = k; l <= d; l++) hess[k]![l]! -= mu[k]! * mu[l]!;
    }
    for (let k = 0; k <= d; k++) {
      for (let l = 0; l < k; l++) hess[k]![l] = hess[l]![k]!;
      if (k > 0) {
        grad[k]! -= l2 * beta[k]!;
        hess[k]![k]! += l2;
      }
      hess[k]![k]! += 1e-9;
    }
    const step = solve(hess, grad);
    beta = beta.map((b, k) => b + step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return { mean, scale, weights: beta.slice(1), bias: beta[0]! };
}
