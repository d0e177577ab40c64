/**
 * The search index's corpus and the answer engine's state, built by `npm run build` beside the knowledge
 * base (knowledge-snapshot.ts) and restored at start: building them (tokenising every article, filling
 * FlexSearch, analysing the labelled questions, training the classifier) was half of a cold start's CPU
 * time, and they depend on nothing but the knowledge base and the code, which the snapshot's key covers.
 * Built with the default options only: that is what the server runs with.
 */
import type { KnowledgeBase } from './content/types.ts';
import { buildIndexCorpus, createSearchIndex, type SectionSearchIndex } from './search/search-index.ts';
import { corpusData, restoreCorpus, type CorpusData } from './search/corpus-snapshot.ts';
import { DEFAULT_TOKENIZER } from './text/tokenize.ts';
import { createAnswerEngine, type ScoringEngine } from './answer/engine.ts';
import { buildEngineState, type EngineState } from './answer/engine-state.ts';

/** What the build keeps of the knowledge's built structures: plain data, for v8's serializer. */
export interface Prebuilt {
  corpus: CorpusData;
  engine: EngineState;
}

/**
 * Builds the structures of a knowledge base, for the build's snapshot. They hold the knowledge base's own
 * articles, so they must be serialised in one call with it (writeSnapshot does).
 */
export function prebuild(kb: KnowledgeBase): Prebuilt {
  const corpus = buildIndexCorpus(kb);
  // Exported before the engine's state is built over it: nothing may have searched it yet.
  const saved = corpusData(corpus, DEFAULT_TOKENIZER);
  const engine = buildEngineState(kb, createSearchIndex(kb, {}, corpus));
  return { corpus: saved, engine };
}

/**
 * The search index and the answer engine from prebuilt structures (each used once: the engine's state
 * keeps scratch buffers), answering exactly as ones built afresh from the knowledge base.
 */
export function restorePrebuilt(kb: KnowledgeBase, prebuilt: Prebuilt): { search: SectionSearchIndex; engine: ScoringEngine } {
  const search = createSearchIndex(kb, {}, restoreCorpus(prebuilt.corpus));
  return { search, engine: createAnswerEngine(kb, search, {}, prebuilt.engine) };
}
