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
