/**
 * The built corpus (corpus.ts) as plain data and back: what `npm run build` snapshots beside the knowledge
 * base (knowledge-snapshot.ts), so that a start does not tokenise the articles, count the statistics and
 * fill FlexSearch again — about a quarter of a cold start's CPU time.
 *
 * Everything of the corpus but FlexSearch's Document and the IDF closure is already plain data (maps,
 * typed arrays, the articles themselves), and v8's serializer keeps it as it is — the articles included,
 * so they must be serialised in the same call as the knowledge base they belong to to stay the same
 * objects. FlexSearch's Document is written through its own export (JSON chunks per field, tag and
 * register) and imported into an empty Document of the same configuration (`corpusDocument`).
 */
import type { Document } from 'flexsearch';
import type { TokenizerMode } from '../text/tokenize.ts';
import { corpusDocument, type Corpus } from './corpus.ts';
import { idf } from './corpus-stats.ts';

/** A corpus as plain data: everything but FlexSearch's Document (exported) and the IDF function (rebuilt). */
export interface CorpusData {
  /** The tokenizer the corpus was built with: a restored Document reads queries with it. */
  mode: TokenizerMode;
  data: Omit<Corpus, 'document' | 'idfOf'>;
  /** FlexSearch's export, in its order: (key, JSON chunk) pairs. */
  flexsearch: [string, string][];
}

/** The corpus as plain data, for the build's snapshot. */
export function corpusData(corpus: Corpus, mode: TokenizerMode): CorpusData {
  const { document, idfOf: _rebuilt, ...data } = corpus;
  const flexsearch: [string, string][] = [];
  // Synchronous: with a handler that returns nothing, FlexSearch exports in one pass.
  (document as Document).export((key: string, chunk: string) => {
    flexsearch.push([key, chunk]);
  });
  return { mode, data, flexsearch };
}

/** The corpus again, from {@link corpusData}'s output: searches and ranks exactly as the one it was taken from. */
export function restoreCorpus(saved: CorpusData): Corpus {
  const document = corpusDocument(saved.mode);
  for (const [key, chunk] of saved.flexsearch) document.import(key, chunk);
  const { stats } = saved.data;
  return { ...saved.data, document, idfOf: (t: string) => idf(stats, t) };
}
