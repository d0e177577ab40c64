/**
 * A message that relays another person's question in quotation marks (「管理者の代理で入力しています。『ダウンロードしたアプリ、
 * どうやって使い始めればいいのか』とのことです」): the quotation is what is asked, the words around it say who asks. Read whole,
 * the framing's words (代理, 入力) blurred it into a question back between the download and the login.
 */

/**
 * A quotation followed by a word that says someone asked or said it (とのこと, と言っています, と聞かれました, という質問), and what
 * ends that sentence (です, ですが…). Not 「…」と表示 (a message on a screen) nor 「…」と聞いています (hearsay the clerk goes on from).
 */
const RELAYED = /[『「]([^』」]{4,})[』」]\s*(?:との(?:こと|事|質問|問い合わせ|相談)|と(?:言って|いって|聞かれ|きかれ|申して|質問され|相談され)|という(?:質問|問い合わせ|相談))[^。．？?！!、，,]{0,12}[。．？?！!…、，,\s]*/;
/** A quotation put as a question (「…どこで申し込むの？」「…どうやって使い始めればいいのか」), not a thing said (「申請は済んでいる」). */
const ASKED = /(?:[？?]|の|か|かな|かね|っけ|んだろう|でしょう|ですか|ますか)$/;

/** Most characters of what may follow the relayed question: a sentence that asks it again in the clerk's words. */
const MAX_AFTER = 60;
/** Another quotation: what follows is not one sentence of the clerk's own. */
const QUOTE_OPENS = /[『「]/;
/** A sentence's end, after which what follows joins the quotation without a mark of its own. */
const SENTENCE_ENDED = /[。．？?！!]$/;

/**
 * The question a message relays (the quotation), with the sentence that follows it when there is one (「…と聞かれています。何か特別な
 * 手続きが必要かどうか教えてください」 asks it again), or null when it relays none.
 */
export function relayedQuestion(message: string): string | null {
  const m = RELAYED.exec(message);
  if (m === null) return null;
  const after = message.slice(m.index + m[0].length).trim();
  if (after.length > MAX_AFTER || QUOTE_OPENS.test(after)) return null;
  const quoted = m[1]!.trim();
  if (!ASKED.test(quoted)) return null;
  return after.length === 0 ? quoted : `${quoted}${SENTENCE_ENDED.test(quoted) ? '' : '。'}${after}`;
}
