/**
 * A message that asks the flow itself about two or more of its steps (「製品のダウンロードと利用申請って、どっちが先？」):
 * the lexicon reads どっちが先 as the flow, which the title of the article that lists it names, and which of the steps
 * comes first is that article's to say — not the step the message names most.
 */
import type { Decision } from './decide.ts';
import type { OnboardingOrder } from './next-steps.ts';

/** What step-order reads of the titles: each article's lexicon terms. */
type TitleTerms = ReadonlyMap<string, { readonly terms: readonly string[] }>;

/**
 * The article that lists a flow, when the message names every term of its title and, besides, terms that name two or
 * more of its steps; undefined otherwise. A term names a step when the title of that step alone, of the flow's steps,
 * holds it (確認 is in four steps' titles and names none). Not when it names a thing only titles beside the flow hold:
 * 「ログイン画面、個人ユーザIDと事業所ユーザIDどっちを先に入れるの」 asks the order within one step (the login), of the
 * personal ID among others.
 */
export function flowAskedOfSteps(order: Pick<OnboardingOrder, 'flows'>, terms: readonly string[], titles: TitleTerms): string | undefined {
  for (const [holder, flow] of order.flows) {
    const own = titles.get(holder)?.terms ?? [];
    if (own.length === 0 || !own.every((t) => terms.includes(t))) continue;
    const named = new Set<string>();
    let beside = false;
    for (const term of terms) {
      if (own.includes(term)) continue;
      const holding = flow.filter((step) => titles.get(step)?.terms.includes(term));
      if (holding.length === 1) named.add(holding[0]!);
      if (holding.length === 0 && [...titles.values()].some((t) => t.terms.includes(term))) beside = true;
    }
    if (named.size >= 2 && !beside) return holder;
  }
  return undefined;
}

/** The decision answered with the flow's article when the message asks it of two of its steps (see the module comment). */
export function answeredOnStepOrder(decision: Decision, order: Pick<OnboardingOrder, 'flows'>, terms: readonly string[], titles: TitleTerms): Decision {
  if (decision.kind === 'fallback' && decision.reason !== 'unlikely') return decision;
  const holder = flowAskedOfSteps(order, terms, titles);
  if (holder === undefined || (decision.kind === 'answer' && decision.id === holder)) return decision;
  return { kind: 'answer', id: holder, anchor: null, confidence: decision.confidence, reason: 'step-order', alternatives: [] };
}
