/**
 * Whether an article holds a question's concept, read off the corpus statistics' holder bits (one row of
 * bits per token, see CorpusStats `holders`): what the question's measures and the candidates' features
 * both ask, per article and concept.
 */
import { holdsIn, type CorpusStats } from '../search/corpus-stats.ts';

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
