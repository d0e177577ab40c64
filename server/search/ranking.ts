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
 *
 * The functions here are pure arithmetic over what an article holds of ONE query's terms (query-match.ts
 * works that out once per query from the index's postings): flags and rows of small typed arrays, so
 * scoring touches no string and allocates nothing.
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

/** Bits of the article-level fields a term is in (one byte per query term). */
export const FIELD = { title: 1, summary: 2, examples: 4 } as const;

/**
 * What one article holds of a query's `terms` terms: `fields[fieldsAt + i]` is term i's FIELD bits,
 * `bodies[bodiesAt + s * terms + i]` is 1 when section s's body holds it, and `held` (from `heldAt`,
 * `heldCount` of them, ascending) lists the terms held anywhere: the others add exactly 0 to every part.
 */
export interface ArticleTerms {
  terms: number;
  fields: Uint8Array;
  fieldsAt: number;
  bodies: Uint8Array;
  bodiesAt: number;
  held: Int32Array;
  heldAt: number;
  heldCount: number;
}

/** What the examples of one article share with a query: per example, Σ weight of the query terms it holds,
 * which of them (bit i for term i; terms beyond the 52nd share one bit: a rare, long query) and its norm. */
export interface ExampleMatch {
  dot: Float64Array;
  shared: Float64Array;
  norm: Float64Array;
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

/** Σ of the query terms' weights: the query's mass, the denominator of coverage and example cosines. */
export function queryMass(terms: readonly WeightedTerm[]): number {
  let mass = 0;
  for (const t of terms) mass += t.weight;
  return mass;
}

/**
 * What each query term the article holds adds to a section's content part: weight × the best field
 * holding it — title or summary (the same for every section of the article), or the section's own body.
 * `lacks[i]` is the part when the section's body lacks term i, `holds[i]` when it holds it; both are
 * computed once per article, so scoring a section is a sum. Particle-like terms count `weakField` in
 * any field.
 */
export function termParts(terms: readonly WeightedTerm[], a: ArticleTerms, params: RankingParams, lacks: Float64Array, holds: Float64Array): void {
  const w = params.weights;
  for (let n = 0; n < a.heldCount; n++) {
    const i = a.held[a.heldAt + n]!;
    const t = terms[i]!;
    const f = a.fields[a.fieldsAt + i]!;
    const head = t.weak ? (f & (FIELD.title | FIELD.summary) ? params.weakField : 0) : Math.max(f & FIELD.title ? w.title : 0, f & FIELD.summary ? w.summary : 0);
    const bodyWeight = t.weak ? params.weakField : w.body;
    lacks[i] = t.weight * head;
    holds[i] = head >= bodyWeight ? lacks[i]! : t.weight * bodyWeight;
  }
}

/** Content part of section `section`: Σ over the terms held (in term order) of their part (see {@link termParts}). */
export function contentScore(a: ArticleTerms, section: number, lacks: Float64Array, holds: Float64Array): number {
  const body = a.bodiesAt + section * a.terms;
  let score = 0;
  for (let n = 0; n < a.heldCount; n++) {
    const i = a.held[a.heldAt + n]!;
    score += a.bodies[body + i] === 0 ? lacks[i]! : holds[i]!;
  }
  return score;
}

/** exampleScore's working space: each example's similarity and group (scoring is synchronous). */
let sims = new Float64Array(64);
let groups = new Float64Array(64);

/**
 * Examples part: mean IDF cosine of the `closest` most similar labelled questions (examples `from`..`to`
 * of `m`), in query-weight units. Examples that share the SAME query terms are one piece of evidence and
 * count once (the closest of them): otherwise an article whose questions all repeat one frequent word
 * (eight 「利用申請…」 questions about completion) outvotes, on that word alone, an article that explains
 * it. The mean still divides by `closest`, so an article matched in one way only scores lower than one
 * matched in several.
 */
export function exampleScore(mass: number, m: ExampleMatch, from: number, to: number, params: RankingParams): number {
  const count = to - from;
  if (mass === 0 || count === 0) return 0;
  if (sims.length < count) {
    sims = new Float64Array(count * 2);
    groups = new Float64Array(count * 2);
  }
  let n = 0;
  for (let e = from; e < to; e++) {
    if (m.dot[e] === 0) continue;
    const norm = m.norm[e]!;
    sims[n] = norm === 0 ? 0 : (m.dot[e]! / Math.sqrt(mass * norm)) * mass;
    groups[n] = m.shared[e]!;
    n += 1;
  }
  const k = Math.min(params.closest, count);
  let sum = 0;
  // The k closest groups, closest first: the most similar example left is its group's closest; its whole
  // group then leaves.
  for (let round = 0; round < k && n > 0; round++) {
    let best = 0;
    for (let j = 1; j < n; j++) if (sims[j]! > sims[best]!) best = j;
    sum += sims[best]!;
    const group = groups[best]!;
    let kept = 0;
    for (let j = 0; j < n; j++) {
      if (groups[j] === group) continue;
      sims[kept] = sims[j]!;
      groups[kept] = groups[j]!;
      kept += 1;
    }
    n = kept;
  }
  return sum / k;
}

/** Penalty: Σ idf × share over the article's key terms the query lacks (`values[j]` = idf × share of key `ids[j]`). */
export function missingKeyPenalty(keys: { ids: Int32Array; values: Float64Array }, inQuery: (id: number) => boolean): number {
  let penalty = 0;
  for (let j = 0; j < keys.ids.length; j++) if (!inQuery(keys.ids[j]!)) penalty += keys.values[j]!;
  return penalty;
}

/** Share (0..1) of the terms' weight (`mass`, their sum) that section `section` holds in any field (title, summary, examples, body). */
export function coverage(terms: readonly WeightedTerm[], mass: number, a: ArticleTerms, section: number): number {
  const body = a.bodiesAt + section * a.terms;
  let found = 0;
  for (let n = 0; n < a.heldCount; n++) {
    const i = a.held[a.heldAt + n]!;
    if (a.fields[a.fieldsAt + i] !== 0 || a.bodies[body + i] !== 0) found += terms[i]!.weight;
  }
  return mass === 0 ? 0 : found / mass;
}
