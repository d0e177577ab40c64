/**
 * The question part of a long message. Clerks often write several sentences of background before the
 * question (「お世話になっております。来月から使う予定です。…証明書が入っているかわかりません。どう確認すれば
 * いいでしょうか。」); the background's words are unknown to the knowledge base and weigh the whole message
 * down to a fallback, or draw other articles into a question back (「居宅介護支援事業所の者です」 drew the
 * certificate-per-office article beside the licence). The engine then asks the message's last sentences on
 * their own (long-message.ts says when).
 *
 * A clause that says steps are done, then turns to the question (「ダウンロードと証明書は終わったのですが、利用申請の
 * やり方は？」), is background too: its words name the steps behind the clerk, and drew their articles (the
 * download guide, at p 0.72) over the one asked about; so is a sentence before the question that says a step
 * is done (「利用申請は先月完了しました。」 fired application-status's rule on 利用申請 and 完了). The engine asks the
 * message without them as well.
 */

/** Tunable numbers of the question part (documented here, their one place). */
export const QUESTION_PART = {
  /** Least sentences (greetings and closings not counted) for a message to have background at all. */
  minSentences: 3,
  /** Sentences kept from the end: the question and the one before it, which usually names its subject. */
  keep: 2,
  /** Longest sentence that can be a mere greeting or closing. */
  maxFormulaLength: 24,
  /**
   * Least probability of the answer to a long message's last sentence read alone (long-message.ts):
   * without the sentence before it, a question often lacks its subject (「どのように手続きすればよいかご教示
   * いただけますでしょうか。」 read alone was kj-id at 0.55). On two helper-written probe sets, such answers at 0.57
   * and 0.81 were wrong, those at 0.87–1.00 right.
   */
  lastSentenceLeast: 0.85,
  /** Least characters left of a sentence without the circumstance before its question (`askedAfterAside`) to be read alone. */
  minAsideRest: 6,
  /**
   * Longest guess put after a question (several-questions.ts `readFirstBeforeGuess`: 「…どこでやるの？KJのIDでログインする
   * サイト？」), its ending taken off: a longer sentence says more than a guess.
   */
  maxGuessLength: 24,
};

/** Where a sentence ends, as typed. */
export const SENTENCE_END = /[。．！？!?\n]+/;

/**
 * Greetings and closings of a business message: they carry no question (「お手数ですがご教示ください」「何卒よろしくお願い申し
 * 上げます」), nor do a letter's opening and closing words (「拝啓」「敬具」).
 */
const FORMULA = /^(いつも|大変|何卒|なにとぞ|どうぞ|どうか|引き続き|今後とも)?(お世話にな|お疲れ様|お疲れさま|おつかれさま|よろしくお願い|宜しくお願い|よろしくおねがい|お手数|ご教示|ご回答|ご確認の|恐れ入り|恐縮|失礼いたします|失礼します|拝啓|謹啓|前略|敬具|謹白|草々|取り急ぎ)/;

/** A mere greeting or closing (a short sentence that opens with one). */
const isFormula = (sentence: string) => sentence.length <= QUESTION_PART.maxFormulaLength && FORMULA.test(sentence);

/**
 * The message's last sentences (greetings and closings left out), when the message has background before
 * them or a greeting or closing beside them (「お疲れ様です。費用についてお伺いしたく存じます。」: its words are no subject);
 * null for a message of one or two sentences that says nothing else.
 */
export function questionPart(message: string): string | null {
  const sentences = splitSentences(message);
  const saying = sentences.filter((s) => !isFormula(s));
  if (saying.length === 0 || (saying.length < QUESTION_PART.minSentences && saying.length === sentences.length)) return null;
  const kept = saying.slice(-QUESTION_PART.keep);
  const referent = referentBefore(saying, kept.length);
  return (referent === null ? kept : [referent, saying.at(-1)!]).join('。') + '。';
}

/** A word pointed at by この or その (「このパスワードの再発行手順は」: パスワード), in katakana or in kanji. */
const POINTED_WORD = /(?:この|その)([ァ-ヶー]{2,}|[一-龯々]{2,})/;

/**
 * The sentence that names what the last one points at, when the sentences kept before it do not (「…証明書発行用パスワードを
 * 求められるのですが、…。OSはWindows11、ブラウザはEdgeです。このパスワードの再発行手順はどこに載っていますか。」): the
 * question is about that sentence's thing, and the one kept between only tells the setting. Null when the kept sentences
 * name it, or nothing earlier does.
 */
function referentBefore(saying: readonly string[], kept: number): string | null {
  const word = POINTED_WORD.exec(saying.at(-1)!)?.[1];
  if (word === undefined || saying.slice(-kept, -1).some((s) => s.includes(word))) return null;
  return saying.slice(0, -kept).findLast((s) => s.includes(word)) ?? null;
}

/** A line that only separates a mail's signature from its text (「――――」「-----」「＝＝＝」「******」). */
const SIGNATURE_LINE = /\n[ \t\u3000]*[-‐‑‒–—―−─━=＝_＿*＊~〜・]{3,}[ \t\u3000]*(?:\n|$)/;

/** What a signature holds and a pasted screen message does not: a phone or fax number, a mail address, a postcode, a notice. */
const SIGNED = /tel|fax|ｔｅｌ|ＴＥＬ|電話|〒|@|＠|mail|メール|住所|※/i;

/**
 * A pasted mail without its signature and what follows it (the name, the office, a phone number, a disclaimer: 「――――\n
 * 社会福祉法人〇〇会 …\nTEL …\n※本メールは機密情報を…」), or null when no line sets one apart after some text, or what
 * follows the line holds nothing a signature does (a screen's message pasted between lines stays).
 */
export function withoutSignature(message: string): string | null {
  const m = SIGNATURE_LINE.exec(message);
  if (m === null || !SIGNED.test(message.slice(m.index + m[0].length))) return null;
  const before = message.slice(0, m.index).trim();
  return before.length > 0 ? before : null;
}

/** A message's sentences without their end marks. */
function splitSentences(message: string): string[] {
  return message
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A message's sentences without their end marks, greetings and closings left out. */
function sayingSentences(message: string): string[] {
  return splitSentences(message).filter((s) => !isFormula(s));
}

/**
 * A clause that says what the clerk wants to do (「…を取りたいんですが」「…を申請したいと思って」, and the formal 「…申請を行いたく
 * 存じますが」「…いたしたく」): the goal the question after it serves, never background to drop.
 */
export const WISH = /たい(?:ん|の|と|です|けど|けれど|が|、|，|,|。|\s|$)|たく(?:存じ|思|、|，|,|\s|$)/;
/** A clause that tells the clerk's circumstance and gives way to what is asked (「火曜日しか出勤してないパートなんですが、」). */
const ASIDE_CLAUSE = /^[^、，,]*?(?:なんですが|なんですけど|なんだけど|なんやけど|なんですけども|のですが|んですが|んですけど|んだけど|んやけど)[、，,]\s*/;

/**
 * The first sentence that asks, without a clause before it that only tells the clerk's circumstance (「火曜日しか出勤して
 * ないパートなんですが、アプリに入るときの個人ユーザIDってどこで見られますか。前回書いたメモをなくしちゃって」 → 「アプリに入る
 * ときの個人ユーザIDってどこで見られますか」): its words (火曜日, 出勤, パート) are the clerk's, not the question's. Null when no
 * sentence asks so.
 */
export function askedAfterAside(message: string): string | null {
  for (const sentence of message.split(SENTENCE_END)) {
    const m = ASIDE_CLAUSE.exec(sentence.trim());
    // Not a clause that says what the clerk wants (「ねんきんネットに登録したいのですが、」): that goal is what is asked about.
    if (m === null || !asks(sentence) || WISH.test(m[0])) continue;
    const rest = sentence.trim().slice(m[0].length);
    return rest.length >= QUESTION_PART.minAsideRest ? rest : null;
  }
  return null;
}

/**
 * Each sentence before the message's last (greetings and closings left out), nearest first, joined with that last
 * one: where a last sentence names nothing itself (「どうしたらよいでしょうか。」), the one its subject is in may be any of
 * them (「…エラーメッセージが出て先に進めません。パソコンは今年買い替えたばかりです。どうしたらよいでしょうか。」). Empty for a
 * message of fewer than QUESTION_PART.minSentences sentences besides greetings and closings.
 */
export function pairsWithLast(message: string): string[] {
  const sentences = sayingSentences(message);
  if (sentences.length < QUESTION_PART.minSentences) return [];
  const last = sentences.at(-1)!;
  return sentences.slice(0, -1).reverse().map((s) => `${s}。${last}。`);
}

/** Sentences with the mark that ends each (。！？ or a line break). */
const SENTENCE = /[^。．！？!?\n]+[。．！？!?\n]*/g;

/** Clauses with the mark that ends each (、。！？ or a line break). */
const CLAUSE = /[^、，,。．！？!?\n]+[、，,。．！？!?\n]*/g;

/** A polite question's end followed by a space and more words: where a message typed by voice input ends a sentence. */
const SPOKEN_QUESTION_END = /((?:です|ます|でしょう|ません)か)[ \u3000]+(?=\S)/g;

/**
 * The message with a question mark where a polite question ends before a space and more words (「…いくつあるんですか えーと…」):
 * voice input types no marks, and the space is all that is left of the pause that ended the question.
 */
export function markSpokenQuestionEnds(message: string): string {
  return message.includes(' ') || message.includes('\u3000') ? message.replace(SPOKEN_QUESTION_END, '$1？') : message;
}

/** The polite past (「入れまし(た)」), not its condition (「入れましたら」). */
const POLITE_PAST = 'まし(?!たら)';
/** Steps done one after another, said as such (「順番にやってきて」「一通りに進めてきた」), as a pattern source: its ending follows. */
export const IN_ORDER = '(?:順番|じゅんばん|順|一通り|ひととおり)に(?:やって|進めて|すすめて)';
/**
 * Says a step is done (「終わった」「済んでいる」「完了しました」「できました」「入れました」), or a thing found (「見つかった」)…
 * Wider than next-steps.ts DONE, which must also exclude 「終わって」 (a step that broke off, asked to be mended, is not the
 * one before). Done to the end is done (「ダウンロードも証明書も申請もしまいまでやったんやけど」). A past form with ら is a
 * condition (polite 「入れましたら」 too), what was done when the trouble came (「パスワード入れたら期限切れって出るんやけど」): the
 * trouble, not a step done.
 */
const DONE_STATE = new RegExp(`(終わっ|終わり${POLITE_PAST}|おわっ|おわり${POLITE_PAST}|終え|済ん(?!だら)|済み|済ま|すんで|すんだ(?!ら)|すみ${POLITE_PAST}|完了|できて|できた(?!ら)|でき${POLITE_PAST}|出来て|出来た(?!ら)|出来${POLITE_PAST}|入れ${POLITE_PAST}|入れてあ|入れた(?!ら)|インストールし${POLITE_PAST}|インストールした(?!ら)|ダウンロードし${POLITE_PAST}|ダウンロードした(?!ら)|見つかっ|見つかり${POLITE_PAST}|みつかっ|見つけ|みつけ|${IN_ORDER}(?:き|来)|(?:おしまい|しまい|最後|さいご|全部|ぜんぶ|一通り|ひととおり)まで(?:やっ|やり${POLITE_PAST}|済ませ|すませ|いっ|行っ|いき${POLITE_PAST}|行き${POLITE_PAST}))`);
/**
 * Wonders whether a step is done (「済んでいるのか」「完了しているかどうか」「できてるか不安」; 東北's voiced 「済んでるがどうが」), or whether
 * it really holds (「今のパソコンに本当に入っているのか」, after 「前任者が証明書を入れたと聞いている」: the step said done is the subject).
 */
const DOUBTS_DONE = new RegExp(
  `(?:${DONE_STATE.source}|(?:本当に|ほんとうに|ほんとに|ちゃんと|きちんと))[^、，,。．！？!?]{0,6}?(?:のか|かどうか|[かが]どうが|か\\s*(?:不安|心配|分か|わか))`,
);
/** …not that it is not (「できていないのですが」). */
const NEGATED = /(ない|ません|なかった|なくて|ず[、，,]|てない)/;
/**
 * Words that turn to another topic before saying which (「それとは別に」「別件で」「別のことなんやけど」「話変わるけど」
 * 「ところで」): the conversation reads the message on its own (conversation.ts), and smalltalk lets them stand before
 * a trouble that names nothing (smalltalk.ts). Normalised, without spaces.
 */
export const NEW_TOPIC = /(?:(?:それ|さっきの|さっき|先ほどの|先程の|前の)(?:話|件)?とは(?:別に|別で|べつに|べつで|違って|ちがって)|別件で|別件ですが|別件なんですが|(?:別の|べつの|ほかの|他の)(?:こと|件|話)(?:なん)?(?:で|やけど|ですけど|ですが|だけど|ですけども)?|(?:話|はなし)(?:は)?(?:変わる|かわる|変わります|かわります)(?:けど|んですけど|が)|ところで)/;
/** Thanks or an understanding said before turning to another topic (「ありがとう、ところで…」「了解です。あと、別件で…」). */
/** Thanks, a nod or relief said before what a message goes on to, as a pattern source (「ありがとう」「了解です」「おおきに」「よかった」). */
export const THANKS_WORDS = '(?:ありがとう(?:ございます|ございました)?|ありがと|おおきに|どうも|了解(?:です|しました)?|わかりました|分かりました|なるほど|よかった|良かった|助かりました|助かった)';
const THANKS_FIRST = new RegExp(`${THANKS_WORDS}[、，,!！。.\\s]*`);
/**
 * What a message says after opening on a turn to another topic (「ありがとう、ところで、うち居宅と包括が…」 → 「うち居宅と包括が…」),
 * or null without one, or with nothing after it: thanks and the turn name no subject, yet they drew the last answer's
 * article (who-can-use at 0.64, where the question alone is asked back with the same-office-number article beside it).
 */
export function afterTopicTurn(message: string): string | null {
  const turn = OPENS_ON_NEW_TOPIC.exec(message.trim());
  const rest = turn === null ? '' : message.trim().slice(turn[0].length).replace(/^[、，,。．！!\s]+/, '');
  return rest.length > 1 ? rest : null;
}

/** A message that opens on a turn to another topic (「それとは別に、…」「話変わるけど、…」「あと、ところで…」「ありがとう、ところで…」). */
export const OPENS_ON_NEW_TOPIC = new RegExp(`^(?:${THANKS_FIRST.source})*(?:あと|それと)?\\s*${NEW_TOPIC.source}`);
/**
 * …and turns to what the message asks (「…のですが、」「…けど、」「…のに、」「…済んだし、」), or gives it as the reason for
 * the question (「…終わったから、」「…済んだので、」, 北海道の「…終わったっけ、」).
 */
const TURNS = /(が|けど|けんど|けれど|けれども|だども|だげど|ばってん|のに|し|から|ので|んで|っけ)\s*[、，,]\s*$/;
/**
 * The dialects' けど after a step said done: 東北 だども・だげど, 関西 けんど, 九州 ばってん, 中国 じゃけど (as typed, before evening).
 */
const DIALECT_BUT = '(?:ん)?だども|(?:ん)?だげど|(?:ん)?だけんど|(?:ん)?やけんど|けんど|ばってん|(?:ん)?じゃけど|(?:ん)?じゃけえ';
/**
 * A step said done (or a thing said found) and のに or けど with no mark after it (「できたのに証明書が…」「KJのIDは見つかったんだけど
 * 証明書発行用パスワードが…」), for `withoutStepsDone` to mark as a turn.
 */
const DONE_BUT = new RegExp(`((?:(?:終わっ|おわっ|でき|出来|入れ|インストールし|見つかっ|みつかっ|見つけ|みつけ)た|(?:済ん|すん)だ)(?:のに|んだけど|んやけど|んですけど|のですが|んですが|けど|${DIALECT_BUT}))(?=[^、，,。．！？!?\n])`, 'g');
/**
 * A space after a sentence's last word and before the next word, typed where a mark would end the sentence (on a phone, a
 * space is quicker than 。): 「終わった 次の…」. Not between key words (「利用申請　完了　確認方法」): those end on no verb.
 */
const SPACE_FOR_MARK = /(?<=(?:た|だ|ます|です|ない))[ \u3000]+(?=[\u3041-\u30ff\u3005\u4e00-\u9fff])/g;
/**
 * What must be done, said (「やらないといけない」「変えなきゃだめ」「更新せなあかん」, evened): the condition (MUST_IF) and the word
 * that it must be met (MUST_SO), as pattern sources.
 */
export const MUST_IF = '(?:ないと|なきゃ|なければ|なくては|なくちゃ|んと)';
export const MUST_SO = '(?:いけない|いけません|いかん|いけん|ならない|なりません|だめ|ダメ|駄目|あかん)';
/** Asks where or whom to call or ask (「どこに電話すれば」「誰に聞けば」). */
export const ASKS_WHOM = /(?:どこ|何処|誰|だれ)(?:に|へ|で)?(?:電話|でんわ|連絡|れんらく|問い合わせ|問合せ|といあわせ|聞け|聞い|聞く|きけ|きい|きく|相談|そうだん)/;
/** A sentence that is itself a question: a question mark, or か at its end (「…ありますか。」). */
const IS_QUESTION = /[？?]|か[。．!！\n]*$/;
/**
 * A sentence that asks something, or wonders (「完了したのか不安です」「済んでいるかどうか分かりません」): it is
 * never background, whatever it says is done.
 */
// Not 「どうも」: thanks (「…使います、どうも」), or 「どうもうまくいかない」, which says, not asks; nor 「いつも」 (always). 「かな」 wonders
// where a clause ends (「これでいいのかな」), not inside words (「なんとかなりそう」「静かな」).
const ASKS = new RegExp(`${IS_QUESTION.source}|どう(?!も)|どこ|何|なに|いつ(?!も)|なぜ|誰|だれ|のか|かな(?=[ぁあー〜…、，,。．！？!?\\s]|$)|か(不安|心配|分か|わか)`);

/**
 * A question word that only concedes (「何度入れ直しても同じです」「どこを押してもエラー」「何回もやった」「何故か動かない」): the
 * sentence says what the clerk tried, and asks nothing by it.
 */
const CONCEDES = /(?:何|なん|どう|どこ|いつ|誰|だれ)[^、，,。．？?！!\s]{0,10}?(?:ても|でも)|何度も|何回も|何度か|何回か|何故か|なぜか/g;

/** Whether a sentence asks (ASKS), its concessions aside (CONCEDES). */
function asks(text: string): boolean {
  return ASKS.test(text.replace(CONCEDES, ''));
}

/** A sentence that asks to be told (「知りたいです」「教えてください」): not an intention (「送りたいと思っています」). */
const ASKS_TO_BE_TOLD = /(ください|下さい|教えて|知りたい|頂けますか|いただけますか|いただきたい|もらえますか|もらえませんか)/;

/** Whether a text asks to be told something (「…教えてください」「知りたいです」). */
export function asksToBeTold(text: string): boolean {
  return ASKS_TO_BE_TOLD.test(text);
}

/** A sentence that asks for something — to be told, or what the clerk wants (「…したいと思っています」): a question too. */
const REQUESTS = new RegExp(`${ASKS_TO_BE_TOLD.source}|(たいです|たいので|たいんです|たいんだけど|たいけど|たいと思|ほしい|欲しい|いただけ)`);

/** What else asks: the words ASKS leaves to the sentence around them, and a casual question's ending (「毎年いるの」). */
const ASKS_TOO = /いくら|いくつ|どれ|どの|ですか|ますか|(?:の|かな|っけ)[。．！!…\s]*$/;

/**
 * 「そうですか」 said as an acknowledgement, followed by more of one (「そうですかわかりましたありがとうございます」): it asks nothing,
 * though it ends on ですか.
 */
const ACKNOWLEDGED = /(?:そうですか|そうなんですか|そうでしたか|そっか|そうか)[、,。．！!\s]*(?=わかり|分かり|了解|ありが|なるほど|承知)/g;

/** Whether a text asks something or asks for something (「…ですか」「どこで…」「いくら」「知りたい」「…してほしい」). */
export function asksOrRequests(text: string): boolean {
  const said = text.replace(ACKNOWLEDGED, '');
  return asks(said) || ASKS_TOO.test(said) || REQUESTS.test(said);
}

/** Says a step is done: not a step not done, nor one the clerk wants done (「利用申請だけ済ませておきたいんだけど、」). */
const saysDone = (text: string) => DONE_STATE.test(text) && !NEGATED.test(text) && !WISH.test(text);

/**
 * A sentence left open on a reason (「…誰もわからなくて。」「…急いでいるので。」): it says why, it does not ask, even
 * with a question word inside it (「やったかどうか」).
 */
const ENDS_ON_REASON = /(て|で|ので|から|ため)[。．!！…\n]*$/;

/**
 * The message without what says a step is done before the question (see the module comment): a sentence
 * that says so and asks nothing (「利用申請は先月完了しました。」; never the last one), and a clause that says so
 * and turns to the question (「…終わったのですが、」). Null when it has none, or nothing else.
 */
export function withoutStepsDone(message: string): string | null {
  // Nearly every ask says no step is done: it is not split at all.
  if (!DONE_STATE.test(message)) return null;
  // A step done, then のに or けど and the trouble with no mark between (「ダウンロードはできたのに証明所エラーって出る」): a turn all the same.
  // A space after a sentence's last word, typed in place of a mark (「…インストールは終わった 次のログインはどうする」), ends it.
  const sentences = message.replace(DONE_BUT, '$1、').replace(SPACE_FOR_MARK, '。').match(SENTENCE) ?? [];
  let dropped = false;
  let doubted = false;
  const kept: string[] = [];
  sentences.forEach((sentence, i) => {
    const clauses = sentence.match(CLAUSE) ?? [];
    // A sentence that turns (「…終わったのですが、利用申請がまだです。」) keeps what follows the turn.
    // Not the last sentence, unless one before it asks (「cから始まるIDってどこに書いてあるんですか。利用申請はもう済んでいます。」).
    const notLast = i < sentences.length - 1 || sentences.slice(0, i).some((x) => asks(x));
    // A sentence that asks for something is the question, whatever it says is done (「申請済みか知りたいです。」).
    if (!clauses.some((c) => TURNS.test(c)) && notLast && saysDone(sentence) && !asks(sentence) && !ASKS_TO_BE_TOLD.test(sentence)) {
      dropped = true;
      return;
    }
    const rest = clauses.filter((c) => !(TURNS.test(c) && saysDone(c)));
    if (rest.length < clauses.length) dropped = true;
    // A clause that wonders whether it is done (「本当に手続きが済んでいるのか分からなくなって」「申請ちゃんと終わったか不安なんやけど、」)
    // doubts the step said done, turned to the question or not: that step is the message's subject.
    if (clauses.some((c) => DOUBTS_DONE.test(c))) doubted = true;
    kept.push(rest.join(''));
  });
  if (doubted) return null;
  const rest = kept.join('').trim();
  // What is left opens by pointing back at what was dropped (「…完了しております。」って出てるけど、これで終わりってこと？):
  // the step said done is its subject, so the message stays whole.
  // Nor when it asks for what follows (「次の手順をご教示ください」): the step said done is what it follows.
  return dropped && rest.length > 0 && !POINTS_BACK_FIRST.test(rest) && !ASKS_FOR_NEXT.test(rest) ? rest : null;
}

/** The message's sentences, each with its end mark, greetings and closings left out. */
export function sentencesOf(message: string): string[] {
  return (message.match(SENTENCE) ?? []).map((x) => x.trim()).filter((x) => x.length > 0 && !isFormula(x.replace(SENTENCE_END, '')));
}

/** The demonstratives that point back at what was said before (「それ」「そこで」「この画面」), as a pattern source. */
export const DEMONSTRATIVES = 'それ|そこ|その|そっち|そちら|これ|この|こちら|あれ';
/** A text that points back at what was named before it (「そこでやるの？」「それも要る？」「それって有料？」; あそこ holds そこ). */
export const POINTS_BACK = new RegExp(DEMONSTRATIVES);
/** The dialects' そんな and こんな (東北 そったな, 西日本 そげな・そがいな, 九州 そぎゃんな, 新潟 そんげな), pointing back as they do. */
export const DIALECT_DEMONSTRATIVES = 'そったな|そげな|そがいな|そぎゃんな|そんげな|こったな|こげな|こがいな|こぎゃんな|こんげな';
/**
 * Words that point back to something named earlier (「この証明書でも」「これの対象に」「こういう場合は」「上記の件」, and
 * 「別に申し込みフォームがあるんですか」: besides it); not the
 * conjunctions and words built on them (これから, それで, それぞれ, その後, そのほか).
 */
const REFERS_BACK_SOURCE = `(別に|別途|この(?!システム|連携|サイト|度|たび|間|前|頃|ごろ|先|ところ|春|夏|秋|冬|後|あと)|これ(?!から|まで)|その(?!後|あと|ほか|他)|それ(?!から|で|と|に|ぞれ|まで)|こういう|そういう|こんな|そんな|${DIALECT_DEMONSTRATIVES}|上記|前記)`;
const REFERS_BACK = new RegExp(REFERS_BACK_SOURCE);
/** A message part that opens on a word pointing back (「これで」「その画面」): REFERS_BACK at its start. */
const POINTS_BACK_FIRST = new RegExp(`^${REFERS_BACK_SOURCE}`);

/**
 * The question part (`questionPart`) when it can be read without what comes before it: no earlier sentence
 * asks anything (a question written first, its background after, is not at the end), and the last sentence
 * points back to nothing (「この証明書でもいけますか」 needs the sentence that names the certificate); else null.
 */
export function selfContainedPart(message: string): string | null {
  const part = questionPart(message);
  if (part === null || standaloneQuestion(message) === null) return null;
  // Nor when the part's first sentence points back before it: 「…証明書発行用のパスワードを求められました。KJのパスワードを入れても
  // 通らないのですが、こちらは別のものなのでしょうか。忘れてしまった場合の…」 asks of the password the sentence before names.
  const first = sentencesOf(part)[0] ?? '';
  return REFERS_BACK.test(first) || POINTED_TOPIC.test(first) ? null : part;
}

/** 「こちらは」「そちらも」: a thing named before, made the topic (not 「こちらで」, the clerk's side). */
const POINTED_TOPIC = /(?:こちら|そちら|こっち|そっち)(?:は|も|って|の方は|のほうは)/;

/**
 * The message's last sentence (`lastSentence`) when it is the question and can be read alone: it asks,
 * wonders or requests (not an aside: 「…法人で1つあればいいんですか。ちなみにKJのIDはどちらも別々に持っています。」),
 * and no sentence before the last two asks anything. Null otherwise.
 */
export function standaloneQuestion(message: string): string | null {
  const last = lastSentence(message);
  if (last === null || !(asks(last) || REQUESTS.test(last))) return null;
  return sentencesOf(message).slice(0, -QUESTION_PART.keep).some((x) => IS_QUESTION.test(x)) ? null : last;
}

/**
 * The message's last sentence alone (greetings and closings left out), when background comes before it and
 * it neither points back to anything before it nor opens on an alternative to it; else null. The sentence before
 * the question usually names its subject (what `questionPart` keeps), but not when it is more background
 * (「最近は送受信にも慣れて、転記の手間がだいぶ減りました。ところで、ライセンスって毎年なにか更新の手続きが…」).
 */
export function lastSentence(message: string): string | null {
  const sentences = sentencesOf(message);
  const last = sentences.at(-1);
  return sentences.length >= 2 && last !== undefined && !REFERS_BACK.test(last) && !OPENS_ON_ALTERNATIVE.test(last) && !ASKS_FOR_NEXT.test(last) ? last : null;
}

/**
 * A question for what follows (「次の手順をご教示ください」「続いて何を確認すれば」): it follows what the sentences before
 * it say is done, and points back at it as surely as 「その」 does.
 */
const ASKS_FOR_NEXT = /(?:次|つぎ)(?:の(?:手順|ステップ|すてっぷ|作業|段階)|(?:は|に)(?:何|なに|どう)|は?[?？。\s]*$)|(?:続いて|つづいて|引き続き|ひきつづき)(?:は)?(?:何|なに|どう)/;

/**
 * A sentence that opens on an alternative (「それとも利用状況WEBサイトですか？」): the other half of the question before it
 * (「電子請求受付システムのほうで変えるんですか？」), which says what the choice is about.
 */
const OPENS_ON_ALTERNATIVE = /^(?:それとも|または|もしくは|あるいは)/;

/** A sentence that ends on asking to be told (「…電話番号おしえて」「…教えてください」): a request, though it ends on て. */
const TOLD_AT_END = /(?:教えて|おしえて)(?:ほしい|欲しい|ください|下さい|くれ|ちょうだい)?[。．！!…\s]*$/;

/**
 * The message up to its question, when sentences that only say why follow it: its last sentence that asks
 * or wonders (not one left open on a reason) is a question (a question mark, or か at its end) or asks to be
 * told (「申請済みか知りたいです。前の担当者がやったかどうか誰もわからなくて。」) and is not its last sentence. Written first
 * (「アプリは事業所に1台しか入れられないんでしょうか？ サテライト事業所で…送受信できるようにしたいと思っています。」), it
 * must point back to nothing; written in the middle, what it points back to is kept
 * (「事業所が2つあります。証明書はそれぞれで取るんですか…。ちなみにKJのIDはどちらも別々に持っています。」). Else null.
 */
export function withoutAfterthought(message: string): string | null {
  const sentences = sentencesOf(message);
  let asking = -1;
  for (let i = sentences.length - 1; i >= 0 && asking < 0; i--) {
    const sentence = sentences[i]!;
    if (((asks(sentence) || ASKS_TO_BE_TOLD.test(sentence)) && !ENDS_ON_REASON.test(sentence)) || TOLD_AT_END.test(sentence)) asking = i;
  }
  if (asking < 0 || asking === sentences.length - 1) return null;
  const asked = sentences[asking]!;
  if (!IS_QUESTION.test(asked) && !ASKS_TO_BE_TOLD.test(asked)) return null;
  if (asking === 0 && REFERS_BACK.test(sentences[0]!)) return null;
  return sentences.slice(0, asking + 1).join('');
}

/**
 * The message cut into clauses, each with the mark that ends it (、。！？, a line break, a space between Japanese words,
 * or a condition's たら) and whether it asks or wonders: joined, the clauses are the message. A clause asks when its
 * sentence does and it is the sentence's last or asks itself: what leads up to a question (「ネットバンキングではいつも
 * Chromeを使ってますが、」) does not ask.
 */
export function clausesOf(message: string): { text: string; asks: boolean }[] {
  return (message.match(SENTENCE) ?? []).flatMap((sentence) => {
    const sentenceAsks = asks(sentence);
    const clauses = (sentence.match(CLAUSE) ?? []).flatMap((clause) => clause.split(AFTER_CONDITION)).flatMap((clause) => clause.split(AFTER_SPACE));
    return clauses.map((text, i) => ({ text, asks: sentenceAsks && (i === clauses.length - 1 || asks(text)) }));
  });
}

/**
 * A comparison with something else (「e-Taxみたいに」「介護ソフトの保守契約のように」「国保連への請求で使っているIDと同じものですか」,
 * 「KJのパスワードとは別もん」), with the words before it back to a mark.
 */
const COMPARISON = /[^、，,。．！？!?\n]*?(?:みたいに|みたいな(?![んのも])|のように|のような(?![んのも])|と違って|とちがって|とは違|とはちが|とは別|とはべつ|と同じく|と同じで|とおなじで|とおんなじで|(?:と同じ|とおなじ|とおんなじ|と一緒|といっしょ)(?=もの|です|でしょ|なの|か|[？?]|$))[、，,]?/g;

/** The message without the comparisons `drops` picks, or null when it drops none or nothing is left. */
function dropComparisons(message: string, drops: (comparison: string) => boolean): string | null {
  let dropped = false;
  const rest = message.replace(COMPARISON, (comparison) => {
    if (!drops(comparison)) return comparison;
    dropped = true;
    return '';
  });
  return dropped && rest.trim().length > 0 ? rest : null;
}

/**
 * The message without the comparisons that name one of `typed` (「e-Taxみたいに無料ではないですよね？ケアプラン連携の
 * ライセンス料金と…」 → 「無料ではないですよね？ケアプラン連携のライセンス料金と…」), or null when it makes none.
 * `written`: how a comparison is written to be compared with `typed` (the analysis's normalisation).
 */
export function withoutComparisonsNaming(message: string, typed: readonly string[], written: (text: string) => string = (t) => t): string | null {
  return dropComparisons(message, (comparison) => typed.some((t) => written(comparison).includes(t)));
}

/**
 * The message without any comparison (「KJのパスワードとは別もんなんですよね？再発行ってできますか」 → 「もんなんですよね？再発行って
 * できますか」): what it is compared with is not what it asks about. Null when it makes none.
 */
export function withoutComparisons(message: string): string | null {
  return dropComparisons(message, () => true);
}

/** A space typed between two Japanese words in place of a mark (「正明書エラー出てもうた 新しいPCに…」): the space stays with the clause before. */
const AFTER_SPACE = /(?<=[^\x00-\x7f][ \u3000]+)(?=[^\x00-\x7f \u3000])/;

/**
 * Where a condition or a reason ends a clause with no mark after it (「証明書を入れ直そうとしたら|発行用のパスワードを聞かれました」,
 * 「新しいPCに変えたので|アプリをもう一回落としたいです」).
 */
const AFTER_CONDITION = /(?<=たら|[たいだ]ので)(?=[^、，,。．！？!?\n])/;

/** A denial that a correction turns on (「忘れたんやなくて」「KJのIDではなく、」, 東北 「でねくて」, 中国 「じゃのうて」). */
const DENIAL = /(じゃなくて|じゃなく|ではなくて|ではなく|やなくて|やなく|(?:でね|でな|じゃね)(?:く|ぐ)て(?!も)|(?:じゃ|や)のうて)[、，,\s]*/;

/**
 * A sentence that takes back what the clerk first thought they did or were (「あ、うちは代理請求してなかったわ。」「…していません
 * でした。」「うち代理請求じゃなかったです。」): what follows asks from there. Only a sentence said done with, at its end. So does a belief the clerk had, said
 * before what turned out instead (「ブラウザで開いて使うサイトだと思ってたんですけど、」「…かと思っていましたが、」).
 */
const DENIED_PREMISE = /(?:(?:(?:て|で)(?:い)?|じゃ|では|や)(?:なかった|ませんでした|ありませんでした)(?:わ|です|んです|んだ|みたい|みたいです)?[。．！!]+|(?:だと|かと)思って(?:い)?(?:た|ました)(?:ん(?:です|だ|や)?|の)?(?:けど|けれど|けれども|が)[、，,]?)\s*/;

/**
 * What a message that corrects itself says after its denial (「忘れたんやなくて「有効期限が切れています」って出るんやった」
 * → 「「有効期限が切れています」って出るんやった」; 「あ、うちは代理請求してなかったわ。ふつうに証明書入れる手順知りたい」 →
 * 「ふつうに証明書入れる手順知りたい」), or null without one, or with nothing after it.
 */
export function afterDenial(message: string): string | null {
  return afterSaidDenial(message) ?? afterDeniedPremise(message);
}

/**
 * What a message says before the phrase its denial takes back, in so many words (「Excelの日付を和暦じゃなくて西暦で」 →
 * 「Excelの日付を」: the phrase is what follows the last particle or mark), or null without such a denial.
 */
export function beforeDeniedPhrase(message: string): string | null {
  const found = DENIAL.exec(message);
  if (found === null) return null;
  const before = message.slice(0, found.index);
  return before.slice(0, before.length - DENIED_PHRASE.exec(before)![0].length);
}

/** The phrase a denial takes back: the words before it back to a particle, a mark or a space (「和暦」 of 「日付を和暦じゃなくて」). */
const DENIED_PHRASE = /[^をがはにでと、，,。．！？!?\s]*$/;

/** What follows a denial said in so many words (「…やなくて」「…ではなく、」), or null (see `afterDenial`). */
export function afterSaidDenial(message: string): string | null {
  return restAfter(message, DENIAL.exec(message));
}

/**
 * What follows a denial said in the message's first sentence (see `afterSaidDenial`), or null: a correction says so first
 * (「いや、証明書のほう」「忘れたんやなくて…」). One in a later sentence asks about a detail of the message's own topic
 * (「…番号というのは介護事業所番号のことでよいのでしょうか。名前は法人名ではなく事業所の名前でいいですか。」).
 */
export function afterFirstSentenceDenial(message: string): string | null {
  const found = DENIAL.exec(message);
  if (found === null) return null;
  const first = sentencesOf(message)[0];
  return first !== undefined && found.index >= message.indexOf(first) + first.length ? null : restAfter(message, found);
}

/** What follows a sentence that takes back a premise (「…してなかったわ。」), or null (see `afterDenial`). */
export function afterDeniedPremise(message: string): string | null {
  return splitDeniedPremise(message)?.rest ?? null;
}

/**
 * A message that takes back a premise, in two: what it says up to and with that sentence (「あ、うちは代理請求して
 * なかったわ。」), and what follows it (`afterDeniedPremise`); null without one, or with nothing after it.
 */
export function splitDeniedPremise(message: string): { taken: string; rest: string } | null {
  const found = DENIED_PREMISE.exec(message);
  const rest = restAfter(message, found);
  return rest === null ? null : { taken: message.slice(0, found!.index + found![0].length), rest };
}

/** What a message says after `found` (a match in it), trimmed; null without a match or with nothing after it. */
function restAfter(message: string, found: RegExpExecArray | null): string | null {
  if (!found) return null;
  const rest = message.slice(found.index + found[0].length).trim();
  return rest.length > 0 ? rest : null;
}

/** A reply that opens by saying no to the last answer (「いや、」「ちがう、」「違います。」), before what the clerk means. */
const OPENING_DENIAL = /^(?:あ[、，,\s]*)?(?:いや|いえ|いいえ|ちがう|違う|ちがった|違った|ちがいます|違います|ちゃう|ちゃいます|ちゃうかった|まちがえた|間違えた|そうじゃなくて|そうではなくて)(?:んです|くて|ねん|んや|んよ|って)?[、，,。．！!\s]+/;

/**
 * What a reply says after opening on a denial of the last answer (「いや、インストールはできてて、エラーが出るって話なんです」
 * → 「インストールはできてて、エラーが出るって話なんです」), or null without one, or with nothing after it. Only after an
 * answer is it a correction; on its own the opening is a filler.
 */
export function afterOpeningDenial(message: string): string | null {
  const trimmed = message.trim();
  return restAfter(trimmed, OPENING_DENIAL.exec(trimmed));
}

/** A clause that only says when, before its question (「ダウンロードの前に、」「ログインしたあとで、」): cut off by its comma. */
const TIME_FRAME = /^[^。．！？!?\n、，,]{1,24}?(?:の|する|した|を終える|が終わる)(?:前|まえ|後|あと)(?:に|で|は|には)?[、，,]\s*/;

/**
 * What a message says after a clause that only says when (「ダウンロードの前に、うちのPCで動くか確認したい」 →
 * 「うちのPCで動くか確認したい」), or null without one, or with nothing after it.
 */
export function afterTimeFrame(message: string): string | null {
  return restAfter(message, TIME_FRAME.exec(message));
}

/** A short clause of the case, before its question (「使う場合、」「うちなら、」「そのときは、」): cut off by its comma. */
const CASE_FRAME = /^[^。．！？!?\n、，,]{1,12}?(?:場合|ばあい|なら|とき|時)(?:は|には|でも)?[、，,]\s*/;

/**
 * A message's case clause and what it says after it (「使う場合、利用申請はどこでするんですか」 → 「使う場合」 and
 * 「利用申請はどこでするんですか」), or null without one, or with nothing after it. Whether the clause names the subject is
 * the caller's to read: 「KJのパスワードを忘れた場合、」 does.
 */
export function splitCaseFrame(message: string): { clause: string; rest: string } | null {
  const found = CASE_FRAME.exec(message);
  const rest = restAfter(message, found);
  return rest === null ? null : { clause: found![0], rest };
}

/** A question that opens on its own topic (「ライセンス料っていくら？」「電子証明書は…」). */
const OPENS_ON_TOPIC = /^[^、，,]{1,16}?(?:って|とは|は)/;
/** …a way of doing it is none (「パソコンで確かめる方法は？」): what it is done to is named before. */
const OPENS_ON_WAY = /^[^、，,]{0,16}?(?:方法|やり方|やりかた|仕方|しかた|手順)(?:って|とは|は)/;
/**
 * …nor a place where a thing is done (「確認できる場所はありますか」「見られる画面は」): what is done there, to what, is named
 * before (「アプリに「個人ユーザID」…を入れる欄があるのですが、…記憶がありません。」), and the question alone was the licence
 * renewal's at 0.90.
 */
const OPENS_ON_PLACE = /^[^、，,]{0,16}?(?:る|た|れる|せる)(?:場所|ところ|とこ|所|画面|ページ|サイト)(?:って|とは|は)/;

/**
 * The second sentence of a message of two, when it is a question that opens on its own topic, not a way or a place of doing
 * what the first names, and points back to nothing (「ソフト会社に聞いたら対応してるって。ライセンス料っていくら？」 → 「ライセンス料っていくら？」);
 * else null.
 */
export function topicalSecondSentence(message: string): string | null {
  const sentences = sentencesOf(message);
  if (sentences.length !== 2) return null;
  const last = sentences[1]!;
  return OPENS_ON_TOPIC.test(last) && !OPENS_ON_WAY.test(last) && !OPENS_ON_PLACE.test(last) && !REFERS_BACK.test(last) && (asks(last) || REQUESTS.test(last)) ? last : null;
}
