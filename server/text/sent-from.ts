/**
 * The device a message is typed on, said as a courtesy or a reason (「車の中からスマホで失礼します」「スマホから打ってるので」):
 * how the clerk writes, not what she asks. Left in, the device named a member of the PC environment's device class,
 * and a question about the application was answered with 「「スマホ」は、PC環境の条件に挙がっていません」. Such a
 * sentence or clause is taken out before a question is read; a device asked about (「スマホで使えますか」) stays.
 */

/** Devices a clerk types on besides the office PC. */
const DEVICE = '(?:スマホ|すまほ|ｽﾏﾎ|スマートフォン|携帯|ケータイ|けいたい|iphone|アイフォン|アイフォーン|アンドロイド|android|タブレット|ipad|アイパッド)';
/** A few words of where from before the device (「いま車の中から」「外出先から」「出先なので」), inside the sentence. */
const WHERE_FROM = '[^。！？!?\\n、,]{0,12}?';
/** A courtesy for writing from it: 「…から失礼します」「…ですみません」. */
const COURTESY = `${DEVICE}(?:から|で|より)(?:の)?(?:失礼|しつれい|すみません|すいません|ごめん)(?:いた)?(?:します|しております|しています|なさい|しました|です)?`;
/** A reason: 「…から打ってるので」「…で入力しているため」. */
const REASON = `${DEVICE}(?:から|で|より)(?:打|う|入力し|書い|送|送信し)(?:って|て)(?:い|お)?(?:る|ます|ります)?(?:ので|から|ため|けど|けれど)`;
/** Either, where a sentence or clause starts, with the marks after it. */
const SENT_FROM = new RegExp(`(?<=^|[。！？!?\\n\\s、,])${WHERE_FROM}(?:${COURTESY}|${REASON})[。、,！!\\s]*`, 'gi');

/** Whether a text names a device at all (most do not: the text is returned at once, without the wider pattern's scan). */
const NAMES_DEVICE = new RegExp(DEVICE, 'i');

/** The text with each courtesy or reason naming the device it is typed on replaced by a space; anything else as typed. */
export function withoutSentFrom(text: string): string {
  return NAMES_DEVICE.test(text) ? text.replace(SENT_FROM, ' ') : text;
}
