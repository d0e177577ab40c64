/**
 * One of a thing with も and a negative (「Windowsは１台もないです」「一台も持っていません」) says there is none of it, not
 * how many: left in, 「１台」 named the multiple-PCs article's count (「1台しかない」「1台だけ」), and a clerk without a Windows
 * PC was told about using the app on several. The count is taken out before a question is read; the thing stays.
 */

/** One (1, １, 一, ひと) counted in 台 or つ, with も, then a negative within the clause. */
const NONE_AT_ALL = /(?:1|１|一|ひと)(?:台|つ)も(?=[^。！？!?\n、,]{0,10}?(?:ない|無い|ません|ねえ|ねー|へん|あらん))/g;

/** The text with each 「１台も…ない」's count replaced by a space; anything else as typed. */
export function withoutNoneAtAll(text: string): string {
  return text.replace(NONE_AT_ALL, ' ');
}
