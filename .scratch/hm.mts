import { handMadeKnowledgeBase } from '/work/wt-engine/test/answer/kb.ts';
import { createSearchIndex } from '/work/wt-engine/server/search/search-index.ts';
import { createAnswerEngine } from '/work/wt-engine/server/answer/engine.ts';
import { formatTrace } from '/work/wt-engine/server/answer/explain.ts';
const kb = handMadeKnowledgeBase();
const e = createAnswerEngine(kb, createSearchIndex(kb));
for (const q of process.argv.slice(2)) { const r = e.ask({ question: q }); console.log(r.result.kind, r.result.answer?.id, r.result.options.map(o=>o.id)); console.log(formatTrace(r.trace).join('\n')); }
