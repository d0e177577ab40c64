/**
 * Rule-based intents, as editors wrote them in the articles' front matter (`intent: {must, may, not}`).
 * Nothing here knows any intent by name: rules are compiled from the knowledge base and matched on the
 * question's normalised text with the lexicon terms it names added (see {@link ruleText}).
 */
import type { Article, KnowledgeBase } from '../content/types.ts';
import { normalize } from '../text/normalize.ts';
import { matchedLongVowelForms } from '../text/long-vowels.ts';
import type { QueryAnalysis } from './analysis.ts';

/**
 * True when `term` (normalised) occurs in `text` (normalised). Latin and digit terms must stand on their
 * own (「kj」 not inside 「kjx」, 「life」 not inside 「lifeline」); Japanese terms match anywhere, as
 * Japanese has no spaces to anchor on.
 */
export function containsTerm(text: string, term: string): boolean {
  if (!term) return false;
  // A term that starts beyond ASCII is Japanese (the common case: no regex needed to tell).
  if (term.charCodeAt(0) >= 0x80 || !/^[a-z0-9 ]+$/.test(term)) return text.includes(term);
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
    const before = text[i - 1];
    const after = text[i + term.length];
    if (!(before && /[a-z0-9]/.test(before)) && !(after && /[a-z0-9]/.test(after))) return true;
  }
  return false;
}

/**
 * What rules are matched on: the evened text, with each word the analysis corrected (a typo, an IME slip
 * read as its term) written as its term in place, and the lexicon terms the question names. In place, so a
 * rule term that runs past the slip still holds: 「身請の状況」 is 「申請の状況」.
 */
export function ruleText(analysis: QueryAnalysis): string {
  const setAside = setAsideSpans(analysis.evened);
  const text = correctedText(analysis, setAside);
  if (setAside.length === 0) return [text, ...analysis.terms.filter((t) => !text.includes(t))].join(' ');
  // A term named only where the message sets it aside is not named (「KJのパスワードとは違うやつ」 names no KJ).
  const inside = (w: Word) => setAside.some(([from, to]) => w.index >= from && w.index + w.length <= to);
  const means = (w: Word, t: string) => w.meanings.some((m) => m.kind === 'term' && m.term === t);
  const namedOutside = (t: string) => analysis.words.some((w) => !inside(w) && means(w, t)) || !analysis.words.some((w) => means(w, t));
  return [text, ...analysis.terms.filter((t) => !text.includes(t) && namedOutside(t))].join(' ');
}

type Word = QueryAnalysis['words'][number];

/**
 * What a message sets aside as not what it means (「KJのパスワードとは違うやつ」「KJのとは別の」): the words of the clause before
 * とは違う or とは別, up to it. Spans of the evened text, as [from, to).
 */
const SET_ASIDE = /[^\s、，,。．！？!?]+?とは(?:違う|ちがう|違い|ちがい|別の|べつの|別で|別物|べつもの)/g;

function setAsideSpans(evened: string): [number, number][] {
  return [...evened.matchAll(SET_ASIDE)].map((m) => [m.index, m.index + m[0].length]);
}

/** The evened text with each corrected word written as its term, and what the message sets aside blanked (spaces, same length). */
function correctedText(analysis: QueryAnalysis, setAside: readonly [number, number][]): string {
  let evened = analysis.evened;
  for (const [from, to] of setAside) evened = evened.slice(0, from) + ' '.repeat(to - from) + evened.slice(to);
  let text = '';
  let at = 0;
  for (const w of analysis.words) {
    if (w.via === 'exact') continue;
    const term = w.meanings.find((m) => m.kind === 'term');
    if (term?.kind !== 'term' || setAside.some(([from, to]) => w.index < to && w.index + w.length > from)) continue;
    text += evened.slice(at, w.index) + term.term;
    at = w.index + w.length;
  }
  return at === 0 ? evened : text + evened.slice(at);
}

export interface CompiledIntent {
  id: string;
  /** Normalised alternatives per concept group. */
  must: string[][];
  may: string[];
  not: string[];
}

export interface IntentMatch {
  id: string;
  /** How many of the `must` groups the question satisfies. */
  matched: number;
  total: number;
  /** How many `may` terms appear. */
  may: number;
  /** The first `not` term found, or null. */
  vetoedBy: string | null;
  /** Every must group matched and no veto: the intent fires. */
  fires: boolean;
  /** The rule's terms found (must and may), for the trace. */
  hits: string[];
}

/** Shortest reading of a rule's term matched as the term: shorter kana strings (いる for 要る, でる for 出る) occur inside too many words. */
const MIN_RULE_READING = 3;

/** Compiles every article's intent rule (articles without one are skipped). */
export function compileIntents(kb: Pick<KnowledgeBase, 'articles'> & Partial<Pick<KnowledgeBase, 'ruleReadings'>>): CompiledIntent[] {
  // Each term with its generated reading beside it (「使える」 and つかえる): a rule matches a term typed in hiragana too.
  const terms = (list: readonly string[]) => {
    const out = new Set<string>();
    for (const t of list) {
      out.add(normalize(t));
      const reading = kb.ruleReadings?.get(t.trim());
      if (reading === undefined || reading.length < MIN_RULE_READING) continue;
      out.add(normalize(reading));
      // …and with its long vowels written ー (「ゆうこうきげん」 typed 「ゆーこーきげん」).
      for (const marked of matchedLongVowelForms(reading, MIN_RULE_READING)) out.add(marked);
    }
    out.delete('');
    return [...out];
  };
  return kb.articles
    .filter((a): a is Article & { intent: NonNullable<Article['intent']> } => Boolean(a.intent))
    .map((a) => ({
      id: a.id,
      must: a.intent.must.map(terms).filter((g) => g.length > 0),
      may: terms(a.intent.may),
      not: terms(a.intent.not),
    }))
    .filter((r) => r.must.length > 0);
}

/**
 * Matches one rule against an expanded question. `has` tells whether a term occurs in it (default
 * {@link containsTerm}; the engine finds all rules' terms in one scan and reads them by number, matchTerms).
 */
export function matchIntent(rule: CompiledIntent, expanded: string, has: (term: string) => boolean = (t) => containsTerm(expanded, t)): IntentMatch {
  return matchTerms(rule.id, rule.must, rule.may, rule.not, has, (t) => t);
}

/**
 * A rule matched with its terms given as anything `has` can test (their texts, or their numbers with `text`
 * giving each one's text back): what {@link matchIntent} does, for a caller that tests terms by number.
 */
export function matchTerms<T>(id: string, must: readonly (readonly T[])[], may: readonly T[], not: readonly T[], has: (term: T) => boolean, text: (term: T) => string): IntentMatch {
  const hits: string[] = [];
  let matched = 0;
  for (const group of must) {
    const hit = group.find(has);
    if (hit !== undefined) {
      matched += 1;
      hits.push(text(hit));
    }
  }
  let mays = 0;
  for (const term of may) {
    if (!has(term)) continue;
    mays += 1;
    hits.push(text(term));
  }
  const veto = not.find(has);
  const vetoedBy = veto === undefined ? null : text(veto);
  return { id, matched, total: must.length, may: mays, vetoedBy, fires: matched === must.length && !vetoedBy, hits };
}
