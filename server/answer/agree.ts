/**
 * Agreement of the two independent opinions on a question's article: the search (article text) and the
 * example neighbours (questions users asked, neighbours.ts). When both name the same article, the engine
 * may answer where the search alone would ask back; when they do not, it asks. Pure.
 */
import type { SearchHit } from '../search/types.ts';
import type { NeighbourVote } from './neighbours.ts';

export interface AgreeOptions {
  /** Least share of the neighbours' vote for the agreed article. */
  share: number;
  /** Least similarity of the agreed article's nearest example: a far neighbourhood says little. */
  nearest: number;
  /** Weight of the neighbour share against the search score (relative to the best hit's) when fusing. */
  fuse: number;
  /** How many of the best search hits the agreed article must be among. */
  depth: number;
}

/** Chosen on the labelled questions (npm run eval), examples and fixtures reported apart. */
export const DEFAULT_AGREE: AgreeOptions = { share: 0.4, nearest: 0.3, fuse: 0.5, depth: 2 };

/** The article both signals name, with the neighbours' share for it. */
export interface Agreement {
  id: string;
  share: number;
  nearest: number;
}

/**
 * The article that both the search and the neighbours put first, or null. The two are fused (search score
 * relative to the best hit, plus `fuse` × the vote share); the fused winner must be the neighbours' own
 * first choice, with enough of the vote, and among the search's first `depth` hits.
 */
export function agreed(hits: readonly SearchHit[], votes: readonly NeighbourVote[], opts: AgreeOptions = DEFAULT_AGREE): Agreement | null {
  const first = votes[0];
  const top = hits[0];
  if (!first || !top || top.score <= 0) return null;
  const fused = new Map<string, number>();
  for (const h of hits) fused.set(h.id, h.score / top.score);
  for (const v of votes) fused.set(v.id, (fused.get(v.id) ?? 0) + opts.fuse * v.share);
  let best: string | null = null;
  let bestScore = -Infinity;
  for (const [id, s] of fused) {
    if (s > bestScore) {
      best = id;
      bestScore = s;
    }
  }
  if (best !== first.id || first.share < opts.share || first.nearest < opts.nearest) return null;
  if (!hits.slice(0, opts.depth).some((h) => h.id === best)) return null;
  return { id: best, share: first.share, nearest: first.nearest };
}

/**
 * The article first by the fused opinion (search score relative to the best hit, plus `fuse` × the
 * neighbours' vote share), among the search hits only. Null without hits.
 */
export function fusedLeader(hits: readonly SearchHit[], votes: readonly NeighbourVote[], opts: AgreeOptions = DEFAULT_AGREE): string | null {
  const top = hits[0];
  if (!top || top.score <= 0) return null;
  let best: string | null = null;
  let bestScore = -Infinity;
  for (const h of hits) {
    const s = h.score / top.score + opts.fuse * (votes.find((v) => v.id === h.id)?.share ?? 0);
    if (s > bestScore) {
      best = h.id;
      bestScore = s;
    }
  }
  return best;
}
