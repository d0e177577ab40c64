/**
 * Follow-ups: a short question asked right after an answer (「それはどこで？」「何日かかりますか」「更新は？」)
 * is read with that answer's topic. A new topic the question names on its own (「電話番号は？」) is still
 * answered for itself.
 *
 * Read on the question's CONTENT words (concepts: kanji/katakana/Latin runs and lexicon terms), not on its
 * grammar: 「それはどこで申請できますか」 asks about 申請, and its 「どこで」 must not pull it to whichever
 * article says 「どこで」 most. Question words are not content: 「何日」 asks for a number of 日, which the
 * last answer may well hold (「数日」「1週間」 hold 日).
 *  1. An article that explains clearly more of the content than the last answer takes over (the contact
 *     article for 「電話番号は？」).
 *  2. Otherwise, when the last answer holds the content words, it keeps the topic — unless one of its related
 *     articles' TITLE names them and the last answer's title does not: that article is the one dedicated to
 *     this side of the topic (「更新は？」 after the license answer → the license-renewal article).
 *  3. When the last answer lacks some of them, the question is searched with the last answer's title as
 *     context and the best hit that explains at least as much takes it (「詳しい資料」 after multiple-pcs).
 */
import type { Article } from '../content/types.ts';
import type { SearchHit } from '../search/types.ts';
import type { Decision } from './decide.ts';
import type { Concept } from './concepts.ts';

export interface FollowUpOptions {
  /** Longest question (normalised, without spaces) that still reads as a follow-up. */
  maxLength: number;
  /** Most tokens unknown to the knowledge base, as a share, for a question to lean on the last topic. */
  maxUnknownShare: number;
  /** Least coverage for a hit in the last answer's family to be taken. */
  familyCoverage: number;
  /** How much more of the question another article must explain to move away from the last answer. */
  switchMargin: number;
}

export const DEFAULT_FOLLOW_UP: FollowUpOptions = { maxLength: 16, maxUnknownShare: 0.5, familyCoverage: 0.4, switchMargin: 0.2 };

export interface FollowUpInput {
  previous: Article;
  normalized: string;
  /** Share of the question's content tokens that no article contains. */
  unknownShare: number;
  /** Hits for the question alone. */
  hits: SearchHit[];
  /** The question's content tokens (see {@link contentTokens}); empty when it names no content word. */
  content: readonly string[];
  /** How much of the given tokens (all of the question's when omitted) an article explains (specificity.ts). */
  cover: (id: string, tokens?: readonly string[]) => number;
  /** Whether an article's title holds a token. */
  inTitle: (id: string, token: string) => boolean;
  /** Hits for the question read together with the previous answer's title. */
  combinedHits: () => SearchHit[];
  /** Whether an article may answer at all (not vetoed). */
  admissible: (id: string) => boolean;
}

/** Kanji that ask rather than name (「何日」「何本」「幾ら」): the rest of the word is the content. */
const INTERROGATIVE = /[何幾]/g;

/**
 * The content tokens of a question: the tokens of its concepts as words (not hiragana runs), with question
 * words taken out (「何日」→「日」). A lone kanji next to longer words is a verb or adjective stem
 * (「詳しい」「書いて」) and is dropped then.
 */
export function contentTokens(named: readonly Concept[]): string[] {
  const out = new Set<string>();
  for (const c of named) {
    for (const way of c.words) {
      for (const t of way) {
        const rest = t.replace(INTERROGATIVE, '');
        if (rest) out.add(rest);
      }
    }
  }
  const all = Array.from(out);
  return all.some((t) => t.length > 1) ? all.filter((t) => t.length > 1) : all;
}

/** True when the question is short and made of words the knowledge base knows. */
export function readsAsFollowUp(normalized: string, unknown: number, opts: FollowUpOptions = DEFAULT_FOLLOW_UP): boolean {
  const length = normalized.replace(/\s+/g, '').length;
  return length > 0 && length <= opts.maxLength && unknown <= opts.maxUnknownShare;
}

/** The follow-up decision, or null when the question does not read as one (then the question alone decides). */
export function decideFollowUp(input: FollowUpInput, alone: Decision, opts: FollowUpOptions = DEFAULT_FOLLOW_UP): Decision | null {
  const { previous, content } = input;
  if (alone.kind === 'answer' && alone.intent) return null; // an intent rule named the topic outright
  if (!readsAsFollowUp(input.normalized, input.unknownShare, opts)) return null;
  // Without content words (「それは？」「いつまでですか」) the whole question is weighed.
  const measure = (id: string) => (content.length > 0 ? input.cover(id, content) : input.cover(id));
  const own = alone.kind === 'answer' ? [alone.id] : [];
  const candidates = Array.from(new Set([previous.id, ...previous.related, ...own])).filter(input.admissible);
  const previousCover = input.admissible(previous.id) ? measure(previous.id) : -1;
  let best: string | null = previousCover >= 0 ? previous.id : null;
  let bestCover = Math.max(0, previousCover);
  let why = 'explains';
  for (const id of candidates) {
    const c = measure(id);
    if (id !== previous.id && c > bestCover && c >= previousCover + opts.switchMargin) {
      best = id;
      bestCover = c;
    }
  }
  if (best === previous.id && content.length > 0) {
    const titled = (id: string) => content.every((t) => input.inTitle(id, t));
    if (previousCover >= 1 && !titled(previous.id)) {
      // A related article dedicated to what the question asks about (its title names it).
      const dedicated = previous.related.find((id) => input.admissible(id) && titled(id) && measure(id) >= previousCover);
      if (dedicated) [best, bestCover, why] = [dedicated, measure(dedicated), 'names in its title'];
    } else if (previousCover < 1) {
      const lead = input.combinedHits().find((h) => input.admissible(h.id));
      if (lead && lead.id !== previous.id && measure(lead.id) > previousCover) [best, bestCover, why] = [lead.id, measure(lead.id), 'leads the search in context and explains'];
    }
  }
  if (best === null || bestCover < opts.familyCoverage) {
    // Weakly covered: stay with the last answer when the question names nothing unknown (「それは？」); a
    // new, unknown topic (「今日の天気は？」) is not ours.
    if (alone.kind === 'answer' || previousCover < 0) return null;
    if (input.unknownShare > 0 && previousCover < opts.familyCoverage) return null;
    if (content.length > 0 && previousCover === 0) return null; // 「何年かかる？」 where the answer names no 年
    best = previous.id;
    bestCover = previousCover;
  }
  if (alone.kind === 'answer' && alone.id === best) return null;
  const anchor = (best === previous.id ? input.combinedHits() : input.hits).find((h) => h.id === best)?.anchor || null;
  return {
    kind: 'answer',
    id: best,
    anchor,
    intent: null,
    confidence: Math.round(Math.min(0.8, 0.4 + 0.4 * bestCover) * 100) / 100,
    decidedBy: `follow-up of ${previous.id}: ${best} ${why} ${bestCover.toFixed(2)} of the question`,
  };
}
