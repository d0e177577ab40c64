/**
 * Conversations: `previous` (the last answer shown) applies only to a message that does not stand on its
 * own — 「何日かかりますか」「それはどこで申請できますか」「更新は？」「メールアドレスを登録していない場合は？」.
 * A message that names its own topic is answered fresh (「ぱすわーど」 after the proxy-certificate answer
 * is a new question); a message that holds a secret, names another system, is mostly unknown words or
 * fires an intent rule is never a continuation.
 *
 * A message is ELLIPTICAL when it refers back (それ、そこ、その…), asks for an attribute (いつ、どこ、何日、
 * いくら…), states a case (〜の場合は、〜だと、〜なら、〜たら？) or is a bare 「Xは？」. Then it continues the last
 * answer when the last answer (or one of its related articles' topics) covers what it names. A message
 * that is not elliptical continues only when its answer alone is not confident and everything it names is
 * the last answer's topic (title, summary, examples). A short message asking what comes next is answered
 * with the step the last answer's content names as the next one (next-steps.ts).
 */
import type { Article } from '../content/types.ts';
import type { CorpusStats } from '../search/corpus-stats.ts';
import { grammarText, type QueryAnalysis } from './analysis.ts';
import { leadOf, type Decision } from './decide.ts';
import { afterNextWord, asksNextInWords, asksNextStep, doneParts, saysStepDone, textAfterDone, type OnboardingOrder } from './next-steps.ts';
import { namedWithin, openingTopic, openingWord, topicalConcepts, typedFormsOf } from './message-concepts.ts';
import { ASKS_WHOM, asksOrRequests, OPENS_ON_NEW_TOPIC, POINTS_BACK, withoutStepsDone } from './question-part.ts';
import { foldKana } from '../text/normalize.ts';
import { GIVES_DATE } from './profile.ts';
import { CONVERSATION } from './conversation-options.ts';
import { asksWhereDone } from './title-decisions.ts';
import { ALSO_SAME, ASKS, asksIfItIs, meaningAsked, ASKS_NAME_OF_LAST, ASKS_NEED, ASKS_SCREEN_PART_NAME, ASKS_TO_OBTAIN, ASKS_WHERE, ASKS_WHAT_IT_IS, ASKS_WHICH_PLACE, BARE_DEED, BESIDES, BARE_OTHER, CASE_OF_LAST, CAUSED_BY_LAST, compactGrammar, comparesWithLast, withoutThanksFirst, CONTRASTED_FIRST, CONTRASTS, DETAIL_ASKED, EACH_OF, DETAILS_WHERE, FIGURE_WORDS, HOW_SEEN, HOW_TO, isElliptical, MISSING, NEED_NOT, ONE_OF_PAIR, ONE_OF_THEM, OPEN_CASE, OPENS_ON_CASE, OPENS_ON_LAST, OPENS_ON_LAST_OWNING, OPENS_POINTING, ORDER_ASKED, PART_BY_PLACE, POINTS_AT_LAST_THING, POINTS_AT_LAST_THING_PAUSED, POINTS_AT_SCREEN, REPEAT_ASKED, SAME_TOO, SAME_WAY_FOR_ANOTHER, SAYS_ABSENT, SEEN_ONLY_THERE, SEEN_THERE, shortOf, SKIP_OF_LAST, STATED, statesCase, TELLS_TIME, TOPIC_MARKS, WHY_OF_LAST } from './conversation-cues.ts';
import { findsIn, holds, isGeneric, mostParallel, namesFigureOfLast, namesQuoteOfLast, offersInstead, quotedNames, quotesWhatLastQuotes, sendsToOtherParty, titleAloneNames, writtenInLast } from './conversation-holds.ts';
import { didWithinLast, nextAfterToldDone, stepAfterNumberDone, stepAsked, withinLastStep } from './conversation-steps.ts';

export type ContinuationWhy = 'no-previous' | 'secret' | 'marks-only' | 'other-system' | 'rule' | 'next-step' | 'step-before' | 'first-step' | 'numbered-step' | 'unknown-words' | 'not-stated' | 'not-stated-of-last' | 'pointed-not-stated' | 'own-topic' | 'answered-elsewhere' | 'not-covered' | 'corrected' | 'follows' | 'repeated' | 'more-detail' | 'chosen-option';

export interface Continuation {
  /** The article to answer with, or null when the message is answered fresh. */
  id: string | null;
  why: ContinuationWhy;
  /** For the step after one the message says done by its number: that step (the lead names it). */
  after?: string;
}

export interface ContinuationInput {
  analysis: QueryAnalysis;
  fresh: Decision;
  previous: Article | undefined;
  /** Content words of the message that the corpus knows no part of (「天気」「クレジットカード」). */
  unknownWords: number;
  stats: CorpusStats;
  /**
   * Whether the message asks for a figure (a price, a length of time) that the article does not state
   * (profile.ts): 「有効期限って何日？」 after an article that gives no number of days is not answered by it.
   */
  asksUnstated: (id: string) => boolean;
  /** Whether the message asks how much something costs (profile.ts). */
  asksPrice?: boolean;
  /** The onboarding order (next-steps.ts), where the content states one. */
  steps?: OnboardingOrder;
  /** Whether the message corrects itself or the clerk's premise (「期限切れやなくて…」: question-part.ts `afterDenial`). */
  corrects?: boolean;
  /**
   * Whether the whole message opens on a turn to another topic (「ありがとう、ところで…」: question-part.ts `afterTopicTurn`),
   * when `analysis` is of what follows the turn alone.
   */
  turnsAway?: boolean;
  /** The articles that hand over to the helpdesk (category contact): phone, hours, form. */
  contact?: ReadonlySet<string>;
}

/** The message is read on its own, for this reason (made at module level: most asks have no previous answer and return at once). */
const fresh_ = (why: ContinuationWhy): Continuation => ({ id: null, why });

/**
 * The concepts of a message `t` that name the thing it opens by pointing back at (「その書類が…」: 書類), when it says `cue` of
 * it (that it is missing, or asks what it is); none otherwise. `t` is the short message, or the whole grammar text read with
 * POINTS_AT_LAST_THING_PAUSED (a pause ends the thing too).
 */
function thingsPointedAt(t: string | null, cue: RegExp, concepts: readonly string[][], pointsAt: RegExp = POINTS_AT_LAST_THING): string[][] {
  const pointed = t !== null && cue.test(t) ? pointsAt.exec(t) : null;
  if (pointed === null) return [];
  const thing = foldKana(pointed[1]!);
  return concepts.filter((c) => c.every((token) => thing.includes(token)));
}

/**
 * The concepts of a message that are not the lexicon's reading of its ask for an order (「どっちを先に」 is written
 * 利用開始までの流れ, the flow): what 「cのIDとKJのID、どっちを先に入れるの？」 asks the order of.
 */
function withoutOrderWords(analysis: QueryAnalysis, concepts: readonly string[][]): readonly string[][] {
  const written = analysis.words.filter((w) => ORDER_ASKED.test(w.typed)).flatMap((w) => w.meanings.flatMap((m) => (m.kind === 'term' ? [foldKana(m.written)] : [])));
  return written.length === 0 ? concepts : concepts.filter((c) => !written.some((x) => c.every((token) => x.includes(token))));
}

/**
 * The one step of the flow whose title names every concept named after 次は (`named`), some of which the last answer's
 * title does not name, or undefined: none named, or several steps' titles name them all, or none does, or the one is the
 * last answer.
 */
function namedStepAfterNext(named: readonly QueryAnalysis['concepts'][number][], previousId: string, stats: CorpusStats, steps: OnboardingOrder): string | undefined {
  if (named.every((c) => holds(stats.titles.get(previousId), c.tokens))) return undefined;
  const ids = [...stats.titles.keys()].filter((id) => !steps.flows.has(id) && (steps.next.has(id) || steps.previous.has(id)) && named.every((c) => holds(stats.titles.get(id), c.tokens)));
  return ids.length === 1 && ids[0] !== previousId ? ids[0] : undefined;
}

/** Whether the message continues the previous answer, and with which article; a correction never with that answer. */
export function continuation(input: ContinuationInput): Continuation {
  const read = continuationOf(input);
  const { previous, corrects, analysis, stats, fresh } = input;
  if (!corrects || !previous) return read;
  // A correction after an answer denies that answer: not it again, but the article it points to about what the clerk
  // says instead (「あ、期限切れやなくてパスワードそのものがわからへんのです」 after the expired password is the forgotten one),
  // or the message read on its own. Read on its own, a correction that lands outside the last answer's family still
  // keeps to that family where a related article is about all it names: 「期限切れじゃなくてパスワード自体わすれた」
  // after the expired KJ password is the KJ password's, not the certificate password's the words alone lean to.
  const lead = leadOf(fresh);
  const concepts = topicalConcepts(analysis, stats);
  const beyond = lead !== undefined && lead !== previous.id && !previous.related.includes(lead);
  // What the correction names instead is what only one article's title names, outside the family: that article
  // (「いやKJのじゃなくて、cから始まるほうのIDのことです」 after the KJ ID guide is the personal ID's, not the login guide's).
  if (beyond && titleAloneNames(stats, lead, concepts)) return fresh_('corrected');
  // So is what an intent rule answers outside the family: its editors' concepts are all there (「いや、証明書じゃなくてKJの
  // パスワードの方が分からなくて」 after the certificate guide fires the KJ password's rule; the certificate password,
  // related to the guide, only shares パスワード).
  if (beyond && fresh.kind === 'answer' && fresh.reason === 'rule') return fresh_('corrected');
  const outside = read.id === null && beyond;
  // Another article followed from what the clerk says instead is the correction's.
  if (read.id !== previous.id && !outside) return read.id === null ? read : { id: read.id, why: 'corrected' };
  const instead = concepts.length > 0 ? previous.related.find((id) => concepts.every((c) => holds(stats.topics.get(id), c))) : undefined;
  if (instead !== undefined) return { id: instead, why: 'corrected' };
  return read.id === null ? read : fresh_('corrected');
}

/** The continuation read from what the message names and how it asks, before a correction is taken into account. */
function continuationOf({ analysis, fresh, previous, unknownWords, stats, asksUnstated, asksPrice, steps, contact, turnsAway }: ContinuationInput): Continuation {
  if (!previous) return fresh_('no-previous');
  /** The article the message read alone answers with, or offers first. */
  const lead = leadOf(fresh);
  if (analysis.secrets.length > 0) return fresh_('secret');
  /** The message's grammar without spaces; the same when it is short enough to be elliptical (null when not), and as a string either way. */
  const compact = compactGrammar(analysis);
  // Thanks said first count not against its length (「ありがとう。それを見るところにログインするのは…」).
  const t = shortOf(withoutThanksFirst(compact));
  const told = t ?? '';
  // Asked to say it again, more simply or what it means (「ごめん、もう一回言って」「それってどういう意味？」), the last answer is given again.
  // Asked for more detail (「もう少し詳しく教えてください」), the same: the card says where the whole article is.
  if (REPEAT_ASKED.test(told)) return { id: previous.id, why: DETAIL_ASKED.test(told) ? 'more-detail' : 'repeated' };
  // A message that says it turns to another topic first (「それとは別に、アプリって何台の…」) is never a continuation.
  if (turnsAway || OPENS_ON_NEW_TOPIC.test(compact)) return fresh_('own-topic');
  // Asked whom to call or ask (「それでもダメならどこに電話すれば？」), the clerk asks for the helpdesk, which the message read
  // alone answers or offers first (「じゃあそれはどこに聞けばいいの？」), not for more of the last answer.
  // Not after an answer that sends the clerk to ask another party (the care software's vendor): whom to ask is in it.
  if (lead !== undefined && contact?.has(lead) && ASKS_WHOM.test(compact)) {
    if (sendsToOtherParty(previous, analysis.question)) return { id: previous.id, why: 'follows' };
    return fresh.kind === 'answer' ? fresh_('own-topic') : { id: lead, why: 'follows' };
  }
  // Another system's thing offered in place of what the last answer is about (「マイナンバーカードの証明書じゃだめ？」 after
  // proxy-certificate, which says which certificates serve): asked of that answer, which says what serves instead.
  if (analysis.others.length > 0) return offersInstead(analysis, previous, stats) ? { id: previous.id, why: 'follows' } : fresh_('other-system');
  // 「それの評判は？」 asks what no article states, the last one included.
  if (analysis.unstated.length > 0) return fresh_('not-stated');
  // A name the last answer quotes (a button, a screen), quoted again, asks of that answer (「「介護保険の請求はこちら」って
  // ボタンから入るんやったっけ？」 after the expired password), unless an intent rule answers the message alone, or the message
  // asks what follows what it quotes (「「利用申請が正常に完了しております。」って出てました！次は何をすれば？」).
  const asksWhatFollows = fresh.kind === 'answer' && fresh.after !== undefined;
  if (!(fresh.kind === 'answer' && fresh.reason === 'rule') && !asksWhatFollows && quotesWhatLastQuotes(analysis, previous, stats)) return { id: previous.id, why: 'follows' };
  // …or named without its brackets and said missing (「介護保険の請求はこちらってボタンがないねん」 after the expired password).
  if (!(fresh.kind === 'answer' && fresh.reason === 'rule') && SAYS_ABSENT.test(analysis.normalized.text) && namesQuoteOfLast(analysis, previous, stats)) return { id: previous.id, why: 'follows' };
  // So is a figure the last answer gives, asked about in a short message (「14桁って何の数字？」 after the KJ ID guide).
  // Not when the message alone is surely another article's (「KJのIDみたいに14桁ですか」 after the overview is the KJ ID's).
  const surelyOther = fresh.kind === 'answer' && fresh.id !== previous.id && fresh.confidence >= CONVERSATION.surelyRelated;
  if (!surelyOther && t !== null && namesFigureOfLast(analysis, previous, stats)) return { id: previous.id, why: 'follows' };
  // So are words of the last answer's text quoted back and asked what they mean (「エラーになるってどゆこと？」 after the same office
  // number, which says sending gives an error: the error's own article drew it at 0.94).
  const meant = meaningAsked(shortOf(analysis.normalized.text.replace(/\s+/g, '')));
  if (meant !== null && writtenInLast(meant, previous, stats)) return { id: previous.id, why: 'follows' };
  // Said done by its number, a step of the flow goes on to the next, whatever the words read alone take the step to be
  // (「ステップ2も終わったよ」 alone leans to the application, on ステップ).
  const numbered = stepAfterNumberDone(analysis, previous, steps);
  if (numbered !== null) return numbered;
  // A message that names another step than the last answer's and asks after or before it is answered so
  // (「ダウンロードのあとは何やるの？」 after the overview).
  // Not the article that lists the flow, which is no step (「IDの確認できたら、次のステップは？」 reads as the overview's).
  const namedStep = fresh.kind === 'answer' ? (fresh.after ?? fresh.before) : undefined;
  // Unless it goes on to the very step that follows the last answer (「申請おわったら次は？」 after the application names
  // the application status, which the application's next step follows too).
  const sameNext = fresh.kind === 'answer' && fresh.after !== undefined && steps?.after.get(previous.id) === fresh.id;
  if (namedStep !== undefined && namedStep !== previous.id && !steps?.flows.has(namedStep) && !sameNext) return fresh_('own-topic');
  // Asked for in so many words, the step after or before the last answer's wins over a rule the message's words
  // fire (「申請おわったら次は？」 fires application-status on 申請 and おわった).
  // A message that names the step it goes on to, and is answered with it on its own (「つぎはアプリのダウンロードやな、
  // どこからおとすん？」 after the care-software check), is that step, not the one after the last answer.
  // Not one that says a step is done (「IDそろった。で、次は？」 after the KJ ID guide): the model's guess at the next
  // step is not a step it names.
  // Named in a word its title holds and the last answer's does not: 「次は何を確認すれば」 names no step (both titles say 確認).
  // One that says a step is done names its next in so many words after 次は (「再発行できました。次はインストールですよね、
  // 手順はどこ？」 after the certificate password is the certificate guide's, though the password's answer mentions it).
  const concepts = topicalConcepts(analysis, stats);
  // Looked at only for a message answered alone with a step of the flow other than the last answer.
  const asStep = fresh.kind === 'answer' && fresh.reason === 'likely' && fresh.id !== previous.id && !steps?.flows.has(fresh.id) && !!(steps?.next.has(fresh.id) || steps?.previous.has(fresh.id));
  /** Whether article `id`'s title names concept `c` and the last answer's title does not. */
  const titleNamesOverLast = (id: string, c: readonly string[]) => holds(stats.titles.get(id), c) && !holds(stats.titles.get(previous.id), c);
  const titledAsFresh = (c: readonly string[]) => fresh.kind === 'answer' && titleNamesOverLast(fresh.id, c);
  /** Whether article `id`'s title names something the message names that the last answer's title does not. */
  const titledOverLast = (id: string) => concepts.some((c) => titleNamesOverLast(id, c));
  // What the message names, all held by the last answer's text.
  const heldByPrevious = concepts.every((c) => holds(stats.tokens.get(previous.id), c));
  // Which screen, site or button, asked of nothing but what the last answer's topic holds (「それってどの画面で？」「電子請求
  // 受付システムの、どのボタンから入ればいいのっす？」 after the expired password, which says where the password is changed):
  // where that answer's thing is done. The place's word names no subject: the application guide's topic holds 画面. Not a
  // thing the article the message alone is answered with is titled after, and the last answer is not (「利用の申込をしたいの
  // ですが、どの画面から…」 after the login guide is the application's).
  const titledElsewhere = fresh.kind === 'answer' && fresh.id !== previous.id && titledOverLast(fresh.id);
  if (!titledElsewhere && asksWhichPlaceOf(analysis.normalized.text, concepts, (c) => holds(stats.topics.get(previous.id), c))) return { id: previous.id, why: 'follows' };
  /** What the message says after its first 次は or 次に (null: it says neither). */
  const nextText = afterNextWord(analysis.normalized.text);
  const afterNext = asStep ? nextText : null;
  const namedAfterNext = afterNext !== null && analysis.concepts.some((c) => namedWithin(analysis, c, afterNext) && titledAsFresh(c.tokens));
  const namesItsStep = asStep && (saysStepDone(grammarText(analysis)) ? namedAfterNext : concepts.some(titledAsFresh));
  // Named after 次は, that step is the answer, whatever the last answer's text holds of it too.
  if (namesItsStep && namedAfterNext) return fresh_('own-topic');
  // What 次は goes on to, named by the last answer's title alone, is a step within that answer (「ログインできたら、次はどこを
  // 押して申請するの？」 after the application guide, whose steps log in first), not the step after it.
  const namedNext = nextText === null ? [] : analysis.concepts.filter((c) => c.text !== HOW_TO && namedWithin(analysis, c, nextText) && c.tokens.some((token) => token.length > 1) && !isGeneric(stats, c.tokens));
  if (namedNext.length > 0 && namedNext.every((c) => holds(stats.titles.get(previous.id), c.tokens))) return { id: previous.id, why: 'follows' };
  // What 次は goes on to, named by the title of one step of the flow alone and not by the last answer's, is that step, however
  // the message alone reads what it says done (「申請済みなら、次はアプリを落としてくるんだべ？どっから落とすの」 after the
  // application status fires that status's rule on 申請済み: the download).
  const stepNamedNext = steps ? namedStepAfterNext(namedNext, previous.id, stats, steps) : undefined;
  if (stepNamedNext !== undefined) return fresh.kind === 'answer' && fresh.id === stepNamedNext ? fresh_('own-topic') : { id: stepNamedNext, why: 'follows' };
  // A step said done, then a question about what another article is titled after, put as its topic, which the message alone
  // is answered with (「しんせいしたら ふりーぱすって かってに つくの」 after the application guide), asks that article, not for the
  // next step. Answered, not surely: a second question after it (「…何か他に出すもんある？」) leaves it less sure.
  const doneText = asksNextInWords(analysis.normalized.text) ? null : textAfterDone(analysis.normalized.text);
  const asksOfOther = doneText !== null && fresh.kind === 'answer' && fresh.reason === 'likely' && analysis.concepts.some((c) => typedFormsOf(analysis, c).some((form) => TOPIC_MARKS.some((m) => doneText.includes(form + m))) && titledAsFresh(c.tokens));
  if (!namesItsStep && didWithinLast(analysis, previous, stats, steps)) return { id: previous.id, why: 'follows' };
  // What follows a thing of the last answer's steps, pointed back at (「そのボタン押したあとは何をすればいい？」 after the download
  // guide), is within that answer, not the step after it.
  if (t !== null && POINTS_AT_SCREEN.test(t) && asksNextStep(t)) return { id: previous.id, why: 'follows' };
  // A step said done by name, another than the last answer (「申請が済んだら次は何するん？」 after the certificate guide), asks what
  // follows that step: the step after it, which the message alone answers with or offers first (「利用申請が終わったら、次は何を
  // すれば」 alone is asked back between the login and the application), not the step after the last answer.
  const stepBeforeLead = lead !== undefined && lead !== previous.id ? steps?.previous.get(lead) : undefined;
  const doneFirst = stepBeforeLead !== undefined && stepBeforeLead !== previous.id && asksNextStep(compact) ? doneParts(grammarText(analysis))[0] : undefined;
  if (doneFirst !== undefined && analysis.concepts.some((c) => !isGeneric(stats, c.tokens) && namedWithin(analysis, c, doneFirst) && holds(stats.titles.get(stepBeforeLead!), c.tokens))) {
    return { id: lead!, why: 'next-step', after: stepBeforeLead };
  }
  const step = namesItsStep || asksOfOther ? null : (stepAsked(analysis, previous, steps) ?? (heldByPrevious ? (nextAfterToldDone(analysis, previous, steps) ?? withinLastStep(analysis, previous, steps)) : null));
  if (step) return step;
  if (fresh.kind === 'answer' && fresh.reason === 'rule') return fresh_('rule');
  // A part of the last answer named by its place (「2番目のところがよくわからないです」 after the download guide, whose steps are
  // numbered), said not understood or asked about, is that answer's; a place alone (「2番目は？」) is the flow's step (stepAsked).
  if (t !== null && PART_BY_PLACE.test(t) && (MISSING.test(t) || ASKS.test(t))) return { id: previous.id, why: 'follows' };
  // Where to read more of it, naming nothing the last answer is not about (「詳しいことはどこ見たらわかるんやて？」 after
  // multiple-pcs, whose answer names the document that tells more), is asked of the last answer.
  // (A verb's stem, 詳 or 見, names nothing.)
  const namesBeyondLast = concepts.some((c) => c.some((token) => token.length > 1) && !holds(stats.topics.get(previous.id), c));
  if (!namesBeyondLast && DETAILS_WHERE.test(told)) return { id: previous.id, why: 'follows' };
  // The same way for another one of a kind (「もう一つの事業所の分も同じやり方で見れるんですよね？」 after the application status) asks
  // the last answer's way again: the other office is not a new subject. (An intent rule's answer was taken above.)
  if (SAME_WAY_FOR_ANOTHER.test(told)) return { id: previous.id, why: 'follows' };
  // Asked of an answer that tells where a thing is found or checked (its title asks どこ, or says 確認), or whether only there.
  const seenAsked = SEEN_THERE.test(grammarText(analysis)) || SEEN_ONLY_THERE.test(grammarText(analysis));
  if (concepts.length > 0 && heldByPrevious && findsIn(stats, previous.id) && seenAsked) return { id: previous.id, why: 'follows' };
  // A time told (「申請は2024年の秋です」 after the renewal, whose answer turns on a date) puts a case to an answer that gives
  // one; not a message the words alone surely answer (「去年申請したライセンスの更新手続きを教えて」).
  const sure = fresh.kind === 'answer' && fresh.confidence >= CONVERSATION.surelyRelated;
  if (!sure && concepts.length > 0 && heldByPrevious && TELLS_TIME.test(told) && STATED.test(told) && !ASKS.test(told) && GIVES_DATE.test(stats.texts.get(previous.id) ?? '')) {
    return { id: previous.id, why: 'follows' };
  }
  // A deed done, its object left out, is the last answer's deed (「変えたあと、また利用状況のサイトに入ればよかと？」 after the
  // expired password, whose answer changes the password and then logs in again): what follows it is asked of that answer.
  // Not a message that only tells what came of it (「入れたら、エラーが出た。」 after the certificate guide is the error's).
  // Not the deed the last answer's step is named after (「申請したらあとはアプリにログインするだけ？」 after the application guide):
  // what follows that is the next step, asked as any message.
  const deed = BARE_DEED.exec(compact);
  const deedIsLastStep = deed !== null && deed[1]!.length > 1 && stats.titles.get(previous.id)?.has(deed[1]!) === true && steps?.next.has(previous.id) === true;
  if (deed !== null && !deedIsLastStep && !asksOfOther && asksOrRequests(analysis.text) && concepts.length > 0 && heldByPrevious && (stats.texts.get(previous.id) ?? '').includes(deed[1]!)) return { id: previous.id, why: 'follows' };
  // A case of what the last answer's title names, put first (「ほな対応してへんかったら、このシステムだけでデータのやりとりできるんかいな」
  // after the care-software check), is put to that answer, whatever the rest of the message leans to.
  const caseOf = OPENS_ON_CASE.exec(compact);
  if (caseOf !== null && analysis.concepts.some((c) => namedWithin(analysis, c, caseOf[1]!) && c.tokens.some((token) => token.length > 1) && holds(stats.titles.get(previous.id), c.tokens))) {
    return { id: previous.id, why: 'follows' };
  }
  // The name of a thing the last answer told of, pointed back at (「その画面の名前は？」「それが書いてある書類の名前は？」), is asked of
  // that answer, though the content never says 名前.
  if (t !== null && ASKS_NAME_OF_LAST.test(t)) return { id: previous.id, why: 'follows' };
  // So is the name of a part of a screen asked bare (「タブ名」「ボタンの名前は？」), when the last answer tells of that part.
  const part = ASKS_SCREEN_PART_NAME.exec(t ?? '');
  if (part !== null && (stats.texts.get(previous.id) ?? '').includes(foldKana(part[1]!))) return { id: previous.id, why: 'follows' };
  // So is whether what it says to do may be skipped, or why it is so, pointed back at (「そこ飛ばしてもええ？ソフト屋さんがたぶん
  // 大丈夫言うとったし」 after the care software check, 「なんでそうなるの？書類のまんま打っとるのに」 after the expired password),
  // whatever the reason or the deed the message gives after it names; these read the whole message, however long.
  if (SKIP_OF_LAST.test(compact) || WHY_OF_LAST.test(compact)) return { id: previous.id, why: 'follows' };
  // So is what a thing of its text pointed back at is (「そのTOPページってログインしてすぐの画面のことですか」 after the personal ID,
  // found on that page), whatever else the message names.
  const askedThings = thingsPointedAt(t, ASKS_WHAT_IT_IS, concepts).filter((c) => !isGeneric(stats, c));
  if (askedThings.length > 0 && askedThings.every((c) => holds(stats.tokens.get(previous.id), c))) return { id: previous.id, why: 'follows' };
  // So is a thing of its text pointed back at and said missing, however long the message (「その書類、前の担当者がどっかやっちまった
  // みてえで見つかんねえんだよ」 after the KJ ID guide, which tells of the papers), when nothing else it names is what another
  // title names over the last answer's, the thing included (「その個人ユーザIDがわからん」 after the login guide is the personal
  // ID's), and no intent rule answers it alone.
  const missingThings = fresh.kind === 'answer' && fresh.reason === 'rule' ? [] : thingsPointedAt(grammarText(analysis), MISSING, concepts, POINTS_AT_LAST_THING_PAUSED);
  const namesOtherTitle = (c: readonly string[]) => [...stats.titles.keys()].some((id) => id !== previous.id && titleNamesOverLast(id, c));
  if (missingThings.length > 0 && missingThings.every((c) => holds(stats.tokens.get(previous.id), c)) && !concepts.some(namesOtherTitle)) {
    return { id: previous.id, why: 'follows' };
  }
  if (unknownWords > 0) return fresh_('unknown-words');
  if (asksUnstated(previous.id)) {
    // A price the last answer does not give, where one related article gives one and holds all the message names, is that
    // article's (「ふつうに払うとしたら年いくらなの」 after the free pass, which states no price: the licence's fee). Not a
    // length of time: articles give those of different things (the overview's is not the download's).
    const stating = asksPrice ? previous.related.filter((id) => !asksUnstated(id) && concepts.every((c) => holds(stats.tokens.get(id), c))) : [];
    if (stating.length === 1) return { id: stating[0]!, why: 'follows' };
    // Asked of the last answer in a short message that names nothing else (「それって有料？」 after the certificate guide,
    // 「いつまで？」 after the login guide), the figure is the last answer's, which the sources do not give. Not a price asked
    // without pointing back (「一年でいくらかかる？」 after the KJ ID guide asks the system's fee, the licence's).
    const namesOwn = concepts.some((c) => !c.every((token) => FIGURE_WORDS.has(token)));
    // A price so asked opening by pointing back is the last answer's however surely the message alone is the licence's
    // (「それってお金かかる？」 after the certificate guide drew the licence's fee at 0.98: お金 is its word). Not after the
    // article that lists the flow: its subject is the system itself, whose fee the licence's article gives.
    if (t !== null && !namesOwn && asksPrice && POINTS_BACK.exec(t)?.index === 0 && !steps?.flows.has(previous.id)) return fresh_('pointed-not-stated');
    if (t !== null && !namesOwn && (!asksPrice || POINTS_BACK.test(t))) return fresh_('not-stated-of-last');
    // Opening by pointing back, and naming no thing only ours or only what the last answer's topic holds, a length or a date
    // asked is the last answer's whatever another article states of a word it shares (「それ発行されるまで何日かかるの？」 after
    // the proxy certificate drew the KJ ID guide at 0.99, whose mailed papers take days, on 発行). Not a price: 「この
    // システムってお金かかる？」 asks the system's fee, the licence's.
    const namesNoOtherThing = analysis.own.length === 0 || concepts.every((c) => holds(stats.topics.get(previous.id), c));
    const pointed = t !== null && !asksPrice && POINTS_BACK.exec(t)?.index === 0 && namesNoOtherThing;
    return fresh_(pointed ? 'pointed-not-stated' : 'not-stated');
  }
  const topic = (id: string) => stats.topics.get(id);
  const inTopic = (id: string) => concepts.every((c) => holds(topic(id), c));
  // A member of a class whose requirement the last answer states, and nothing its topic does not hold, puts a case
  // to it (「うちは事業所が3つあるんだけど」 after certificate-per-office, which the model alone took for the licence).
  if (t !== null && analysis.classes.some((c) => c.about.includes(previous.id)) && inTopic(previous.id)) {
    return { id: previous.id, why: 'follows' };
  }
  // A member of a class whose requirement one related article of the last answer states, and that article's topic holds
  // all the message names, puts the case to it (「事業所ふたつあるけど1つでいい？」 after the certificate guide is
  // certificate-per-office's; the licence, which states the class too, is not related to the certificate guide).
  // The words of the class's member itself (「事業所が2つ」) stand for the class, not for a thing the topic must hold; nor
  // do the words asking of its members all (「両方いるん？」).
  const beyondClass = concepts.filter((c) => !EACH_OF.test(c.join('')) && !analysis.classes.some((cl) => c.every((token) => foldKana(cl.typed).includes(token))));
  const classRelated = t === null ? [] : previous.related.filter((id) => analysis.classes.some((c) => c.about.includes(id)) && beyondClass.every((c) => holds(topic(id), c)));
  // Not when the message alone is the last answer's own question (「じゃあ同じ番号どうしはダメってこと？」 after same-office-number).
  const answersLast = fresh.kind === 'answer' && fresh.id === previous.id;
  // Which comes first, of things the last answer holds all of, is the order within it (「最初に入れるのは個人の方？」 after the
  // login guide), not the flow's nor a related article's (a message an intent rule answers alone was taken above).
  // The words of the ask for an order stand for the flow in the lexicon (「どっちを先に」), which is no thing of the message's;
  // but the order of steps the message alone asks of the flow is the flow's (「利用申請はダウンロードより先にやるんですか」).
  if (ORDER_ASKED.test(t ?? '') && !(fresh.kind === 'answer' && steps?.flows.has(fresh.id))) {
    const things = withoutOrderWords(analysis, concepts);
    if (things.length > 0 && things.every((c) => holds(topic(previous.id), c))) return { id: previous.id, why: 'follows' };
  }
  // So is when the last answer's own step comes, asked of it by name (「それはいつやるの？アプリ入れる前？後？」 after the
  // certificate guide), whatever it is put before or after.
  if (OPENS_ON_LAST.test(t ?? '') && ORDER_ASKED.test(t ?? '')) return { id: previous.id, why: 'follows' };
  if (classRelated.length === 1 && !answersLast) return { id: classRelated[0]!, why: 'follows' };
  const family = [previous.id, ...previous.related];
  const inTitle = (id: string) => concepts.every((c) => holds(stats.titles.get(id), c));
  const generic = (c: readonly string[]) => isGeneric(stats, c);
  // The other one of a pair, where one article the last answer points to is titled after it, is that article (「いや、
  // そうじゃなくて証明書の方」 after the forgotten KJ password is the certificate password's, not the certificate guide's).
  const oneOfPair = t !== null && ONE_OF_PAIR.test(t);
  if (asksIfItIs(t, analysis.question)) return { id: previous.id, why: 'follows' };
  if (t !== null && (CONTRASTS.test(t) || oneOfPair) && concepts.length > 0) {
    const pointedTo = (field: ReadonlyMap<string, ReadonlySet<string>>) => {
      const ids = previous.related.filter((id) => concepts.every((c) => holds(field.get(id), c)));
      return ids.length === 1 ? ids[0] : (mostParallel(stats, previous.id, ids) ?? (lead !== undefined && ids.includes(lead) ? lead : undefined));
    };
    // Titled after it, or else about it (the lexicon's 電子証明書 for 「証明書」 is not the certificate password's title word).
    // The one of a pair named by what tells it, only by a title: the words that tell it are the title's.
    const other = pointedTo(stats.titles) ?? (oneOfPair ? undefined : pointedTo(stats.topics));
    if (other !== undefined) return { id: other, why: 'follows' };
  }
  // Whether the last answer holds for a party or case the message puts, one no other article's title names (「受け取る側の
  // サービス事業所も同じなん？」 after the free pass), is asked of it; a subject another title names (「ライセンスも同じ？」) is
  // that article's question (same-for.ts). Lone kanji are a verb's stems (受け取る), no subject.
  const namedByOtherTitle = (c: readonly string[]) => !generic(c) && c.some((token) => token.length > 1) && [...stats.titles].some(([id, title]) => id !== previous.id && holds(title, c));
  if (SAME_TOO.test(compact) && !concepts.some(namedByOtherTitle)) return { id: previous.id, why: 'follows' };
  // Whether a thing need not be done, after an answer titled as whether a thing is needed, is asked of that answer when it
  // names something that answer's topic holds, and nothing else that another title names (「もうしこみのしょるいとかださなくて
  // いいの」 after the free pass, whose answer says nothing is needed beyond the application; not 「ライセンスの更新はしなくて
  // いいの？」, the licence renewal's, nor 「証明書はいらないの？」 after the licence, which names certificates only in passing).
  const lastTopicHolds = (c: readonly string[]) => holds(topic(previous.id), c);
  const named = concepts.filter((c) => !generic(c));
  if (NEED_NOT.test(grammarText(analysis)) && ASKS_NEED.test(previous.title) && named.some(lastTopicHolds) && named.every((c) => lastTopicHolds(c) || !namedByOtherTitle(c))) {
    return { id: previous.id, why: 'follows' };
  }
  // A circumstance left open that names no subject, only words most topics hold, is a case put to the last answer
  // (「うち去年から使ってるんやけど」 after the renewal answer); one that names its own trouble is not (「パスワードが
  // わからないんですけど」).
  const elliptical = isElliptical(t) || (t !== null && OPEN_CASE.test(t) && concepts.every(generic));
  const said = grammarText(analysis);
  /** Asked where a thing is done (「申請はどこからやるの」) after an answer titled after where a thing is found or checked (the status). */
  const asksDoneAfterFinding = findsIn(stats, previous.id) && asksWhereDone(said);
  /** Whether the message asks how a thing is seen, or where it is seen (not where a thing is done: 「どこで申請できますか」). */
  const asksToSee = SEEN_THERE.test(said) || HOW_SEEN.test(said);
  // Asked back alone between the last answer and one article titled after where or how a thing is found or checked, which the
  // last answer's title is not, a message asking how to see it is that article's (「ほな証明書がちゃんと入ってるかって
  // どうやって見るん？」 after the certificate error: the certificate guide, titled after checking it). Not any where: 「それは
  // どこで申請できますか」 after the application is asked back as before.
  if (fresh.kind === 'clarify' && asksToSee && fresh.options.includes(previous.id) && !findsIn(stats, previous.id)) {
    const finders = fresh.options.filter((id) => id !== previous.id && findsIn(stats, id));
    if (finders.length === 1) return { id: finders[0]!, why: 'follows' };
  }
  if (!elliptical) {
    // A message the last answer's topic holds all of, answered alone by one of its related articles by the model's guess,
    // goes on with it (「セキュリティ用メールアドレスは登録済みです」 after the forgotten KJ password, which the KJ ID guide
    // tells of too); not when that article's title names something the last answer's does not (「最初のPC環境の確認ってなに
    // 見ればいいの」 after the overview, which lists the PC check, is the PC check's).
    // Nor when that article's title tells where or how a thing is checked, the last answer's does not, and the message asks
    // how to see it (「証明書入ってっかどうか、どうやって見ればいいべ」 after the certificate error is the certificate guide's).
    const findsItThere = fresh.kind === 'answer' && findsIn(stats, fresh.id) && !findsIn(stats, previous.id) && (ASKS_WHERE.test(said) || asksToSee);
    if (fresh.kind === 'answer' && fresh.reason === 'likely' && concepts.length > 0 && inTopic(previous.id) && previous.related.includes(fresh.id) && !titledOverLast(fresh.id) && !findsItThere) {
      return { id: previous.id, why: 'follows' };
    }
    // What else besides a name the last answer quotes, and nothing more, is asked of that answer (「事業所番号のほかに、何を
    // 入れなあきまへんの？」 after the download guide, whose form asks for the 「介護事業所番号」), though another title names it;
    // words most topics hold (入力) name nothing. Not what else to do once a step is done (「申請したらほかにすることは」: the step
    // after it).
    if (fresh.kind === 'answer' && fresh.reason === 'likely' && BESIDES.test(said) && concepts.some((c) => !generic(c)) && concepts.every((c) => generic(c) || holds(quotedNames(previous), c))) {
      return { id: previous.id, why: 'follows' };
    }
    // A lone kanji that the last answer's topic lacks is a verb's stem, no topic of its own (「どうすれば直りますか」 after the
    // certificate error fell back on 直): a message that names nothing else goes on from the last answer.
    const stemsOnly = concepts.every((c) => c.length === 1 && Array.from(c[0]!).length === 1);
    if (fresh.kind === 'answer' || (!inTopic(previous.id) && !stemsOnly)) return fresh_('own-topic');
    // What another article's title names and neither the last answer's nor a related one's does, asked back
    // alone, is a new question about that article (「介護ソフトは何でもいいの？」 after the download guide, whose
    // examples mention the care software). A related article titled after it is taken below (「利用申請ってどうやるの？」
    // after who-can-use is the application guide's).
    // Asked back alone between the last answer and another, about what the last answer's topic holds all of, it goes on
    // with the last answer (「事業所番号入れるとこあるけど、うちの介護事業所番号でいいの？」 after the download guide).
    if (fresh.kind === 'clarify' && fresh.options.includes(previous.id) && concepts.length > 0) return { id: previous.id, why: 'follows' };
    const offered = fresh.kind === 'clarify' ? fresh.options[0] : undefined;
    const titledHere = inTitle(previous.id) || previous.related.some(inTitle);
    if (offered !== undefined && offered !== previous.id && concepts.length > 0 && inTitle(offered) && !titledHere) return fresh_('own-topic');
  } else {
    // A case put to the last answer in so many words, about what it holds, is its (「うちは事業所番号が2つあるけど、
    // その場合は？」 after the licence answer, which says one licence per office number, not the same-office-number article).
    // Not where a thing is done, after the article on where it is confirmed (「それなら利用申請はどこからするんですか」 after the
    // status): that is the article on doing it (below).
    if (t !== null && CASE_OF_LAST.test(t) && heldByPrevious && !asksDoneAfterFinding) return { id: previous.id, why: 'follows' };
    // The message alone is answered by an article outside the last answer's family that is about what it names
    // (its topics hold it and the last answer's do not, or its title names it and the last answer's does not:
    // 「それはどこでダウンロードするの？」 after the login guide, which mentions the download, is the download's). Not a name
    // the last answer quotes, though another title names it (「事業所番号ってどこに入れるの？」 after the download guide,
    // whose form asks for the 「介護事業所番号」, is not the same-office-number article's).
    const quoted = concepts.length > 0 && concepts.every((c) => holds(quotedNames(previous), c));
    // Not what the last answer is about too, besides a way of doing (「再発行のやり方ってどこ見ればいい？」 after the certificate
    // password, whose answer is its reissue, though the KJ ID guide is about 再発行 and 手順 both).
    // Words most topics hold, and the lexicon's word for a way of doing (「手順」, for やり方 and 方法), tell no topic from another here.
    const telling = concepts.filter((c) => !generic(c) && !(c.length === 1 && c[0] === HOW_TO));
    const aboutAll = (id: string) => (telling.length > 0 ? telling : concepts).every((c) => holds(topic(id), c));
    const elsewhere = (id: string) => (aboutAll(id) && !aboutAll(previous.id)) || (inTitle(id) && !inTitle(previous.id) && !quoted);
    // Not a comparison with the last answer about what it holds (a comparing message is elliptical): answered by it,
    // not by another article titled or about what it names (「それってKJのIDのパスワードとおなじもの？」 after the
    // certificate password, whose answer says how the two differ, is not the KJ ID guide's).
    // Nor one that opens on the last answer itself (「それってKJのログインパスワードと同じものですか？」): its subject is
    // that answer's, whatever it is compared with.
    // Nor one that says the same of another subject, put with も (「それってライセンスも１事業所に１つってこと？」 after multiple-pcs):
    // that subject's article, which the message alone is answered with, says whether it holds.
    const sameOfOther = ALSO_SAME.test(t ?? '') && fresh.kind === 'answer' && fresh.id !== previous.id && titledOverLast(fresh.id);
    // A message that opens on a topic the last answer's title does not name, and the article read alone most likely is
    // titled after, asks about that topic, whatever it points back to (「電子証明書ってそのKJのIDで取るんですか？」 after
    // the KJ ID guide).
    const opening = openingTopic(analysis, stats);
    // Not a topic the last answer is about too (「再発行はどこから？」 after the certificate password, whose answer is its
    // reissue, though only the KJ ID guide's title names 再発行).
    const aboutTooLast = opening.length > 0 && opening.every((c) => holds(topic(previous.id), c));
    // Nor one that confirms what another article is titled after, a word put first as its topic (「フリーパスは別に申し込まなくて
    // いいんですよね？」 after the application's status, whose text tells of the free pass): that article confirms it. Not a
    // clause before って (「やったらエラーになるってこと？」).
    const topicWord = fresh.kind === 'answer' && fresh.id !== previous.id && !aboutTooLast ? openingWord(analysis) : null;
    const confirmsOtherTopic = topicWord !== null && fresh.kind === 'answer' && titleNamesOverLast(fresh.id, topicWord.tokens);
    // Whether the last answer's thing differs from another, that other named first and nothing put as a topic before it
    // (「ってことは、KJのログインのパスワードとは別物ってことですね？」 after the certificate password), is asked of the last
    // answer when its text holds most of what the other is named with (not ログイン here).
    const contrastedFirst = CONTRASTED_FIRST.test(t ?? '') && concepts.filter((c) => holds(stats.tokens.get(previous.id), c)).length * 2 > concepts.length;
    if (!sameOfOther && !confirmsOtherTopic && (heldByPrevious || contrastedFirst || OPENS_ON_LAST.test(t ?? '')) && comparesWithLast(t)) return { id: previous.id, why: 'follows' };
    // A message that opens on その or この and a thing the last answer's text names, and says that thing is missing or
    // not understood, is about that answer (「その書類がどこにも見当たりません」 after the KJ ID guide, which tells of the
    // papers it mails); not one that asks something else of it (「そのソフトで連携用のファイルを出す操作も教えて」).
    const things = thingsPointedAt(t, MISSING, concepts);
    // Not a thing another article is titled after and the last answer is not, which that article answers read alone (「その個人
    // ユーザIDがわからん」 after the login guide, which names the ID, is the personal ID's: where to find it is its title).
    const titledAfterThing = fresh.kind === 'answer' && fresh.id !== previous.id && things.every((c) => holds(stats.titles.get(fresh.id), c) && !holds(stats.titles.get(previous.id), c));
    if (things.length > 0 && !titledAfterThing && things.every((c) => holds(stats.tokens.get(previous.id), c))) return { id: previous.id, why: 'follows' };
    // What the message asks of the last answer's subject, pointed at as its owner, is that answer's when its text holds it all
    // (「それの再発行のやり方ってどこに書いてある？」 after the certificate password, whose answer says where its reissue is
    // written, though only the KJ ID guide's title names 再発行).
    if (OPENS_ON_LAST_OWNING.test(t ?? '') && concepts.length > 0 && heldByPrevious) return { id: previous.id, why: 'follows' };
    // Whether what happened came of what the last answer told (「この前エラーになったのはそのせいかな」 after same-office-number)
    // is asked of that answer, whatever the message names of what happened.
    if (CAUSED_BY_LAST.test(t ?? '')) return { id: previous.id, why: 'follows' };
    if (fresh.kind === 'answer' && !family.includes(fresh.id) && concepts.length > 0 && elsewhere(fresh.id)) return fresh_('answered-elsewhere');
    // The opening topic (above), titled after the article read alone most likely, asks about that topic.
    if (lead !== undefined && !family.includes(lead) && opening.length > 0 && !aboutTooLast && opening.every((c) => holds(stats.titles.get(lead), c) && !holds(stats.titles.get(previous.id), c))) {
      return fresh_('answered-elsewhere');
    }
    // Asked back when read alone, with first an article outside the last answer's family whose title alone names
    // something the message names: that is what it asks of (「ログインにはcから始まるIDもいるって聞いたけど、それはどこ
    // で？」 after the KJ ID guide is the personal ID's, not the login guide's). Not a word two titles name (「それはどこで
    // 申請できますか」 after proxy-certificate asks where to apply for that certificate, not the application guide).
    // Nor what the last answer's topic holds all of (「利用状況サイトのどこ？」 after the personal ID, found on that site's
    // TOP page, is asked of that answer, though only the application guide's title names the site).
    if (fresh.kind === 'clarify' && lead !== undefined && !family.includes(lead) && !aboutTooLast && !inTopic(previous.id) && titleAloneNames(stats, lead, concepts)) {
      return fresh_('answered-elsewhere');
    }
    const covered = concepts.every((c) => holds(stats.tokens.get(previous.id), c) || previous.related.some((r) => holds(topic(r), c)));
    if (!covered) return fresh_('not-covered');
  }
  if (concepts.length === 0) return { id: previous.id, why: 'follows' };
  // A related article dedicated to what the message names: the only one whose title names it (「更新は？」
  // after the licence answer is the licence-renewal article), or of several, the one the message read
  // alone makes most likely (「ほな利用申請はどこでするん？」 after free-pass: application, not its status).
  // Not for generic words only: 「必要なものは？」 after who-can-use asks for its four requirements, not
  // for the licence, whose title says 必要.
  // Nor for lone kanji only: a verb's stem (「どこに書いてある？」's 書) names no topic, though titles hold it (証明書).
  // A bare 「Xのほうは？」 names its X, however short (「cのほうは？」: the c of the personal ID).
  const specific = !concepts.every(generic) && (concepts.some((c) => c.some((t) => t.length > 1)) || BARE_OTHER.test(t ?? ''));
  /** The one of `ids` the message is about: the only one, or of several, the one the message read alone makes most likely. */
  const pick = (ids: readonly string[]) => (ids.length === 1 ? ids[0] : lead !== undefined && ids.includes(lead) ? lead : undefined);
  /** …or of several a bare 「Xのほうは？」 puts, the one asked the same thing as the last answer (`mostParallel`). */
  const pickParallel = (ids: readonly string[]) => (ids.length > 1 && BARE_OTHER.test(t ?? '') ? mostParallel(stats, previous.id, ids) : undefined) ?? pick(ids);
  // Where a related article's title names it, the article the message read alone leads with is one of them when its title
  // names it too, related or not (「KJのほうは？どこに書いてある？」 after the personal ID is the KJ ID guide's, not the related
  // KJ password's). Not alone: a word no related title names is the last answer's own (「それはどこで申請できますか」 after
  // the proxy certificate asks where that certificate is applied for, not for the application guide).
  const relatedTitled = previous.related.filter(inTitle);
  const leadTitled = relatedTitled.length > 0 && lead !== undefined && !family.includes(lead) && inTitle(lead) ? [lead] : [];
  const titled = specific && !inTitle(previous.id) ? pickParallel([...relatedTitled, ...leadTitled]) : undefined;
  if (titled) return { id: titled, why: 'follows' };
  // A case put to the last answer that it names only in passing (its body), where a related article is about
  // it (its topic): 「パスワードを忘れたら？」 after the certificate guide, which mentions the certificate
  // password, is the forgotten password's. Only a case: 「手順はどこに載っていますか」 asks for the last answer's own.
  const topical = specific && statesCase(t) && !inTopic(previous.id) ? pick(previous.related.filter(inTopic)) : undefined;
  if (topical) return { id: topical, why: 'follows' };
  // A related article the message alone is surely answered with, whose title names a subject of the message that the last
  // answer's title does not (「最初に聞かれるcのIDって、どこにあるの」 after the login guide: the personal ID's, though the
  // login guide mentions that ID, and the first thing asked), or whose topic holds all the message names while the last
  // answer's holds it only in passing (「キャンペーンの終わりはいつ？」 after the application status, which mentions the
  // campaign in a line of related topics: the free pass's).
  // Or whose title tells where a thing is found or checked, where the last answer's does not, asked where it is seen
  // (「期限内の証明書が入ってるかどうか、どこを開けば見れる？」 after the certificate error is the certificate guide's).
  const findsHere = fresh.kind === 'answer' && findsIn(stats, fresh.id) && !findsIn(stats, previous.id);
  // Seen at a place the message names (「どこを開けば見れる？」), or asked where it is seen (「どこで見ればいいだら？」) — not where
  // it is applied for (「DX証明ってどこで申し込むん」 after the proxy certificate, which says where).
  const findsThere = findsHere && (SEEN_THERE.test(grammarText(analysis)) || (ASKS_WHERE.test(grammarText(analysis)) && !ASKS_TO_OBTAIN.test(analysis.normalized.text)));
  if (fresh.kind === 'answer' && fresh.reason === 'likely' && fresh.confidence >= CONVERSATION.surelyRelated && previous.related.includes(fresh.id) && (titledOverLast(fresh.id) || (inTopic(fresh.id) && !inTopic(previous.id)) || findsThere)) {
    return { id: fresh.id, why: 'follows' };
  }
  // Likely, not surely, when that title both names the subject and tells where it is found, and the message asks where
  // (「ログインのときのcからはじまるIDって、どこ見ればわかるの」 after the login guide, which only says the ID is needed).
  const likelyRelated = fresh.kind === 'answer' && fresh.reason === 'likely' && fresh.confidence >= CONVERSATION.likelyRelated && previous.related.includes(fresh.id) && titledOverLast(fresh.id);
  if (likelyRelated && findsHere && ASKS_WHERE.test(grammarText(analysis))) return { id: fresh.id, why: 'follows' };
  // A step of the flow the last answer lists, named by its title and likely alone, is asked about as that step
  // (「その中の利用申請って、どのIDでログインすんの？」 after the overview, which lists the application among its steps).
  // Not a thing pointed back at (「そのサイトってどこにログインすればいいの？」), which the flow names; nor a message that
  // says a step is done, whose words alone take the step done for the subject (「ダウンロードも済んだので、証明書はどこで
  // 入れるの」 reads as the download, 「証明書のところは最後まで行ったんですが、申請はどこから？」 as the certificate).
  const stepOfFlow = fresh.kind === 'answer' && fresh.reason === 'likely' && (steps?.flows.get(previous.id)?.includes(fresh.id) ?? false);
  // 「その中の」「このうちの」 single out one of the things the last answer lists: no thing pointed back at.
  const pointsBack = POINTS_BACK.test(analysis.normalized.text.replace(ONE_OF_THEM, ''));
  if (stepOfFlow && titledOverLast(fresh.id) && !pointsBack && !saysStepDone(said) && withoutStepsDone(analysis.question) === null) return fresh_('own-topic');
  // Likely too when that title names the subject and that topic holds all the message names while the last answer's holds it
  // only in passing (「フリーパスはその申請をしただけで付くんですか」 after the application status, which mentions the free pass in a
  // line). Not a message that opens on what it points back at (「そのサイトってどこにログインすれば」): that thing is its subject.
  if (likelyRelated && inTopic(fresh.id) && !inTopic(previous.id) && !OPENS_POINTING.test(analysis.normalized.text)) return { id: fresh.id, why: 'follows' };
  // Asked where a thing is done (「じゃあ申請ってどこからやるんでしたっけ」) after an answer titled after where a thing is found or
  // checked (the application's status), and answered alone with a related article whose title is not: that article's.
  if (asksDoneAfterFinding && fresh.kind === 'answer' && fresh.reason === 'likely' && previous.related.includes(fresh.id) && !findsIn(stats, fresh.id)) {
    return { id: fresh.id, why: 'follows' };
  }
  // What the message alone is answered with, the last answer itself, is not handed to a related article.
  if (heldByPrevious || answersLast) return { id: previous.id, why: 'follows' };
  // Else a related article the message read alone is likely answered with: what the message names is that article's
  // (「そのパソコン、どっちもWindows10なんやけど大丈夫？」 after multiple-pcs is the PC environment's, which states the OS).
  if (fresh.kind === 'answer' && fresh.reason === 'likely' && previous.related.includes(fresh.id)) return { id: fresh.id, why: 'follows' };
  return { id: previous.related.find(inTopic) ?? previous.id, why: 'follows' };
}

/** Whether the message asks which screen or site a thing is on (ASKS_WHICH_PLACE), naming besides that place's word only what `held`. */
function asksWhichPlaceOf(text: string, concepts: readonly (readonly string[])[], held: (c: readonly string[]) => boolean): boolean {
  const place = ASKS_WHICH_PLACE.exec(text)?.[1];
  return place !== undefined && concepts.every((c) => c.every((token) => place.includes(token)) || held(c));
}
