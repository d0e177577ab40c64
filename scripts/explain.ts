/**
 * `npm run explain -- "質問" [--previous <article id>] [--offered <id>,<id>]`: asks the engine one question over ./content and
 * prints its structured trace — how the question was read (normalised text, endings, lexicon rewrites,
 * typo and reading corrections, classes, other systems), which rule terms hit, every candidate's
 * probability with the features that weighed most, the thresholds and the decision.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadKnowledgeBase } from '../server/content/pipeline.ts';
import { createSearchIndex } from '../server/search/search-index.ts';
import { createAnswerEngine } from '../server/answer/engine.ts';
import { formatTrace } from '../server/answer/explain.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { previous: { type: 'string' }, offered: { type: 'string' }, content: { type: 'string' } } });

async function main(): Promise<number> {
  const question = positionals.join(' ').trim();
  if (!question) {
    console.error('usage: npm run explain -- "質問" [--previous <article id>] [--offered <id>,<id>]');
    return 2;
  }
  const { kb, problems } = await loadKnowledgeBase(path.resolve(values.content ?? 'content'));
  if (!kb) throw new Error(`explain: the content has errors (${problems.length}); run npm run content:check`);
  const engine = createAnswerEngine(kb, createSearchIndex(kb));
  const { result, trace } = engine.ask({ question, previous: values.previous, offered: values.offered?.split(',').filter(Boolean) });
  console.log(`${result.kind}${result.answer ? ` ${result.answer.id}` : ''}${result.options.length ? ` [${result.options.map((o) => o.id).join(', ')}]` : ''} — ${result.message}`);
  for (const line of formatTrace(trace)) console.log(line);
  return 0;
}

main().then((code) => process.exit(code), (err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
