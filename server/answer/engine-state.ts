/**
 * The engine's learning before its first question: the vocabulary compiled from the lexicon, the
 * neighbours' index over the labelled texts and the articles' profiles (the trained classifier).
 */
import type { KnowledgeBase } from '../content/types.ts';
import type { QueryToken, SectionSearchIndex } from '../search/search-index.ts';
import { compileVocabulary, type Vocabulary } from '../text/vocabulary.ts';
import { compileCorrector, type Corrector, type KanjiReader } from '../text/corrections.ts';
import type { CorpusStats } from '../search/corpus-stats.ts';
import { analyze } from './analysis.ts';
import { buildNeighbours, type NeighbourIndex } from './neighbours.ts';
import { buildProfiles, type ArticleProfiles } from './profile.ts';
import { featureKeys, type FeatureKey } from './classifier-keys.ts';
import type { EngineOptions } from './engine.ts';

/**
 * What the engine learns from a knowledge base before its first question, as plain data: the compiled
 * vocabulary, the neighbours' index and the articles' profiles (the trained classifier). The build
 * snapshots it (knowledge-snapshot.ts) so a start does not analyse the labelled texts and train again.
 * The corrector is not in it: compiling it from the vocabulary is quicker than deserialising its
 * ~30,000 deletion keys.
 */
export interface EngineState {
  vocabulary: Vocabulary;
  neighbours: NeighbourIndex;
  profiles: ArticleProfiles;
}

/** Builds the engine's state over a knowledge base and its index (what `createAnswerEngine` would build). */
export function buildEngineState(kb: KnowledgeBase, search: SectionSearchIndex, options: EngineOptions = {}): EngineState {
  const { corrector: _compiledAgainAtStart, ...state } = buildState(kb, search, options);
  return state;
}

/**
 * The corrector of a knowledge base's vocabulary over its corpus: slips are pairs the corpus lacks, homophones
 * pairs the articles' prose lacks (CorpusStats `prose`).
 */
export function correctorFor(vocabulary: Vocabulary, kb: KnowledgeBase, stats: CorpusStats, readKanji?: KanjiReader): Corrector {
  return compileCorrector(vocabulary, kb.readings, (token) => stats.df.has(token), readKanji, (token) => stats.prose.has(token));
}

/** The state and the corrector it was built with (a fresh engine uses it rather than compile it twice). */
export function buildState(kb: KnowledgeBase, search: SectionSearchIndex, options: EngineOptions): EngineState & { corrector: Corrector } {
  const stats = search.stats;
  const vocabulary = compileVocabulary(kb);
  const corrector = correctorFor(vocabulary, kb, stats, options.readKanji);
  // Built from the knowledge base it is given only: the evaluation removes the asked fold's examples from it.
  // Each analysis is dropped once its tokens (copied) and classifier keys are taken: kept alive together,
  // the ~600 analyses taught V8 to allocate at their places in the code straight in the old generation
  // ("pretenuring"), where every ask's analysis then became old garbage (asks ~11% slower, measured).
  const labelled: { id: string; tokens: QueryToken[]; keys: FeatureKey[] }[] = [];
  for (const a of kb.articles) {
    for (const text of [a.title, a.summary, ...a.examples]) {
      const analysis = analyze(text, vocabulary, corrector);
      labelled.push({ id: a.id, tokens: analysis.tokens.map((t) => ({ term: t.term, weak: t.weak })), keys: featureKeys(analysis, options.classifier?.maxN, options.classifier?.minN) });
    }
  }
  const neighbours = buildNeighbours(labelled, options.neighbours);
  const profiles = buildProfiles(kb, labelled, stats, options.classifier);
  return { vocabulary, neighbours, profiles, corrector };
}
