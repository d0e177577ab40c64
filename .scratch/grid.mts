import { loadKnowledgeBase } from '/work/wt-engine/server/content/pipeline.ts';
import { labelledQuestions } from '/work/wt-engine/scripts/lib/ask-labels.ts';
import { evaluate, fitModels, outOfFold, scoreOutOfFold } from '/work/wt-engine/scripts/lib/ask-training.ts';
import { figuresOf } from '/work/wt-engine/scripts/lib/ask-metrics.ts';
const { kb } = await loadKnowledgeBase('/work/wt-engine/content');
const qs = scoreOutOfFold(kb!, labelledQuestions(kb!));
const sc = outOfFold(qs, fitModels(qs, Number(process.env.L2 ?? 0.3)).folds);
let top1 = 0, n = 0;
qs.forEach((q, i) => { if (q.item.expect && (q.item.set === 'examples' || q.item.set === 'in-scope')) { n++; if ([q.item.expect, ...q.item.also].includes(sc[i].scored[0]?.id ?? '')) top1++; } });
console.log('top1', (top1 / n).toFixed(3));
for (const a of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]) for (const m of [0, 0.1, 0.2, 0.3]) {
  const f = figuresOf(evaluate(qs, sc, { answer: a, margin: m, option: 1, clarify: 2 }));
  console.log(a, m, 'acc', f.inScopeAccuracy.value.toFixed(3), 'wrong', f.inScopeWrongAnswers.value.toFixed(3), 'oos', f.outOfScopeRejection.value.toFixed(3), 'look', f.lookAlikeRejection.value.toFixed(3));
}
