/**
 * A step the clerk names as the next one (「んだら次はアプリのダウンロードだべか？どっからやるの」): the question is about that
 * step, not the one the model guessed. 次 drew the login, whose example questions ask what comes next (「利用申請が終わった
 * ら次は何をすればいいですか」), over the download the message names: a wrong answer at 0.66.
 */
import type { Scoring } from './engine.ts';
import type { Decision } from './decide.ts';
import { afterNextWord, flowHolderOf } from './next-steps.ts';
import { oneStepOf } from './fresh-decision.ts';

/**
 * The decision for a message that names, after 「次は」 or 「次に」, a step of the same flow as the step answered by the
 * model's guess, or by an intent rule when the step named comes after it, or as a step among those it asks back between:
 * that step, when what follows, read alone (`readFresh`), is answered with it or asked back between articles of that one
 * step. Any other decision is returned as it is; so is one where what follows names nothing (「次は何をすれば」) or the step
 * answered.
 */
export function askedOfNamedNextStep(decision: Decision, whole: Scoring, readFresh: (text: string) => Decision): Decision {
  if (!(decision.kind === 'answer' && (decision.reason === 'likely' || decision.reason === 'rule')) && decision.kind !== 'clarify') return decision;
  // What follows 「次は」 or 「次に」: the step the clerk takes to be next.
  const named = afterNextWord(whole.analysis.evened)?.trim();
  if (!named) return decision;
  const { steps } = whole;
  const stepOf = (id: string) => steps.stepOf.get(id) ?? id;
  const guessed = decision.kind === 'answer' ? [decision.id] : decision.options;
  const holder = flowHolderOf(steps, stepOf(guessed[0]!));
  const flow = holder === undefined ? undefined : steps.flows.get(holder);
  if (flow === undefined) return decision;
  const read = readFresh(named);
  const step = read.kind === 'answer' ? stepOf(read.id) : read.kind === 'clarify' ? oneStepOf(read.options, steps) : undefined;
  if (step === undefined || !flow.includes(step)) return decision;
  if (decision.kind === 'answer' ? stepOf(decision.id) === step : !decision.options.some((id) => stepOf(id) === step)) return decision;
  // An intent rule stands, unless the step named comes after its step: what it fired on is then a step said done (「ベンダーさん
  // に聞いたら対応してるってさ。次はアプリ落とせばいいんかね？」 fired the care software's rule).
  if (decision.kind === 'answer' && decision.reason === 'rule' && flow.indexOf(step) <= flow.indexOf(stepOf(decision.id))) return decision;
  const id = read.kind === 'answer' ? read.id : step;
  const confidence = decision.kind === 'answer' ? decision.confidence : read.confidence;
  return { kind: 'answer', id, anchor: read.kind === 'answer' ? read.anchor : null, confidence, reason: 'likely', alternatives: guessed.filter((g) => g !== id) };
}
