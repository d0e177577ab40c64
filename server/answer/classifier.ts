/**
 * A text classifier over the question's surface: multinomial logistic regression over character n-grams
 * (2–3) of the analysed question — in the articles' words (lexicon rewrites applied, kana folded), spaces
 * marking word edges — and the vocabulary it names (lexicon terms, concept classes, other systems),
 * trained on the articles' titles, summaries and labelled examples. It sees what the bag of bigrams of the
 * search and the neighbours does not: short particles and endings that separate 「どこで確認」 from
 * 「忘れた」, and which words come together. Its probability for each candidate is one feature of the
 * choice model (features.ts), not a decision.
 *
 * Honesty: trained only on the knowledge base it is given, so the evaluation's folds (which remove the
 * asked fold's examples) train it without the questions they ask.
 *
 * Why a few dozen lines and no library: ~25 classes, a few hundred short texts and a few thousand
 * n-grams; stochastic gradient descent in a fixed order from zero is deterministic (the same content gives
 * the same weights, bit for bit) and trains in well under a second at start-up. Measured on the labelled
 * questions (out of fold, the classifier alone, top-1): 1–3-grams of the evened text 0.77, of the rewritten
 * text 0.89; 1–2-grams 0.90 alone but a weaker feature in the model (log-loss of the choice model 0.0442),
 * 1–3-grams 0.0426, 2–3-grams 0.0423 (and a third fewer keys to look up per ask). Weight decay: 0.0003
 * against 0.0001 lifts the choice model's out-of-fold strict accuracy from 394 to 397 of 421 at the same 7
 * wrong answers (0.0002: 396, 0.0005 and 0.001: 397 with 8 wrong); a smoother classifier lets the decision
 * trust a smaller lead.
 */
import type { QueryAnalysis } from './analysis.ts';
import { buildGramTable, type GramTable } from '../text/gram-table.ts';
import { knownRows, type FeatureKey } from './classifier-keys.ts';
import { DEFAULT_CLASSIFIER, type ClassifierOptions } from './classifier-options.ts';


export interface TextClassifier {
  /** Class (article) ids, in weight-column order. */
  ids: string[];
  /** Article id → its column. */
  column: Map<string, number>;
  /** Feature key → row of `weights`. */
  index: Map<FeatureKey, number>;
  /** The numeric keys of `index` again, in a table the ask path looks them up in (text/gram-table.ts). */
  grams: GramTable;
  /** Row-major: `weights[row * ids.length + k]`. */
  weights: Float64Array;
  bias: Float64Array;
  options: ClassifierOptions;
}

/** Trains the classifier on labelled texts (each already cut into feature keys). */
export function trainClassifier(docs: readonly { id: string; keys: readonly FeatureKey[] }[], options: Partial<ClassifierOptions> = {}): TextClassifier {
  const opts = { ...DEFAULT_CLASSIFIER, ...options };
  const ids = Array.from(new Set(docs.map((d) => d.id))).sort();
  const klass = new Map(ids.map((id, k) => [id, k] as const));
  const index = new Map<FeatureKey, number>();
  for (const d of docs) for (const key of d.keys) if (!index.has(key)) index.set(key, index.size);
  const K = ids.length;
  const rows = docs.map((d) => ({ cols: d.keys.map((key) => index.get(key)!), value: 1 / Math.sqrt(Math.max(1, d.keys.length)), y: klass.get(d.id)! }));
  // A fixed, content-independent visiting order (a stride through the rows), so training is deterministic.
  const order = rows.map((_, i) => (i * 7919) % Math.max(1, rows.length));
  const w = new Float64Array(index.size * K);
  const b = new Float64Array(K);
  const p = new Float64Array(K);
  for (let epoch = 0; epoch < opts.iterations; epoch++) {
    const rate = opts.rate / (1 + epoch * opts.decay);
    const shrink = 1 - rate * opts.l2;
    for (const i of order) {
      const r = rows[i]!;
      scoreInto(p, w, b, r.cols, r.value, K);
      softmaxInPlace(p);
      p[r.y]! -= 1;
      for (let k = 0; k < K; k++) b[k]! -= rate * p[k]!;
      for (const c of r.cols) {
        const base = c * K;
        for (let k = 0; k < K; k++) w[base + k] = w[base + k]! * shrink - rate * p[k]! * r.value;
      }
    }
  }
  return { ids, column: klass, index, grams: buildGramTable(index), weights: w, bias: b, options: opts };
}

function scoreInto(out: Float64Array, w: Float64Array, b: Float64Array, cols: readonly number[], value: number, K: number): void {
  for (let k = 0; k < K; k++) out[k] = b[k]!;
  for (const c of cols) {
    const base = c * K;
    for (let k = 0; k < K; k++) out[k]! += w[base + k]! * value;
  }
}

function softmaxInPlace(p: Float64Array): void {
  let top = -Infinity;
  for (const v of p) top = Math.max(top, v);
  let sum = 0;
  for (let k = 0; k < p.length; k++) sum += p[k] = Math.exp(p[k]! - top);
  for (let k = 0; k < p.length; k++) p[k]! /= sum;
}

/** What the classifier says about a question: each article's probability, and how much of it it knew. */
export interface Classification {
  /** An article's probability (the articles' probabilities add up to 1; 0 for an unknown id). */
  of(id: string): number;
  /** The highest and second-highest probability over all articles. */
  best: number;
  second: number;
  /** Share of the question's feature keys the training texts held. */
  known: number;
}

/** Classifies an analysed question (a few microseconds: a lookup and ~25 additions per n-gram). */
export function classify(c: TextClassifier, analysis: QueryAnalysis): Classification {
  const K = c.ids.length;
  const { cols, keys } = knownRows(c, analysis);
  const out = new Float64Array(K);
  scoreInto(out, c.weights, c.bias, cols, 1 / Math.sqrt(Math.max(1, keys)), K);
  softmaxInPlace(out);
  let best = 0;
  let second = 0;
  for (const v of out) {
    if (v > best) [best, second] = [v, best];
    else if (v > second) second = v;
  }
  return new Probabilities(out, c.column, best, second, keys === 0 ? 0 : cols.length / keys);
}

/** A classification as a class: `of` lives once on the prototype, not as a closure made per question. */
class Probabilities implements Classification {
  constructor(
    private readonly p: Float64Array,
    private readonly column: ReadonlyMap<string, number>,
    readonly best: number,
    readonly second: number,
    readonly known: number,
  ) {}

  of(id: string): number {
    return this.p[this.column.get(id) ?? -1] ?? 0;
  }
}
