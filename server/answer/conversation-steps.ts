/**
 * Continuations by the onboarding order (next-steps.ts), for the continuation test (conversation.ts): the step after one
 * said done, the step asked for by its number, before or after the last answer's, and the rest of the last answer's own steps.
 */
import type { Article } from '../content/types.ts';
import type { CorpusStats } from '../search/corpus-stats.ts';
import type { QueryAnalysis } from './analysis.ts';
import { asksFirstStep, asksLastAfterDone, asksLastAlone, asksLastStep, asksNextStep, asksStepBefore, flowHolderOf, saysStepDone, stepNamedByNumber, stepNumber, stepNumberDone } from './next-steps.ts';
import { topicalConcepts } from './message-concepts.ts';
import { sentencesOf } from './question-part.ts';
import { normalize } from '../text/normalize.ts';
import { CONVERSATION } from './conversation-options.ts';
import { SET_TO, shortText } from './conversation-cues.ts';
import { holds, quotedNames } from './conversation-holds.ts';
import type { Continuation, ContinuationInput, ContinuationWhy } from './conversation.ts';

/**
 * The step after one a short message says done by its number (「５番まで終わりました」 after the overview or one of its
 * steps), in the flow the last answer lists or is a step of; null when it says none so, or names the last.
 */
export function stepAfterNumberDone(analysis: QueryAnalysis, previous: Article, steps: ContinuationInput['steps']): Continuation | null {
  const t = shortText(analysis);
  if (t === null || !steps) return null;
  const done = stepNumberDone(t);
  if (done === null) return null;
  const holder = steps.flows.has(previous.id) ? previous.id : flowHolderOf(steps, steps.stepOf.get(previous.id) ?? previous.id);
  const flow = holder === undefined ? undefined : steps.flows.get(holder);
  const next = flow?.[done];
  return next === undefined ? null : { id: next, why: 'next-step', after: flow![done - 1] };
}

/**
 * The step after the last answer's for a message that tells, in a sentence of its own, what the clerk did of it
 * (「カレンダーを西暦にして、ブラウザもChromeにしました。」) or found where it said to look (FOUND_THERE), and ends on a short
 * sentence asking what follows (「次は何を確かめればいい？」), which may point back at the step said done (「証明書は入って
 * ました。それ終わったら？」). Asked only when the last answer's text holds everything the message names.
 */
export function nextAfterToldDone(analysis: QueryAnalysis, previous: Article, steps: ContinuationInput['steps']): Continuation | null {
  const next = steps?.after.get(previous.id);
  if (next === undefined) return null;
  // The last sentence even when it points back (「証明書は入ってました。それ終わったら？」): its それ is the step said done.
  const sentences = sentencesOf(analysis.question);
  const last = sentences.length >= 2 ? sentences.at(-1)! : null;
  if (last === null) return null;
  const asked = normalize(last).replace(/\s+/g, '');
  const told = normalize(analysis.question.slice(0, analysis.question.lastIndexOf(last))).replace(/\s+/g, '');
  return asked.length <= CONVERSATION.maxEllipticalLength && asksNextStep(asked) && (saysStepDone(told) || SET_TO.test(told) || FOUND_THERE.test(told)) ? { id: next, why: 'next-step' } : null;
}

/**
 * What the clerk found where the last answer said to look, told before the question (「KJのIDとパスワード、国保連のお知らせの
 * 紙に書いてありました。」): that answer's step is done as well.
 */
const FOUND_THERE = /(?:書いてありました|書いてあった|かいてありました|かいてあった|載ってました|載ってた|のってました|のってた|出てました|でてました|見つかりました|見つかった|みつかりました|みつかった|ありました|あった)[。．！!、,]*$/;

/**
 * What follows an article beside the flow's last step, which has no step after it (the personal ID, beside the login): that
 * step itself, which the article was a part of (「TOPページに出てました。次はどうすれば？」 goes on with the login). Only for a
 * short message that asks what follows and names nothing the last answer's text does not hold (the caller checks that).
 */
export function withinLastStep(analysis: QueryAnalysis, previous: Article, steps: ContinuationInput['steps']): Continuation | null {
  const step = steps?.stepOf.get(previous.id);
  const t = shortText(analysis);
  if (step === undefined || t === null || steps!.after.has(previous.id) || steps!.after.has(step)) return null;
  return asksNextStep(t) ? { id: step, why: 'follows' } : null;
}

/** The last of a message's sentences (its normalised text ends each with a space), without spaces. */
function lastChunk(analysis: QueryAnalysis): string {
  const chunks = analysis.normalized.text.trim().split(/\s+/);
  return chunks[chunks.length - 1] ?? '';
}

/** The step a short message asks for, by the onboarding order: after the last answer's, before it, or of the flow the last answer lists (by its number, or the first). */
export function stepAsked(analysis: QueryAnalysis, previous: Article, steps: ContinuationInput['steps']): Continuation | null {
  const t = shortText(analysis);
  if (t === null || !steps) return null;
  const asked = (id: string | undefined, why: ContinuationWhy): Continuation | null => (id === undefined ? null : { id, why });
  if (asksNextStep(t)) return asked(steps.after.get(previous.id), 'next-step');
  if (asksStepBefore(t)) return asked(steps.previous.get(previous.id), 'step-before');
  const flow = steps.flows.get(previous.id);
  if (flow === undefined) {
    // After a step of a flow (or an article beside one): a step by its number or ordinal alone or named so (「5は？」「7」
    // 「2番目は？」「ステップ6」) is the flow's, whose numbers are the ones the clerk goes by. Not within a longer message
    // (「2番目の手順がわからない」 may be the article's own list).
    // The last step alone (「さいごは？」) is the flow's last, as its number would be.
    const named = stepNamedByNumber(t);
    // So is the last step asked for alone once a step is said done (「申請も済んだら、最後は？」).
    // Or in the message's last sentence, after one that guesses it (「7番目が最後ね？最後はなにすると？」).
    const last = named === null && (asksLastAlone(t) || asksLastAfterDone(t) || asksLastAlone(lastChunk(analysis)));
    const holder = named === null && !last ? undefined : flowHolderOf(steps, steps.stepOf.get(previous.id) ?? previous.id);
    const within = holder === undefined ? undefined : steps.flows.get(holder);
    if (within === undefined) return null;
    return asked(last ? within[within.length - 1] : within[named! - 1], 'numbered-step');
  }
  // After the article that lists the flow: a step by its number (the last too: 「最後のやつって何するん」), or the first.
  const n = stepNumber(t) ?? stepNamedByNumber(t);
  if (n !== null) return asked(flow[n - 1], 'numbered-step');
  if (asksLastStep(t)) return asked(flow[flow.length - 1], 'numbered-step');
  return asksFirstStep(t) ? asked(flow[0], 'first-step') : null;
}

/**
 * Whether a short message that asks what comes next says the clerk did a thing the last answer's text quotes and its
 * title does not name — a screen or button of its own steps (「インターネットオプション開いたよ、そのあとは？」 after the certificate guide,
 * whose steps open the Internet Options): the rest of those steps is asked for, not the step after the article (「証明書
 * 入れたよ、そのあとは？」 did what its title names). Not a thing the next step's topic holds (that step is then what the
 * clerk turns to).
 */
export function didWithinLast(analysis: QueryAnalysis, previous: Article, stats: CorpusStats, steps: ContinuationInput['steps']): boolean {
  const t = shortText(analysis);
  if (t === null || !asksNextStep(t)) return false;
  const concepts = topicalConcepts(analysis, stats).filter((c) => c.some((token) => token.length > 1));
  if (concepts.length === 0) return false;
  const names = quotedNames(previous);
  const next = steps?.after.get(previous.id);
  const within = (c: readonly string[]) => holds(names, c) && !holds(stats.titles.get(previous.id), c) && !(next !== undefined && holds(stats.topics.get(next), c));
  return concepts.every(within);
}
