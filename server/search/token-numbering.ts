/**
 * A question's tokens numbered by the corpus (corpus.ts `tokenIds`), once per ask. The tokens of up to
 * three code units (pairs, lone kanji: nearly all of a question's) are found by their numeric key in a
 * table made once (text/gram-table.ts): a question's tokens are fresh strings, and a lookup in a Map of
 * every corpus token hashes and compares each of them. Longer tokens (Latin words) go through the Map.
 */
import type { QueryToken } from './search-index.ts';
import { buildGramTable, gramCode, gramRow } from '../text/gram-table.ts';

/** Numbers tokens as `tokenIds` does (-1: no article holds it); made once per index. */
export function tokenNumbering(tokenIds: ReadonlyMap<string, number>): (tokens: readonly QueryToken[]) => Int32Array {
  const shortIds = new Map<number, number>();
  for (const [term, n] of tokenIds) if (term.length <= 3) shortIds.set(gramCode(term, 0, term.length), n);
  const shortTokens = buildGramTable(shortIds);
  return (tokens) => {
    const ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const { term } = tokens[i]!;
      ids[i] = term.length <= 3 ? gramRow(shortTokens, gramCode(term, 0, term.length)) : (tokenIds.get(term) ?? -1);
    }
    return ids;
  };
}
