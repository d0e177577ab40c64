/**
 * Our ranking on top of FlexSearch's candidates (FlexSearch with `suggest: true` only counts matched
 * terms). A section's score has three parts, all weighted by IDF so rare terms count more:
 * - content: each query term counts with the weight of the best field holding it (title, summary, body);
 * - examples: how closely the question resembles the article's labelled questions (mean cosine of the
 *   closest few, examples sharing the same query terms counted once), which is where users' own words live;
 * - a penalty for the article's key terms the question lacks: terms found in most of its labelled
 *   questions (「証明書」 for the certificate-password article) — a question about the KJ password that
 *   never says 証明書 is not about the certificate password, however many other words it shares.
 * `coverage` says how much of the question a hit explains (0..1); the answer engine turns it into confidence.
 */

export type FieldName = 'title' | 'summary' | 'body';

export interface RankingParams {
  /** How much a term found in each field counts. */
  weights: Record<FieldName, number>;
  /** Weight of the examples part. */
  examples: number;
  /** How many of the closest examples are averaged. */
  closest: number;
  /** Weight of the missing-key-term penalty. */
  penalty: number;
  /** Share of an article's questions (title included) a term must appear in to be a key term. */
  keyShare: number;
  /** Factor for particle-like query terms (see `weakPairs`) when the question also has content words. */
  hiragana: number;
  /**
   * Field weight of particle-like terms, the same in every field: 「…を忘れてしまいました」 in a title must
   * not make that title the answer to every question ending in 「てしまいました」.
   */
  weakField: number;
}

/** Chosen on the labelled questions with k-fold evaluation (`npm run eval:search`). */
export const DEFAULT_RANKING: RankingParams = {
  weights: { title: 3, summary: 2, body: 1 },
  examples: 3,
  closest: 5,
  penalty: 3,
  keyShare: 0.5,
  hiragana: 0.5,
  weakField: 1,
};

/** A query term, its rarity and its weight in this query. */
export interface WeightedTerm {
  term: string;
  idf: number;
  /** `idf`, lowered for particle-like terms. */
  weight: number;
  /** A particle-like pair (see `weakPairs`): counts the same in every field. */
  weak?: boolean;
}

/** An article's labelled questions, each as a term set with its IDF norm, and which questions hold each term. */
export interface ExampleSet {
  list: { terms: ReadonlySet<string>; norm: number }[];
  postings: Map<string, number[]>;
}

/** What a section is scored on. */
export interface SectionTerms {
  title: ReadonlySet<string>;
  summary: ReadonlySet<string>;
  body: ReadonlySet<string>;
  /** The article's labelled questions. */
  examples: ExampleSet;
  /** The article's key terms and their share of its questions. */
  keys: ReadonlyMap<string, number>;
}

/** Key terms of an article: share of its questions (each a term set) that contain the term, at least `minShare`. */
export function keyTerms(questions: readonly ReadonlySet<string>[], minShare: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const q of questions) for (const t of q) counts.set(t, (counts.get(t) ?? 0) + 1);
  const keys = new Map<string, number>();
  if (questions.length < 3) return keys; // too few questions to tell what is essential
  for (const [t, c] of counts) if (c / questions.length >= minShare) keys.set(t, c / questions.length);
  return keys;
}

/**
 * Per query term, the weight of the best article-level field (title, summary) holding it: the same for
 * every section of an article, so computed once per article.
 */
export function headWeights(terms: readonly WeightedTerm[], s: SectionTerms, params: RankingParams): number[] {
  const w = params.weights;
  return terms.map((t) => {
    if (t.weak) return s.title.has(t.term) || s.summary.has(t.term) ? params.weakField : 0;
    return Math.max(s.title.has(t.term) ? w.title : 0, s.summary.has(t.term) ? w.summary : 0);
  });
}

/**
 * Content part: Σ weight × the weight of the best field (title, summary, this section's body) holding
 * the term. Particle-like terms count `weakField` in any field.
 */
export function contentScore(
  terms: readonly WeightedTerm[],
  s: SectionTerms,
  params: RankingParams,
  head: readonly number[] = headWeights(terms, s, params),
): number {
  let score = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const bodyWeight = t.weak ? params.weakField : params.weights.body;
    const best = head[i]! >= bodyWeight || !s.body.has(t.term) ? head[i]! : bodyWeight;
    score += t.weight * best;
  }
  return score;
}

/**
 * Examples part: mean IDF cosine of the `closest` most similar labelled questions, in query-weight units.
 * Examples that share the SAME query terms are one piece of evidence and count once (the closest of them):
 * otherwise an article whose questions all repeat one frequent word (eight 「利用申請…」 questions about
 * completion) outvotes, on that word alone, an article that explains it. The mean still divides by
 * `closest`, so an article matched in one way only scores lower than one matched in several.
 */
export function exampleScore(terms: readonly WeightedTerm[], s: SectionTerms, params: RankingParams): number {
  const examples = s.examples.list;
  let queryMass = 0;
  for (const t of terms) queryMass += t.weight;
  if (queryMass === 0 || examples.length === 0) return 0;
  // Dot products through the examples' postings: only the examples sharing a term are touched. Which
  // query terms an example shares is a bit set (terms beyond the 52nd share one bit: a rare, long query).
  const dot = new Float64Array(examples.length);
  const shared = new Float64Array(examples.length);
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const holders = s.examples.postings.get(t.term);
    if (!holders) continue;
    const bit = 2 ** Math.min(i, 52);
    for (const e of holders) {
      dot[e] += t.weight;
      if (shared[e]! % (bit * 2) < bit) shared[e] += bit;
    }
  }
  const byShared = new Map<number, number>();
  for (let e = 0; e < examples.length; e++) {
    if (dot[e] === 0) continue;
    const norm = examples[e]!.norm;
    const sim = norm === 0 ? 0 : (dot[e]! / Math.sqrt(queryMass * norm)) * queryMass;
    byShared.set(shared[e]!, Math.max(byShared.get(shared[e]!) ?? 0, sim));
  }
  const sims = Array.from(byShared.values()).sort((a, b) => b - a);
  const k = Math.min(params.closest, examples.length);
  let sum = 0;
  for (let i = 0; i < Math.min(k, sims.length); i++) sum += sims[i]!;
  return sum / k;
}

/** Penalty: Σ idf × share over the article's key terms the question lacks. */
export function missingKeyPenalty(query: ReadonlySet<string>, s: SectionTerms, idfOf: (term: string) => number): number {
  let penalty = 0;
  for (const [t, share] of s.keys) if (!query.has(t)) penalty += idfOf(t) * share;
  return penalty;
}

/** Share (0..1) of the terms' weight that the section holds in any field. */
export function coverage(terms: readonly WeightedTerm[], s: SectionTerms, inExamples: ReadonlySet<string>): number {
  let total = 0;
  let found = 0;
  for (const t of terms) {
    total += t.weight;
    if (s.title.has(t.term) || s.summary.has(t.term) || s.body.has(t.term) || inExamples.has(t.term)) found += t.weight;
  }
  return total === 0 ? 0 : found / total;
}
