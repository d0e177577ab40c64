/**
 * Quotations in a message (a screen's message the clerk copied: 「利用申請が正常に完了しております。」): the marks inside
 * them end no sentence of the clerk's, so the cuts of question-part.ts run on the message with them shielded.
 */

/** A quotation (「…」『…』): a screen's message, whose own 。 or ？ ends no sentence of the clerk's. */
const QUOTED = /「[^」]*」|『[^』]*』/g;
const QUOTED_MARKS = /[。．！？!?]/g;
/** Marks inside a quotation stand in for these characters of the Unicode private use area while the message is cut. */
const SHIELDED = '。．！？!?';
const SHIELD_BASE = 0xe000;
const SHIELDS = /[\ue000-\ue005]/g;

/**
 * The message with the sentence marks inside its quotations hidden (「「利用申請が正常に完了しております。」って出てるん
 * ですが…」 is one sentence, not two), so that the cuts above see only the clerk's own; `unshieldQuotes` puts them back.
 */
export function shieldQuotes(message: string): string {
  if (!message.includes('「') && !message.includes('『')) return message;
  return message.replace(QUOTED, (q) => q.replace(QUOTED_MARKS, (c) => String.fromCharCode(SHIELD_BASE + SHIELDED.indexOf(c))));
}

/** A text cut from a shielded message, with its quotations' marks back. */
export function unshieldQuotes(text: string): string {
  return text.replace(SHIELDS, (c) => SHIELDED[c.charCodeAt(0) - SHIELD_BASE]!);
}

/** The quotations of a text (「…」『…』), without their marks. */
export function quotationsOf(text: string): string[] {
  return (text.match(QUOTED) ?? []).map((q) => q.slice(1, -1));
}

/**
 * Fewest characters running of a screen's message that make a copy of it (「有効期限が切れています」 of 「パスワードの有効期限が
 * 切れています」); fewer are words any message may hold (「有効期限が切れ」 is said of anything that expired).
 */
const MIN_COPIED = 8;
/** What says a text was shown on the screen, after it (normalised): 「…って出る」「…と表示され」「…というメッセージ」「…って言われた」. */
const SAID_SHOWN = /^[」』\s]*(?:って|と)(?:出|で|表示|言われ|いわれ|いう|めっせーじ|きた|来)/;

/** The quotations of a message (as typed) that it says were shown (「「電子証明書のエラー」って出ました」), without their marks. */
export function shownQuotationsOf(text: string): string[] {
  return Array.from(text.matchAll(QUOTED), (m) => ({ quote: m[0].slice(1, -1), after: text.slice(m.index + m[0].length) }))
    .filter(({ after }) => SAID_SHOWN.test(after))
    .map(({ quote }) => quote);
}

/**
 * What a message retelling a screen's message leaves out or says casually, evened out of both for a second comparison: the
 * subject's が, dropped, and the polite or casual state, one form (「有効期限が切れています」 told 「有効期限切れてるって出る」).
 */
const SUBJECT_MARK = /が/g;
const STATE = /(?<=て)(?:います|いる|ます|る)/g;
const loosely = (text: string) => text.replace(SUBJECT_MARK, '').replace(STATE, 'い');

/**
 * Whether a message (normalised) copies MIN_COPIED or more characters running of one of `quotes` (normalised screen messages)
 * and says they were shown: as the screen wrote them, or as a clerk retells them (`loosely`).
 */
export function copiesShownMessage(text: string, quotes: readonly string[]): boolean {
  return copies(text, quotes) || copies(loosely(text), quotes.map(loosely));
}

function copies(text: string, quotes: readonly string[]): boolean {
  for (const q of quotes) {
    for (let length = q.length; length >= MIN_COPIED; length--) {
      for (let at = 0; at + length <= q.length; at++) {
        const piece = q.slice(at, at + length);
        for (let i = text.indexOf(piece); i >= 0; i = text.indexOf(piece, i + 1)) if (SAID_SHOWN.test(text.slice(i + length))) return true;
      }
    }
  }
  return false;
}

/** Where a clerk left out what they did not catch of a screen's message (「パスワードの…期限が…」「ユーザ・・・が違います」). */
const LEFT_OUT = /…+|‥+|・{2,}|\.{2,}|[〜～~]+/;
/** Fewest characters of each piece caught, and of all together, for a quotation with gaps to be read as a copy. */
const MIN_PIECE = 2;
const MIN_CAUGHT = 5;

/**
 * Whether a quotation the clerk typed with gaps (「パスワードの…期限が…」) holds, in order, pieces of one of `quotes`
 * (normalised screen messages) — two pieces at least, each in the screen's words. `normalizeText` normalises a piece
 * as the quotes were.
 */
export function copiesWithGaps(quotation: string, quotes: readonly string[], normalizeText: (text: string) => string): boolean {
  if (!LEFT_OUT.test(quotation)) return false;
  const pieces = quotation.split(LEFT_OUT).map(normalizeText).filter((p) => p.length >= MIN_PIECE);
  if (pieces.length < 2 || pieces.reduce((n, p) => n + p.length, 0) < MIN_CAUGHT) return false;
  return quotes.some((q) => {
    let at = 0;
    for (const piece of pieces) {
      const i = q.indexOf(piece, at);
      if (i < 0) return false;
      at = i + piece.length;
    }
    return true;
  });
}
