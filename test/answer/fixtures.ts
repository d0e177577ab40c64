/** Shared helpers of the answer engine's tests: engines over hand-made and real knowledge bases. */
import path from 'node:path';
import type { KnowledgeBase } from '../../server/content/types.ts';
import { loadKnowledgeBase } from '../../server/content/pipeline.ts';
import { createSearchIndex } from '../../server/search/search-index.ts';
import { createAnswerEngine } from '../../server/answer/engine.ts';
import { compileVocabulary } from '../../server/text/vocabulary.ts';
import { compileCorrector } from '../../server/text/corrections.ts';
import { analyze } from '../../server/answer/analysis.ts';

/** The answer engine over a knowledge base, with the committed parameters. */
export function engineFor(kb: KnowledgeBase) {
  return createAnswerEngine(kb, createSearchIndex(kb));
}

/** The repository's own content (the model's parameters were fitted on it). */
export async function realKnowledgeBase(): Promise<KnowledgeBase> {
  const { kb, problems } = await loadKnowledgeBase(path.resolve(import.meta.dirname, '../../content'));
  if (!kb) throw new Error(`content has errors: ${problems.map((p) => p.message).join('; ')}`);
  return kb;
}

/** An analyser over a knowledge base's vocabulary, without a corpus (every pair counts as unknown). */
export function analyserFor(kb: KnowledgeBase, known: (token: string) => boolean = () => false) {
  const vocabulary = compileVocabulary(kb);
  const corrector = compileCorrector(vocabulary, kb.readings, known);
  return (question: string) => analyze(question, vocabulary, corrector);
}
