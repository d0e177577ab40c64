/**
 * The decision for a message read on its own, before the conversation is taken into account: decide.ts's decision
 * over the scoring, then what the scoring knows besides the probabilities — the step after or before one the message
 * says is done (next-steps.ts), or the step it names after 次は (step-order.ts), what the articles' titles name and quote
 * (title-decisions.ts), a likely answer another article's nearly complete rule contests, and a figure asked of an article
 * that does not state it.
 */
import type { Scoring } from './engine.ts';
import { decide, leadOf, UNSTATED, type Decision, type Thresholds } from './decide.ts';
import { grammarText, namesVocabulary } from './analysis.ts';
import { announcesTopic } from './vagueness.ts';
import { asksStepAfter, doneParts, flowHolderOf, listedDone, stepAfter, stepBefore, textAfterDone } from './next-steps.ts';
import { asksFigureNotStated } from './profile.ts';
import { answeredNamedNext, answeredNamedStep, answeredOnStepOrder } from './step-order.ts';
import { holdsAll } from './features.ts';
import { ASKS_WHOM } from './question-part.ts';
import { compactGrammar } from './conversation-cues.ts';
import { answeredOnContrast, answeredOnQuoteWithGaps, answeredOnQuotedTitle, answeredOnShownMessage, answeredWhereDone, answeredWhereTitleAsks, answerWith } from './title-decisions.ts';

/**
 * The decision for a message read on its own (no conversation); a message that says a step is done and asks
 * what follows gets the step after the one it names (next-steps.ts).
 */
export function freshDecision(s: Scoring, thresholds: Thresholds): Decision {
  const a = s.analysis;
  // A message that only announces its topic is vague when the topic has two articles worth offering (「ライセンスについて
  // 質問です」: the licence and its renewal) or none likely alone (「申請について聞きたいんですけど」 fell back); one
  // likely alone is answered (「フリーパスのことで聞きたいです」).
  const text = grammarText(a);
  const announced = ((s.scored[1]?.p ?? 0) >= thresholds.option || (s.scored[0]?.p ?? 0) < thresholds.answer) && announcesTopic(text);
  // Nor is a message vague that asks where or how to do a thing only ours that the likeliest article's title names (「利用申請は
  // どこでするんですか」「どこからするの」「利用申請はどうするの」: short, but it says what of the application it asks). Not where
  // in it (「利用状況サイトのどこ？」 after the personal ID is asked of that answer).
  const likeliest = s.scored[0];
  // So is one that asks where a thing only ours is, of an article titled after where it is found (「KJのIDはどこ？」); not of
  // another (「アプリ　どこ」: where it is got, or where it is opened).
  const title = likeliest === undefined ? undefined : s.titles.get(likeliest.id);
  const asksHowOrWhereOfOurs = title !== undefined && (ASKS_WHERE_OR_HOW_TO_DO.test(text) || (ASKS_WHERE_IT_IS.test(text) && title.tellsWhereFound)) && a.own.some((t) => title.terms.includes(t));
  const decision = decide({ scored: s.scored, vague: (s.vagueness >= thresholds.vagueness && !asksHowOrWhereOfOurs) || announced, secretOnly: a.secretOnly, namesOtherSystem: a.others.length > 0, namesOurs: a.own.length > 0, namesVocabulary: namesVocabulary(a), namesUnstated: a.unstated.length > 0, unknownOnly: s.measures.unknownOnly, unknownBesidesClasses: s.measures.unknownBesidesClasses, systemOnly: s.measures.systemOnly, saysNothing: s.measures.information === 0, contact: s.contactArticles }, thresholds);
  // Not the step after the article that lists the flow, when the message says which steps are done: afterStepsDone takes
  // the step after the furthest of them (「申請も終わったし証明書も入れました。あとは何をしたら使い始められますか」 is the login).
  const lead = leadOf(decision);
  const stepsSaid = lead !== undefined && s.steps.flows.has(lead) && doneParts(text).length > 0;
  // Nor after the first option of a vague question back, or a guess at a message that says nothing, for a message that names
  // no word of the vocabulary: 「全部終わりました」「終わりました」 say no step is done, and the guess (the KJ ID guide) went on to
  // the download, even after the certificate guide.
  const namesNoStep = a.terms.length === 0 && ((decision.kind === 'clarify' && decision.reason === 'vague') || s.measures.information === 0);
  const stepped = answeredOnStepOrder(stepBefore(stepsSaid || namesNoStep ? decision : stepAfter(decision, text, s.steps.after), text, s.steps.previous, (id) => s.titles.get(id)?.text), s.steps, a.terms, s.titles);
  const named = answeredNamedStep(answeredNamedNext(stepped, s, text), s, text);
  return withoutFigureNotStated(answeredOnQuoteWithGaps(answeredOnContrast(answeredWhereDone(answeredWhereTitleAsks(answeredBesideIncompleteRule(askedBackNearRule(answeredOnQuotedTitle(answeredOnShownMessage(askedWhomToAsk(named, s), s), s, thresholds), s, thresholds), s, thresholds), s, text, thresholds), s, text), s), s), s);
}

/**
 * A message that finds nothing likely but asks whom or where to ask (「それでも直らんかったらどこに聞けばええ？」: the
 * condition's dialect left its words unknown), or that asks for the helpdesk's contact for trouble it only foresees
 * (asksContactInCase) or giving up on the chat (givesUpForContact), is answered with the hand-over article, the helpdesk's contact, when the content has one and it is
 * a candidate.
 */
function askedWhomToAsk(decision: Decision, s: Scoring): Decision {
  if (s.contactArticles.size !== 1 || (decision.kind === 'answer' && s.contactArticles.has(decision.id))) return decision;
  const compact = compactGrammar(s.analysis);
  const unsure = decision.kind === 'fallback' && decision.reason === 'unlikely' && ASKS_WHOM.test(compact);
  if (!unsure && !asksContactInCase(compact) && !givesUpForContact(compact)) return decision;
  const contact = s.scored.find((c) => s.contactArticles.has(c.id));
  return contact === undefined ? decision : { kind: 'answer', id: contact.id, anchor: contact.anchor, confidence: contact.p, reason: 'contact-first', alternatives: [] };
}

/** Gives up on the chat (「もういいから」「もう結構」「らちがあかない」). */
const GIVES_UP = /もういい(?:から|ので|や|わ|です)|もう(?:結構|けっこう)|らちがあかな|埒があかな/;
/** Asks for a phone number or a contact (「電話番号おしえて」「連絡先は？」). */
const ASKS_NUMBER = /(?:電話番号|でんわばんごう|電話|でんわ|番号|連絡先|れんらくさき)(?:を|は|って)?(?:教え|おしえ|知りた|しりた|何番|なんばん)/;

/** Whether a message (without spaces) gives up on the chat and asks for a number to call (「もういいから電話番号おしえて」). */
function givesUpForContact(compact: string): boolean {
  return GIVES_UP.test(compact) && ASKS_NUMBER.test(compact);
}

/** Asks for the helpdesk's contact in so many words (「ヘルプデスクの番号おしえて」「問い合わせ先を教えてください」「窓口は何番？」). */
const ASKS_FOR_CONTACT = /(?:ヘルプデスク|へるぷですく|サポート|さぽーと|コールセンター|問い合わせ|問合せ|といあわせ|窓口|まどぐち)(?:先|さき)?(?:の|に)?(?:電話番号|電話|でんわ|番号|ばんごう|連絡先|れんらくさき)?(?:を|は|って|が)?(?:教え|おしえ|知りた|しりた|何番|なんばん)/;
/** Trouble only foreseen (「わからんことあったら」「困ったときのために」「念のため」): the topic it names is not what the message asks. */
const IN_CASE = /あったら|あれば|出たら|でたら|なったら|困ったら|こまったら|詰まったら|つまったら|(?:とき|時|場合)の(?:ため|為)|(?:とき|時|場合)に備え|念のため|念の為/;

/**
 * Whether a message (without spaces) asks for the helpdesk's contact for trouble it only foresees (「介護DX証明書の申請で
 * わからんことあったら聞きたいので、ヘルプデスクの番号おしえてください」): the topic is a case to come, the ask is the contact.
 */
function asksContactInCase(compact: string): boolean {
  const ask = ASKS_FOR_CONTACT.exec(compact);
  return ask !== null && IN_CASE.test(compact.slice(0, ask.index));
}

/**
 * Asks where something is done (「どこでする」「どこから申請」「どこのサイトでやる」, and telegraphic 「どこ やる」), not where in a
 * thing (「サイトのどこ？」); or how it is done, in dialect too (「どうするの」「どげんすると」「どがんすっと」「どないしたらええ」).
 */
const ASKS_WHERE_OR_HOW_TO_DO = /(?:どこ|何処)(?:(?:の[^\sのでから]{1,8})?(?:で|から)|\s*(?:やる|する|やれば|すれば|やったら|したら))|(?:どう|どげん|どがん|どぎゃん|どない|どんげ)\s*(?:やる|する|すっと|やれば|すれば|やったら|したら|したらいい|したらええ|すりゃ|やりゃ)/;
/** Asks where a thing is (「KJのIDはどこ？」「どこに書いてある」), not where in a thing (「サイトのどこ？」). */
const ASKS_WHERE_IT_IS = /(?<!の)(?:どこ|何処)\s*(?:$|です|でしょう|に(?:ある|あり|書い|かい|載っ|のっ))/;
/**
 * A price or a web address asked of an article that states none (「証明書のインストールって業者さんに頼んだらいくらくらい？」
 * is the certificate guide's topic, and it names no fee; 「電子請求受付システムのURLを教えて」 is the KJ ID guide's, which
 * gives no address), or a length of time asked of another thing than the answer's (asksDurationOfAnother): the answer
 * would not hold what is asked, so the sources' silence is said, with the helpdesk, as for a topic they do not cover.
 * Not an intent rule's answer: a rule decides.
 */
function withoutFigureNotStated(decision: Decision, s: Scoring): Decision {
  if (decision.kind !== 'answer') return decision;
  // A web address asked of an article that gives none is not given, whatever rule found the article (「ベンダー試験の実施状況の
  // 結果が載ってるページのURLを直接教えて」 fired care-software's): the address is what is asked.
  if (decision.reason === 'rule') return s.signals.asksUrl && !s.signals.urls.has(decision.id) ? UNSTATED : decision;
  if (!asksFigureNotStated(s.signals, decision.id) && !asksDurationOfAnother(s, decision.id)) return decision;
  return UNSTATED;
}

/**
 * Whether the message asks how long it takes of a thing another article is titled after, which states no length of time,
 * while the answer `id`, which states one, is not titled after it (「電子証明書を申し込んでから届くまで何日かかる？」 drew the
 * KJ ID guide, whose mailed papers take days; the certificate's articles give no days): the length asked is not stated.
 */
export function asksDurationOfAnother(s: Scoring, id: string): boolean {
  if (!s.signals.asksDuration || !s.signals.durations.has(id)) return false;
  const answered = s.titles.get(id)?.terms ?? [];
  return s.analysis.terms.some((t) => {
    if (answered.includes(t)) return false;
    const titled = s.candidates.filter((c) => c.id !== id && s.titles.get(c.id)?.terms.includes(t));
    return titled.length > 0 && titled.every((c) => !s.signals.durations.has(c.id));
  });
}

/**
 * An answer the model found likely, while another likely article's intent rule lacks only one of its concepts
 * (「パスワードを忘れてしまいました。どうすればいいですか」: kj-password-lost's rule has パスワード and 忘れ, not KJ), is asked
 * back between them: the question may be that article's with the word that tells them apart left out. Not when the
 * rule was vetoed (a word says it is not that article's), nor for a rule of fewer than three concepts.
 */
function askedBackNearRule(decision: Decision, s: Scoring, thresholds: Thresholds): Decision {
  if (decision.kind !== 'answer' || decision.reason !== 'likely') return decision;
  const likely = s.scored.filter((c) => c.p >= thresholds.option);
  const near = s.candidates.find((c) => c.id !== decision.id && c.rule && !c.rule.fires && !c.rule.vetoedBy && c.rule.total >= 3 && c.rule.matched === c.rule.total - 1 && likely.some((l) => l.id === c.id));
  if (!near) return decision;
  // Not when the message names what the answer's title names and the near article's does not: it says which it asks
  // (「…KJのIDがわからんようになったんよ」 names the KJ ID guide's 事業所ユーザID, not the KJ password's).
  const answerTitle = s.titles.get(decision.id)?.terms ?? [];
  const nearTitle = s.titles.get(near.id)?.terms ?? [];
  if (s.analysis.terms.some((t) => answerTitle.includes(t) && !nearTitle.includes(t))) return decision;
  return { kind: 'clarify', reason: 'rule-incomplete', confidence: decision.confidence, options: likely.slice(0, 3).map((c) => c.id) };
}

/**
 * A question back between two articles, the likelier held back because its intent rule lacks a concept, is
 * answered with the other when the message names its subject in words only ours, the other has no rule to lack
 * anything, its topic holds every concept the message names and it is likely enough to be offered
 * (「利用申請ってどこでするんですか」: the application status's rule wants 確認 or 完了 besides 利用申請 — the very word
 * that tells the two apart is missing, and the application guide holds all the message says). Not when the subject
 * is only a class's word (「事業所ごとに必要ですか？」: the certificate or the licence, either may be meant).
 */
function answeredBesideIncompleteRule(decision: Decision, s: Scoring, thresholds: Thresholds): Decision {
  // A vague question stays asked back: it names too little for any article (「期限について」).
  if (decision.kind !== 'clarify' || decision.reason === 'vague' || decision.options.length !== 2 || s.analysis.own.length === 0) return decision;
  const [best, other] = s.scored;
  if (!best || !other || !best.ruleIncomplete || other.ruleIncomplete || other.fires || other.p < thresholds.option || !decision.options.includes(other.id)) return decision;
  if (!holdsAll(s, other.id)) return decision;
  return answerWith(other, [best.id], s.scored);
}

/** The step all of `ids` are or belong to (next-steps.ts stepOf), or undefined when they are of several steps. */
export function oneStepOf(ids: readonly string[], steps: Scoring['steps']): string | undefined {
  const of = new Set(ids.map((id) => steps.stepOf.get(id) ?? id));
  return of.size === 1 ? of.values().next().value : undefined;
}

/** Words that ask for the whole flow (「全体の流れ」「手順の一覧」). */
const ASKS_FOR_FLOW = /流れ|ながれ|全体|ぜんたい|一覧|全部の手順|すべての手順/;

/** The holder of the content's one flow, or undefined when it lists none or several. */
function onlyFlowOf(steps: Scoring['steps']): string | undefined {
  return steps.flows.size === 1 ? steps.flows.keys().next().value : undefined;
}

/** Whether what a message says after its last word saying a step is done names a lexicon term of article `id`'s title. */
function namesTitleAfterDone(whole: Scoring, id: string): boolean {
  const after = textAfterDone(whole.analysis.evened);
  const terms = whole.titles.get(id)?.terms ?? [];
  return after !== null && terms.some((t) => after.includes(t));
}

/**
 * A message answered with the article that lists the flow, though it says steps are done (「ダウンロードも利用申請も
 * 終わったんやけど、こっから使い始めるにはどないしたらええの」): the clerk is past its start, and asks what follows the
 * furthest step done. Each part of the message that ends on a done word, read alone (`readFresh`), is answered with the
 * step it says is done (or already with the step after it: next-steps.ts stepAfter); the answer is the step after the
 * furthest of them in the flow (reason step-after). So is a message answered with the step after one step it says is done,
 * when it says a further one is done too (「ダウンロードも証明書も利用申請も全部終わりました。あとは…」 went on from the download),
 * and one the model answered with a step of the flow by its guess, naming that step only in what it says is done
 * (`namesTitleAfterDone`). `whole`: the message read whole (a long message's reading may have left out the steps it says are done). Any other
 * decision is returned as it is.
 */
export function afterStepsDone(decision: Decision, whole: Scoring, readFresh: (text: string) => Decision): Decision {
  const { steps } = whole;
  const text = whole.analysis.evened;
  const wentOnFrom = decision.kind === 'answer' && decision.reason === 'step-after' ? decision.after : undefined;
  // Or one answered with an article beside the flow, when it says a step is done and asks what follows (「利用申請まで
  // 終わりました。あとは何をしたらデータのやり取りを始められますか」: the exchange of data drew same-office-number).
  // The flow is then the content's one flow (with several, the article beside them says not which).
  const beside = decision.kind === 'answer' && decision.reason === 'likely' && !steps.flows.has(decision.id) && flowHolderOf(steps, steps.stepOf.get(decision.id) ?? decision.id) === undefined && asksStepAfter(text);
  // Or one answered with a later step of the flow by the model's guess, when it says a step is done and asks what follows
  // without naming that step's title after what it says is done (「アプリのダウンロードまでは終わったんですが、次は何をすれば」
  // was the login's at 0.78: the certificate follows the download).
  const guessedStep = decision.kind === 'answer' && decision.reason === 'likely' && !beside && !steps.flows.has(decision.id) && asksStepAfter(text) && !namesTitleAfterDone(whole, decision.id);
  const stepHolder = guessedStep ? flowHolderOf(steps, steps.stepOf.get(decision.id) ?? decision.id) : undefined;
  // Or one asked back between a step and the article that lists the flow (「申請まで全部終わったっぺと思うんだけど、最後アプリ
  // 使い始めるのに何が要るんだっけ？」: the login or the flow).
  // Not a vague question back (「もう全部おわったわ、ありがとね」 names no step).
  const offersFlow = decision.kind === 'clarify' && decision.reason !== 'vague' ? decision.options.find((id) => steps.flows.has(id)) : undefined;
  const holder = wentOnFrom !== undefined ? flowHolderOf(steps, wentOnFrom) : beside ? onlyFlowOf(steps) : (stepHolder ?? offersFlow ?? leadOf(decision));
  const flow = holder === undefined || decision.kind === 'fallback' ? undefined : steps.flows.get(holder);
  // Not a message that asks for the flow in so many words (「パソコンの確認は終わりました。全体の流れを教えて」).
  if (flow === undefined || ASKS_FOR_FLOW.test(text)) return decision;
  const place = (id: string) => flow.indexOf(steps.stepOf.get(id) ?? id);
  let furthest: string | undefined;
  // A part that lists several things done (「ダウンロードも証明書も利用申請も全部終わりました」) is read thing by thing as well:
  // read whole, its first step drew it (the download's, then the certificate after it).
  // The parts are consecutive slices of the text from its start; the spoken text (katakana as typed), when as long, has the
  // same offsets, and shows where と joins two words (listedDone).
  const { spoken } = whole.analysis;
  const parts: string[] = [];
  let at = 0;
  for (const part of doneParts(text)) {
    parts.push(part, ...listedDone(part, spoken.length === text.length ? spoken.slice(at, at + part.length) : part));
    at += part.length;
  }
  for (const part of parts) {
    const read = readFresh(part);
    // Read alone, a part that ends on a done word is already taken on to the step after it; one asked back between articles
    // of one step says that step is done (「利用申請も出しました」: the application or its status, both the application's step).
    const done = read.kind === 'answer' ? (read.reason === 'step-after' ? read.after : read.id) : read.kind === 'clarify' ? oneStepOf(read.options, steps) : undefined;
    if (done !== undefined && place(done) >= 0 && (furthest === undefined || place(done) > place(furthest))) furthest = done;
  }
  const next = furthest === undefined ? undefined : steps.after.get(furthest);
  if (next === undefined || (wentOnFrom !== undefined && place(furthest!) <= place(wentOnFrom))) return decision;
  return { kind: 'answer', id: next, anchor: null, confidence: decision.confidence, reason: 'step-after', alternatives: [], after: furthest };
}
