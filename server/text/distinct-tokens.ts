/**
 * A list of tokens without repeats, in order of first occurrence (what uniqueTokens returns). Runs several
 * times per ask, so without a Set of strings in the common case: a question's tokens are fresh strings,
 * and a Set hashes each of them.
 */
import { addGram, clearGramSet, createGramSet } from './gram-set.ts';
import { gramCode } from './gram-table.ts';

/** The short tokens met, by key (calls are synchronous, one at a time). */
const met = createGramSet();

/** `tokens` without repeats, first occurrences kept in order. */
export function distinctTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  // A few tokens (a word, a short question) are faster to compare than to hash.
  if (tokens.length <= 8) {
    for (const t of tokens) if (!out.includes(t)) out.push(t);
    return out;
  }
  // Tokens of up to three code units (pairs, lone kanji: nearly all) by their numeric key, which is exact
  // for them (gram-table.ts); longer ones (Latin words) in a Set, made only when one occurs.
  clearGramSet(met);
  let long: Set<string> | null = null;
  for (const t of tokens) {
    if (t.length <= 3) {
      if (addGram(met, gramCode(t, 0, t.length))) out.push(t);
    } else if (!(long ??= new Set()).has(t)) {
      long.add(t);
      out.push(t);
    }
  }
  return out;
}
