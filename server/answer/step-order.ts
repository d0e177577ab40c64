/**
 * The steps of a flow a message names, read from their titles' lexicon terms:
 * - a message that asks the flow itself about two or more of its steps (「製品のダウンロードと利用申請って、どっちが先？」):
 *   the lexicon reads どっちが先 as the flow, which the title of the article that lists it names, and which of the steps
 *   comes first is that article's to say — not the step the message names most;
 * - a message that says a step is done and names after 次は the step it goes on to (answeredNamedNext);
 * - a message that names a step by its number (「ステップ7のログインで…」), answered with the article that lists the flow
 *   (answeredNamedStep).
 */
import { leadOf, type Decision } from './decide.ts';
import type { Scoring } from './engine.ts';
import { afterNextWord, saysStepDone, stepNamedByNumber, type OnboardingOrder } from './next-steps.ts';

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

/**
 * A message that says a step is done and names after 次は the step it goes on to (「KJのIDとパスワードの確認はできたさ。次は
 * アプリのダウンロードでいいねー？」 drew the login guide at p 0.82): the one step of a flow whose title names every lexicon term
 * named there is the answer, at the decision's confidence. Not when no term is named there, or two steps' titles name them.
 */
export function answeredNamedNext(decision: Decision, s: Pick<Scoring, 'analysis' | 'steps' | 'titles' | 'scored'>, text: string): Decision {
  if (decision.kind === 'fallback') return decision;
  const { evened, words } = s.analysis;
  // 次は first: most messages have none, and it is a short pattern beside the done words.
  const after = afterNextWord(evened);
  if (after === null || !saysStepDone(text)) return decision;
  const from = evened.length - after.length;
  const named = new Set<string>();
  for (const w of words) if (w.index >= from) for (const m of w.meanings) if (m.kind === 'term') named.add(m.term);
  if (named.size === 0) return decision;
  const steps = new Set([...s.steps.flows.values()].flat());
  const titled = [...steps].filter((id) => [...named].every((t) => s.titles.get(id)?.terms.includes(t)));
  if (titled.length !== 1 || titled[0] === leadOf(decision)) return decision;
  const id = titled[0]!;
  return answerWith(id, decision.confidence, s);
}

/**
 * A message that names a step of the flow by its number and asks about it (「ステップ7のログインで、IDとパスワードを2組入れる
 * ってことですか？」 drew the overview at p 0.69, on ステップ): when the answer is the article that lists the flow, that step is,
 * at the decision's confidence. Its numbers are the ones the start guide and the overview give.
 */
export function answeredNamedStep(decision: Decision, s: Pick<Scoring, 'steps' | 'scored'>, text: string): Decision {
  // A step said done by its number (「ステップ2も終わったよ」) asks what follows it (next-steps.ts), not about it.
  if (decision.kind !== 'answer' || saysStepDone(text)) return decision;
  const flow = s.steps.flows.get(decision.id);
  const n = flow === undefined ? null : stepNamedByNumber(text);
  const id = n === null ? undefined : flow![n - 1];
  if (id === undefined) return decision;
  return answerWith(id, decision.confidence, s);
}

/** The answer with article `id` (its best section) at `confidence`, in place of the decision's. */
function answerWith(id: string, confidence: number, s: Pick<Scoring, 'scored'>): Decision {
  return { kind: 'answer', id, anchor: s.scored.find((c) => c.id === id)?.anchor ?? null, confidence, reason: 'likely', alternatives: [] };
}
