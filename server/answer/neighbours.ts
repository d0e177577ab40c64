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
  postings: Map<string, { doc: number; weight: number }[]>;
  idf: Map<string, number>;
  /** Weight of a token no example holds (the rarest possible). */
  unseen: number;
  options: NeighbourOptions;
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
  const idf = new Map(Array.from(df, ([t, f]) => [t, Math.log(1 + n / f)] as const));
  const postings = new Map<string, { doc: number; weight: number }[]>();
  weighted.forEach((d, doc) => {
    let sq = 0;
    for (const [t, w] of d.tokens) sq += (idf.get(t)! * w) ** 2;
    const norm = Math.sqrt(sq);
    for (const [t, w] of d.tokens) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push({ doc, weight: (idf.get(t)! * w) / norm });
    }
  });
  return { owners: weighted.map((d) => d.id), postings, idf, unseen: Math.log(1 + n / 0.5), options: opts };
}

/** The k most similar documents, most similar first (ties: earlier document first), without sorting them all. */
function topK(sims: Map<number, number>, k: number): [number, number][] {
  const out: [number, number][] = [];
  for (const entry of sims) {
    if (out.length === k && !(entry[1] > out[k - 1]![1] || (entry[1] === out[k - 1]![1] && entry[0] < out[k - 1]![0]))) continue;
    let i = out.length === k ? k - 1 : out.length;
    while (i > 0 && (out[i - 1]![1] < entry[1] || (out[i - 1]![1] === entry[1] && out[i - 1]![0] > entry[0]))) {
      if (i < k) out[i] = out[i - 1]!;
      i -= 1;
    }
    out[i] = entry;
    out.length = Math.min(out.length, k);
  }
  return out;
}

/** The articles the question's nearest examples vote for, strongest first (empty when nothing is near). */
export function vote(index: NeighbourIndex, tokens: readonly QueryToken[]): NeighbourVote[] {
  const q = weights(tokens, index.options.grammar);
  // Tokens no example holds still count in the question's length: a question about something else is far.
  let sq = 0;
  for (const [t, w] of q) sq += ((index.idf.get(t) ?? index.unseen) * w) ** 2;
  const norm = Math.sqrt(sq);
  if (norm === 0) return [];
  const sims = new Map<number, number>();
  for (const [t, w] of q) {
    const list = index.postings.get(t);
    if (!list) continue;
    const qw = (index.idf.get(t)! * w) / norm;
    for (const p of list) sims.set(p.doc, (sims.get(p.doc) ?? 0) + qw * p.weight);
  }
  const nearest = topK(sims, index.options.k);
  const votes = new Map<string, { sum: number; nearest: number }>();
  let total = 0;
  for (const [doc, sim] of nearest) {
    const id = index.owners[doc]!;
    const v = votes.get(id) ?? { sum: 0, nearest: 0 };
    v.sum += sim ** index.options.power;
    v.nearest = Math.max(v.nearest, sim);
    votes.set(id, v);
    total += sim ** index.options.power;
  }
  if (total === 0) return [];
  return Array.from(votes, ([id, v]) => ({ id, share: v.sum / total, nearest: v.nearest })).sort((a, b) => b.share - a.share || a.id.localeCompare(b.id));
}
