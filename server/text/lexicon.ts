/**
 * Lexicon expansion: colloquial words, abbreviations, hiragana spellings and typos in a question add the
 * official term the articles use (「パス」→「パスワード」). Matching happens on normalised forms, so one
 * variant covers its half-width, full-width and katakana/hiragana spellings.
 */
import type { LexiconEntry } from '../content/types.ts';
import { foldKana, isKana, normalize, normalizeWithMap } from './normalize.ts';

export interface LexiconMatch {
  /** Normalised official term. */
  term: string;
  /** Normalised variant found in the text. */
  variant: string;
  /** Offset of the variant in the normalised text. */
  index: number;
  /** The official term normalised but not folded (katakana stays katakana). */
  written: string;
}

interface CompiledVariant {
  variant: string;
  term: string;
  /** The term normalised without folding katakana (クライアントアプリ, not くらいあんとあぷり). */
  written: string;
  /** Short kana or Latin variants must stand on their own (see {@link boundaryOk}). */
  guarded: boolean;
  /**
   * An official term standing for itself: it is never reported, but it occupies its place, so a shorter
   * variant cannot fire inside it (「ソフト」→クライアントアプリ must not fire inside 「介護ソフト」).
   */
  self?: boolean;
}

const LATIN = /[a-z0-9]/;
/** Particles and endings that may follow or precede a short kana word without making it part of a longer one. */
const PARTICLES = new Set(['が', 'を', 'に', 'は', 'の', 'で', 'も', 'と', 'や', 'へ', 'か', 'よ', 'ね', 'っ']);
const compiledCache = new WeakMap<readonly LexiconEntry[], CompiledVariant[]>();

/**
 * Normalises every variant once; longest first so 「パスワード」 wins over 「パス」 at the same place.
 * Terms join as self-matches (see `self`), so longest-match also holds between a term and a variant.
 */
function compile(lexicon: readonly LexiconEntry[]): CompiledVariant[] {
  const cached = compiledCache.get(lexicon);
  if (cached) return cached;
  const out: CompiledVariant[] = [];
  for (const entry of lexicon) {
    const term = normalize(entry.term);
    if (!term) continue;
    const written = normalizeWithMap(entry.term, { fold: false }).text;
    out.push({ variant: term, term, written, guarded: false, self: true });
    for (const raw of entry.variants) {
      const variant = normalize(raw);
      if (!variant || variant === term) continue;
      const latin = /^[a-z0-9 ]+$/.test(variant);
      const shortKana = Array.from(variant).length <= 2 && Array.from(variant).every(isKana);
      out.push({ variant, term, written, guarded: latin || shortKana });
    }
  }
  out.sort((a, b) => b.variant.length - a.variant.length);
  compiledCache.set(lexicon, out);
  return out;
}

/**
 * A short variant matches only as a word of its own: 「pass」 not inside 「passport」, 「ぱす」 not inside
 * 「ぱすぽーと」 (but 「ぱすを」「ぱす忘れた」 do match: a particle or a kanji may follow, and so may a
 * longer word already matched, as in 「ぱすわすれた」 where 「わすれ」 is one).
 */
function boundaryOk(text: string, index: number, v: CompiledVariant, taken: readonly boolean[]): boolean {
  if (!v.guarded) return true;
  const end = index + v.variant.length;
  if (taken[end] && (index === 0 || taken[index - 1] || !isKana(text[index - 1]!) || PARTICLES.has(text[index - 1]!))) return true;
  const before = text[index - 1];
  const after = text[end];
  if (LATIN.test(v.variant[0]!)) {
    return !(before && LATIN.test(before)) && !(after && LATIN.test(after));
  }
  const free = (ch: string | undefined) => ch === undefined || !isKana(ch) || PARTICLES.has(ch);
  return free(before) && free(after);
}

/** 「証明書」 inside 「電子証明書」 is the term itself, not a variant of it. */
function insideTerm(text: string, index: number, v: CompiledVariant): boolean {
  let at = text.indexOf(v.term, Math.max(0, index - v.term.length));
  while (at >= 0 && at <= index) {
    if (at + v.term.length >= index + v.variant.length) return true;
    at = text.indexOf(v.term, at + 1);
  }
  return false;
}

function overlaps(taken: boolean[], index: number, length: number): boolean {
  for (let k = index; k < index + length; k++) if (taken[k]) return true;
  return false;
}

/** Lexicon variants found in a normalised text (each place matched once, longest variant first). */
export function matchLexicon(normalizedText: string, lexicon: readonly LexiconEntry[]): LexiconMatch[] {
  return findLexicon(normalizedText, lexicon, false);
}

/** {@link matchLexicon}, optionally also reporting the places where a term stands for itself. */
function findLexicon(normalizedText: string, lexicon: readonly LexiconEntry[], withSelf: boolean): LexiconMatch[] {
  const taken = new Array<boolean>(normalizedText.length).fill(false);
  const matches: LexiconMatch[] = [];
  for (const v of compile(lexicon)) {
    let from = 0;
    for (;;) {
      const index = normalizedText.indexOf(v.variant, from);
      if (index < 0) break;
      from = index + 1;
      if (overlaps(taken, index, v.variant.length) || !boundaryOk(normalizedText, index, v, taken)) continue;
      if (!v.self && insideTerm(normalizedText, index, v)) continue;
      for (let k = index; k < index + v.variant.length; k++) taken[k] = true;
      if (!v.self || withSelf) matches.push({ term: v.term, variant: v.variant, index, written: v.written });
    }
  }
  return matches.sort((a, b) => a.index - b.index);
}

/**
 * Adds the official term of every variant found in the text (normalised), separated by spaces, each once
 * and only when the text does not already contain it. The input must already be normalised.
 */
export function expandWithLexicon(normalizedText: string, lexicon: readonly LexiconEntry[]): string {
  const added = new Set<string>();
  for (const m of matchLexicon(normalizedText, lexicon)) {
    if (!normalizedText.includes(m.term)) added.add(m.term);
  }
  return added.size === 0 ? normalizedText : `${normalizedText} ${Array.from(added).join(' ')}`;
}

/**
 * The text with every variant replaced by its official term (「kjのぱす忘れた」→「kjのぱすわーど忘れた」):
 * what the question means in the articles' words. Input and output are normalised.
 */
export function substituteLexicon(normalizedText: string, lexicon: readonly LexiconEntry[]): string {
  let out = '';
  let last = 0;
  for (const m of matchLexicon(normalizedText, lexicon)) {
    out += `${normalizedText.slice(last, m.index)} ${m.term} `;
    last = m.index + m.variant.length;
  }
  return (out + normalizedText.slice(last)).replace(/ +/g, ' ').trim();
}

/**
 * {@link substituteLexicon} on raw text, keeping the script as written (normalised, katakana not folded):
 * 「くらいあんとあぷりにろぐいん」→「クライアントアプリ に ログイン」. Its pairs are what the question means in the
 * articles' words, and `weakPairs` of it knows a recognised term is a content word however it was typed.
 * `foldKana` of the result equals `substituteLexicon(normalize(text))`.
 */
export function rewriteWithLexicon(text: string, lexicon: readonly LexiconEntry[]): string {
  const written = normalizeWithMap(text, { fold: false }).text;
  // Folding is one UTF-16 unit for one, so offsets in the folded text are offsets in `written`.
  const folded = foldKana(written);
  let out = '';
  let last = 0;
  for (const m of findLexicon(folded, lexicon, true)) {
    // A term standing for itself (「へるぷですく」 is ヘルプデスク typed in hiragana) takes its written script
    // in place: the same characters once folded, so the pairs are unchanged.
    const self = m.variant === m.term;
    out += self ? `${written.slice(last, m.index)}${m.written}` : `${written.slice(last, m.index)} ${m.written} `;
    last = m.index + m.variant.length;
  }
  return (out + written.slice(last)).replace(/ +/g, ' ').trim();
}
