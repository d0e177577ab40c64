/**
 * A follow-up that wraps its question in words about asking (「これってどういう意味？パスワードが間違ってるってこと？」
 * 「ごめん、もう一回言って。どのタブだっけ」「いや、だからこっちで何かやらないといけないのかって聞いてるの」). The wrapper asks
 * nothing of its own: a request to say the last answer again or what it means, put before the question, or 「…って聞いてるの」
 * around it (with 「いや、だから」, which insists and takes nothing back). Read whole, the wrapper's words blur the question
 * (「いや」 reads as a denial of the last answer); the engine asks what it wraps instead. Only after an answer.
 *
 * So does a question put to the last answer that offers its own guesses after it (「それって誰がやるの？うちの事務？それとも
 * 国保連がやってくれるの？」): the guesses are what the clerk thinks the answer may be, not new topics (国保連 drew the KJ ID
 * guide at 0.94); the question alone is asked.
 */
import { AGAIN } from './conversation-cues.ts';
import { HOW_TOLD } from './format-request.ts';
import { SENTENCE_END } from './question-part.ts';

/**
 * A cheap look before the first sentence is read: only these words (REPEAT_ASKED's, conversation-cues.ts) can make it a
 * request to say the last answer again, more simply or what it means.
 */
const MAY_ASK_AGAIN = new RegExp(`${AGAIN}|${HOW_TOLD}|どういう|どうゆう`);
/** An opening that insists on what was asked (「いや、だから」「ですから」), and the question that follows it. */
const INSISTS = /^(?:(?:いや|いえ|いやいや)[、,\s]*)?(?:だから|ですから|だからさ|やから|だで)[、,\s]*/;
/**
 * 「…って聞いてるの」: the question said to be what is asked, and how such a sentence ends (「のかって聞いてるんですけど」
 * 「かどうかを聞いています」).
 */
const ASKED_ABOUT = /(?:のかどうか|かどうか|のか|か)?(?:って|と|を)(?:聞いて|きいて|訊いて|質問して)(?:る|います|ます|ん)(?:の|んだけど|んですけど|んです|んだ|んやけど|のに|んだよ|んですよ|けど)?(?:よ|ね|けど|が)*[。．？?！!\s]*$/;

/** A question put to the last answer, pointed at (「それって」「これは」) and asking who, where, when, what or how. */
const ASKS_OF_LAST = /^(?:それ|これ|あれ|そっち|こっち|そこ)(?:って|は|も)[^。．？?！!\n]*(?:誰|だれ|どなた|どこ|いつ|何|なに|なん|どう|どれ|どっち|どちら)/;
/** Guesses offered as alternatives (「…？それとも…？」). */
const OFFERS_GUESSES = /それとも|もしくは|または/;

/** How the engine reads the first sentence of a follow-up for `restatedQuestion` (one analysis of it). */
export interface SentenceReading {
  /** Whether it asks to be told the last answer again, more simply or what it means, as the conversation reads it. */
  asksAgain: boolean;
  /** Whether it names no word of the vocabulary (a term, or a word only ours). */
  namesNothing: boolean;
}

/** The least a wrapped question must hold to be read alone. */
const LEAST = 4;

/**
 * The question a follow-up wraps, or null when it wraps none: what follows an opening sentence that asks to be told the
 * last answer again, what 「(いや、だから)…って聞いてるの」 puts around it, or a question put to the last answer that names
 * nothing of the vocabulary, before guesses offered as alternatives.
 */
export function restatedQuestion(text: string, readSentence: (sentence: string) => SentenceReading): string | null {
  const trimmed = text.trim();
  const end = SENTENCE_END.exec(trimmed);
  if (end !== null) {
    const first = trimmed.slice(0, end.index);
    const rest = trimmed.slice(end.index + end[0].length).trim();
    const mayAskAgain = rest.length >= LEAST && MAY_ASK_AGAIN.test(first);
    const guesses = ASKS_OF_LAST.test(first) && OFFERS_GUESSES.test(rest);
    // Read only when it may be either, and once.
    const read = mayAskAgain || guesses ? readSentence(first) : null;
    if (mayAskAgain && read!.asksAgain) return rest;
    if (guesses && read!.namesNothing) return `${first}？`;
  }
  const asked = ASKED_ABOUT.exec(trimmed);
  if (asked === null) return null;
  const inner = trimmed.slice(0, asked.index).replace(INSISTS, '').trim();
  return inner.length >= LEAST ? `${inner}？` : null;
}

/** 「その中の」「そのうちの」 opening a follow-up: one of the things the last answer lists. */
const AMONG_LAST = /^(?:じゃあ|ほな|では|で)?[、,\s]*(?:その|この)(?:中|なか|うち)の[、,\s]*(?=\S)/;

/**
 * A follow-up to an answer that lists the steps of a flow, asking about one of them as one of them (「その中のアプリのダウンロード
 * ってどこでするん？」 after the overview): the question without 「その中の」, which pointed at the list and kept the overview,
 * as 「アプリのダウンロードってどこでするん？」 is the download's. Null when it does not open so.
 */
export function askedAmongLast(text: string): string | null {
  const m = AMONG_LAST.exec(text.trim());
  return m === null ? null : text.trim().slice(m[0].length);
}

/** What was shown before, pointed back at first (「前に聞いたやつ、」「さっきの」). */
const SHOWN_BEFORE = '(?:(?:前に|まえに|さっき|先ほど|先程|前回)(?:聞いた|きいた|見た|みた|教えてもらった|出た|でた)?(?:やつ|ヤツ|もの|の)?[、,\\s]*)?';
/** A thing asked to be shown again (「証明書の方をもう一回見せてください」), and what is left of the message: the thing. */
const SHOWN_AGAIN = new RegExp(
  `^${SHOWN_BEFORE}(\\S{2,20}?)(?:を|は|も)?[、,\\s]*(?:もう一回|もう一度|もういっかい|もういちど|もっかい|再度)` +
    '(?:見せ|みせ|表示し|出し|だし)て(?:ください|下さい|くれ|くれる|もらえ(?:ます|る)|ほしい|欲しい)?(?:か|ませんか)?[。．？?！!\\s]*$',
);

/**
 * A follow-up asking for a thing to be shown again (「前に聞いたやつ、証明書の方をもう一回見せてください」): the thing alone
 * (「証明書の方」), as a bare 「Xの方」 is read after an answer; the request's words are unknown to the articles, and the whole fell
 * back. Null when it asks no such thing.
 */
export function shownAgainThing(text: string): string | null {
  return SHOWN_AGAIN.exec(text.trim())?.[1] ?? null;
}
