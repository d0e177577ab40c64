/**
 * Example neighbours: a second, independent opinion on which article a question is about, from the
 * articles' labelled `examples` (and titles) — questions written the way users type them. The question is
 * compared with every example by IDF-weighted cosine over character bigrams of normalised text (lexicon
 * variants replaced by their official term, so 「けいじぇい」 and 「KJ」 meet), and its nearest
 * examples vote for their article, each with the weight of its similarity.
 *
 * Why a second signal: the search ranks article text, which answers questions but is not written like
 * them; the examples are. When both name the same article the engine can answer where the search alone
 * would only ask back; when they disagree, the engine asks.
 *
 * Honesty: built only from the knowledge base it is given (the evaluation removes the asked fold's
 * examples from that knowledge base), so a question never finds itself.
 */
import type { Article, LexiconEntry } from '../content/types.ts';
import { normalize } from '../text/normalize.ts';
import { uniqueTokens, weakPairs } from '../text/tokenize.ts';
import { substituteLexicon } from '../text/lexicon.ts';

export interface NeighbourOptions {
  /** How many nearest examples vote (default 10). */
  k: number;
  /** A neighbour's vote is its similarity raised to this power: near examples count more (default 2). */
  power: number;
  /** Weight of particle/ending pairs (「ます」「を忘」) in a question that also has content words (default 0.5). */
  grammar: number;
}

export const DEFAULT_NEIGHBOURS: NeighbourOptions = { k: 10, power: 2, grammar: 0.5 };

export interface NeighbourIndex {
  /** Article id of each example document. */
  owners: string[];
  /** Token → example documents holding it, with the token's weight in that document's unit vector. */
  postings: Map<string, { doc: number; weight: number }[]>;
  idf: Map<string, number>;
  /** Weight of a token no example holds (the rarest possible). */
  unseen: number;
  lexicon: readonly LexiconEntry[];
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

/**
 * The tokens a text is compared on, each with its own weight: bigrams of its normalised form with lexicon
 * variants replaced; particle pairs weigh `grammar` when the text also has content words.
 */
export function neighbourTokens(text: string, lexicon: readonly LexiconEntry[], grammar = DEFAULT_NEIGHBOURS.grammar): Map<string, number> {
  const tokens = uniqueTokens(substituteLexicon(normalize(text), lexicon));
  const weak = weakPairs(text);
  const mixed = tokens.some((t) => !weak.has(t));
  return new Map(tokens.map((t) => [t, mixed && weak.has(t) ? grammar : 1]));
}

/** Builds the index once per knowledge base: each article's title and examples are its documents. */
export function buildNeighbours(
  articles: readonly Article[],
  lexicon: readonly LexiconEntry[],
  options: Partial<NeighbourOptions> = {},
): NeighbourIndex {
  const opts = { ...DEFAULT_NEIGHBOURS, ...options };
  const docs: { id: string; tokens: Map<string, number> }[] = [];
  for (const a of articles) {
    for (const text of [a.title, a.summary, ...a.examples]) {
      const tokens = neighbourTokens(text, lexicon, opts.grammar);
      if (tokens.size > 0) docs.push({ id: a.id, tokens });
    }
  }
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.tokens.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(1, docs.length);
  const idf = new Map(Array.from(df, ([t, f]) => [t, Math.log(1 + n / f)] as const));
  const postings = new Map<string, { doc: number; weight: number }[]>();
  docs.forEach((d, doc) => {
    let sq = 0;
    for (const [t, w] of d.tokens) sq += (idf.get(t)! * w) ** 2;
    const norm = Math.sqrt(sq);
    for (const [t, w] of d.tokens) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push({ doc, weight: (idf.get(t)! * w) / norm });
    }
  });
  return { owners: docs.map((d) => d.id), postings, idf, unseen: Math.log(1 + n / 0.5), lexicon, options: opts };
}

/** Cosine similarity of the question with every example that shares a token with it (sparse). */
export function similarities(index: NeighbourIndex, question: string): Map<number, number> {
  const tokens = neighbourTokens(question, index.lexicon, index.options.grammar);
  // Tokens no example holds still count in the question's length: a question about something else is far.
  let sq = 0;
  for (const [t, w] of tokens) sq += ((index.idf.get(t) ?? index.unseen) * w) ** 2;
  const norm = Math.sqrt(sq);
  const sims = new Map<number, number>();
  if (norm === 0) return sims;
  for (const [t, w] of tokens) {
    const list = index.postings.get(t);
    if (!list) continue;
    const q = (index.idf.get(t)! * w) / norm;
    for (const p of list) sims.set(p.doc, (sims.get(p.doc) ?? 0) + q * p.weight);
  }
  return sims;
}

/** The articles the question's nearest examples vote for, strongest first (empty when nothing is near). */
export function vote(index: NeighbourIndex, question: string): NeighbourVote[] {
  const { k, power } = index.options;
  const nearest = Array.from(similarities(index, question))
    .sort((a, b) => b[1] - a[1])
    .slice(0, k);
  const votes = new Map<string, { sum: number; nearest: number }>();
  let total = 0;
  for (const [doc, sim] of nearest) {
    const id = index.owners[doc]!;
    const v = votes.get(id) ?? { sum: 0, nearest: 0 };
    v.sum += sim ** power;
    v.nearest = Math.max(v.nearest, sim);
    votes.set(id, v);
    total += sim ** power;
  }
  if (total === 0) return [];
  return Array.from(votes, ([id, v]) => ({ id, share: v.sum / total, nearest: v.nearest })).sort((a, b) => b.share - a.share);
}
