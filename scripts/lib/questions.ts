/** Real questions for load runs: every article's examples plus the held-out in-scope fixtures. */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadKnowledgeBase } from '../../server/content/pipeline.ts';

/** Loads the labelled questions from content/ and test/fixtures/questions/in-scope.yaml. */
export async function loadRealQuestions(contentDir = path.resolve('content')): Promise<string[]> {
  const { kb } = await loadKnowledgeBase(contentDir);
  if (!kb) throw new Error('load: the content has errors; run npm run content:check');
  const questions = kb.articles.flatMap((a) => a.examples);
  const fixture = path.resolve('test/fixtures/questions/in-scope.yaml');
  if (existsSync(fixture)) {
    const doc = parse(readFileSync(fixture, 'utf8')) as { questions?: { q: string }[] };
    for (const item of doc.questions ?? []) questions.push(item.q);
  }
  return questions;
}
