/**
 * Highlighting in the ORIGINAL text: tokens are found in the normalised text, and the offset map of
 * `normalizeWithMap` carries each match back, so 「ﾊﾟｽﾜｰﾄﾞ」 or 「ＫＪ」 in the source get marked whole.
 * FlexSearch's own highlighter splits on whitespace and marks the wrong words in Japanese.
 */
import { normalizeWithMap } from '../text/normalize.ts';

export type Range = [start: number, end: number];

/** Voiced marks belong to the kana before them. */
const MARKS = /[\u3099\u309a\uff9e\uff9f\u309b\u309c]/;
/** Long-vowel marks and dashes after kana, which normalisation drops at word end (ユーザー → ゆーざ). */
const LONG_VOWEL = /[ーｰ\-‐‑–—―−－]/;
const KANA_OR_MARK = /[\u3041-\u3096\u30a1-\u30fa\uff66-\uff9dーｰ\u3099\u309a\uff9e\uff9f]/;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** End offset of the original character at `offset`, extended over marks that normalisation folded in. */
function originalEnd(original: string, offset: number): number {
  const cp = original.codePointAt(offset)!;
  let end = offset + (cp > 0xffff ? 2 : 1);
  while (end < original.length && MARKS.test(original[end]!)) end += 1;
  if (KANA_OR_MARK.test(original[end - 1]!)) while (end < original.length && LONG_VOWEL.test(original[end]!)) end += 1;
  return end;
}

/** Section texts are highlighted again and again: their normalised form is kept (bounded, oldest dropped). */
const normalizedTexts = new Map<string, ReturnType<typeof normalizeWithMap>>();
const MAX_CACHED_TEXTS = 4096;

function normalizedOnce(original: string): ReturnType<typeof normalizeWithMap> {
  let entry = normalizedTexts.get(original);
  if (!entry) {
    entry = normalizeWithMap(original);
    if (normalizedTexts.size >= MAX_CACHED_TEXTS) normalizedTexts.delete(normalizedTexts.keys().next().value!);
    normalizedTexts.set(original, entry);
  }
  return entry;
}

/**
 * Ranges of the original text where any of the (normalised) tokens occur, sorted and merged.
 * Overlapping bigram matches (ぱす, すわ, わー …) merge into one range over the whole word.
 */
export function findRanges(original: string, tokens: readonly string[]): Range[] {
  const { text, map } = normalizedOnce(original);
  const hits: Range[] = [];
  for (const token of new Set(tokens)) {
    if (!token) continue;
    for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
      hits.push([at, at + token.length]);
    }
  }
  hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const [s, e] of hits) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out: Range[] = [];
  for (const [s, e] of merged) {
    const start = map[s]!;
    const end = originalEnd(original, map[e - 1]!);
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** HTML-escaped `original.slice(from, to)` with `<mark>` around the parts inside `ranges`. */
export function renderMarked(original: string, ranges: readonly Range[], from = 0, to = original.length): string {
  let html = '';
  let pos = from;
  for (const [s0, e0] of ranges) {
    const s = Math.max(s0, from);
    const e = Math.min(e0, to);
    if (e <= s) continue;
    html += escapeHtml(original.slice(pos, s)) + '<mark>' + escapeHtml(original.slice(s, e)) + '</mark>';
    pos = e;
  }
  return html + escapeHtml(original.slice(pos, to));
}

/** The whole text, HTML-escaped, with every token occurrence marked. */
export function highlight(original: string, tokens: readonly string[]): string {
  return renderMarked(original, findRanges(original, tokens));
}

/** Where a snippet window starts: a little before the first match, at a sentence start when one is near. */
function windowStart(text: string, matchStart: number, lead: number): number {
  const earliest = Math.max(0, matchStart - lead);
  for (let k = matchStart - 1; k >= earliest; k--) {
    if ('。！？\n'.includes(text[k]!)) return k + 1;
  }
  return earliest;
}

/**
 * A short excerpt (about `length` characters) around the densest cluster of matches, HTML-escaped and
 * marked, with `…` where it was cut. Whitespace runs (line breaks of lists) become one space.
 */
export function snippet(original: string, tokens: readonly string[], length = 120): string {
  const text = original;
  const ranges = findRanges(text, tokens);
  let bestFrom = 0;
  let bestCovered = -1;
  for (const [s, e] of ranges) {
    // A match that fits in the opening window is shown from the start: no cut, no ellipsis.
    const from = e <= length ? 0 : windowStart(text, s, 30);
    const to = from + length;
    let covered = 0;
    for (const [a, b] of ranges) covered += Math.max(0, Math.min(b, to) - Math.max(a, from));
    if (covered > bestCovered) {
      bestCovered = covered;
      bestFrom = from;
    }
  }
  const to = Math.min(text.length, bestFrom + length);
  const html = renderMarked(text, ranges, bestFrom, to).replace(/\s+/g, ' ').trim();
  return (bestFrom > 0 ? '…' : '') + html + (to < text.length ? '…' : '');
}
