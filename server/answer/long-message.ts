/**
 * How a long message is read when its whole does not say what it asks. Clerks write background before the
 * question — who they are, the steps behind them, what a colleague said — and the whole message's words
 * weigh every topic they name alike. The engine asks the message whole first, then, by the first of these
 * readings that applies (each returns null when the whole stands):
 * 1. without the clauses of its background that name a topic the sources do not cover (`readWithoutUnstatedBackground`),
 *    by its first question when a later one asks such a topic (several-questions.ts `readFirstOfSeveral`) or when the first's
 *    article holds all the message names (`readFirstHoldingAll`),
 *    or without the clauses that name another system while the rest names ours (`readWithoutOtherBackground`);
 * 2. without the steps it says are done (`readWithoutDone`);
 * 3. without what follows its question, when that only says why (`readWithoutAfterthought`), and a model's answer
 *    without the message's comparisons (`readWithoutComparisons`);
 * 4. when the whole is unsure, by its last sentences, then its last sentence alone (`readQuestionPart`);
 * 5. when the whole is answered, against its question where that stands on its own at its end (`readQuestionOverWhole`),
 *    without the introduction it opens on (「福井の包括やけど、…」: introduction.ts `readWithoutIntroduction`),
 *    or in a message of two sentences, against a second that opens on its own topic (`readTopicalSecond`);
 * 0. before all these, a message answered only for the plea it ends on (「…助けてください」), by what it says before it
 *    when that is vague, and one asked back only for it (「…えらー でた どうしよ」), by what it says before it when that
 *    answers (plea.ts `readWithoutPlea`); a message that corrects itself, by what it says after its denial (`readAfterDenial`), one
 *    that opens on when or on a case naming nothing of ours, by what it says after that (`readAfterTimeFrame`), and one that
 *    asks which of the two IDs a thing takes, by what it says without asking it (`readWithoutWhichId`);
 * and first of all, a pasted mail without its signature (`readWithoutSignature`), then a message answered by the model
 *    that names the system itself, without its name, read then as any message by these readings (`readWithoutSystemName`).
 * The sentences themselves are cut by question-part.ts; the reading is scored and decided as any message.
 */
import type { Decision, DecisionReason, Thresholds } from './decide.ts';
import type { Scoring } from './engine.ts';
import { namesVocabulary } from './analysis.ts';
import { holdsAll } from './features.ts';
import { normalize, normalizeWithMap } from '../text/normalize.ts';
import { afterDenial, afterSaidDenial, afterTopicTurn, afterTimeFrame, askedAfterAside, asksOrRequests, asksToBeTold, beforeDeniedPhrase, clausesOf, lastSentence, markSpokenQuestionEnds, pairsWithLast, POINTS_BACK, QUESTION_PART, questionPart, selfContainedPart, sentencesOf, splitCaseFrame, standaloneQuestion, topicalSecondSentence, WISH, withoutAfterthought, withoutComparisons, withoutComparisonsNaming, withoutSignature, withoutStepsDone } from './question-part.ts';
import { shieldQuotes, unshieldQuotes } from './quotes.ts';
import { readWithoutPlea } from './plea.ts';
import { readWithoutIntroduction } from './introduction.ts';
import { relayedQuestion } from './relayed.ts';
import { readWithoutFormatRequest } from './format-request.ts';
import { mayAskWhichId, withoutWhichId } from './which-id.ts';
import { readFirstBeforeGuess, readFirstHoldingAll, readFirstOfSeveral, readFirstWithRequest, readOtherQuestion } from './several-questions.ts';
import { answerWith } from './title-decisions.ts';

/**
 * The reasons of an answer that `readQuestionOverWhole` checks against the message's question. Not a class's:
 * 「Macを使っています。電子証明書はどうやって確認しますか。」 is told first that a Mac is not supported.
 */
const OVERRULED: ReadonlySet<DecisionReason> = new Set(['likely', 'rule']);

/** What follows a word that says where or when something was heard (「研修会で」「説明会のとき」「セミナーでは」). */
const SETTING = /^(?:で|では|のとき|の時|に出たら|に参加したら)/;
/** Marks and spaces, which a clause that is a key word alone may hold beside it. */
const MARKS = /[\s、，,。．！？!?…]/g;
/** At most a particle after a key word. */
const PARTICLE_ONLY = /^(?:は|の|って|が|を|も)?$/;

/** Whether a clause is one of the `typed` words alone (marks and a particle at most beside it). */
function isBareWord(clause: string, typed: readonly string[]): boolean {
  const rest = clause.replace(MARKS, '');
  return typed.some((t) => rest.includes(t) && PARTICLE_ONLY.test(rest.replace(t, '')));
}

/** A bare pointer at one of two things (「証明書のほう」「cのIDの方です」). */
const POINTS_AT_ONE = /^[^、，,。．！？!?\s]{1,16}の(?:ほう|方)(?:です|でした|や|だ|ね|よ)?[。．！!]*$/;

/** A particle after the system's name (「連携システムの…」「…連携システムって」), dropped with it. */
const NAME_PARTICLE = /^(?:って|の|は|で|を|が|に|も|へ)?/;

/** A clause left open on a circumstance (「…替えたとこやねんけど」「…使っているのですが」). */
const OPEN_ASIDE = /(?:けど|けれど|けども|のですが|んですが|んだが)[、，,。．…\s]*$/;

/**
 * A first sentence that says who asks (「市役所の介護保険課の者です。」「〇〇市介護保険課です。」「地域包括の職員です。」「代理請求を
 * お願いしている事業所です。」).
 */
const SELF_INTRODUCTION = /^[^。．！？!?\n]{2,40}(?:の者です|のものです|の者でございます|の職員です|の担当者です|の担当です|課です|係です|室です|事業所です)[。．\n]/;

/** A reading of the message: its scoring and the decision on it. */
export interface Reading {
  s: Scoring;
  fresh: Decision;
}

/**
 * The reader of long messages over the engine's `score` and `decide` (a message read on its own): given the
 * whole's scoring and decision, the reading to answer from, or null when the whole stands. `systemTerm`: the
 * system's own name as the analysis writes it (normalised).
 */
export function longMessageReader(
  score: (question: string) => Scoring,
  decide: (s: Scoring) => Decision,
  thresholds: Thresholds,
  systemTerm: string,
): (whole: Scoring, decision: Decision) => Reading | null {
  // Cut on the message with its quotations shielded (a screen's 「…。」 ends no sentence), and a voice input's pauses after
  // its questions read as question marks (markSpokenQuestionEnds); read with the quotations back.
  const messageOf = (s: Scoring) => shieldQuotes(markSpokenQuestionEnds(s.analysis.question));
  /** A part of the message as the analysis writes it (normalised, katakana kept), to find the words it typed. */
  const writtenOf = (text: string) => normalizeWithMap(unshieldQuotes(text), { fold: false }).text;
  /** Whether a reading finds an article unlikely: below `option`, its rule not firing (or not a candidate at all). */
  const disowns = (reading: Reading, id: string) => {
    const kept = reading.s.scored.find((c) => c.id === id);
    return !kept || (!kept.fires && kept.p < thresholds.option);
  };
  /** Whether an own word of the analysis is the system's name: its term, or a word typed for it (「ケアプラン連携」). */
  const meansTheSystem = (w: Scoring['analysis']['words'][number]) => w.meanings.some((m) => m.kind === 'term' && m.term === systemTerm);
  const namesTheSystem = (analysis: Scoring['analysis'], word: string) => word === systemTerm || analysis.words.some((w) => w.typed === word && meansTheSystem(w));
  const read = (text: string): Reading => {
    const s = score(unshieldQuotes(text));
    return { s, fresh: decide(s) };
  };

  /**
   * A long message that falls back for want of a likely article, or is asked back between several likely
   * ones or between intent rules its background fired too (「介護ソフトも対応していることを確認いたしました。…KJで始まる
   * IDのパスワードがわからない場合、…」), is asked again by its last sentences, then by its last sentence alone: its
   * background's words (「居宅介護支援事業所の者です」「転記の手間がだいぶ減りました」) no longer weigh it down. The first reading that
   * finds something to answer or offer is taken — after a question back, only an answer among the articles it
   * offered; a last sentence read alone, only an answer at QUESTION_PART.lastSentenceLeast. When the background
   * names another system, only an answer to a reading that names ours and no other system counts (「ねんきんネット
   * を使っています。…パスワードがわからないのですが」 asks about that system's password). A message an intent rule
   * answered is not unsure: only `readQuestionOverWhole`, under its stricter conditions, reads it again.
   */
  function readQuestionPart(whole: Scoring, decision: Decision): Reading | null {
    const unsure = (decision.kind === 'fallback' && decision.reason === 'unlikely') || (decision.kind === 'clarify' && (decision.reason === 'several-likely' || decision.reason === 'rules-close'));
    if (!unsure) return null;
    const othersNamed = whole.analysis.others.length > 0;
    const message = messageOf(whole);
    // A question back for a message of two questions (「利用申請っちゅうのは、どっからやるずら？ログインするIDは何を使えばいいでえ？」)
    // offers what each asks; its last question read alone would leave the first unanswered. Not when the last points back
    // at the first (「…KJのIDでいいんですよね？利用規約の確認もそこでやるの？」): it is the one question.
    const sentences = sentencesOf(message);
    if (decision.kind === 'clarify' && sentences.length === 2 && sentences.every(asksOrRequests) && !POINTS_BACK.test(sentences[1]!)) return null;
    const last = lastSentence(message);
    // The last sentence read alone, once: readNamedPart may need it before it is a part of its own.
    let lastRead: Reading | undefined;
    const readLast = last === null ? null : () => (lastRead ??= read(last));
    for (const part of [questionPart(message), last, othersNamed ? null : askedAfterAside(message)]) {
      if (part === null) continue;
      // The part may still say a step is done (「その対応はもう終わったので、…」) before its question.
      const { s, fresh } = part === last ? readLast!() : readNamedPart(message, readLast, read(withoutStepsDone(part) ?? part));
      if (othersNamed && (s.analysis.own.length === 0 || s.analysis.others.length > 0)) continue;
      // A last sentence alone, or a part that names no word of the vocabulary (「受け取る側も何か手続きがいるのでしょうか」:
      // the background said what of), answers only when sure.
      const sureOnly = part === last || !namesVocabulary(s.analysis);
      if (sureOnly && !(fresh.kind === 'answer' && fresh.confidence >= QUESTION_PART.lastSentenceLeast)) continue;
      const found = decision.kind === 'clarify' ? fresh.kind === 'answer' && decision.options.includes(fresh.id) : fresh.kind === 'answer' || (fresh.kind === 'clarify' && !othersNamed);
      if (found) return { s, fresh };
    }
    return null;
  }

  /**
   * The question part read (`nearest`, the last two sentences), or when that is unsure and its question names nothing of the
   * vocabulary (「どうしたらよいでしょうか」), the surest answer of that question read with each sentence before it: its subject is the
   * trouble told somewhere before, not always the sentence just before it, which may be a circumstance (「パソコンは今年
   * 買い替えたばかりです」, the PC environment at 0.51 where the error message two sentences before is certificate-error).
   */
  function readNamedPart(message: string, readLast: (() => Reading) | null, nearest: Reading): Reading {
    const sure = nearest.fresh.kind === 'answer' && nearest.fresh.confidence >= QUESTION_PART.lastSentenceLeast;
    if (sure || readLast === null || namesVocabulary(readLast().s.analysis)) return nearest;
    let best = nearest;
    for (const pair of pairsWithLast(message).slice(1)) {
      const reading = read(pair);
      if (reading.fresh.kind === 'answer' && (best.fresh.kind !== 'answer' || reading.fresh.confidence > best.fresh.confidence)) best = reading;
    }
    return best;
  }

  /**
   * A long message answered by the model or an intent rule is asked again by its question when that stands on
   * its own at its end (`selfContainedPart`: written last, asking, pointing back to nothing) and names its own
   * subject; another article answered there is the answer, as the background's words drew the whole:
   * - the model's answer is checked against the last sentences, when the last names a word of the vocabulary, and gives
   *   way to a surer answer there (「KJのIDはわかっています。パスワードも先週変えました。利用申請をしたいのですが…」 was kj-id at p 0.89);
   * - a rule's against the last sentence alone, when it names a word only ours, and only an answer by its own
   *   rule or at QUESTION_PART.lastSentenceLeast overrules it (「…証明書もその本部のパソコンに入っています。連携
   *   システムのライセンスって、一つ買えば3つの事業所全部で使えるんでしょうか？」 fired certificate-per-office on 法人
   *   and 証明書). A word any system has is not enough against a rule: 「…代理人証明書は持っています。データ連携の
   *   ために別の証明書を取らないといけないのでしょうか。」 is proxy-certificate's, not the certificate guide's.
   * A message of two sentences is left to the whole: its last sentence often goes on with the first
   * (「証明書を入れるときのパスワード、…見つかりません。再発行はどこからできますか。」).
   */
  function readQuestionOverWhole(whole: Scoring, decision: Decision): Reading | null {
    if (decision.kind !== 'answer' || !OVERRULED.has(decision.reason) || whole.analysis.others.length > 0) return null;
    const message = messageOf(whole);
    const part = selfContainedPart(message);
    if (part === null) return null;
    // A part that compares its subject with something (「KJのパスワードとは別もんなんですよね？再発行ってできますか」) names
    // what it is not; its subject is in the sentences before, which the whole has read.
    if (withoutComparisons(part) !== null) return null;
    // A self-contained part ends with a question of its own (selfContainedPart checks it).
    const last = read(standaloneQuestion(message)!);
    const { own, terms } = last.s.analysis;
    const byRule = decision.reason === 'rule';
    // 「手続きはどこでやればいいでしょう」 or 「どこで確認できますか」 name no subject: the whole has read the sentences before.
    // Nor, against a rule, does the system's own name, which every article is about (「…本部の代理人証明書だけです。ケアプラン
    // 連携のためにまた証明書を取り直さないといけないんでしょうか。」 is the proxy certificate's, not the certificate guide's).
    const ownSubject = byRule ? own.some((t) => !namesTheSystem(last.s.analysis, t)) : own.length > 0;
    if (!ownSubject && (byRule || terms.length === 0)) return null;
    const { s, fresh } = byRule ? last : read(part);
    if (fresh.kind !== 'answer' || fresh.id === decision.id) return null;
    // The model's answer gives way only to a surer one: a question that leaves its subject to the sentences before
    // (「…発行用のパスワードの入力を求められました。前任者が控えを残しておらず…再発行していただくことは可能でしょうか。」,
    // the certificate password at 0.80) is no surer alone (the KJ ID guide at 0.79, on 前任者 and 再発行).
    if (!byRule) return fresh.confidence > decision.confidence ? { s, fresh } : null;
    return fresh.reason === 'rule' || fresh.confidence >= QUESTION_PART.lastSentenceLeast ? { s, fresh } : null;
  }

  /**
   * A message that says steps are done before its question (`withoutStepsDone`) is asked again without saying
   * so (and, when unsure, by its last sentences). When that finds an answer, it is the one: the steps done are
   * not what is asked. When it asks back or finds nothing, and the whole was decided by an intent rule whose
   * article it finds unlikely (below `option`, its rule not firing), that stands: the rule read the steps
   * behind the clerk. Not for a message whose answer is the step after the one it says is done, nor one that
   * names another system.
   */
  function readWithoutDone(whole: Scoring, decision: Decision): Reading | null {
    if (whole.analysis.others.length > 0 || (decision.kind === 'answer' && decision.after)) return null;
    const rest = withoutStepsDone(messageOf(whole));
    if (rest === null) return null;
    const { s, fresh } = read(rest);
    // What is left may still hold background before its question.
    const reading = readQuestionPart(s, fresh) ?? { s, fresh };
    if (reading.fresh.kind === 'answer') return reading;
    if (decision.kind !== 'answer' || decision.reason !== 'rule') return null;
    // Asked back or unanswered without the steps done: that stands only when it disowns the rule's article
    // (「電子証明書はもう入れました。ほかの事業所の分もいりますか？」 still offers it: the whole's answer stands), and names
    // something of ours: 「どの画面を見ればいいでしょう」, left of 「「申請は済ませた」と言い残して退職しました。本当に終わって
    // いるのか…」, names nothing — the step said done is what the clerk doubts, and the rule stands.
    return disowns(reading, decision.id) && namesVocabulary(reading.s.analysis) ? reading : null;
  }

  /**
   * A message whose question is followed by sentences that only say why (`withoutAfterthought`) is asked again
   * without them, and as any message then (by its last sentences, against its question); an answer there, when
   * sure (QUESTION_PART.lastSentenceLeast) and other than the whole's, is the answer: the afterthought's words
   * drew the whole (「アプリは事業所に1台しか入れられないんでしょうか？ サテライト事業所で同じ事業所番号を使っていて…
   * 両方のパソコンから送受信…」 was same-office-number at p 0.71). An intent rule that fired on the whole is
   * overruled only by a rule, or when the question alone disowns its article: then the rule fired on the reason alone
   * (「…全部でいくつあるんですか えーと介護ソフトとか証明書とか色々あるみたいで…」 fired care-software's). A message that
   * names another system is left to the whole.
   */
  function readWithoutAfterthought(whole: Scoring, decision: Decision): Reading | null {
    if (whole.analysis.others.length > 0) return null;
    const rest = withoutAfterthought(messageOf(whole));
    if (rest === null) return null;
    const { s, fresh } = read(rest);
    const reading = readQuestionPart(s, fresh) ?? readQuestionOverWhole(s, fresh) ?? { s, fresh };
    const answered = reading.fresh;
    // Sure, to overrule the whole's answer; answered at all, when the whole fell back on the reason's words (「電話以外で問い合わせ
    // する方法ってある？日中は訪問で出てて電話できないんよ」 fell back at 0.42, its question alone the contact at 0.52).
    const fellBack = decision.kind === 'fallback' && decision.reason === 'unlikely';
    if (answered.kind !== 'answer' || (answered.confidence < QUESTION_PART.lastSentenceLeast && !fellBack)) return null;
    if (decision.kind === 'answer' && (answered.id === decision.id || (decision.reason === 'rule' && answered.reason !== 'rule' && !disowns(reading, decision.id)))) return null;
    return reading;
  }

  /**
   * A message the model answered (not an intent rule) is asked again without its comparisons (「…これはKJのIDのパスワードとは
   * 別物という理解でよいでしょうか。再発行の方法も…」): what a thing is compared with is not what is asked about. Another
   * article answered there is the answer when that reading finds the whole's unlikely, or when a word of the whole's
   * title was in the comparison only: the comparison's words drew it (the KJ ID guide at p 0.79 over the certificate
   * password, whose copy the clerk cannot find).
   */
  function readWithoutComparisons(whole: Scoring, decision: Decision): Reading | null {
    if (decision.kind !== 'answer' || decision.reason !== 'likely' || whole.analysis.others.length > 0) return null;
    const rest = withoutComparisons(messageOf(whole));
    if (rest === null) return null;
    const reading = read(rest);
    if (reading.fresh.kind !== 'answer' || reading.fresh.id === decision.id) return null;
    // A word of the whole's answer's title that only the comparison held: the message says it is not about that.
    const titled = whole.titles.get(decision.id)?.terms ?? [];
    const comparedOnly = whole.analysis.terms.some((t) => titled.includes(t) && !reading.s.analysis.terms.includes(t));
    return disowns(reading, decision.id) || comparedOnly ? reading : null;
  }

  /**
   * The message read without the clauses of its background that name one of `typed` (words its analysis took, found
   * in each clause as normalised the same way: the clauses are not analysed again); null when a clause that names one
   * asks, or is the last (the named thing is the question), or none names one. With `unstated` (the words name topics the
   * sources leave out), a clause that opens on one as where or when (SETTING) and names a word only ours stays, without
   * that opening, and a clause that opens on the set-up a dropped one named (ON_WHAT_CAME_BEFORE) keeps the whole.
   */
  function readWithoutBackgroundNaming(whole: Scoring, typed: readonly string[], unstated = false): Reading | null {
    const clauses = clausesOf(messageOf(whole));
    if (clauses.length < 2) return null;
    const names = clauses.map((x) => typed.some((t) => writtenOf(x.text).includes(t)));
    // A clause that is the word alone, spaced apart as a key word (「ヘルプデスク　年末年始　いつから休み」), is no background:
    // it is what the message is about.
    if (clauses.some((x, i) => names[i] && isBareWord(writtenOf(x.text), typed))) return null;
    // A last clause that names it keeps the whole, unless a question that does not name it came before and the last neither
    // asks nor requests (「…土曜日も電話受け付けてますか？介護ソフトのサポートは土曜もやってくれるんですけど」: an aside;
    // not 「…どれくらいあるの？うちの市の普及率が知りたい」).
    const last = clauses.at(-1)!.text;
    const askedBefore = clauses.slice(0, -1).some((x, i) => x.asks && !names[i]) && !asksOrRequests(last);
    // Nor does a last clause left open on a circumstance that asks nothing (「…新しいPCに替えたとこやねんけど」).
    const openAside = !asksOrRequests(last) && OPEN_ASIDE.test(last);
    // Nor one that names it and asks, or asks to be told (「ヘルプデスクの住所を教えてください。書類を郵送したいので」), unless
    // the last asks to be told in so many words and names it not (「2つの事務所が合併したばかりで何から手をつけたらいいか
    // 分かりません。利用開始までの全体の流れをざっくり教えてもらえますか」: the request is the question).
    const toldLast = !names.at(-1) && asksToBeTold(last);
    if ((names.at(-1) && !askedBefore && !openAside) || names.every((n) => !n)) return null;
    const askedThere = clauses.some((x, i) => names[i] && (x.asks || asksToBeTold(x.text)));
    if (askedThere && !toldLast) return null;
    // Nor a clause after it that points back at it (「MacにParallels入れて…動かしてるんですけど、その上でクライアントアプリは
    // 動きますか」): what it asks of is what the dropped clause named.
    if (unstated && clauses.some((x, i) => i > 0 && names[i - 1] && !names[i] && ON_WHAT_CAME_BEFORE.test(x.text.trim()))) return null;
    // A clause that opens on where or when the clerk heard of something (「研修会で」「説明会のとき」), asks or requests nothing,
    // and names a word only ours besides keeps it, without that opening: 「研修会で「今ならフリーパスで無料で使える」と聞いてきました」
    // is about the free pass. Not one that names the topic elsewhere: 「利用申請で担当者名を間違えて入れてしもた」 is about correcting it.
    const kept = (text: string) => {
      const written = writtenOf(text);
      const setting = unstated ? typed.find((t) => written.startsWith(t) && SETTING.test(written.slice(t.length))) : undefined;
      if (setting === undefined || asksOrRequests(written) || !whole.analysis.own.some((o) => written.includes(o))) return '';
      return written.slice(setting.length).replace(SETTING, '');
    };
    const reading = read(clauses.map((x, i) => (names[i] ? kept(x.text) : x.text)).join(''));
    // Asked of in the dropped clause, the helpdesk's contact is that topic's, not ours (「…介護ソフトのメーカーのサポート窓口って
    // 何時までやってるかな？電話番号も知りたいんだけど」 asks the vendor's number).
    return askedThere && reading.fresh.kind === 'answer' && whole.contactArticles.has(reading.fresh.id) ? null : reading;
  }

  /**
   * A message handed to the helpdesk for a topic the sources do not cover (other-systems.yaml `unstated`) that
   * names the topic only in its background — in sentences that ask nothing — is asked again without the clauses
   * that name it: the clerk says what they are doing (「アプリを入れ直したいと思っています」「証明書を入れ直すことに
   * なり、」) and asks something the articles hold (「ダウンロードのときって事業所番号を入れる必要があるんですか」
   * 「証明書発行用のパスワードが分からず…」). What is left is read whole — not by its last sentences, which may be
   * the clerk's own attempts (「KJのパスワードを入れてもダメでした。どこで再発行できますか？」) — and its answer or question
   * back taken when it names a word of the vocabulary (a condition is a clause of its own: 「介護DX証明書を入れ直そうとしたら
   * 発行用のパスワードを聞かれました。…」 asks back between the two passwords); a last clause that names the topic keeps
   * the hand-over.
   */
  function readWithoutUnstatedBackground(whole: Scoring, decision: Decision): Reading | null {
    if (decision.kind !== 'fallback' || decision.reason !== 'unstated') return null;
    const rest = readWithoutBackgroundNaming(whole, whole.analysis.unstated.map((u) => u.typed), true);
    // What is left is a long message too, read by its question part when unsure as any message is (「…開設する予定の者です。
    // このシステムを使うのに年間でどのくらいの料金が…教えてください。支払いは事業所単位に…」 after 「導入にかかる費用を…報告しなければならず」).
    const read = rest && (readQuestionPart(rest.s, rest.fresh) ?? readWithoutComparisons(rest.s, rest.fresh) ?? rest);
    if (!read || read.fresh.kind === 'fallback' || !namesVocabulary(read.s.analysis)) return null;
    // What is left names only the system: the dropped clause held what it asks of it (「法人の再編で事業所番号が変わることに
    // なったんですが、連携システムの方は何か手続きが要りますか」 asks about the number's change).
    if (read.s.analysis.terms.every((t) => t === systemTerm)) return null;
    const reading = answeredOnDroppedSubject(whole, read);
    // Nor an answer the whole finds unlikely: the dropped clause held the subject (「…クライアントのソフトを新しいパソコンに
    // 入れ直したいです。インストールするファイルはどこから…」 left alone is the certificate's installation). Unless the whole
    // leads with it all the same, weighed down only by the topic it names (「…新しいパソコンに入れ直したいのですが、アプリは
    // どこから手に入りますか」: the download guide at 0.01, first of all).
    if (reading.fresh.kind !== 'answer') return reading;
    const leads = whole.scored[0]?.id === reading.fresh.id;
    return !leads && disowns({ s: whole, fresh: decision }, reading.fresh.id) ? null : reading;
  }

  /**
   * A question back for what is left once background clauses are dropped, when the subject they named (a lexicon term the
   * rest no longer names) is named by one option's title alone: that option answers it (「新しいパソコンにしたもんだから、
   * 電子証明書も入れ直さないとダメっしょ。インストールの手順ってどこに載ってるのかい？」 left 「インストールの手順」 to the
   * certificate guide, the client app's PCs and the flow alike).
   */
  function answeredOnDroppedSubject(whole: Scoring, reading: Reading): Reading {
    if (reading.fresh.kind !== 'clarify') return reading;
    const dropped = whole.analysis.terms.filter((t) => !reading.s.analysis.terms.includes(t));
    const options = reading.fresh.options;
    const titled = options.filter((id) => dropped.some((t) => whole.titles.get(id)?.terms.includes(t)));
    const chosen = titled.length === 1 ? reading.s.scored.find((c) => c.id === titled[0]) : undefined;
    return chosen === undefined ? reading : { s: reading.s, fresh: answerWith(chosen, options.filter((id) => id !== chosen.id), reading.s.scored) };
  }

  /**
   * A message that names another system and one of our own words, and is not answered, is asked again without the
   * clauses of its background that name the other system: the clerk says how they work (「国保連への請求は代理で
   * やってもらってます。」) and asks about ours (「…代理人の証明書をそのまま流用してもいいんでしょうか。」). Taken only
   * when what is left still names a word only ours, names no other system, and is answered or asked back between our
   * articles (「介護保険証明書はもう国保連の請求用に入っています。連携システム用に別の証明書を…」: which certificate
   * article, rather than the hand-over the other system's name gave the whole); a last or asking clause
   * that names the other system keeps the whole (「KJのIDでログインしています。e-Taxのパスワードを忘れました」). A
   * comparison with the other system (「…介護ソフトの保守契約みたいに」) is dropped wherever it stands.
   */
  function readWithoutOtherBackground(whole: Scoring, decision: Decision): Reading | null {
    const { others, own } = whole.analysis;
    if (decision.kind === 'answer' || others.length === 0) return null;
    const typed = others.map((o) => o.typed);
    const message = messageOf(whole);
    // Who asks, said first (「市役所の介護保険課の者です。…」): the other systems it names are where the clerk works, not
    // what is asked, so the rest is read whether it names a word only ours or not.
    const introduction = introductionOf(message, typed);
    const introduced = introduction !== null;
    // What the clerk wants of the other system is what they ask about (「法務局の商業登記電子証明書を取りたいんですが、どこで
    // 申し込みますか」: not our application); so is a case of it said with も (「LIFEにデータ提出するときも、このKJのIDを使うん
    // ですか？」: whether ours holds there too, which the sources do not say; without the clause, the KJ ID guide at 0.99).
    const asksOfOther = (x: { text: string }) => (WISH.test(x.text) || CASE_TOO.test(x.text)) && typed.some((t) => writtenOf(x.text).includes(t));
    if (clausesOf(message).some(asksOfOther)) return null;
    // A comparison with the other system is no question about it (「e-Taxみたいに無料ではないですよね？…」), wherever it stands:
    // it compares that system with this one, which the message need not name (「国保連の伝送みたいに、事務所のパソコン何台にでも
    // 入れて使えるがけ？」).
    const compared = withoutComparisonsNaming(message, typed, writtenOf);
    if (own.length === 0 && !introduced && compared === null) return null;
    const withoutClauses = compared !== null ? read(compared) : readWithoutBackgroundNaming(whole, typed);
    // The introduction may say something of ours beside the other system (「介護給付費の請求を代理請求でお願いしている事業所です。」:
    // 代理請求, which the proxy certificate's rule needs): without its clause nothing is found, so it is read without the
    // other system's words alone.
    const foundNothing = withoutClauses !== null && withoutClauses.fresh.kind === 'fallback';
    const reading = foundNothing && introduced && compared === null ? readWithoutWordsIn(introduction, message, typed) : withoutClauses;
    if (!reading || reading.fresh.kind === 'fallback') return null;
    return (reading.s.analysis.own.length > 0 || introduced || compared !== null) && reading.s.analysis.others.length === 0 ? reading : null;
  }

  /** The message with the words `typed` taken out of its opening `introduction` (introductionOf), the rest as it is. */
  function readWithoutWordsIn(introduction: string, message: string, typed: readonly string[]): Reading {
    const kept = typed.reduce((text, t) => text.split(t).join(''), writtenOf(introduction));
    return read(kept + message.slice(introduction.length));
  }

  /**
   * A message that corrects itself (「AじゃなくてB」) is read by what follows the denial: the words denied veto or fire the
   * rules of what the clerk says it is not (「忘れたんやなくて「有効期限が切れています」って出るんやった」: 忘れ vetoed
   * password-expired's rule). Taken when it answers, naming a word of the vocabulary, another article than the whole,
   * or when it asks back without the whole's answer among its options (the whole answered what the clerk denied:
   * 「証明書じゃなくてKJのログインのパスワードでした」 was certificate-password).
   */
  function readAfterDenial(whole: Scoring, decision: Decision): Reading | null {
    const message = messageOf(whole);
    const rest = afterDenial(message);
    if (rest === null || deniesWithinOther(whole, message, rest)) return null;
    const reading = read(rest);
    if (!namesVocabulary(reading.s.analysis)) return null;
    // A correction that only points at one of two things (「…のほう」), naming only what the whole's answer is titled after, agrees
    // with it (「証明書の発行用のパスワードわすれました　KJのほうじゃなくて証明書のほう」: the certificate password's title names the
    // certificate). Not one that says more (「期限切れやなくてパスワードそのものがわからへん」).
    if (decision.kind === 'answer' && POINTS_AT_ONE.test(rest.trim()) && namesOnlyTitleOf(reading, decision.id)) return null;
    if (reading.fresh.kind === 'clarify') return decision.kind === 'answer' && reading.fresh.options.includes(decision.id) ? null : reading;
    if (reading.fresh.kind !== 'answer') return null;
    // Nor the helpdesk asked for after a premise taken back (「介護ソフトが対応してるか確認してなかった。どこに聞けばいい？」): whom
    // to ask is asked about that premise, which the whole has read (the care software's answer says to ask its vendor).
    if (whole.contactArticles.has(reading.fresh.id) && afterSaidDenial(message) === null) return null;
    if (decision.kind !== 'answer') return reading;
    // Nor an unsure answer of the rest alone that the whole finds unlikely: the denial contrasts two ways inside one question
    // (「土曜日でも電話はつながりますか？あと、電話じゃなくて文字で問い合わせする所もありますか」 is the helpdesk's, not the personal
    // ID's at 0.54).
    if (reading.fresh.confidence < QUESTION_PART.lastSentenceLeast && disowns({ s: whole, fresh: decision }, reading.fresh.id)) return null;
    return decision.id === reading.fresh.id ? null : reading;
  }

  /**
   * Whether the denial corrects a thing of another system the message names before it (「Excelの日付を和暦じゃなくて西暦で表示
   * したい」: Excel's date, not our PC check): an other system's word stands before the denied phrase, outside it, and what
   * follows names none. Not a denial of that system itself (「e-Taxのパスワードじゃなくて、連携システムの…」).
   */
  function deniesWithinOther(whole: Scoring, message: string, rest: string): boolean {
    const { others } = whole.analysis;
    const context = others.length === 0 ? null : beforeDeniedPhrase(message);
    if (context === null) return false;
    const names = (text: string) => others.some((o) => writtenOf(text).includes(o.typed));
    return names(context) && !names(rest);
  }

  /**
   * Whether a reading names a word only ours that the title of article `id` names and no other title does: what is left once
   * the IDs are asked about names the thing that article is titled after (「利用状況ウェブサイトにログインするときのIDってKJの
   * やつでよかったですか、それともcのほう？」 leaves the site, which the application's title names, at 0.70; the whole was the
   * client app's login at 0.69, on the two IDs).
   */
  function titledAloneAfter(reading: Reading, id: string): boolean {
    const { own } = reading.s.analysis;
    return own.some((t) => reading.s.titles.get(id)?.terms.includes(t) && [...reading.s.titles].every(([other, title]) => other === id || !title.terms.includes(t)));
  }

  /** Whether every word of the vocabulary a reading names, as typed, is in the title of article `id`. */
  function namesOnlyTitleOf(reading: Reading, id: string): boolean {
    const title = reading.s.titles.get(id)?.text;
    const typed = reading.s.analysis.words.map((w) => normalize(w.typed));
    return title !== undefined && typed.length > 0 && typed.every((t) => title.includes(t));
  }

  /**
   * A message that opens on when (「ダウンロードの前に、」), or on a case naming nothing of ours (`afterBareCase`), is read
   * without it when the rest names its own subject, is answered there and finds the whole's article unlikely (below
   * `option`, its rule not firing): the step named only said when (「ダウンロードの前に、うちのPCで動くか確認したい」 was the
   * download guide's at p 0.78). Not a message answered by the step before or after the one it names, nor one an intent
   * rule decided, unless a rule decides the rest too.
   */
  function readAfterTimeFrame(whole: Scoring, decision: Decision): Reading | null {
    if (decision.kind === 'answer' && (decision.after || decision.before)) return null;
    const message = messageOf(whole);
    const rest = afterTimeFrame(message) ?? afterBareCase(message);
    if (rest === null) return null;
    const reading = read(rest);
    if (!namesVocabulary(reading.s.analysis)) return null;
    if (reading.fresh.kind !== 'answer') return null;
    if (decision.kind !== 'answer') return reading;
    // An intent rule that decided the whole read what the clerk did in the clause of when (「申請のボタン押したあと、すぐ
    // ブラウザ閉じちゃった…。完了してるかどうか確かめる方法ある？」 is the application status's, not the browser's): only a rule overrules it.
    if (decision.reason === 'rule' && reading.fresh.reason !== 'rule') return null;
    // The rest alone must disown the whole's article: then only the clause of when named it.
    return disowns(reading, decision.id) ? reading : null;
  }

  /**
   * What a message says after a clause of its case that names no word of the vocabulary (「使う場合、」「うちなら、」): read
   * as a clause of when is. A clause that names the subject (「KJのパスワードを忘れた場合、」) is no frame.
   */
  function afterBareCase(message: string): string | null {
    const split = splitCaseFrame(message);
    return split !== null && !namesVocabulary(read(split.clause).s.analysis) ? split.rest : null;
  }

  /**
   * A message of two sentences whose second is a question opening on its own topic (`topicalSecondSentence`) is
   * answered by that question when it is sure (QUESTION_PART.lastSentenceLeast), names a word of the vocabulary and
   * finds the whole's article unlikely (below `option`, its rule not firing): the first sentence's words drew the whole
   * (「ソフト会社に聞いたら対応してるって。ライセンス料っていくら？」 fired care-software's rule on 対応 and ソフト).
   */
  function readTopicalSecond(whole: Scoring, decision: Decision): Reading | null {
    if (decision.kind !== 'answer' || whole.analysis.others.length > 0) return null;
    const second = topicalSecondSentence(messageOf(whole));
    if (second === null) return null;
    const reading = read(second);
    if (!namesVocabulary(reading.s.analysis)) return null;
    if (reading.fresh.kind !== 'answer' || reading.fresh.id === decision.id || reading.fresh.confidence < QUESTION_PART.lastSentenceLeast) return null;
    // The whole's article must not be about all the second names: then the second goes on with the first (「証明書を
    // 入れるときのパスワード、…見つかりません。再発行はどこからできますか。」: the certificate password is reissued).
    if (holdsAll(reading.s, decision.id)) return null;
    return disowns(reading, decision.id) ? reading : null;
  }

  /**
   * A message that asks which of the two IDs a thing takes (which-id.ts) is read without asking it: what is left names the
   * thing, whose article says which ID it takes (「利用状況WEBサイトに入るIDって、cのやつ？KJのやつ？」 was the personal
   * user ID's at 0.89). Taken when what is left names a word of the vocabulary and is answered with another article than
   * the whole at QUESTION_PART.lastSentenceLeast or finding the whole's unlikely, or asked back between articles the whole's
   * answer is not among, or in place of the whole's question back when that offered an article the rest finds unlikely
   * (drawn by the ID words).
   */
  function readWithoutWhichId(whole: Scoring, decision: Decision): Reading | null {
    // Most messages name no ID: their folded text says so without writing the whole message out again (with a secret
    // typed, the folded text holds what it stands for instead, so the message is written out).
    if (whole.analysis.secrets.length === 0 && !mayAskWhichId(whole.analysis.normalized.text)) return null;
    // Asked where the question is: sentences after it that only say why (「…どこに書いてあるんですか？国保連の書類にはKJのIDしか
    // 載ってなくて」) name an ID as what the clerk has, not as one of two to choose from.
    const message = messageOf(whole);
    const rest = withoutWhichId(writtenOf(withoutAfterthought(message) ?? message));
    if (rest === null) return null;
    const reading = read(rest);
    if (!namesVocabulary(reading.s.analysis)) return null;
    const answered = decision.kind === 'answer' ? decision.id : null;
    // What is left is short and names little: an answer there counts only when sure, or when it finds the whole's answer
    // unlikely (「利用状況WEBサイトにログインするときのIDは、cから始まるIDですか、KJから始まる14桁のIDですか？」: the ID words drew
    // the whole to the personal ID at 0.87; the site's login is the application's, at 0.79, where the personal ID is 0.01).
    if (reading.fresh.kind === 'answer') {
      if (reading.fresh.id === answered) return null;
      return reading.fresh.confidence >= QUESTION_PART.lastSentenceLeast || (answered !== null && disowns(reading, answered)) || titledAloneAfter(reading, reading.fresh.id) ? reading : null;
    }
    if (reading.fresh.kind !== 'clarify') return null;
    // A question back stands against the whole's unless the ID words drew the whole's to an article the rest finds unlikely.
    if (decision.kind === 'clarify') return decision.options.some((id) => disowns(reading, id)) ? reading : null;
    return answered === null || !reading.fresh.options.includes(answered) ? reading : null;
  }

  /**
   * A message answered by the model, or asked back between likely articles, that names the system itself (「連携システムの
   * 動作環境を教えて」「ケアプランデータ連携システムの導入準備を進めている事務の者です。…パスワードの記録が残っておらず…」) is
   * read again without the system's name: every article is about the system, but its name drew the flow's article, whose
   * examples name it (the overview at p 0.83 over the PC environment). What is left is read as any message (by its question
   * part, without its steps done …); its answer, or its question back, is taken when it names a word of the vocabulary, is
   * another than the whole's and finds the whole's article unlikely (below `option`, its rule not firing).
   */
  function readWithoutSystemName(whole: Scoring, decision: Decision): Reading | null {
    const byModel = (decision.kind === 'answer' && decision.reason === 'likely') || (decision.kind === 'clarify' && decision.reason === 'several-likely');
    if (!byModel || whole.analysis.others.length > 0) return null;
    const names = whole.analysis.words.filter(meansTheSystem).map((w) => w.typed);
    if (names.length === 0) return null;
    // Each name goes with the particle after it (「連携システムの動作環境」 is 「動作環境」).
    let rest = writtenOf(messageOf(whole));
    for (const name of names) rest = rest.split(name).map((piece, i) => (i > 0 ? piece.replace(NAME_PARTICLE, '') : piece)).join('');
    if (rest.trim().length === 0) return null;
    const unnamed = read(rest);
    const reading = readParts(unnamed.s, unnamed.fresh) ?? unnamed;
    if (!namesVocabulary(reading.s.analysis)) return null;
    const { fresh } = reading;
    // After a question back, only an answer among the articles it offered.
    if (decision.kind === 'clarify') return fresh.kind === 'answer' && decision.options.includes(fresh.id) ? reading : null;
    if (fresh.kind === 'fallback' || (fresh.kind === 'answer' && fresh.id === decision.id)) return null;
    return disowns(reading, decision.id) ? reading : null;
  }

  /** The readings of a message by its parts, in the order the module comment gives (null: the whole stands). */
  function readParts(whole: Scoring, decision: Decision): Reading | null {
    const reading = readPartsInOrder(whole, decision);
    // A part kept with the introduction the message opens on (「訪問リハの事業所です。…」 before a question whose clause
    // said done was left out) is read without it too, as the whole would have been.
    return reading === null ? null : (readWithoutIntroduction(read, reading.s, reading.fresh, thresholds.option) ?? reading);
  }

  /** The readers of `readParts`, the first that reads the message otherwise than whole. */
  function readPartsInOrder(whole: Scoring, decision: Decision): Reading | null {
    return (
      readAfterTopicTurn(whole) ??
      readRelayed(whole) ??
      readAfterSmalltalkSentence(whole) ??
      readWithoutPlea(read, whole, decision) ??
      readWithoutFormatRequest(read, whole, decision) ??
      readAfterDenial(whole, decision) ??
      readAfterTimeFrame(whole, decision) ??
      readWithoutWhichId(whole, decision) ??
      readWithoutUnstatedBackground(whole, decision) ??
      readFirstOfSeveral(read, whole, decision) ??
      readFirstHoldingAll(read, whole, decision) ??
      readFirstBeforeGuess(read, whole, decision) ??
      readWithoutOtherBackground(whole, decision) ??
      readWithoutDone(whole, decision) ?? readWithoutAfterthought(whole, decision) ?? readWithoutComparisons(whole, decision) ?? readQuestionPart(whole, decision) ??
      readQuestionOverWhole(whole, decision) ??
      readWithoutIntroduction(read, whole, decision, thresholds.option) ??
      readFirstWithRequest(read, whole, decision) ??
      readTopicalSecond(whole, decision) ??
      readOtherQuestion(read, whole, decision)
    );
  }

  /**
   * A message whose first sentence is only smalltalk — thanks, or what the clerk will do (「ベンダーに聞いてみます。」) — and
   * that asks something after it, read by what follows that sentence, as any message: read whole, the first sentence's
   * words drew an article (「ベンダーに聞いてみます。あとパスワードのことも聞きたいんだけど」 fired care-software's rule on ベンダー).
   * Only a message matched by smalltalk that asks besides is tried (a reading costs as much as an ask).
   */
  function readAfterSmalltalkSentence(whole: Scoring): Reading | null {
    if (!whole.smalltalk?.asks) return null;
    const message = messageOf(whole);
    const [first] = sentencesOf(message);
    if (first === undefined || first.length > QUESTION_PART.maxFormulaLength) return null;
    const rest = message.slice(message.indexOf(first) + first.length).trim();
    if (rest.length === 0 || !read(first).s.smalltalk?.only) return null;
    return readAsAny(rest);
  }

  /** A message that relays another's question in quotation marks, read by the quotation, as any message (relayed.ts). */
  function readRelayed(whole: Scoring): Reading | null {
    const relayed = relayedQuestion(whole.analysis.question);
    return relayed === null ? null : readAsAny(relayed);
  }

  /** A message that opens on thanks and a turn to another topic, read by what follows the turn, as any message (`afterTopicTurn`). */
  function readAfterTopicTurn(whole: Scoring): Reading | null {
    const rest = afterTopicTurn(messageOf(whole));
    return rest === null ? null : readAsAny(rest);
  }

  /** A part of the message read as any message is: by its own parts, else whole. */
  function readAsAny(text: string): Reading {
    const r = read(text);
    return readParts(r.s, r.fresh) ?? r;
  }

  /** The message read by what comes before its signature (withoutSignature), then as any message; null without one. */
  function readWithoutSignature(whole: Scoring): Reading | null {
    const text = withoutSignature(whole.analysis.question);
    if (text === null) return null;
    const r = read(text);
    return readWithoutSystemName(r.s, r.fresh) ?? readParts(r.s, r.fresh) ?? r;
  }

  return (whole, decision) => {
    const reading = readWithoutSignature(whole) ?? readWithoutSystemName(whole, decision) ?? readParts(whole, decision);
    return reading !== null && leavesOnlyEveryday(whole, reading) ? null : reading;
  };
}

/** A clause that opens on the set-up named before it (「その上で」「その環境で」「そこで」): not on a thing (「この連携システムも」). */
const ON_WHAT_CAME_BEFORE = /^[、，,\s]*(?:その上|そのうえ|その環境|この環境|その状態|この状態|その中|そこで|そこに|そこでも)/;

/** A clause of a case that says the question holds there too (「…するときも、」「…の場合も、」). */
const CASE_TOO = /(?:とき|時|場合|ばあい|際)も[、，,\s]*$/;

/**
 * Whether a reading left out every other system the whole names and what it keeps names ours by everyday words only
 * (申し込み, other-systems.yaml `everyday`): the other system has those too, so the message stays that system's (「…介護支援
 * 専門員が更新研修を受講する時期になりました。申込の方法を伺いたく…」 asks how to apply for the course).
 */
function leavesOnlyEveryday(whole: Scoring, reading: Reading): boolean {
  const { own, everydayOwn, others } = reading.s.analysis;
  return whole.analysis.others.length > 0 && others.length === 0 && own.length > 0 && own.every((t) => everydayOwn.includes(t));
}

/**
 * The sentence `message` opens on when it says who asks (SELF_INTRODUCTION) and names every other system named (`typed`),
 * with more after it; else null.
 */
function introductionOf(message: string, typed: readonly string[]): string | null {
  const m = SELF_INTRODUCTION.exec(message);
  return m !== null && typed.every((t) => m[0].includes(t)) && message.length > m[0].length ? m[0] : null;
}
