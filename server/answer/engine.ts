/**
 * The answer engine as a pipeline: analysis → candidates → features → probabilities → decision →
 * response. Everything it knows comes from the knowledge base (articles, rules, lexicon, classes, other
 * systems, smalltalk, contact) and the fitted parameters; this file wires the steps together.
 */
import { randomUUID } from 'node:crypto';
import type { KnowledgeBase, SmalltalkRule } from '../content/types.ts';
import type { SectionSearchIndex } from '../search/search-index.ts';
import { tokenFacts } from '../search/corpus-stats.ts';
import type { KanjiReader } from '../text/corrections.ts';
import type { AnswerEngine, Answered, AskInput, AskResult, AskTrace } from './types.ts';
import { analyze, namesVocabulary, type QueryAnalysis } from './analysis.ts';
import { isKatakanaTyped, withGrammarInHiragana } from './half-width-kana.ts';
import { compileIntents, ruleText } from './intents.ts';
import { compileRuleMatcher } from './rule-matcher.ts';
import { compileSmalltalk, matchSmalltalk, withoutLastParticles } from './smalltalk.ts';
import { askedAfterFailure, asksWhetherItDoes, failureLeads, howAnswerFailed } from './answer-failed.ts';
import type { SentenceReading } from './restated.ts';
import { rewrittenQuestion } from './rewrites.ts';
import { afterFirstSentenceDenial, afterOpeningDenial, afterTopicTurn, asksOrRequests, splitDeniedPremise } from './question-part.ts';
import { vote, type NeighbourOptions } from './neighbours.ts';
import { corpusTable, neighbourIds } from './neighbour-ids.ts';
import { DEFAULT_CANDIDATES, gatherCandidates, idOrder, namedArticles, type Candidate, type CandidateOptions } from './candidates.ts';
import { featuresOf } from './features.ts';
import { measureQuestion, type QuestionMeasures } from './measures.ts';
import type { ClassifierOptions } from './classifier-options.ts';
import { asksUnstated, readSignals, type QuestionSignals } from './profile.ts';
import { choose, type LinearModel } from './model.ts';
import { UNSTATED, type Decision, type Scored, type Thresholds } from './decide.ts';
import { afterStepsDone, asksDurationOfAnother, freshDecision } from './fresh-decision.ts';
import { askedOfSkippedStep } from './skipped-step.ts';
import { askedOfNamedNextStep } from './named-next-step.ts';
import { readTitle, type TitleReading } from './title-decisions.ts';
import { continuation, type Continuation, type ContinuationWhy } from './conversation.ts';
import { findsIn, namesQuoteOfLast } from './conversation-holds.ts';
import { CONVERSATION } from './conversation-options.ts';
import { REPEAT_ASKED, shortText } from './conversation-cues.ts';
import { besidesMessage, finish, leadMessage, notListedMessage, respond, smalltalkBody } from './respond.ts';
import { repliesSmalltalk } from './smalltalk-reply.ts';
import { buildTrace, STORED_TRACE, WHOLE_TRACE, type TraceLimits } from './explain.ts';
import { committedParameters } from './parameters.ts';
import { LazyAnswer } from './answered.ts';
import { vaguenessOf } from './vagueness.ts';
import { sortSmall } from '../text/sort-small.ts';
import { flowHolderOf, onboardingOrder, type OnboardingOrder } from './next-steps.ts';
import { buildState, correctorFor, type EngineState } from './engine-state.ts';
import { longMessageReader } from './long-message.ts';
import { offeredChooser } from './offered-choice.ts';
import { asksEachToo, sameQuestionFor, titleAsks } from './same-for.ts';
import { normalize } from '../text/normalize.ts';
import { kanaFromRomaji } from '../text/romaji.ts';
import { referToSite, siteNamed } from './site-reference.ts';

/**
 * Why a follow-up is answered that says nothing of where the answer stands in the flow, nor that it corrects the last one:
 * a class member the answer's article does not list is named first for these.
 */
const UNPLACED: ReadonlySet<ContinuationWhy> = new Set(['follows', 'repeated', 'more-detail', 'chosen-option']);

/** The engine's options; every field defaults to the documented default of its module or the parameters file. */
export interface EngineOptions {
  candidates?: Partial<CandidateOptions>;
  neighbours?: Partial<NeighbourOptions>;
  classifier?: Partial<ClassifierOptions>;
  /** The model (default: `kb.answerModel`, set by the evaluation's folds, else the committed one). */
  model?: LinearModel;
  thresholds?: Thresholds;
  /** Most characters left once a smalltalk pattern is removed for a message to be only smalltalk (default 6). */
  smalltalkResidual?: number;
  /** How kanji stretches are read for homophone slips (default: the jōyō kanji table; a measurement may use an analyser). */
  readKanji?: KanjiReader;
}

/** A question read and scored, before any decision: what the training and the explanation look at. */
export interface Scoring {
  analysis: QueryAnalysis;
  /** The question as the rules and answer cards read it (see `ruleText`). */
  ruleText: string;
  measures: QuestionMeasures;
  /** What the question asks of the articles (profile.ts): the classifier's view, prices, durations, cases. */
  signals: QuestionSignals;
  candidates: Candidate[];
  features: number[][];
  /** The candidates with their probabilities, most likely first. */
  scored: Scored[];
  /** The probability that the question is vague (vagueness.ts). */
  vagueness: number;
  /**
   * The smalltalk rule the message matches, whether the message is nothing else, and whether it asks something
   * besides (「ありがとう、それって毎年いるの？」) or not (「ありがとうございます、電話してみます」).
   */
  smalltalk: { rule: SmalltalkRule; only: boolean; asks: boolean; closes: boolean; found: boolean; afterTry: boolean } | null;
  /** The articles that are themselves the hand-over to a person (category contact), shared by every scoring. */
  contactArticles: ReadonlySet<string>;
  /** The onboarding order (next-steps.ts: the steps after and before each, the flows), shared by every scoring. */
  steps: OnboardingOrder;
  /** Each article's title read as a question (title-decisions.ts `readTitle`), shared by every scoring. */
  titles: ReadonlyMap<string, TitleReading>;
}

export interface ScoringEngine extends AnswerEngine {
  /** Reads and scores a question (no decision, no query id). */
  score(question: string): Scoring;
}

/**
 * Builds the answer engine over a knowledge base and its index, from `state` when given (built before
 * with the same options: `buildEngineState`, or restored from the build's snapshot). A state is used by
 * one engine only: the neighbours' index keeps its scratch buffers.
 */
export function createAnswerEngine(kb: KnowledgeBase, search: SectionSearchIndex, options: EngineOptions = {}, state?: EngineState): ScoringEngine {
  const stats = search.stats;
  const fresh = state ? null : buildState(kb, search, options);
  const { vocabulary, neighbours, profiles } = state ?? fresh!;
  const corrector = fresh?.corrector ?? correctorFor(vocabulary, kb, stats, options.readKanji);
  // The neighbours' number of each corpus token: a question's tokens are numbered once, by the corpus.
  const neighbourOf = corpusTable(neighbours, search.tokenIds);
  const facts = tokenFacts(stats, search.tokenIds);
  const rules = compileRuleMatcher(compileIntents(kb));
  const compareIds = idOrder(kb.articles.map((a) => a.id));
  const talk = compileSmalltalk(kb.smalltalk);
  /** The rules whose patterns themselves ask (「お知らせはどこ」「あなたは誰」): a message that matches them asks nothing besides. */
  const askingRules = new Set(talk.rules.filter((c) => c.patterns.some(asksOrRequests)).map((c) => c.rule));
  const steps = onboardingOrder(kb);
  const contactArticles: ReadonlySet<string> = new Set(kb.articles.filter((a) => a.category === 'contact').map((a) => a.id));
  const model: LinearModel = options.model ?? kb.answerModel ?? committedParameters().model;
  const thresholds = options.thresholds ?? committedParameters().thresholds;
  const candidateOpts = { ...DEFAULT_CANDIDATES, ...options.candidates };
  const smalltalkResidual = options.smalltalkResidual ?? 6;
  const systemTerm = normalize(kb.site.systemName);
  /** The reply when an answer did not help in words no pattern lists: the first hand-over rule with an `afterTry` reply. */
  const failedRule = kb.smalltalk.find((r) => r.afterTry && r.contact && r.alone);
  /** Every title read as a question: what a question back between articles is about, and what a title asks of its subject. */
  const titles = new Map(kb.articles.map((a) => [a.id, analyze(a.title, vocabulary, corrector)] as const));
  /** The one site each article's title and summary name (site-reference.ts), for a message that points at it after the answer. */
  const sites = new Map(kb.articles.map((a) => [a.id, siteNamed(analyze(`${a.title}。${a.summary}`, vocabulary, corrector), systemTerm)] as const));
  const titleReadings: ReadonlyMap<string, TitleReading> = new Map(kb.articles.map((a) => [a.id, readTitle(titles.get(a.id)!, a.title)] as const));

  function score(question: string): Scoring {
    // Typed with the input method off, the message is read in kana (text/romaji.ts).
    const analysis = analyze(kanaFromRomaji(question) ?? question, vocabulary, corrector);
    const text = ruleText(analysis);
    const ids = search.numbers(analysis.tokens);
    const votes = vote(neighbours, analysis.tokens, compareIds, neighbourIds(neighbours, analysis.tokens, ids, neighbourOf));
    const matched = rules.match(text);
    const named = namedArticles(votes, candidateOpts.voteDepth, matched, analysis.classes);
    const signals = { ranked: search.rank(analysis.tokens, named, ids), votes, rules: matched };
    const candidates = gatherCandidates(analysis, signals, candidateOpts, compareIds);
    const measures = measureQuestion(analysis, stats, ids, facts, search.tokenIds, systemTerm);
    const questionSignals = readSignals(profiles, analysis, text);
    const features = featuresOf(candidates, analysis, measures, stats, questionSignals);
    const probabilities = choose(model, features);
    const scored: Scored[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      scored.push({ id: c.id, p: probabilities[i]!, anchor: c.search?.anchor || null, fires: !!c.rule?.fires, ruleIncomplete: !!c.rule && !c.rule.fires, classDecides: decidesByClass(analysis, c.id) });
    }
    sortSmall(scored, (a, b) => b.p - a.p || compareIds(a.id, b.id));
    // Then on the evened text, when evening changed it: 「できへん」 is 「できない」 to the patterns as to the vocabulary
    // (not first: 「なんかへん」 is 変, which evening takes for a negative).
    const talkMatch = matchSmalltalk(talk, analysis.normalized.text) ?? (analysis.endings.length > 0 ? matchSmalltalk(talk, analysis.evened) : null);
    // A rule that matches only alone matched the message whole (its residual is a filler and an ending).
    // A short rest that asks is a question all the same (「わかった、じゃあ次は？」), unless the rule's own patterns ask
    // (「お知らせはどこで見る？」). Particles after a last pattern ask nothing: 「ありがとの」 (中国地方) thanks, though a casual question
    // ends on の too (「毎年いるの」).
    const asked = talkMatch?.endsOnPattern ? withoutLastParticles(analysis.question) : analysis.question;
    const asks = talkMatch !== null && !askingRules.has(talkMatch.rule) && asksOrRequests(asked);
    const smalltalk = talkMatch ? { rule: talkMatch.rule, only: !!talkMatch.rule.alone || (talkMatch.residual.length <= smalltalkResidual && !asks), asks, closes: talkMatch.closes, found: talkMatch.found, afterTry: talkMatch.afterTry } : null;
    const vagueness = vaguenessOf(model.vagueness, { measures, length: analysis.normalized.text.length, scored });
    return { analysis, ruleText: text, measures, signals: questionSignals, candidates, features, scored, vagueness, smalltalk, contactArticles, steps, titles: titleReadings };
  }

  const readLong = longMessageReader(score, (s) => freshDecision(s, thresholds), thresholds, systemTerm);
  /** A text read and decided as a message on its own. */
  const readFresh = (text: string) => freshDecision(score(text), thresholds);
  const asksOfSubject = new Map([...titles].map(([id, a]) => [id, titleAsks(a)] as const));
  const chooseReply = offeredChooser({ readFresh, thresholds, stats });
  const titleOf = (id: string) => kb.byId.get(id)?.title ?? id;
  /** How the first sentence of a follow-up is read for the question it may wrap (restated.ts): one analysis. */
  const readSentence = (sentence: string): SentenceReading => {
    const a = analyze(sentence, vocabulary, corrector);
    return { asksAgain: REPEAT_ASKED.test(shortText(a) ?? ''), namesNothing: !namesVocabulary(a) };
  };

  const rewriteContext = { readSentence, listsFlow: (id: string) => steps.flows.has(id) };

  function ask(input: AskInput): Answered {
    // Words that call for another reading before anything is scored (rewrites.ts).
    const rewritten = rewrittenQuestion(input, rewriteContext);
    if (rewritten !== null) return ask({ ...input, question: rewritten });
    // After an answer, a message typed in katakana alone (a half-width kana keyboard has no hiragana) is read with its grammar
    // in hiragana, as a follow-up is read on its grammar (「ｿﾚﾊ ﾄﾞﾉｶﾞﾒﾝﾃﾞｽｶ」). Not a first message: the model is fitted on such
    // messages as typed, and reading them so moved its thresholds. Not one holding an ID or password: its notice would be lost.
    if (input.previous && isKatakanaTyped(input.question)) {
      const typed = analyze(input.question, vocabulary, corrector);
      const rewritten = typed.secrets.length === 0 ? withGrammarInHiragana(typed) : null;
      if (rewritten !== null) return ask({ ...input, question: rewritten });
    }
    // After an answer that names one site, 「そのサイト」 is that site.
    const site = input.previous ? sites.get(input.previous) : null;
    const question = input.question.trim();
    const whole = score((site ? referToSite(question, site) : null) ?? question);
    // Marks alone after an answer (「？」「…？」): the clerk did not follow it. Said so, not the same answer shown again.
    if (input.previous && failedRule && whole.analysis.normalized.text === '' && whole.analysis.secrets.length === 0) {
      return smalltalkAnswer(whole, failedRule, false, { previous: input.previous, continuation: { id: null, why: 'marks-only' } });
    }
    const wholeDecision = freshDecision(whole, thresholds);
    // A message that is only smalltalk (「ありがとう！できた」) is not read by its parts: 「できた」 alone is a step said done.
    const long = (whole.smalltalk?.only ? null : readLong(whole, wholeDecision)) ?? { s: whole, fresh: wholeDecision };
    const { s } = long;
    const fresh = askedOfNamedNextStep(askedOfSkippedStep(afterStepsDone(long.fresh, whole, readFresh), whole, readFresh), whole, readFresh);
    const { analysis } = s;
    const previous = input.previous ? kb.byId.get(input.previous) : undefined;
    // After an answer, a denial (「証明書のやなくて…」「いや、…」) corrects it, and so does a premise taken back that names what
    // its title does (「あ、うちは代理請求してなかったわ。…」 after the proxy certificate). One that names nothing of it is what
    // the clerk found on checking (「入ってなかったわ。どうやって入れるの」 after the certificate guide, which says how).
    const denied = previous !== undefined ? correctionOf(input.question, previous.id) : null;
    const corrects = denied !== null;
    // A reply to a question back chooses among what it offered (offered-choice.ts), before any follow-up reading.
    const chosen = input.offered ? chooseReply(s, fresh, input.question, input.offered) : null;
    let cont: Continuation = chosen !== null ? { id: chosen, why: 'chosen-option' } : continuation({ analysis, fresh, previous, unknownWords: s.measures.unknownWords, stats, asksUnstated: (id) => asksUnstated(s.signals, id) || asksDurationOfAnother(s, id), asksPrice: s.signals.asksPrice, steps, corrects, contact: contactArticles, turnsAway: previous !== undefined && afterTopicTurn(question) !== null });
    let decision = cont.id ? followUp(s, cont.id) : fresh;
    // A figure the last answer does not give, asked of it (conversation.ts): the sources' silence is said, as for a topic
    // they do not cover, rather than asking back about the bare question word — unless the message alone is answered and
    // does not point back at the last answer.
    if ((cont.why === 'not-stated-of-last' && decision.kind !== 'answer') || cont.why === 'pointed-not-stated') decision = UNSTATED;
    // 「ライセンスも同じ？」: the last answer's question put again about another subject, when alone it is unsure, or when it
    // asks whether that one too is needed apart (「証明書のほうも2つ分いる？」 after the licence per office).
    const unsureAlone = fresh.kind !== 'answer' || (fresh.reason !== 'rule' && (asksEachToo(input.question) || fresh.confidence < CONVERSATION.sureAlone));
    const putAgain = previous && chosen === null && unsureAlone ? sameAgain(input.question, previous.id) : null;
    // Over an answer of its own, only an article titled after what the message names (「ライセンスも同じ扱いですか」 after the
    // KJ ID guide put 再発行 to the licence, and drew the KJ password's article).
    const same = putAgain !== null && fresh.kind === 'answer' && !titledAfterNamed(putAgain.id, s.analysis) ? null : putAgain;
    if (same !== null) [decision, cont] = [same, { id: same.id, why: 'follows' }];
    const instead = denied !== null && previous && decision.kind === 'answer' && decision.id === previous.id ? insteadOfDenied(denied, previous) : null;
    if (instead !== null) [decision, cont] = [instead, { id: instead.kind === 'answer' ? instead.id : null, why: 'corrected' }];
    // After an answer, what the clerk did and that it still fails (「パスワード変えたのにまだ期限切れって出る」), or that what it
    // pointed to is not there (「TOPページにIDのってへん」): that answer did not help — unless the message is answered with
    // another article (「証明書入れたけどパスワードがわからない」 is a new question) and does not say it did as told, or
    // the failure leads elsewhere (answer-failed.ts failureLeads: where the missing thing is found, or the last answer's case).
    const failed = failedRule && previous ? howAnswerFailed(whole.analysis.normalized.text, asksWhetherItDoes(input.question)) : null;
    const leads = failed === null ? null : failureLeads(failed, whole.analysis.normalized.text, { fresh, decision, previous: previous!.id, namesOurs: namesVocabulary(whole.analysis), findsIn: (id) => findsIn(stats, id), namesCase: (id) => s.signals.namesCase(id) });
    // A thing the last answer itself quotes, said not there (「介護保険の請求はこちらってボタンがない」 after the expired password), is
    // found nowhere else: that answer did not help.
    const led = leads === 'found-elsewhere' && namesQuoteOfLast(analysis, previous!, stats) ? null : leads;
    // Answered with another article, after a first sentence that says the last one did not help and names nothing: the
    // question after it is read alone, since the rules read the failure's negative as a case of their own.
    const asked = failed !== null && decision.kind === 'answer' && decision.id !== previous!.id ? askedAfterFailure(question, (text) => analyze(text, vocabulary, corrector)) : null;
    if (asked !== null) return ask({ ...input, question: asked });
    if (led === 'found-elsewhere' && fresh.kind === 'answer') [decision, cont] = [fresh, { id: fresh.id, why: 'follows' }];
    const conversation = { previous: previous?.id ?? null, continuation: cont };
    // Asked for more of the last answer, the card is shown again with its link to the whole article (the smalltalk rule
    // more-detail says where that link is when no answer was given).
    if (s.smalltalk && led === null && cont.why !== 'more-detail' && repliesSmalltalk(s, decision, previous?.id)) {
      return smalltalkAnswer(s, s.smalltalk.rule, s.smalltalk.afterTry, conversation);
    }
    // A message answered for a member of a class it names (「Firefoxしか入ってないんだけど、それじゃだめ？」) asks about that member.
    const asksOfMember = decision.kind === 'answer' && decision.reason === 'class';
    if (failed !== null && led === null && (failed === 'as-told' || !(decision.kind === 'answer' && (decision.id !== previous!.id || asksOfMember)))) {
      return smalltalkAnswer(s, failedRule!, true, conversation);
    }
    const body = respond(kb, decision, { question: s.ruleText, others: analysis.others, unstated: analysis.unstated, secrets: analysis.secrets });
    // The step after an article beside the flow is said to follow the step it belongs to (「再発行できた、次は？」 after the
    // KJ password goes on from the KJ ID guide).
    const stepTitleOf = (id: string) => titleOf(steps.stepOf.get(id) ?? id);
    // A step asked for by its number is said to be the flow's (「5は？」 after the download is the overview's fifth step).
    const leadTitleOf = (id: string, why: Continuation['why']) => (why === 'next-step' ? stepTitleOf(cont.after ?? id) : why === 'numbered-step' ? titleOf(flowHolderOf(steps, cont.id!) ?? id) : titleOf(id));
    const followed = cont.id && previous && chosen === null ? { why: cont.why, previousTitle: leadTitleOf(previous.id, cont.why), sameArticle: cont.id === previous.id } : null;
    // A member of a class that the answer's article does not list is named first (「「Mac」は、…挙がっていません。」), unless
    // the line says where in the flow the answer stands or that it corrects the last one.
    const placed = followed === null ? decision.kind === 'answer' && !!(decision.after || decision.before) : !UNPLACED.has(followed.why);
    // The answer to the first of several questions says first what else was asked.
    const besides = decision.kind === 'answer' && decision.besides ? besidesMessage(decision.besides, titleOf) : null;
    const lead = body.answer ? besides ?? (placed ? null : notListedMessage(kb, analysis.classes, body.answer.id)) ?? leadMessage(followed, decision, stepTitleOf) : null;
    if (lead !== null) body.message = lead;
    return answered(s, finish(body, randomUUID(), analysis.notices), { kind: decision.kind, reason: cont.id ? 'follow-up' : decision.reason }, conversation);
  }

  /**
   * A correction never gets the answer it denies again (「あ、ちがう、証明書のやなくてKJのパスワードやったわ」 after the
   * certificate password read whole as that article): what follows the denial, read on its own, without the denied
   * article — its one other article answered, several asked back between. What it only finds related (it names too
   * little alone: 「金額やなくて、更新がいるかどうか」) counts when the denied article is related to it, as the
   * correction stays near what it corrects. Null when it offers none.
   */
  function insteadOfDenied(rest: string, denied: { id: string; related: readonly string[] }): Decision | null {
    const reading = score(rest);
    const d = freshDecision(reading, thresholds);
    const offered = d.kind === 'answer' ? [d.id, ...d.alternatives] : d.kind === 'clarify' ? d.options : d.kind === 'fallback' ? d.related.filter((id) => denied.related.includes(id)) : [];
    const options = offered.filter((id) => id !== denied.id);
    if (options.length === 0) return null;
    if (options.length > 1) return { kind: 'clarify', reason: 'several-likely', confidence: d.confidence, options };
    const best = reading.scored.find((c) => c.id === options[0]);
    // Chosen by the conversation, as a follow-up is: its confidence is the conversation's.
    return { kind: 'answer', id: options[0]!, anchor: best?.anchor ?? null, confidence: CONVERSATION.confidence, reason: 'likely', alternatives: [] };
  }

  /** Whether article `id`'s title names a lexicon term the message names. */
  function titledAfterNamed(id: string, analysis: QueryAnalysis): boolean {
    return titleReadings.get(id)?.terms.some((t) => analysis.terms.includes(t)) ?? false;
  }

  /** The answer to the last answer's question put again about the subject the message names (same-for.ts), or null. */
  function sameAgain(question: string, previousId: string): Extract<Decision, { kind: 'answer' }> | null {
    const text = sameQuestionFor(question, asksOfSubject.get(previousId) ?? null);
    if (text === null) return null;
    const d = readFresh(text);
    return d.kind === 'answer' && d.id !== previousId ? d : null;
  }

  /**
   * What a message that corrects the previous answer (article `previousId`) asks instead, or null: what follows a
   * denial, or a premise taken back when that sentence names a lexicon term the previous answer's title names.
   */
  function correctionOf(question: string, previousId: string): string | null {
    const said = afterFirstSentenceDenial(question) ?? afterOpeningDenial(question);
    if (said !== null) return said;
    const premise = splitDeniedPremise(question);
    if (premise === null) return null;
    const title = titleReadings.get(previousId)?.terms ?? [];
    return analyze(premise.taken, vocabulary, corrector).terms.some((t) => title.includes(t)) ? premise.rest : null;
  }

  /** A smalltalk reply as the answer (the rule's `afterTry` reply when the last answer did not help). */
  function smalltalkAnswer(s: Scoring, rule: SmalltalkRule, afterTry: boolean, conversation: TraceConversation): Answered {
    return answered(s, finish(smalltalkBody(kb, rule, afterTry), randomUUID(), s.analysis.notices), { kind: 'smalltalk', reason: 'smalltalk' }, conversation);
  }

  /** The answer, with its trace built only when read (the whole one, or the one insights keep). */
  function answered(s: Scoring, result: AskResult, made: Answered['decision'], conversation: TraceConversation): Answered {
    return new LazyAnswer(result, made, () => traceOf(s, made, conversation, WHOLE_TRACE), () => traceOf(s, made, conversation, STORED_TRACE));
  }

  /** A trace of an answer (with a decision object of its own, as the answer's is not shared with it). */
  function traceOf(s: Scoring, made: Answered['decision'], conversation: TraceConversation, limits: TraceLimits): AskTrace {
    return buildTrace(s, titleOf, model, thresholds, { kind: made.kind, reason: made.reason }, conversation, limits);
  }

  return { ask, score };
}

/** What a trace says of the conversation: the previous article, and whether and why the question continues it. */
type TraceConversation = { previous: string | null; continuation: Continuation };

/** Whether the question names a member of a class whose requirement article `id` alone states. */
function decidesByClass(analysis: QueryAnalysis, id: string): boolean {
  return analysis.classes.some((c) => c.about.length === 1 && c.about[0] === id);
}

/** The answer for a message that continues the previous one (conversation.ts chose the article). */
function followUp(s: Scoring, id: string): Decision {
  const scored = s.scored.find((c) => c.id === id);
  return { kind: 'answer', id, anchor: scored?.anchor ?? null, confidence: CONVERSATION.confidence, reason: 'likely', alternatives: [] };
}

export type { Continuation };
