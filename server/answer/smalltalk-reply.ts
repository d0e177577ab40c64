/**
 * Whether smalltalk, not an article, is the reply to a message the smalltalk rules matched (smalltalk.ts finds
 * the match; this weighs it against the decision on the rest of the message).
 */
import type { Decision } from './decide.ts';
import type { Scoring } from './engine.ts';
import { ENDS_ASKED } from './conversation-cues.ts';

/** Calling or writing to the helpdesk, said (「ヘルプデスクに電話してみます」「問い合わせてみます」), in the normalised text. */
const CALLS = /へるぷですく|電話|でんわ|問い合わせ|問合せ|といあわせ/;

/**
 * Smalltalk is the reply when the message is nothing else, or when nothing else would be answered, or when the
 * answer would only show the last one again and the rest of the message asks nothing (「ありがとうございます、電話して
 * みます」 after the contact, 「完了って出てました！助かりました」 after the application status); a request
 * for a person (a rule with the contact: 「ヘルプデスクの担当者と話したい」) also wins over an article that
 * only the model found likely — the clerk asked for a person, not for a page. An intent rule or a concept
 * class that decided keeps its article (「KJのパスワードを忘れたので電話したい」): the widget offers the contact; so
 * does the contact article (category contact), which gives the phone, the hours and the form.
 */
export function repliesSmalltalk(s: Scoring, decision: Decision, previous?: string): boolean {
  if (!s.smalltalk || s.analysis.secretOnly) return false;
  // What the clerk did, then that it does not work (「西暦にしたのに動かへん」): after an answer, that answer did not help;
  // read alone, it is a question like any other.
  if (s.smalltalk.afterTry) return previous !== undefined && !s.smalltalk.asks;
  // Not thanks before a question nothing answers (「わかりました。では他の法人の事業所とやる分には問題ない？」): the fallback,
  // which hands it to the helpdesk, is the reply to that question.
  if (s.smalltalk.only) return true;
  // Nor a wish to call beside a question (typed as one: not 「だめでした、入れ直しても同じエラーです」, which tells) of a thing the
  // sources leave out, or another system's (「国保連にも電話したいんだけど、国保連の方は何時まで受けてくれる？」): the hand-over
  // that says so is the reply, not one that offers the helpdesk for the call.
  if (decision.kind === 'fallback' && s.smalltalk.rule.contact && ENDS_ASKED.test(s.analysis.question) && (decision.reason === 'unstated' || decision.reason === 'other-system')) return false;
  if (decision.kind === 'fallback' && (!s.smalltalk.asks || s.smalltalk.rule.contact)) return true;
  // After an answer, thanks that close on a confirmation of it (「DX証明書とればいいんですね。助かりました」 after the
  // proxy certificate) end the turn, whatever article the confirmed words alone would be; so do thanks that say what
  // worked, as a first message too (「ありがとうございました！無事ログインできました」).
  const closes = s.smalltalk.found || (previous !== undefined && s.smalltalk.closes);
  // Thanks beside words that name nothing of ours and ask nothing (「全部おわりました、ありがとう」) close the turn too: the
  // vague question back they would get has nothing to offer.
  const namesNothing = decision.kind === 'clarify' && decision.reason === 'vague' && s.analysis.terms.length === 0;
  // Not one that says the clerk will call the helpdesk (「わかった、ヘルプデスクに電話してみるわ。ありがと」): its contact, the
  // message's own answer, gives the number to call.
  const callsUs = decision.kind === 'answer' && decision.id !== previous && s.contactArticles.has(decision.id) && CALLS.test(s.analysis.normalized.text);
  if (!s.smalltalk.rule.contact) return ((decision.kind === 'answer' && decision.id === previous) || (closes && !callsUs) || namesNothing) && !s.smalltalk.asks;
  // A request for a person wins over a question back or the model's guess; the contact article itself
  // (phone, hours, form) is the better hand-over.
  return decision.kind !== 'answer' || !(decision.reason === 'rule' || decision.reason === 'class' || s.contactArticles.has(decision.id));
}
