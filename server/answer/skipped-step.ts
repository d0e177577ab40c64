/**
 * A step the clerk asks to leave out (「利用申請せんでもアプリ使える？飛ばしてええなら飛ばしたいんやけど」): the question is
 * whether that step is needed, which its own article answers, not the later step the clerk wants to reach (the model took
 * the login's words, アプリ and 使える, and answered the login at 0.85).
 */
import type { Scoring } from './engine.ts';
import type { Decision } from './decide.ts';
import { flowHolderOf } from './next-steps.ts';
import { oneStepOf } from './fresh-decision.ts';

/**
 * Leaves a step out: not doing it (「しなくても」「せんでも」「しないで」「せずに」「やらずに」「入れないで」), skipping it (「飛ばして」「省いて」
 * 「抜かして」「省略して」), or going without it (「なしで」「抜きで」). What comes before it names the step.
 */
const LEAVES_OUT = /(?:を|は)?\s*(?:しなくても|しなくて|せんでも|せんくても|しないで(?!しょ)|せずに|(?:入れ|いれ)(?:ないで(?!しょ)|なくても|ずに)|せんと|やらなくても|やらんでも|やらないで|やらずに|飛ばし|とばし|すっ飛ばし|省い|はぶい|省略|抜かし|ぬかし|なしで|抜きで|ぬきで)/;

/**
 * The decision for a message that asks whether a step may be left out, answered with a later step of the same flow by the
 * model's guess: the step left out, when what comes before the words leaving it out, read alone (`readFresh`), is answered
 * with a step of that flow before the guessed one (or asked back between articles of that one step). Any other decision is
 * returned as it is; so is one where the step left out comes after the one answered (「ログインしないで利用申請できますか」
 * asks about the application).
 */
export function askedOfSkippedStep(decision: Decision, whole: Scoring, readFresh: (text: string) => Decision): Decision {
  if (decision.kind !== 'answer' || decision.reason !== 'likely') return decision;
  const text = whole.analysis.evened;
  const leaves = LEAVES_OUT.exec(text);
  if (leaves === null || leaves.index === 0) return decision;
  const { steps } = whole;
  const stepOf = (id: string) => steps.stepOf.get(id) ?? id;
  const holder = flowHolderOf(steps, stepOf(decision.id));
  const flow = holder === undefined ? undefined : steps.flows.get(holder);
  if (flow === undefined) return decision;
  // Read alone, the words before may be asked back between articles of one step (「申請は」: the application or its status).
  const read = readFresh(text.slice(0, leaves.index));
  const skipped = read.kind === 'answer' ? stepOf(read.id) : read.kind === 'clarify' ? oneStepOf(read.options, steps) : undefined;
  const place = (id: string) => flow.indexOf(stepOf(id));
  if (skipped === undefined || place(skipped) < 0 || place(skipped) >= place(decision.id)) return decision;
  return { kind: 'answer', id: skipped, anchor: read.kind === 'answer' && read.id === skipped ? read.anchor : null, confidence: decision.confidence, reason: 'likely', alternatives: [decision.id] };
}
