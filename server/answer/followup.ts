/**
 * Follow-ups: a short question asked right after an answer (「それはどこで？」「期限は？」) is read with that
 * answer's topic. Only used when the question on its own does not lead to a confident answer, so a new
 * topic (「電話番号は？」) is still answered for itself.
 */
import type { Article } from '../content/types.ts';
import type { SearchHit } from '../search/types.ts';
import type { Decision } from './decide.ts';

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
  /** How much of the question an article explains (specificity.ts). */
  cover: (id: string) => number;
  /** Hits for the question read together with the previous answer's title. */
  combinedHits: () => SearchHit[];
  /** Whether an article may answer at all (not vetoed). */
  admissible: (id: string) => boolean;
}

/** True when the question is short and made of words the knowledge base knows. */
export function readsAsFollowUp(normalized: string, unknown: number, opts: FollowUpOptions = DEFAULT_FOLLOW_UP): boolean {
  const length = normalized.replace(/\s+/g, '').length;
  return length > 0 && length <= opts.maxLength && unknown <= opts.maxUnknownShare;
}

/**
 * The follow-up decision, or null when the question does not read as one (then the question alone
 * decides). Among the last answer, its related articles and what the question alone would answer, the
 * article that explains most of the question wins; on a tie the last answer does (「手順はどこ？」 after
 * the certificate-password answer stays there, 「電話番号は？」 moves to the contact article). A question
 * with nothing in it to weigh (「それは？」) is read as being about the last answer.
 */
export function decideFollowUp(input: FollowUpInput, alone: Decision, opts: FollowUpOptions = DEFAULT_FOLLOW_UP): Decision | null {
  const { previous } = input;
  if (alone.kind === 'answer' && alone.intent) return null; // an intent rule named the topic outright
  if (!readsAsFollowUp(input.normalized, input.unknownShare, opts)) return null;
  const own = alone.kind === 'answer' ? [alone.id] : [];
  const candidates = Array.from(new Set([previous.id, ...previous.related, ...own])).filter(input.admissible);
  // The last answer keeps the topic unless another article explains clearly more of the question.
  const previousCover = input.admissible(previous.id) ? input.cover(previous.id) : -1;
  let best: string | null = previousCover >= 0 ? previous.id : null;
  let bestCover = Math.max(0, previousCover);
  for (const id of candidates) {
    const c = input.cover(id);
    if (id !== previous.id && c > bestCover && c >= previousCover + opts.switchMargin) {
      best = id;
      bestCover = c;
    }
  }
  if (best === null || bestCover < opts.familyCoverage) {
    // Weakly covered: stay with the last answer if it explains any of the question (「郵送だと何日？」) or
    // the question names nothing unknown (「それは？」); a new, unknown topic (「今日の天気は？」) is not ours.
    if (alone.kind === 'answer' || previousCover < 0) return null;
    if (previousCover === 0 && input.unknownShare > 0) return null;
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
    decidedBy: `follow-up of ${previous.id}: ${best} explains ${bestCover.toFixed(2)} of the question`,
  };
}
