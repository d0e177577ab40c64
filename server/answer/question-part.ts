/**
 * The question part of a long message. Clerks often write several sentences of background before the
 * question (「お世話になっております。来月から使う予定です。…証明書が入っているかわかりません。どう確認すれば
 * いいでしょうか。」); the background's words are unknown to the knowledge base and weigh the whole message
 * down to a fallback, or draw other articles into a question back (「居宅介護支援事業所の者です」 drew the
 * certificate-per-office article beside the licence). The engine then asks the message's last sentences on
 * their own (engine.ts).
 *
 * A clause that says steps are done, then turns to the question (「ダウンロードと証明書は終わったのですが、利用申請の
 * やり方は？」), is background too: its words name the steps behind the clerk, and drew their articles (the
 * download guide, at p 0.72) over the one asked about. The engine asks the message without it as well.
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

/** Clauses with the mark that ends each (、。！？ or a line break). */
const CLAUSE = /[^、，,。．！？!?\n]+[、，,。．！？!?\n]*/g;
/** Says a step is done (「終わった」「済んでいる」「完了しました」「できました」)… */
const DONE_STATE = /(終わっ|終わり|おわっ|おわり|終え|済ん|済み|済ま|すんで|すんだ|すみまし|完了|できて|できた|できまし|出来て|出来た|出来まし)/;
/** …not that it is not (「できていないのですが」). */
const NEGATED = /(ない|ません|なかった|なくて|ず[、，,]|てない)/;
/** …and turns to what the message asks (「…のですが、」「…けど、」「…のに、」). */
const TURNS = /(が|けど|けれど|けれども|のに)\s*[、，,]\s*$/;

/**
 * The message without its clauses that say a step is done before turning to the question (see the module
 * comment); null when it has none, or nothing else.
 */
export function withoutDoneClauses(message: string): string | null {
  const clauses = message.match(CLAUSE) ?? [];
  const kept = clauses.filter((c) => !(TURNS.test(c) && DONE_STATE.test(c) && !NEGATED.test(c)));
  if (kept.length === clauses.length || kept.length === 0) return null;
  const rest = kept.join('').trim();
  return rest.length > 0 ? rest : null;
}
