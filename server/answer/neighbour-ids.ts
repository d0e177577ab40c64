/**
 * A question's tokens numbered for the example neighbours (neighbours.ts) once per ask: from the numbers
 * the search corpus gave them, through a table made once per engine, so the vote reads arrays, not a
 * second string lookup per token.
 */
import type { QueryToken } from '../search/search-index.ts';
import type { NeighbourIndex } from './neighbours.ts';

/**
 * Each token's number in the index (-1: no example holds it), from `corpusIds` (its number in the search
 * corpus, -1 for none) through `table` (corpusTable): an array read instead of a string lookup, with the
 * index's own lookup only for a token the corpus does not hold (a lexicon term's written form, a class term).
 */
export function neighbourIds(index: NeighbourIndex, tokens: readonly QueryToken[], corpusIds?: ArrayLike<number>, table?: Int32Array): Int32Array {
  const out = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const c = corpusIds && table ? corpusIds[i]! : -1;
    out[i] = c >= 0 ? table![c]! : (index.ids.get(tokens[i]!.term) ?? -1);
  }
  return out;
}

/** Per search-corpus token number (`corpusIds`: token → number), its number in the index, or -1: made once per engine. */
export function corpusTable(index: NeighbourIndex, corpusIds: ReadonlyMap<string, number>): Int32Array {
  const table = new Int32Array(corpusIds.size).fill(-1);
  for (const [term, c] of corpusIds) table[c] = index.ids.get(term) ?? -1;
  return table;
}
