/**
 * What a secret in a question stands for, and whether a message is nothing but secrets. An ID still tells
 * the topic (a KJ ID means the office's ID), but its digits must not steer the search; a password's value
 * means nothing at all. A message of IDs and passwords alone (typed in after an answer, as staff do) is
 * answered with the warning only, never with an article.
 */
import { normalize } from '../text/normalize.ts';
import { QUESTION_WORDS } from '../text/slips.ts';
import type { SecretKind, SecretSpan } from '../text/redact.ts';

const STANDS_FOR: Record<SecretKind, string> = {
  'kj-id': ' KJのID ',
  'kj-id-malformed': ' KJのID ',
  'personal-id': ' 個人ユーザID ',
  'office-number': ' 事業所番号 ',
  phone: ' 電話番号 ',
  email: ' メールアドレス ',
  password: ' ',
  'long-number': ' ',
  address: ' 住所 ',
  name: ' ',
};

/**
 * Words that only label a secret, say it was typed (「IDは」「パスワード：」「を入れました」) or ask whether it is
 * right (「これで合ってますか」), normalised, longest first.
 */
const LABELS = [
  'を入れました', 'を入力しました', 'を打ちました', '入れました', '入力しました', 'です。',
  'ぱすわーど', 'ぱすわど', 'password', 'passwd', 'あんしょうばんごう', '暗証番号', 'ゆーざid', 'ゆーざーid', 'ろぐいんid', 'あいでぃ',
  '事業所ゆーざid', '個人ゆーざid', '事業所番号', '電話番号', 'めーるあどれす', 'pass', 'pw', 'id', 'kj', 'ぱす', '番号',
  // Which password it is (「証明書の パスワードは tanaka0401 です。これでいいですか」): the certificate's, for its issue.
  '電子証明書', '証明書', 'しょうめいしょ', '発行用', 'はっこうよう',
  // Asking whether the secret is right (「これで合ってますか」): the bot never checks one, so nothing is asked.
  'あってます', '合ってます', 'おうてる', 'おうてます', 'おうとる', 'あっていますか', 'あってる', 'あっている', '合っていますか',
  '合ってる', '合っている', 'あっとる', '合っとる', 'あっとります', '合っとります', '正しいですか', '正しい', '間違っていませんか', '間違ってない', 'まちがってない', '大丈夫ですか', '大丈夫',
  'でいいですか', 'でいいの', 'でいい', 'いいですか', 'いいの', 'でしょうか', 'ですか', 'これで', 'これ', 'この', 'その', 'よね',
  // …or whether it does what it is for (「KJ0801… これで取れる？」「これでいける？」).
  '取れますか', 'とれますか', '取れる', 'とれる', 'いけますか', 'いける', '使えますか', 'つかえますか', '使える', 'つかえる',
  // Saying it was typed or is believed (「…って打ってるんですけど」「…だと思うんだけど」).
  '打ってる', '打っている', '打ってます', '入れてる', '入れている', '入れてます', '入力してる', '入力している', '入力してます',
  'だと思うんですけど', 'だと思うんだけど', 'だと思います', 'だと思う', 'と思うんですけど', 'と思うんだけど', 'と思います', 'と思う', 'んですけど', 'んだけど', 'けど', 'って', '個人',
  // Pointing at it as a thing (「c0123…ってやつであってる？」), asking whether it lets them in or should be noted down.
  'というやつ', 'やつ', '入れる', 'はいれる', '入れますか', 'めもっとけばいい', 'めもしとけばいい', 'めもしておけばいい', 'めもっとけば', 'めも',
  // Asking the bot to look them up or call back (「KJ0812…です、調べてもらえますか」「折り返し 090-… にお願いします」): it does neither.
  'しらべてもらえますか', '調べてもらえますか', '調べてもらえる', '調べてください', '調べて', '確認してもらえますか', '確認してください',
  '確認してもらえる', '確認して', 'そっち', 'そちら', 'すみません', 'すいません', 'お手数ですが',
  '折り返し', 'おりかえし', 'お願いします', 'おねがいします',
  // Asking the bot to log in with them, or saying they should work (「これでログインしといて」「これで入るはずなのに」).
  'ろぐいんしといて', 'ろぐいんしておいて', 'ろぐいんして', '入っといて', '入っておいて', '入るはずなのに', '入れるはずなのに', 'はいるはずなのに', 'はずなのに',
  // Reporting where it was found (「c0123…って書いてありました」「…と表示されてます」).
  '書いてありました', '書いてあります', '書いてあった', '書いてある', 'かいてありました', 'かいてある', '書いてた', '載ってました', '載ってます',
  'のってました', 'のってます', '出てました', '出てます', '表示されてました', '表示されています', '表示されてます', 'ありました',
  // …that it was found at last, and on what (「見つかりました。KJ…です」「書類に出てました、c…」): the place says where, it asks nothing.
  '見つかりました', 'みつかりました', '見つかった', 'みつかった', '見つけました', 'みつけました', '見つけた', 'みつけた',
  'とっぷぺーじ', 'とっぷ', 'ぺーじ', '画面', 'がめん', '書類', 'しょるい', 'はがき', '通知',
  // …that it came up there (「トップに出てきました、c…」).
  '出てきました', 'でてきました', '出てきた', 'でてきた', '出てきて', 'でてきて',
  // The same asks and confirmations in 東北 speech (「…だべ、これで合ってっか見てけろ」「…って入れればいいんだべか」「…さ折り返し
  // 電話してもらえっかな」).
  'いいんだべか', 'んだべか', 'だべか', 'だべ', '合ってっか', 'あってっか', '見てけろ', 'みてけろ', 'てけろ', 'けろ',
  'もらえっかな', 'もらえっか', '入れれば', 'いれれば', 'かな', 'さ',
  // …and the request to look it up (「…これだべ、そっちで調べでけねすか」: 調べてくれませんか).
  '調べでけねすか', '調べでけねが', '調べでけろ', '見でけねすか', 'しらべでけねすか', 'みでけねすか', 'でけねすか', 'てけねすか', 'でけねが', 'てけねが',
  // Whether to type it in (「これ入れればいいんですよね」「これ入れたらいいの？」).
  'いいんですよね', 'いいんですね', 'いいんだよね', 'いいんですか', 'いいんだよな', '入れたら', 'いれたら',
  // Whose number it is, and the して of a call asked for in any words (「うちの番号…に電話してもらえる？」).
  'うちの', 'うち', 'して',
  // Asking to be called back on a number typed (「では03-…にかけ直していただけますか」): the bot calls no one.
  'かけ直していただけますか', 'かけなおしていただけますか', 'かけ直してもらえますか', 'かけなおしてもらえますか', 'かけ直してください',
  'かけなおしてください', 'かけ直して', 'かけなおして', '電話してください', '電話ください', 'いただけますか', 'いただけませんか', 'もらえますか',
  'もらえませんか', 'くれませんか', 'ください',
  // The same asks in other words (「見てもらえます？」「電話ちょうだい」「…までお願いしたいです」「じゃあ調べてみて」): a call, a look,
  // a check, wanted on what was typed. 電話 and 連絡 say what a typed number is for.
  '見てもらえますか', '見てもらえます', '見てもらえる', 'みてもらえますか', 'みてもらえる', '見てください', '見てみて', '調べてみて', 'しらべてみて',
  '確認してみて', 'ちょうだい', 'ちょーだい', 'お願いしたいです', 'お願いしたい', 'おねがいしたい', 'お願い', 'おねがい', 'ほしいです', 'ほしい', '欲しい',
  '電話', 'でんわ', '連絡', 'れんらく', 'まで',
  // Saying it was registered or set (「…で登録しました。これで合ってますか」), and whose it is (「こちらの番号は…です」).
  '登録しました', '登録してます', '登録しています', '登録した', '設定しました', '設定した', 'こちら', 'こっち',
  // What opens such a turn (「じゃあ」「ほんなら」「それなら」): it follows the last answer and says nothing of its own.
  'じゃあ', 'じゃ', 'ほんなら', 'ほな', 'それなら', 'なら', 'では',
  // A value typed as remembered (「…だったと思うんですけど」).
  'だったと思うんですけど', 'だったと思うんだけど', 'だったと思います', 'だったと思う', 'だった',
  // The value said in dialect (「事業所番号は…やで」「…だよ」「…じゃけん」「…っす」「…だす」).
  'やねん', 'やけど', 'やで', 'やわ', 'や', 'だよね', 'だよ', 'だわ', 'だ', 'じゃけん', 'じゃけ', 'じゃ', 'っす', 'ばい', 'たい', 'だす', 'さー',
  // Saying a call will come from that number (「…からかけます」「では一度…にお電話を」).
  'からかけます', 'からかけました', 'からかけてます', 'からかけています', 'からかけさせていただきます', 'からお電話します', 'からおかけします',
  'かけます', 'かけました', 'かけてます', 'かけています', 'おかけします', 'お電話', 'から', 'へ',
  // Why the clerk asks to be called rather than call (「こちらからかけづらいので …に折り返しお願いします」).
  'かけづらい', 'かけにくい', 'かけられない', 'かけれない',
  // The last answer taken in, opening the turn, and whom the call is from (「わかりました。一度ヘルプデスクから折り返しがほしいので、…」).
  'わかりました', '分かりました', '承知しました', 'りょうかいです', '了解です', '了解', '一度', 'いちど', 'ので', 'へるぷですく',
  'でした', 'です', 'ます', 'は', 'が', 'で', 'と', 'を', 'の', 'も', 'に', 'ね', 'よ', 'か',
].sort((a, b) => b.length - a.length);

/**
 * The labels of more than one character, taken out of what is left beside a check asked (onlyAsksToCheck). The one-character
 * ones (particles: で, か, は…) are not: 「これで」 and 「か」 are part of the asking itself.
 */
const WORD_LABELS = LABELS.filter((label) => label.length > 1);
/**
 * Whether what typed secrets are right or work, asked of them (「これで合ってっぺか」「これで入れっか見でけろ」「これでいいですか」;
 * normalised). The chat cannot check an ID or a password: the warning that it was typed is the answer.
 */
const ASKS_TO_CHECK = /(?:これ|こいつ|こちら|こっち|それ)(?:で|って|は)?\s*(?:合って|あって|合っと|あっと|合う|あう|いい|ええ|よい|大丈夫|だいじょうぶ|正しい|ただしい|入れ|はいれ|ろぐいんでき|通る|とおる|いけ)/;
/**
 * The most kana and marks that may be left beside a check asked, its labels and asking to look (「見でけろ」「確認してください」)
 * taken out: its endings (「っぺか」「やろか」「ですか？」). More is something else said or asked.
 */
const MAX_CHECK_LEFT = 14;
const CHECK_LEFT = new RegExp(`^[\\s\u3041-\u3096ー？?！!。．、，]{0,${MAX_CHECK_LEFT}}$`);
/** What says it failed (「これで入れないんだけど」): a trouble, not a check. */
const FAILS = /ない|ません|へん|ひん|なかった|だめ|あかん|えらー/;

/** Whether a message's text besides its secrets (normalised) only asks whether they are right (ASKS_TO_CHECK). */
function onlyAsksToCheck(told: string): boolean {
  const check = ASKS_TO_CHECK.exec(told);
  if (check === null || FAILS.test(told)) return false;
  let left = `${told.slice(0, check.index)} ${told.slice(check.index + check[0].length)}`;
  for (const label of WORD_LABELS) left = left.split(label).join(' ');
  return CHECK_LEFT.test(left.replace(/見て|見で|みて|みで|確認して|かくにんして|確認/g, ' '));
}

/** The question with each secret replaced by what it stands for. */
export function withoutSecrets(question: string, spans: readonly SecretSpan[]): string {
  if (spans.length === 0) return question;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += question.slice(at, s.start) + STANDS_FOR[s.kind];
    at = s.end;
  }
  return out + question.slice(at);
}

const JAPANESE = /[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff]/;
/**
 * The most hiragana a message may keep besides its secrets and their labels and still be nothing but them: a cry at
 * finding it (「あった！c0412…って書いてあります」), a filler (「えっと」). Not a question word (「…なに？」 asks about it).
 */
const MAX_KANA_LEFT = 3;
const KANA_LEFT = new RegExp(`^[\u3041-\u3096ー]{1,${MAX_KANA_LEFT}}$`);
/** A question word (slips.ts keeps the list): the message asks about what it typed. */
const QUESTION_WORD = new RegExp(QUESTION_WORDS.join('|'));
const KATAKANA = /[\u30a1-\u30fa\uff66-\uff9d]/;

/**
 * True when the message holds secrets and, once they and their labels are taken out, nothing Japanese is
 * left (what is left is at most codes: 「KJ000011112222 / hogehoge99」), or a few hiragana that ask nothing (MAX_KANA_LEFT) in a
 * message typed with no katakana.
 */
export function isSecretOnly(question: string, spans: readonly SecretSpan[]): boolean {
  if (spans.length === 0) return false;
  let rest = '';
  let at = 0;
  for (const s of spans) {
    rest += `${question.slice(at, s.start)} `;
    at = s.end;
  }
  const typed = rest + question.slice(at);
  const told = normalize(typed);
  let residue = told;
  for (const label of LABELS) residue = residue.split(label).join(' ');
  if (!JAPANESE.test(residue)) return true;
  if (onlyAsksToCheck(told)) return true;
  // Normalising folds katakana into hiragana: a word typed in katakana (「エラー」「ダメ」) says what went wrong.
  if (KATAKANA.test(typed)) return false;
  const kana = residue.replace(/[^\u3041-\u30fa\u4e00-\u9fffー]/g, '');
  return KANA_LEFT.test(kana) && !QUESTION_WORD.test(told);
}
