/**
 * A message of several questions whose first the articles answer and whose later one they do not
 * (「ライセンスの更新って毎年自分で手続きしないといけないんですか？ついでに、証明書の有効期限って何年ですか」), or asks about
 * another system's thing. Read whole, it falls back for the topic the sources do not state or the other system, and the
 * question they do answer goes unanswered with it.
 * Its first question is read on its own and answered, when that reading is an answer that names a word of the
 * vocabulary; the decision says what else was asked (`besides`): a topic the sources do not state, which the reply
 * says with the contact, or a question another article answers, which the reply points to.
 *
 * Only the first question is answered this way. A later one often leaves its subject to the one before it
 * (「フリーパスっていつまで？申し込みは必要？」 asks about the free pass's application): read alone, it would be
 * answered about something else.
 */
import { namesVocabulary } from './analysis.ts';
import type { Besides, Decision } from './decide.ts';
import type { Scoring } from './engine.ts';
import type { Reading } from './long-message.ts';
import { asksOrRequests, QUESTION_PART, sentencesOf } from './question-part.ts';
import { holdsAll } from './features.ts';
import { shieldQuotes } from './quotes.ts';

/**
 * The reading of the first question of the message scored as `whole`, with what its later questions ask besides, when
 * the whole falls back for a topic the sources do not state; else null. `read` scores and decides a part of the message
 * (its quotations shielded, as the long-message reader cuts it: a screen's 「…。」 ends no sentence).
 */
export function readFirstOfSeveral(read: (text: string) => Reading, whole: Scoring, decision: Decision): Reading | null {
  if (decision.kind !== 'fallback') return null;
  // Or another system's thing that a later question names, the first naming none (「…連携アプリを入れたいんですけど、できま
  // すか？プリンターも2台で共有してるんですが関係ありますか」: the printer turned the whole message away).
  if (decision.reason !== 'unstated' && whole.analysis.others.length === 0) return null;
  const [first, ...later] = sentencesOf(shieldQuotes(whole.analysis.question)).filter(asksOrRequests);
  if (first === undefined || later.length === 0) return null;
  const reading = read(first);
  const answered = reading.fresh;
  if (answered.kind !== 'answer' || !namesVocabulary(reading.s.analysis) || reading.s.analysis.others.length > 0) return null;
  const besides = besidesOf(read, later, answered.id);
  return besides === null ? null : { s: reading.s, fresh: { ...answered, besides } };
}

/** A question word: what makes a sentence ask where, how, what, when, which or who. */
const ASKS_WH = /どこ|どっち|どちら|どう(?!も)|何|なに|なん|いつ(?!も)|どれ|どの|誰|だれ/;
/** Whether `later` asks yes or no after `first` asks which, how or what: it guesses the first's answer (「…どこでやるの？…サイト？」). */
const guessesAfter = (first: string, later: string) => ASKS_WH.test(first) && !ASKS_WH.test(later);

/** A premise put to be confirmed (「無料ではないですよね？」「これってホームページなんですよね？」): it asks nothing of its own. */
const CONFIRMS = /(?:よね|よな|でしょ|でしょう|だろ|だろう|じゃない(?:です)?か?|ではない(?:です)?か?)[ー〜？?。．！!\s]*$/;

/**
 * The whole's answer with what another of its questions asks besides it, when the message asks several questions and the
 * whole is answered with one question's article (「ライセンスの更新手続きって要る？複数のパソコンで使える？」 answered the
 * licence renewal and said nothing of the second; 「KJのIDってどこ？…複数のパソコンに入れてもいい？」 the second and nothing of
 * the first). Another question counts only when, read alone, it is surely answered (QUESTION_PART.lastSentenceLeast) with
 * another article and names a lexicon word, with something the answer's topic does not hold: one that leaves its subject to
 * the one answered (「フリーパスって自動？申し込みは必要？」) asks that article; nor a yes-or-no question after one that asks
 * which or how, which guesses its answer (「どのIDで取るの？cから始まる個人のIDでいいの？」); nor a step of the flow the answer
 * lists (「何ステップあるの？いきなり申請していいのか…」); nor a premise put to be confirmed (CONFIRMS). Null otherwise.
 */
export function readOtherQuestion(read: (text: string) => Reading, whole: Scoring, decision: Decision): Reading | null {
  if (decision.kind !== 'answer' || (decision.reason !== 'likely' && decision.reason !== 'rule') || decision.besides) return null;
  const asking = sentencesOf(shieldQuotes(whole.analysis.question)).filter(asksOrRequests);
  if (asking.length < 2) return null;
  // Each question read once, when first needed (a reading costs as much as an ask).
  const readings: Reading[] = [];
  const readingOf = (i: number) => (readings[i] ??= read(asking[i]!));
  const answered = asking.findIndex((_, i) => {
    const { fresh } = readingOf(i);
    return fresh.kind === 'answer' && fresh.id === decision.id;
  });
  if (answered < 0) return null;
  const listed = whole.steps.flows.get(decision.id) ?? [];
  for (let i = 0; i < asking.length; i++) {
    if (i === answered || CONFIRMS.test(asking[i]!) || (i > answered && guessesAfter(asking[answered]!, asking[i]!))) continue;
    const { s, fresh } = readingOf(i);
    if (fresh.kind !== 'answer' || fresh.id === decision.id || fresh.confidence < QUESTION_PART.lastSentenceLeast) continue;
    if (listed.includes(whole.steps.stepOf.get(fresh.id) ?? fresh.id)) continue;
    // Its own subject: a lexicon word that the answer's topic does not hold with the rest of it.
    if (s.analysis.terms.length === 0 || holdsAll(s, decision.id)) continue;
    return { s: whole, fresh: { ...decision, besides: { kind: 'article', id: fresh.id, ...(answered > 0 ? { answeredLater: true } : {}) } } };
  }
  return null;
}

/**
 * What the later questions ask besides article `answered`: the first that asks a topic the sources do not state, else
 * the first that names another system's thing and is not answered, else the first that another article answers; null
 * when each is about the answer itself, or unsure.
 */
function besidesOf(read: (text: string) => Reading, later: readonly string[], answered: string): Besides | null {
  let other: Besides | null = null;
  for (const question of later) {
    const { s, fresh } = read(question);
    if (fresh.kind === 'fallback' && fresh.reason === 'unstated') return { kind: 'untold', topics: s.analysis.unstated };
    if (fresh.kind === 'fallback' && s.analysis.others.length > 0) {
      return { kind: 'other', systems: s.analysis.others.map((o) => ({ system: o.system, typed: withLongVowel(s.analysis.question, o.typed) })) };
    }
    if (other === null && fresh.kind === 'answer' && fresh.id !== answered) other = { kind: 'article', id: fresh.id };
  }
  return other;
}

/**
 * The reading of the first of two questions, when the whole is not answered by a rule and the first, read alone, is answered
 * with an article whose topic holds everything the whole message names, which the whole offered or whose answer's topic does
 * not hold all of it: the second asks a detail of the first's answer (「利用申請ってどこでするん？ログインするIDは何使えばええんかな」:
 * the application guide tells where and with which ID; read whole, it was asked back between the application and the login).
 * Null otherwise.
 */
export function readFirstHoldingAll(read: (text: string) => Reading, whole: Scoring, decision: Decision): Reading | null {
  if (!(decision.kind === 'clarify' || (decision.kind === 'answer' && decision.reason === 'likely' && !holdsAll(whole, decision.id)))) return null;
  // What the first question could be answered with, known before it is read (a reading costs as much as an ask).
  const takes = (id: string) => holdsAll(whole, id) && (decision.kind === 'clarify' ? decision.options.includes(id) : id !== decision.id);
  if (!whole.candidates.some((c) => takes(c.id))) return null;
  const asking = sentencesOf(shieldQuotes(whole.analysis.question)).filter(asksOrRequests);
  if (asking.length !== 2) return null;
  const reading = read(asking[0]!);
  const { fresh } = reading;
  return fresh.kind === 'answer' && namesVocabulary(reading.s.analysis) && takes(fresh.id) ? reading : null;
}

/** How a guess put as a question ends after the thing it guesses (「…サイト？」「…サイトですか」「…アプリだべか」). */
const GUESS_END = /(?:ですか|でしょうか|ですよね|ですかね|だよね|だべか|やろか|やんな|じゃろか|かな|なの|のこと|ってこと)?[？?。．…\s]*$/;
/** What a guess ends on once its ending is taken off: a thing's last character (kanji, katakana, letters), not a verb's. */
const ENDS_ON_THING = /[\u3005\u4e00-\u9fff\u30a1-\u30faー\uff66-\uff9fA-Za-zＡ-Ｚａ-ｚ]$/;

/**
 * The reading of the first of two questions, when the first asks where, how or what (a question word) and the second only
 * guesses the answer, a thing put as a question (「利用申請ってどこでやるの？KJのIDでログインするサイト？」「…どこでやるの？
 * クライアントアプリ？」): read whole, the guess's words drew the login guide (at 0.73 and 0.98), though the question is the
 * first's. The guess names a thing: after its ending is taken off it ends on a kanji, katakana or letter, not on a verb or
 * an adjective (「パスワードの有効期限切れてる？」 tells something). The first, read alone, must be answered with another
 * article, naming a word of the vocabulary, at least as surely as the whole, or with one of the options the whole is asked
 * back between; null otherwise.
 */
export function readFirstBeforeGuess(read: (text: string) => Reading, whole: Scoring, decision: Decision): Reading | null {
  if (!(decision.kind === 'answer' && decision.reason === 'likely') && decision.kind !== 'clarify') return null;
  const sentences = sentencesOf(shieldQuotes(whole.analysis.question));
  if (sentences.length !== 2) return null;
  const [first, guess] = sentences as [string, string];
  if (!guessesAfter(first, guess) || !asksOrRequests(first)) return null;
  const guessed = guess.replace(GUESS_END, '');
  if (guessed.length === 0 || guessed.length > QUESTION_PART.maxGuessLength || !ENDS_ON_THING.test(guessed)) return null;
  const reading = read(first);
  const { fresh } = reading;
  if (fresh.kind !== 'answer' || !namesVocabulary(reading.s.analysis)) return null;
  // Asked back, the first question's article must be among the options (「KJではじまるIDってどこに書いてあるんですか？国保連から
  // 来た書類ですか？」 was asked back between the KJ ID guide and the lost password's).
  if (decision.kind === 'clarify') return decision.options.includes(fresh.id) ? reading : null;
  return fresh.id !== decision.id && fresh.confidence >= decision.confidence ? reading : null;
}

/**
 * The reading of a message's first question alone, when the whole is a likely but unsure answer, the first sentence asks,
 * the last only asks to be told, naming no word only ours (「したっけ手順教えてくれるかい」), and the sentences between ask
 * nothing: the request is the first question's, and the background between drew the whole (「利用申請ってどっからやるのさ？
 * KJのIDでログインするサイトがあるって聞いたんだけど、なまらわかりづらくてさ。したっけ手順教えてくれるかい」 was the login
 * guide at 0.58, on ログイン). Another answer surer than the whole's is the one; else null.
 */
export function readFirstWithRequest(read: (text: string) => Reading, whole: Scoring, decision: Decision): Reading | null {
  if (decision.kind !== 'answer' || decision.reason !== 'likely' || decision.confidence >= QUESTION_PART.lastSentenceLeast) return null;
  const sentences = sentencesOf(shieldQuotes(whole.analysis.question));
  if (sentences.length < 3) return null;
  const first = sentences[0]!;
  const last = sentences[sentences.length - 1]!;
  if (!asksOrRequests(first) || !asksOrRequests(last) || sentences.slice(1, -1).some(asksOrRequests)) return null;
  const reading = read(first);
  const { fresh } = reading;
  if (fresh.kind !== 'answer' || fresh.id === decision.id || fresh.confidence <= decision.confidence || !namesVocabulary(reading.s.analysis)) return null;
  // Read last, as most messages fail on the first question already (a reading costs as much as an ask).
  return read(last).s.analysis.own.length === 0 ? reading : null;
}

/**
 * A word as the question has it, its long-vowel marks at the end included: a term is matched without them (ルーター is found
 * as ルータ), and the reply names the thing as the clerk typed it.
 */
function withLongVowel(question: string, typed: string): string {
  const at = question.indexOf(typed);
  if (at < 0) return typed;
  let end = at + typed.length;
  while (end < question.length && /[ーｰ－]/.test(question[end]!)) end++;
  return question.slice(at, end);
}
