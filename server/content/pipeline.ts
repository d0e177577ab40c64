/** Placeholder: load → front matter → validate → render → sections → KnowledgeBase. */
import type { ContentProblem, KnowledgeBase } from './types.ts';

/** Loads and checks the content folder; `kb` is null when it cannot be built. */
export async function loadKnowledgeBase(_dir: string): Promise<{ kb: KnowledgeBase | null; problems: ContentProblem[] }> {
  throw new Error('content: pipeline not written yet');
}
