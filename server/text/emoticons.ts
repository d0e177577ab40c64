/**
 * Faces and laughter typed beside a question (「エラー出ました(T_T)」「ダウンロード(´・ω・｀)」「わからん(汗)」「忘れたw」). They
 * say how the clerk feels, nothing of what is asked, but normalising keeps their letters: 「(T_T)」 became the words t t,
 * and the question fell from a question back to an answer. They are taken out before a question is read.
 */

/** What only a face is made of, in brackets or not: marks, a few letters used as eyes, mouths and tears. */
const FACE_PART = "[_^;；:：´`｀'’・･ﾟ°∀ДдωεσзUuoO0TtQqxX><＞＜≧≦*＊~〜∇▽△ー－\\-+=.。,、ﾉノヾゞ艸ㅠㅜ┐┌ヽ\\s]";
/** A mark no plain word holds: a face has at least one of these, so 「(PDF)」「(Windows 11)」 stay. */
const FACE_MARK = /[_^;；´`｀・･ﾟ°∀ДдωεσзQ><＞＜≧≦*＊∇▽△ﾉノヾゞ艸ㅠㅜ┐┌ヽ]/;
/** A face in brackets (「(T_T)」「（>_<）」), or one left open at the end of the message (「(^^;」). */
const BRACKETED_FACE = new RegExp(`[(（]${FACE_PART}{1,12}(?:[)）]|$)`, 'g');
/** A feeling said in one kanji in brackets (「(笑)」「（汗）」「(泣)」). */
const BRACKETED_FEELING = /[(（](?:笑|汗|泣|涙|怒|焦|困|謎|苦笑|爆笑)[)）]/g;
/** Laughter typed as w after Japanese, at a sentence's end (「忘れたw」「まじかｗｗ」). */
const LAUGHTER = /(?<=[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff])[wｗW]+(?=$|[\s。、！？!?])/g;
/**
 * Laughter typed as 笑 without brackets, after a clause's last kana, at a sentence's end (「次なにすんの笑」「やばい爆笑」). Not after a
 * kanji: 微笑 and 談笑 are words.
 */
const BARE_LAUGHTER = /(?<=[\u3041-\u3096\u30a1-\u30fa\u30fc])(?:爆笑|苦笑|笑)+(?=$|[\s。、！？!?])/g;

/** A message of laughter alone (「ｗ」「www」「笑」「草」): nothing asked, whatever came before. */
const LAUGHTER_ONLY = /^\s*(?:[wｗWＷ]+|(?:爆笑|苦笑|笑|草)+)[\s。！!]*$/;

/** The text with each face, bracketed feeling and typed laughter replaced by a space; anything else as typed. */
export function withoutEmoticons(text: string): string {
  if (!/[(（wｗWＷ笑草]/.test(text)) return text;
  if (LAUGHTER_ONLY.test(text)) return ' ';
  return text
    .replace(BRACKETED_FEELING, ' ')
    .replace(BRACKETED_FACE, (face) => (FACE_MARK.test(face) ? ' ' : face))
    .replace(LAUGHTER, ' ')
    .replace(BARE_LAUGHTER, ' ');
}
