/**
 * Example neighbours: a second opinion on which article a question is about, from the articles' labelled
 * `examples` (and titles and summaries) — questions written the way users type them. The question is
 * compared with every example by IDF-weighted cosine over the tokens of their analyses (lexicon variants
 * already replaced by their terms, so 「けいじぇい」 and 「KJ」 meet), and its nearest examples vote for
 * their article, each with the weight of its similarity.
 *
 * Honesty: built only from the knowledge base it is given (the evaluation and the training remove the asked
 * fold's examples from it), so a question never finds itself.
 */
import type { QueryToken } from '../search/search-index.ts';
import { neighbourIds } from './neighbour-ids.ts';
import { sortSmall } from '../text/sort-small.ts';

/** Tunable numbers of the vote (documented defaults; the engine's options object may override them). */
export interface NeighbourOptions {
  /** How many nearest examples vote. */
  k: number;
  /** A neighbour's vote is its similarity raised to this power: near examples count more. */
  power: number;
  /** Weight of particle-like tokens (「ます」「を忘」) in a text that also has content words. */
  grammar: number;
}

export const DEFAULT_NEIGHBOURS: NeighbourOptions = { k: 10, power: 2, grammar: 0.5 };

export interface NeighbourIndex {
  owners: string[];
  /** Token → its number; per number, its IDF and its postings (documents and weights, packed). */
  ids: Map<string, number>;
  idf: Float64Array;
  offsets: Int32Array;
  docs: Int32Array;
  weights: Float64Array;
  /** Weight of a token no example holds (the rarest possible). */
  unseen: number;
  options: NeighbourOptions;
  /** Each document's similarity to the question being asked, and whether it shares a token with it (reused: asks run one at a time). */
  sims: Float64Array;
  near: Uint8Array;
  /** The documents sharing a token with the question, in the order met (the first `count` of it). */
  touched: Int32Array;
  /** Per token: the ask that last met it (`stamp`), and where in that ask's terms. */
  seen: Uint32Array;
  slotOf: Int32Array;
  stamp: number;
}

/** One article's share of the vote. */
export interface NeighbourVote {
  id: string;
  /** Share of the total vote, 0..1. */
  share: number;
  /** Similarity of this article's nearest example, 0..1. */
  nearest: number;
}

function weights(tokens: readonly QueryToken[], grammar: number): Map<string, number> {
  return new Map(tokens.map((t) => [t.term, t.weak ? grammar : 1]));
}

/** Builds the index once per knowledge base from each document's tokens (its analysis). */
export function buildNeighbours(docs: readonly { id: string; tokens: readonly QueryToken[] }[], options: Partial<NeighbourOptions> = {}): NeighbourIndex {
  const opts = { ...DEFAULT_NEIGHBOURS, ...options };
  const weighted = docs.map((d) => ({ id: d.id, tokens: weights(d.tokens, opts.grammar) })).filter((d) => d.tokens.size > 0);
  const df = new Map<string, number>();
  for (const d of weighted) for (const t of d.tokens.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(1, weighted.length);
  const ids = new Map(Array.from(df.keys(), (t, i) => [t, i] as const));
  const idf = Float64Array.from(df.values(), (f) => Math.log(1 + n / f));
  const postings = Array.from(df.keys(), () => [] as { doc: number; weight: number }[]);
  weighted.forEach((d, doc) => {
    let sq = 0;
    for (const [t, w] of d.tokens) sq += (idf[ids.get(t)!]! * w) ** 2;
    const norm = Math.sqrt(sq);
    for (const [t, w] of d.tokens) postings[ids.get(t)!]!.push({ doc, weight: (idf[ids.get(t)!]! * w) / norm });
  });
  const offsets = new Int32Array(postings.length + 1);
  postings.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  const flat = postings.flat();
  return {
    owners: weighted.map((d) => d.id), ids, idf, offsets,
    docs: Int32Array.from(flat, (p) => p.doc), weights: Float64Array.from(flat, (p) => p.weight),
    unseen: Math.log(1 + n / 0.5), options: opts, sims: new Float64Array(weighted.length), near: new Uint8Array(weighted.length), touched: new Int32Array(weighted.length),
    seen: new Uint32Array(df.size), slotOf: new Int32Array(df.size), stamp: 0,
  };
}

/** Whether document `a` (similarity `x`) ranks before `b` (similarity `y`): more similar, then earlier. */
const before = (x: number, a: number, y: number, b: number) => x > y || (x === y && a < b);

/** The k most similar of the first `count` documents, most similar first (ties: earlier document first), without sorting them all. */
function topK(docs: Int32Array, count: number, sims: Float64Array, k: number): number[] {
  const out: number[] = [];
  for (let d = 0; d < count; d++) {
    const doc = docs[d]!;
    const sim = sims[doc]!;
    if (out.length === k && !before(sim, doc, sims[out[k - 1]!]!, out[k - 1]!)) continue;
    let i = out.length === k ? k - 1 : out.length;
    while (i > 0 && before(sim, doc, sims[out[i - 1]!]!, out[i - 1]!)) {
      out[i] = out[i - 1]!;
      i -= 1;
    }
    out[i] = doc;
  }
  return out;
}

/** vote's working space (asks run one at a time): the question's distinct terms, their numbers and weights; the unknown terms met. */
let termIds = new Int32Array(64);
let termWeights = new Float64Array(64);
const unknownAt = new Map<string, number>();
/** The articles voted for by the nearest examples, their summed votes and nearest similarity (at most k of them). */
const votedIds: string[] = [];
const votedSums: number[] = [];
const votedNearest: number[] = [];

/**
 * The articles the question's nearest examples vote for, strongest first (empty when nothing is near);
 * ties go by id, in `compareIds` order (default `localeCompare`; the engine passes the same order, worked out once).
 * `ids` are the tokens' numbers in the index (neighbourIds), when the caller has them.
 */
export function vote(index: NeighbourIndex, tokens: readonly QueryToken[], compareIds: (a: string, b: string) => number = (a, b) => a.localeCompare(b), ids: ArrayLike<number> = neighbourIds(index, tokens)): NeighbourVote[] {
  // Each term once, with its number and weight (a repeated term keeps its first place and its last weight, as
  // a Map would): a known term is recognised by its number, an unknown one (rare) through a Map.
  const { seen, slotOf } = index;
  index.stamp = index.stamp === 0xffffffff ? (seen.fill(0), 1) : index.stamp + 1;
  if (termIds.length < tokens.length) {
    termIds = new Int32Array(tokens.length * 2);
    termWeights = new Float64Array(tokens.length * 2);
  }
  // Map.clear makes a new table even when the map is empty, and it nearly always is.
  if (unknownAt.size > 0) unknownAt.clear();
  let terms = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const id = ids[i]!;
    const w = t.weak ? index.options.grammar : 1;
    const at = id >= 0 ? (seen[id] === index.stamp ? slotOf[id]! : -1) : (unknownAt.get(t.term) ?? -1);
    if (at >= 0) {
      termWeights[at] = w;
      continue;
    }
    if (id >= 0) {
      seen[id] = index.stamp;
      slotOf[id] = terms;
    } else unknownAt.set(t.term, terms);
    termIds[terms] = id;
    termWeights[terms] = w;
    terms += 1;
  }
  // Tokens no example holds still count in the question's length: a question about something else is far.
  let sq = 0;
  for (let i = 0; i < terms; i++) sq += ((termIds[i]! < 0 ? index.unseen : index.idf[termIds[i]!]!) * termWeights[i]!) ** 2;
  const norm = Math.sqrt(sq);
  if (norm === 0) return [];
  const { sims, near, offsets, touched } = index;
  let count = 0;
  for (let i = 0; i < terms; i++) {
    const id = termIds[i]!;
    if (id < 0) continue;
    const qw = (index.idf[id]! * termWeights[i]!) / norm;
    for (let j = offsets[id]!; j < offsets[id + 1]!; j++) {
      const doc = index.docs[j]!;
      if (!near[doc]) touched[count++] = doc;
      near[doc] = 1;
      sims[doc]! += qw * index.weights[j]!;
    }
  }
  const nearest = topK(touched, count, sims, index.options.k);
  // The nearest are few (k): their articles are kept in small arrays, found by a scan rather than a Map.
  votedIds.length = 0;
  votedSums.length = 0;
  votedNearest.length = 0;
  let total = 0;
  for (const doc of nearest) {
    const sim = sims[doc]!;
    const weight = sim ** index.options.power;
    const id = index.owners[doc]!;
    let v = votedIds.indexOf(id);
    if (v < 0) {
      v = votedIds.length;
      votedIds.push(id);
      votedSums.push(0);
      votedNearest.push(0);
    }
    votedSums[v]! += weight;
    votedNearest[v] = Math.max(votedNearest[v]!, sim);
    total += weight;
  }
  for (let d = 0; d < count; d++) {
    sims[touched[d]!] = 0;
    near[touched[d]!] = 0;
  }
  if (total === 0) return [];
  const out: NeighbourVote[] = [];
  for (let v = 0; v < votedIds.length; v++) out.push({ id: votedIds[v]!, share: votedSums[v]! / total, nearest: votedNearest[v]! });
  return sortSmall(out, (a, b) => b.share - a.share || compareIds(a.id, b.id));
}
