/**
 * How a clerk says, after an answer, that it did not help — in words no smalltalk pattern need list: what they did and
 * that nothing changed, that they did as told, that what the answer pointed to is not there. The engine reads it only
 * after an answer and hands such a message to the helpdesk with the first hand-over rule's `afterTry` reply
 * (content/smalltalk.yaml); read on its own, the same message is a question like any other.
 */

import type { Decision } from './decide.ts';
import type { QueryAnalysis } from './analysis.ts';
import { namesVocabulary } from './analysis.ts';
import { MUST_IF, MUST_SO, sentencesOf } from './question-part.ts';

/**
 * What the clerk did, anywhere in a message (「再発行したのに」「確認したけど」「ボタンおしても」): a past verb turned by
 * のに or けど, or a verb turned by ても. Broader than smalltalk.ts's TRIED, which must end right before a pattern:
 * `howAnswerFailed` asks more of what follows.
 */
// Not the copula of a state (「カレンダーが和暦なんだけどダメ？」): なんだ says what is, not what was done; nor the んだ that
// explains after a verb or adjective as it stands (「端末があるんだけど」「IDを２つ聞かれるんだけど」「ないんだけど」「言うんだけど」,
// the casual 「登録してねえんだけど」),
// whose だ is no past: a past in んだ follows a stem (「済んだけど」「読んだのに」). Nor でも after
// a noun (「フリーパス中でも」「パソコンでも」): a verb's て form takes も after kana (or 見: 「見ても」), its で form only after ん (「読んでも」).
// A past verb that ends a sentence, and the next opening on でも or けど (「パスワード変えた でもダメ」), turns the same way.
const TRIED_CLAUSE = /(?:(?<!なん|[るういえ]ん)[たっだ](?:のに|けど|けれど|けども|んですけど|んですが|んだけど|んやけど|\s+(?:でも|だけど|けど|それでも))|(?<=[\u3041-\u3096見])ても|(?<=ん)でも)/g;
/**
 * 「それでも」 opening a question on what was said before it (「去年の春に申請したんですけど、それでも自動で更新されるんですか」): the
 * case is put to the last answer, no report that it failed.
 */
const STILL_ASKED = /^\s*それでも[^\s]*?(?:んですか|ますか|ですか|でしょうか|んか|のか)\s*$/;
/** That nothing changed (「まだ」「やっぱり」「…まんま」「同じエラー」). */
const STILL = /まだ|やっぱ|やはり|相変わらず|あいかわらず|変わらな|変わりません|かわらな|まんま|それでも|また同じ|同じの|同じ(?:エラー|画面|メッセージ|表示)/;
/**
 * That the answer itself did not help (「それじゃわからん」「それじゃよくわからんかった」「それではダメでした」「だめだ、全然わからん」),
 * or what the clerk tried with it (「…って入れてます。これでもダメ」).
 */
const DID_NOT_HELP = /それ(?:じゃ|では|だと|やと)(?:よく|よう|いまいち|あんまり|あまり|ちょっと)?(?:わから|分から|わかりません|分かりません|だめ|ダメ|あかん|解決し(?:ない|ません|なかった))|(?:全然|ぜんぜん|まったく|全く|さっぱり)(?:わから|分から)(?:ん|ない|へん|ひん|なかった|ません)|(?:これ|それ)でも(?:だめ|ダメ|駄目|あかん|無理)/;
/** That the clerk did what the answer says already (「それはもうやった」「もう試しました」). */
const DONE_ALREADY = /(?:それ|これ|そこ)?(?:は|も)?もう(?:やった|やりました|やってる|やってます|試した|試しました|ためした|確認した|確認しました|見た|見ました)/;
/**
 * A sentence that ends on a negative (「出てない」「おきないんですけど」「動かん」「わからんかった」「ダメでした」), its casual tail
 * taken off or not. Not がん: 北陸's がん asks or explains (「何を使うがん？」「なんで２つもいるがん？」), and no verb of ours
 * has its negative in がん.
 */
const NEGATIVE_END = /(?:ない|ません|へん|ひん|[かさたまらわ]ん|なかった|[かさたまらわ]んかった|へんかった|ひんかった|ませんでした|だめ|ダメ|駄目|無理)(?:でした|だった)?$/;
const SENTENCE_TAIL = /(?:ん|の)?(?:です|でした|や|だ)?(?:けど|けれど|けども|が)?(?:っちゃ|[ねよわなぁ])*$/;
/** A negative that says what must be done (「うちもやらないといけない？」「更新しなきゃだめ」): no failure. */
const MUST_DO = new RegExp(`${MUST_IF}${MUST_SO}$`);

/** That the clerk did as the answer said (「言われた通りやっても」「書いてあるとおりにしたけど」). */
const AS_TOLD = /(?:言われた|いわれた|書いてある|かいてある|書いてた|説明の|案内の|その)(?:通り|とおり)/;
/** That what the answer pointed to is not there (「TOPページにIDのってへん」「その表示でてへん」「ボタンが見当たらない」). */
/** A negative ending of a sentence (「ない」「へん」「ません」「なかった」…). */
const NOT_ENDING = '(?:ない|へん|ひん|ません|なかった|ませんでした|ん)';
/** A thing found nowhere (「どこにもない」「見当たりません」「見つからへん」). */
const FOUND_NOWHERE = `どこにも(?:ない|ありません|あらへん|なかった)|(?:見当たら|みあたら|見つから|みつから)${NOT_ENDING}`;
const NOT_THERE = new RegExp(`(?:(?:載って|のって|出て|でて|出てこ|でてこ|出てく|でてく|表示され|表示して|書いて|かいて|届いて|とどいて|届か|とどか|来て)(?:い|こ)?${NOT_ENDING}|(?:消え|きえ)(?:ない|へん|ひん|ません|ん)|${FOUND_NOWHERE}|空っぽ|からっぽ|空欄)$`);
/** What may end a sentence after what went wrong: a tone (「…見当たらんよ」「…空っぽやねん」). */
const TONE_TAIL = /(?:やねん|やん|やで|ねん|で|やわ|わ|よ|ね|な|ぞ|ばい|たい)+$/;

/**
 * Asks whether a thing would do instead, as a question (「障害の方の証明書なら持ってるんやけど、それじゃあかん？」「これじゃだめですか？」):
 * no report that the answer failed, which says so (「それじゃわからん」「これでもダメでした」). As typed: the mark tells it.
 */
const ASKS_WHETHER_IT_DOES = /(?:じゃ|では|で|やと|だと)(?:だめ|ダメ|駄目|あかん|いかん|いけん|いけない|無理)(?:です|でしょう|なん|なの)?(?:か|かな|かね|やろか|やろ|の)?\s*[？?]+\s*$/;

/** Whether the message, as typed, asks whether a thing would do (ASKS_WHETHER_IT_DOES). */
export function asksWhetherItDoes(question: string): boolean {
  return ASKS_WHETHER_IT_DOES.test(question.trim());
}

/** How a message says the last answer did not help (see `howAnswerFailed`). */
export type AnswerFailure = 'as-told' | 'tried' | 'not-there';

/**
 * How a message says that the last answer did not help, in words no pattern need list, or null:
 * - `as-told`: the clerk did as told and it still fails (「いわれたとおりやってもろぐいんできひん」);
 * - `tried`: what they did (TRIED_CLAUSE), then that nothing changed (STILL) or a sentence ending on a negative
 *   (「パスワード変えたのにまだ期限切れって出る」「ボタンおしても何もおきないんですけど」);
 * - `not-there`: what the answer pointed to is not there (「TOPページにIDのってへんのやけど」).
 * `normalized`: spaces between sentences. `asksIt`: the message, as typed, asks whether a thing would do
 * (`asksWhetherItDoes`): its 「それじゃあかん？」 is no report that the answer did not help. The engine reads it only after an answer.
 */
export function howAnswerFailed(normalized: string, asksIt = false): AnswerFailure | null {
  const text = normalized.trim();
  const endsNegative = (sentence: string) => formsOf(sentence).some((form) => NEGATIVE_END.test(form) && !MUST_DO.test(form));
  for (const m of text.matchAll(TRIED_CLAUSE)) {
    const rest = text.slice(m.index + m[0].length);
    if (STILL_ASKED.test(rest) && !endsNegative(rest.trim())) continue;
    if (STILL.test(rest) || rest.split(/\s+/).some((sentence) => sentence && endsNegative(sentence))) return AS_TOLD.test(text) ? 'as-told' : 'tried';
  }
  if (DONE_ALREADY.test(text) || (DID_NOT_HELP.test(text) && !asksIt)) return 'tried';
  if (anySentenceEnds(text, (form) => NOT_THERE.test(form))) return 'not-there';
  return null;
}

/**
 * The question asked after a first sentence that says the last answer did not help and names nothing of its own
 * (「それ見たけど分からん。KJのパスワードとは別もんなん？」 → 「KJのパスワードとは別もんなん？」), or null. Such a sentence
 * speaks of the last answer: its negative (分からん) is no case of another article, which the whole message read by the
 * rules would make it. Null when the first sentence names a thing (「KJのパスワード再発行したのにログインできない。どうしたら？」:
 * what failed is its subject), when the rest names nothing (「…。どうしたらいい？」 asks of the failure) or says what still
 * fails (「それじゃわからん。エラー消えへん」: the whole is one report). `read` analyses a text.
 */
export function askedAfterFailure(question: string, read: (text: string) => QueryAnalysis): string | null {
  const sentences = sentencesOf(question);
  if (sentences.length < 2) return null;
  const first = read(sentences[0]!);
  if (namesVocabulary(first) || howAnswerFailed(first.normalized.text) === null) return null;
  const rest = sentences.slice(1).join('');
  const asked = read(rest);
  return namesVocabulary(asked) && howAnswerFailed(asked.normalized.text) === null ? rest : null;
}

/** A thing said to be absent, as a sentence ends (「それらしい証明書がなかった」「cのIDがありません」). */
const ABSENT = /[がは](?:なかった|無かった|ない|無い|ありません|ありませんでした|なかったです|あらへん|あらへんかった|ねえ|ねぇ)$/;

/** A thing found nowhere, as a sentence ends (「どこにもないんです」「見当たりません」); not one that has not come (「届かへん」). */
const NOWHERE = new RegExp(`(?:${FOUND_NOWHERE})$`);

/** Where a message that says the last answer did not help leads instead of the hand-over (`failureLeads`). */
export type FailureLead = 'found-elsewhere' | 'case-of-last';

/**
 * Where a failure that is no as-told one leads instead of the hand-over, or null:
 * - `found-elsewhere`: a thing said not there or absent (NOT_THERE, ABSENT), where the message alone is answered by an
 *   article titled after where a thing is found and the last answer is not (「KJのほうはあったけど、cのほうがどこにもない」
 *   after the login guide is the personal ID's): where that thing is found is what is asked;
 * - `case-of-last`: a thing said absent, of a case the last answer (the decision) tells what to do in (「それらしい証明書が
 *   なかった」 after the certificate guide, whose case says to install one), or found nowhere while the message names
 *   nothing of ours (`namesOurs` false: 「書類がどこにもないんです」 after the KJ ID guide, whose case is the papers lost): that
 *   case's card is the answer.
 * A thing that has not come (「２週間たつけど何も届かへん」) is neither. `text`: the message's normalised text.
 */
export function failureLeads(failed: AnswerFailure, text: string, read: { fresh: Decision; decision: Decision; previous: string; namesOurs: boolean; findsIn(id: string): boolean; namesCase(id: string): boolean }): FailureLead | null {
  if (failed === 'as-told') return null;
  const { fresh, decision, previous } = read;
  const absent = anySentenceEnds(text, (form) => ABSENT.test(form));
  if ((absent || anySentenceEnds(text, (form) => NOT_THERE.test(form))) && fresh.kind === 'answer' && fresh.id !== previous && read.findsIn(fresh.id) && !read.findsIn(previous)) return 'found-elsewhere';
  // A thing found nowhere, named in no word of ours (「その紙がもうないんですわ。どこにもないんです」), is the last answer's thing.
  const lost = absent || (!read.namesOurs && anySentenceEnds(text, (form) => NOWHERE.test(form)));
  return lost && decision.kind === 'answer' && decision.id === previous && read.namesCase(previous) ? 'case-of-last' : null;
}

/** A sentence as typed, without its tone (「…やねん」), and without its casual tail (「…んですけど」). */
function formsOf(sentence: string): string[] {
  // 「…出てんの」 asks whether a thing is there (出ているの): its の is no tail to take off, which would leave 「出てん」, not there.
  if (ASKS_STATE.test(sentence)) return [sentence];
  return [sentence, sentence.replace(TONE_TAIL, ''), sentence.replace(SENTENCE_TAIL, '')];
}

/** A state asked about, contracted (「そこに出てんの」「載ってんのか」): ている + の. */
const ASKS_STATE = /[てで]んの(?:か|かな|け)?$/;

/** Whether a sentence of `normalized` (spaces between sentences), in one of its forms, passes `test`. */
function anySentenceEnds(normalized: string, test: (form: string) => boolean): boolean {
  return normalized.trim().split(/\s+/).some((sentence) => sentence && formsOf(sentence).some(test));
}
