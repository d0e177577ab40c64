/**
 * Leave-out helpers for the evaluations: a labelled question must never find itself in the index.
 * Pure functions over a KnowledgeBase, shared by eval-search.ts (and usable by the ask evaluation).
 */
import type { KnowledgeBase } from '../server/content/types.ts';

export interface LabelledQuestion {
  q: string;
  expect: string;
  /** Other acceptable articles. */
  also: string[];
  source: 'example' | 'fixture';
}

/** A copy of the knowledge base with the examples `drop` selects removed, and how many were removed. */
export function withoutExamples(
  kb: KnowledgeBase,
  drop: (example: string, articleId: string, index: number) => boolean,
): { kb: KnowledgeBase; removed: number } {
  let removed = 0;
  const articles = kb.articles.map((a) => {
    const examples = a.examples.filter((e, i) => {
      const out = drop(e, a.id, i);
      if (out) removed += 1;
      return !out;
    });
    return { ...a, examples };
  });
  return { kb: { ...kb, articles, byId: new Map(articles.map((a) => [a.id, a])) }, removed };
}

/** A stable pseudo-random fold for a question (FNV-1a of its text), so folds do not follow the order examples are written in. */
export function foldOf(question: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < question.length; i++) {
    h ^= question.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % folds;
}

/**
 * Fold `fold` of `folds`: the examples {@link foldOf} assigns to this fold are asked, and the returned
 * knowledge base holds all other examples.
 */
export function foldQuestions(kb: KnowledgeBase, fold: number, folds: number): { kb: KnowledgeBase; asked: LabelledQuestion[] } {
  const asked: LabelledQuestion[] = [];
  const result = withoutExamples(kb, (example, articleId, index) => {
    void index;
    if (foldOf(example, folds) !== fold) return false;
    asked.push({ q: example, expect: articleId, also: [], source: 'example' });
    return true;
  });
  return { kb: result.kb, asked };
}
