/**
 * The question part of a long message. Clerks often write several sentences of background before the
 * question (「お世話になっております。来月から使う予定です。…証明書が入っているかわかりません。どう確認すれば
 * いいでしょうか。」); the background's words are unknown to the knowledge base and weigh the whole message
 * down to a fallback, or draw other articles into a question back (「居宅介護支援事業所の者です」 drew the
 * certificate-per-office article beside the licence). The engine then asks the message's last sentences on
 * their own (engine.ts).
 */

/** Tunable numbers of the question part (documented here, their one place). */
export const QUESTION_PART = {
  /** Least sentences (greetings and closings not counted) for a message to have background at all. */
  minSentences: 3,
  /** Sentences kept from the end: the question and the one before it, which usually names its subject. */
  keep: 2,
  /** Longest sentence that can be a mere greeting or closing. */
  maxFormulaLength: 24,
};

const SENTENCE_END = /[。．！？!?\n]+/;

/** Greetings and closings of a business message: they carry no question (「お手数ですがご教示ください」). */
const FORMULA = /^(いつも|大変)?(お世話にな|お疲れ様|お疲れさま|おつかれさま|よろしくお願い|宜しくお願い|よろしくおねがい|お手数|ご教示|ご回答|ご確認の|恐れ入り|恐縮|失礼いたします|失礼します)/;

/**
 * The message's last sentences (greetings and closings left out), when the message has background before
 * them; null for a message of one or two sentences.
 */
export function questionPart(message: string): string | null {
  const sentences = message
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !(s.length <= QUESTION_PART.maxFormulaLength && FORMULA.test(s)));
  if (sentences.length < QUESTION_PART.minSentences) return null;
  return sentences.slice(-QUESTION_PART.keep).join('。') + '。';
}
