/** Placeholder: rule-based intents, search-backed answers, clarify and fallback. */
import type { KnowledgeBase } from '../content/types.ts';
import type { SearchIndex } from '../search/types.ts';
import type { AnswerEngine } from './types.ts';

/** Builds the answer engine over a knowledge base and its index. */
export function createAnswerEngine(_kb: KnowledgeBase, _search: SearchIndex): AnswerEngine {
  return {
    ask() {
      throw new Error('answer: engine not written yet');
    },
  };
}
