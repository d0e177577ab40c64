/**
 * Which of a fixed list of terms occur in a text, in one scan: the terms are indexed by their first two
 * characters (a one-character term by its only one), so each position of the text tries only the few terms
 * that can start there, instead of searching the whole text once per term. Latin and digit terms count
 * only where they stand on their own (「kj」 not inside 「kjx」), as `containsTerm` (intents.ts) says.
 */

interface Term {
  text: string;
  latin: boolean;
}

interface Start {
  one: Term | null;
  bySecond: Map<number, Term[]>;
}

/** The compiled terms (see {@link compileSubstrings}). */
export interface SubstringIndex {
  byFirst: Map<number, Start>;
}

const LATIN_TERM = /^[a-z0-9 ]+$/;
const LATIN = /[a-z0-9]/;

/** Indexes the terms once; empty terms are left out (they occur nowhere). */
export function compileSubstrings(terms: Iterable<string>): SubstringIndex {
  const byFirst = new Map<number, Start>();
  for (const text of new Set(terms)) {
    if (!text) continue;
    const term = { text, latin: LATIN_TERM.test(text) };
    let start = byFirst.get(text.charCodeAt(0));
    if (!start) byFirst.set(text.charCodeAt(0), (start = { one: null, bySecond: new Map() }));
    if (text.length === 1) start.one = term;
    else start.bySecond.set(text.charCodeAt(1), [...(start.bySecond.get(text.charCodeAt(1)) ?? []), term]);
  }
  return { byFirst };
}

/** Whether a Latin term found at `index` stands on its own. */
function standsAlone(text: string, index: number, length: number): boolean {
  const before = text[index - 1];
  const after = text[index + length];
  return !(before && LATIN.test(before)) && !(after && LATIN.test(after));
}

/** The terms of the index that occur in `text`. */
export function substringsIn(index: SubstringIndex, text: string): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const start = index.byFirst.get(text.charCodeAt(i));
    if (!start) continue;
    if (start.one) take(found, text, start.one, i);
    const list = i + 1 < text.length ? start.bySecond.get(text.charCodeAt(i + 1)) : undefined;
    if (list) for (const term of list) if (text.startsWith(term.text, i)) take(found, text, term, i);
  }
  return found;
}

/** Adds a term found at `at` (a Latin one only when it stands on its own). Not a closure per call: this runs per ask. */
function take(found: Set<string>, text: string, term: Term, at: number): void {
  if (!term.latin || standsAlone(text, at, term.text.length)) found.add(term.text);
}
