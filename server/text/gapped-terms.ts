/**
 * Words of other-systems.yaml written in two parts with 「…」 between (「Windows Update…失敗」「保存され…パスワード」): the first part,
 * then the second a few characters on, as a clerk puts words between them (「Windows Updateが何回やっても失敗する」
 * 「Chromeに保存されてる古いパスワード」). A list of every phrase with every filler a clerk may type cannot be kept.
 */
import { normalize } from './normalize.ts';

/** What separates the two parts of a gapped term in other-systems.yaml. */
export const GAP_MARK = '…';

/**
 * Most characters between a gapped term's parts, after normalising: a particle and a few words (「が何回やっても」 is 7,
 * 「が何度やり直しても」 9), not a clause away, where the second part may be said of something else.
 */
export const MAX_GAP = 10;

/** A word in two parts, each normalised, and the system it names. */
export interface GappedTerm {
  first: string;
  second: string;
  system: string;
}

/** Where a gapped word was found in a normalised text: from its first part's start to its second part's end. */
export interface GappedHit {
  index: number;
  length: number;
  system: string;
}

/** Whether a word of other-systems.yaml is written in two parts. */
export function isGapped(term: string): boolean {
  return term.includes(GAP_MARK);
}

/** A gapped word's parts, normalised; null when it has not exactly two non-empty parts. */
export function gappedParts(term: string): [string, string] | null {
  const parts = term.split(GAP_MARK).map((p) => normalize(p));
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : null;
}

/** Compiles one gapped word of a system; null when malformed (the content check reports it). */
export function compileGapped(term: string, system: string): GappedTerm | null {
  const parts = gappedParts(term);
  return parts ? { first: parts[0], second: parts[1], system } : null;
}

/** Whitespace: in a normalised text, a space typed or a mark (「？」「、」) the clerk put between clauses. */
const SPACE = /\s/;

/**
 * Every gapped word in a normalised text: the first part, then the second starting at most MAX_GAP characters after it,
 * with no space between (「Windows Updateした方がいい？エラーになる？」 asks two things).
 */
export function findGapped(terms: readonly GappedTerm[], text: string): GappedHit[] {
  const hits: GappedHit[] = [];
  for (const t of terms) {
    for (let at = text.indexOf(t.first); at >= 0; at = text.indexOf(t.first, at + 1)) {
      const end = at + t.first.length;
      const second = text.indexOf(t.second, end);
      if (second >= 0 && second - end <= MAX_GAP && !SPACE.test(text.slice(end, second))) {
        hits.push({ index: at, length: second + t.second.length - at, system: t.system });
        break;
      }
    }
  }
  return hits;
}
