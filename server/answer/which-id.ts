/**
 * Which of the two IDs a thing takes (「利用状況WEBサイトに入るIDって、cのやつ？KJのやつ？」「証明書はどのIDで取るの？」).
 * The question is about the thing: the article on how it is done says which ID it takes, while the ID words draw the
 * whole message to the articles on where each ID is found. These patterns read the message as the analysis writes it
 * (normalised, katakana kept: a ？ or 〜 is a space there).
 */

/** An ID, as typed (「ID」「ユーザID」「ログインID」「あいでぃー」), or called an account (「ログインするアカウント」). */
const ID = '(?:ゆーざー?|ユーザー?|ろぐいん|ログイン)?(?:id|あいでぃー?|アイディー?|アカウント|あかうんと)';
/** Asking which ID (「どのIDで」「どっちのID」「何のID」). */
const WHICH = '(?:どの|どっちの|どちらの|何の|なんの)';
/**
 * One of the two IDs named by how it begins, and perhaps its length (「cのやつ」「cで始まる方」「KJのほう」「KJのID」
 * 「cから始まる個人ユーザID」「KJから始まる14桁のID」).
 */
const side = (who: string) => `${who}\\s*(?:から始まる|で始まる|ではじまる|からはじまる|始まり|はじまり)?\\s*(?:\\d+\\s*桁)?\\s*の?\\s*(?:やつ|もの|ほう|方|(?:(?:個人|事業所)の?)?${ID})`;
/** The c side, in kana too (「それともしーではじまるほう」: after kana, as the side's words must follow it). */
const C_SIDE = side('(?:(?<![a-z])c|しー|シー)');
/** The KJ side, in kana too (「けーじぇーのやつ」). */
const KJ_SIDE = side('(?:kj|けーじぇー|けいじぇい|けーじぇい|ケージェー|ケイジェイ|ケージェイ)');

const ASKS_WHICH = new RegExp(`${WHICH}${ID}`);
/**
 * One of the two IDs put as a guess at which one a login takes (「KJのIDで入るんですか」「cのIDでログインするの？」), at the
 * end of a sentence: the same question as 「どのIDで」, asked of what the message is about.
 */
const GUESSES_ONE = new RegExp(`(?:${C_SIDE}|${KJ_SIDE})\\s*で\\s*(?:入る|はいる|入れる|はいれる|ログインする|ろぐいんする|ログイン|ろぐいん)(?:ん|の)?(?:です|でしょう)?(?:か|よね|かな)?(?:[。．？?\\s]|$)`);
const NAMES_ID = /id|あいでぃ|アイディ|アカウント|あかうんと/;
/** Asking what an ID is (「事業所ユーザIDとはどのIDのことですか」「cのIDって何？」): the ID is the subject. */
const WHAT_ID = new RegExp(`${ID}\\s*(?:とは|ってなに|って何|ってなん|のこと)`);
const NAMES_C = new RegExp(C_SIDE);
const NAMES_KJ = new RegExp(KJ_SIDE);
/** Both IDs wanted (「両方とも必要？」): no choice between them. */
const BOTH = /両方|りょうほう|どちらも|どっちも|ともに|2つとも|二つとも|ふたつとも/;
/** What asks which ID, removed: the IDs named, the which-word, the alternative (それとも, どっち). */
const WHICH_ID_WORDS = new RegExp(
  [`${C_SIDE}(?:ですか|か|で|を)?`, `${KJ_SIDE}(?:ですか|か|で|を)?`, `${WHICH}?${ID}(?:って|は|を|で|に|が)?`, 'それとも', '(?:どっち|どちら)(?:から|で|を|が)?'].join('|'),
  'g',
);

/** What every way of asking which ID holds, folded: an ID named (id, あいでぃ, あかうんと), or the KJ one. */
const MAY_ASK = /id|あいでぃ|kj|あかうんと/;

/**
 * Whether a message may ask which of the two IDs, read from its folded text (katakana as hiragana). False:
 * `withoutWhichId` of the message is null.
 */
export function mayAskWhichId(folded: string): boolean {
  return MAY_ASK.test(folded);
}

/**
 * The message without its asking which ID (normalised text in, the rest out), or null when it does not ask which of the
 * two IDs (or asks for both).
 */
export function withoutWhichId(written: string): string | null {
  if (BOTH.test(written) || WHAT_ID.test(written)) return null;
  if (!ASKS_WHICH.test(written) && !(NAMES_C.test(written) && NAMES_KJ.test(written)) && !GUESSES_ONE.test(written)) return null;
  const rest = written.replace(WHICH_ID_WORDS, ' ').replace(/\s+/g, ' ').trim();
  // An ID still named is the subject (「事業所ユーザIDとはどのIDのことですか」 asks what that ID is).
  return NAMES_ID.test(rest) ? null : rest;
}
