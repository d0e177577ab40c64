/**
 * What the decision (decide.ts) is made of: its options with their defaults, its input, its result, and the
 * small measures it shares with firing.ts. Pure types and helpers, no policy.
 */
import type { SearchHit } from '../search/types.ts';
import type { IntentMatch } from './intents.ts';
import { DEFAULT_AGREE, type AgreeOptions } from './agree.ts';
import type { NeighbourVote } from './neighbours.ts';

export interface DecideOptions {
  /** Least coverage of the question by the best hit to answer from search. */
  answerCoverage: number;
  /** Least relative score margin of the best hit over the runner-up to answer from search. */
  answerMargin: number;
  /** Least coverage by a firing rule's article: below it the question is mostly about something else. */
  ruleCoverage: number;
  /** Least coverage for an article to be offered as a clarify option. */
  optionCoverage: number;
  /** A candidate within this share of the best score is "close" (offered alongside it). */
  closeRatio: number;
  /** Least coverage for a weakly related article in a fallback. */
  relatedCoverage: number;
  /**
   * Least information for a search answer, in units of the rarest possible word (log of the number of
   * articles), so it does not depend on the size of the knowledge base: below it, the question is vague.
   */
  minInformation: number;
  /**
   * Least share of the question that points to the best hit rather than the runner-up (their topics:
   * title, summary, examples) to answer from search: below it the question does not tell them apart.
   */
  minDistinct: number;
  /** Least specificity of the question's most specific concept (see specificity.ts `peak`) to answer from search. */
  minPeak: number;
  /** The `minPeak` test applies to questions naming at most this many concepts (short questions). */
  vagueConcepts: number;
  /** A margin this large answers even when the topics share the question's words. */
  clearMargin: number;
  maxOptions: number;
  maxRelated: number;
  /** When search and example neighbours agree (agree.ts). */
  agree: AgreeOptions;
  /** Least neighbour share, and similarity of the nearest example, to answer a vague-looking question. */
  vagueShare: number;
  vagueNearest: number;
  /** A short question is not vague about the article its distinguishing concept points to (hubs.ts). */
  trustOwners: boolean;
}

/** Chosen on the labelled questions (npm run eval); see the closing note of the answer-engine issue. */
export const DEFAULT_DECIDE: DecideOptions = {
  answerCoverage: 0.45,
  answerMargin: 0.1,
  ruleCoverage: 0.25,
  optionCoverage: 0.3,
  closeRatio: 0.6,
  relatedCoverage: 0.2,
  minInformation: 0.5,
  minDistinct: 0.05,
  minPeak: 0.8,
  vagueConcepts: 2,
  clearMargin: 0.35,
  maxOptions: 4,
  maxRelated: 3,
  agree: DEFAULT_AGREE,
  vagueShare: 0.75,
  vagueNearest: 0.6,
  trustOwners: true,
};

export type Decision =
  | {
      kind: 'answer';
      id: string;
      anchor: string | null;
      intent: string | null;
      confidence: number;
      decidedBy: string;
      /** Close runners-up, shown first among the related articles of a hedged answer. */
      alternatives?: string[];
    }
  | { kind: 'clarify'; options: string[]; confidence: number; decidedBy: string }
  | { kind: 'fallback'; related: string[]; confidence: number; decidedBy: string };

export interface DecideInput {
  matches: IntentMatch[];
  hits: SearchHit[];
  /** Ids of articles that carry an intent rule. */
  ruled: ReadonlySet<string>;
  /** Whether an article's normalised text contains a normalised term. */
  articleHas: (id: string, term: string) => boolean;
  /** How much of the question's content an article explains, 0..1; see specificity.ts. */
  cover: (id: string) => number;
  /** How much the question says (sum of the rarity of its known words); see specificity.ts. */
  information: number;
  /** Share of the question pointing to article a rather than b; see specificity.ts. Default: no check. */
  distinct?: (a: string, b: string) => number;
  /** The question's most specific concept, 0..1; see specificity.ts. Default 1 (no check). */
  peak?: number;
  /** How many concepts the question names; see specificity.ts. */
  concepts?: number;
  /** The example neighbours' vote (neighbours.ts), strongest first. Default: none (search alone). */
  neighbours?: NeighbourVote[];
  /** The question names a product the knowledge base never mentions (「Amazon」): never answered from search. */
  foreign?: boolean;
  /** Articles a distinguishing concept of the question points to (hubs.ts). Default: none. */
  owners?: readonly string[];
  /** Whether the question points to article `id` once `rival` is set aside (specificity.ts). Default: no. */
  pointsTo?: (id: string, rival: string) => boolean;
}

/** Clamps to 0..1 and rounds to two decimals (confidences). */
export const round = (n: number) => Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;

/** Relative margin of the best score over the runner-up, 0..1 (1 when alone). */
export function margin(hits: readonly SearchHit[]): number {
  const [a, b] = hits;
  if (!a || a.score <= 0) return 0;
  return b ? Math.min(1, Math.max(0, (a.score - b.score) / a.score)) : 1;
}
