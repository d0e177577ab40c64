/**
 * Step 2 of the engine: the candidate articles of a question and the raw signals about each — the search
 * ranking (article text), the example neighbours' vote (users' questions), the intent rules (editors'
 * concepts) and the concept classes. Every article any signal names is a candidate; features.ts turns
 * the signals into numbers.
 */
import type { RankedArticle } from '../search/search-index.ts';
import type { IntentMatch } from './intents.ts';
import type { NeighbourVote } from './neighbours.ts';
import type { QueryAnalysis } from './analysis.ts';
import { sortSmall } from '../text/sort-small.ts';

/** How many of each signal's best articles become candidates (a documented option of the engine). */
export interface CandidateOptions {
  searchDepth: number;
  voteDepth: number;
}

export const DEFAULT_CANDIDATES: CandidateOptions = { searchDepth: 6, voteDepth: 4 };

export interface Candidate {
  id: string;
  /** Position in the search ranking (0 = best), or null when the search does not name it. */
  rank: number | null;
  search: RankedArticle | null;
  vote: NeighbourVote | null;
  /** The article's intent rule as matched, or null when it has none. */
  rule: IntentMatch | null;
  /** The question names a member of a class whose requirement this article states. */
  classHit: boolean;
}

export interface Signals {
  ranked: RankedArticle[];
  votes: NeighbourVote[];
  /** Every rule of the knowledge base, matched. */
  rules: IntentMatch[];
}

/** Ids in `localeCompare` order. */
export type CompareIds = (a: string, b: string) => number;

/**
 * `localeCompare` of article ids, answered from their order worked out once (a collation costs far more
 * than a subtraction, and ties between candidates are broken by id on every ask). Ids it was not given
 * are compared by `localeCompare` itself.
 */
export function idOrder(ids: readonly string[]): CompareIds {
  const sorted = [...new Set(ids)].sort((a, b) => a.localeCompare(b));
  const rank = new Map<string, number>();
  sorted.forEach((id, i) => rank.set(id, i > 0 && sorted[i - 1]!.localeCompare(id) === 0 ? rank.get(sorted[i - 1]!)! : i));
  return (a, b) => {
    const x = rank.get(a);
    const y = rank.get(b);
    return x === undefined || y === undefined ? a.localeCompare(b) : x - y;
  };
}

/**
 * The articles the search must score whatever its first pass says: the first `voteDepth` voted for, those
 * whose rule matched in part, those a named class is about (in that order, repeats kept).
 */
export function namedArticles(votes: readonly NeighbourVote[], voteDepth: number, matched: readonly IntentMatch[], classes: QueryAnalysis['classes']): string[] {
  const named: string[] = [];
  for (let i = 0; i < votes.length && i < voteDepth; i++) named.push(votes[i]!.id);
  for (const m of matched) if (m.matched > 0) named.push(m.id);
  for (const c of classes) for (const id of c.about) named.push(id);
  return named;
}

/** The candidates of a question, in a stable order (search rank first, then id). */
export function gatherCandidates(
  analysis: QueryAnalysis, signals: Signals, opts: CandidateOptions = DEFAULT_CANDIDATES, compareIds: CompareIds = (a, b) => a.localeCompare(b),
): Candidate[] {
  // Few ids (a dozen at most): an array scanned is quicker than a Set and Map made per question.
  const ids: string[] = [];
  const add = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };
  for (let i = 0; i < signals.ranked.length && i < opts.searchDepth; i++) add(signals.ranked[i]!.id);
  for (let i = 0; i < signals.votes.length && i < opts.voteDepth; i++) add(signals.votes[i]!.id);
  for (const r of signals.rules) if (r.fires || r.matched > 0) add(r.id);
  for (const c of analysis.classes) for (const id of c.about) add(id);
  const candidates: Candidate[] = [];
  for (const id of ids) {
    // The ranking names each article once.
    const rank = signals.ranked.findIndex((r) => r.id === id);
    candidates.push({
      id,
      rank: rank >= 0 ? rank : null,
      search: rank >= 0 ? signals.ranked[rank]! : null,
      vote: signals.votes.find((v) => v.id === id) ?? null,
      rule: signals.rules.find((r) => r.id === id) ?? null,
      classHit: analysis.classes.some((c) => c.about.includes(id)),
    });
  }
  return sortSmall(candidates, (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || compareIds(a.id, b.id));
}
