/**
 * The FlexSearch encoder: our normaliser and tokenizer instead of FlexSearch's own (its NFKD splits the
 * voiced marks off パスワード, `Charset.CJK` indexes single characters, and `dedupe` collapses ここ → こ).
 * The whole text goes to our tokenizer in one piece so index and query are tokenised identically.
 */
import { Encoder } from 'flexsearch';
import { tokenize, type TokenizerMode } from '../text/tokenize.ts';

/**
 * Builds a FlexSearch Encoder that delegates to {@link tokenize}.
 * @param memo texts already tokenised (while building the index), so nothing is tokenised twice
 */
export function createEncoder(mode: TokenizerMode, memo?: ReadonlyMap<string, string[]>): Encoder {
  return new Encoder({
    // Our normalize runs inside tokenize; FlexSearch must not touch the text first.
    normalize: false,
    dedupe: false,
    split: false,
    // The unsplit text is one "word": never drop it for its length.
    minlength: 1,
    maxlength: Number.MAX_SAFE_INTEGER,
    finalize: (words: string[]) => words.flatMap((w) => memo?.get(w) ?? tokenize(w, mode)),
  });
}
