/**
 * Whether an article holds a question's concept, read off the corpus statistics' holder bits (one row of
 * bits per token, see CorpusStats `holders`): what the question's measures and the candidates' features
 * both ask, per article and concept.
 */
import { HOLDER_FIELD, holdsIn, type CorpusStats } from '../search/corpus-stats.ts';

/** Share of a concept's tokens an article must hold to name it (「事業所ユーザID」 in a title). */
const HOLDS = 0.6;

/** Each token's holders' row (see CorpusStats), looked up once per question for all articles. */
export type Rows = readonly (number | undefined)[];

/** Whether the article at position `p` holds, in field number `field` (HOLDER_FIELD), most of a concept's tokens (given as their rows). */
export function holdsConcept(stats: CorpusStats, rows: Rows, p: number | undefined, field: number): boolean {
  if (p === undefined) return false;
  let held = 0;
  for (const r of rows) if (holdsIn(stats, r, field, p)) held += 1;
  return held >= HOLDS * rows.length;
}

/** Whether the article at position `p` holds, in field number `field` (HOLDER_FIELD), most of each concept's tokens. */
export function holdsEvery(stats: CorpusStats, concepts: readonly Rows[], p: number | undefined, field: number): boolean {
  if (p === undefined) return false;
  for (const rows of concepts) if (!holdsConcept(stats, rows, p, field)) return false;
  return true;
}

/** A concept's tokens as their holders' rows, read by name (outside the hot path that reads them by number). */
export function rowsOf(stats: CorpusStats, tokens: readonly string[]): Rows {
  return tokens.map((t) => stats.holders.get(t));
}

/**
 * How many articles' topics hold most of a concept's tokens (given as their rows): held by a large share of
 * the articles, a word (使う, 必要) says little of which one is meant.
 */
export function topicHolderCount(stats: CorpusStats, rows: Rows): number {
  let holders = 0;
  for (let p = 0; p < stats.ids.length; p++) if (holdsConcept(stats, rows, p, HOLDER_FIELD.topics)) holders += 1;
  return holders;
}
