import path from 'node:path';
import { loadKnowledgeBase } from '/work/wt-engine/server/content/pipeline.ts';
import { labelledQuestions } from '/work/wt-engine/scripts/lib/ask-labels.ts';
import { evaluate, fitModels, outOfFold, scoreOutOfFold } from '/work/wt-engine/scripts/lib/ask-training.ts';
import { figuresOf, describeFailure } from '/work/wt-engine/scripts/lib/ask-metrics.ts';
const { kb } = await loadKnowledgeBase('/work/wt-engine/content');
const items = labelledQuestions(kb!);
const qs = scoreOutOfFold(kb!, items);
const fitted = fitModels(qs, 0.1);
const sc = outOfFold(qs, fitted.folds);
// top-1 accuracy of ranking for in-scope
let top1 = 0, n = 0, present = 0;
qs.forEach((q, i) => { if (q.item.expect && (q.item.set==='examples'||q.item.set==='in-scope')) { n++; if ([q.item.expect, ...q.item.also].includes(sc[i].scored[0]?.id)) top1++; if (q.scoring.candidates.some(c => c.id===q.item.expect)) present++; } });
console.log('top1', top1/n, 'present', present/n);
for (const a of [0.4,0.5,0.6,0.7,0.8]) for (const m of [0,0.1,0.2]) {
  const f = figuresOf(evaluate(qs, sc, {answer:a, margin:m, option:1, clarify:2}));
  console.log(a, m, 'acc', f.inScopeAccuracy.value.toFixed(3), 'wrong', f.inScopeWrongAnswers.value.toFixed(3), 'oos', f.outOfScopeRejection.value.toFixed(3));
}
const t = {answer:0.6, margin:0.1, option:1, clarify:2};
const ev = evaluate(qs, sc, t);
for (const s of ev.filter(s => !s.correct && s.outcome.kind==='answer')) console.log(describeFailure(s));
const p = process.argv[2]; if (p) { for (const [i,q] of qs.entries()) if (q.item.q.includes(p)) console.log(q.item.q, sc[i].scored.slice(0,4)); }
console.log('--- ranking failures');
qs.forEach((q, i) => { if (q.item.expect && (q.item.set==='examples'||q.item.set==='in-scope') && ![q.item.expect, ...q.item.also].includes(sc[i].scored[0]?.id)) console.log(q.item.set[0], q.item.q, '| want', q.item.expect, '| got', sc[i].scored.slice(0,3).map(s => s.id+':'+s.p.toFixed(2)).join(' ')); });
