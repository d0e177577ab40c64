/**
 * The insights summary from the rows either store reads (SQLite and PostgreSQL run the same counts in
 * their own SQL; this turns the rows into the one shape the API returns).
 */
import type { AskKind } from '../answer/types.ts';
import type { ArticleCount, DayCount, InsightsSummary, UnhelpfulReason } from './types.ts';

const KINDS: readonly AskKind[] = ['answer', 'clarify', 'fallback', 'smalltalk'];
export const REASONS: readonly UnhelpfulReason[] = ['irrelevant', 'not-solved', 'other'];

export interface SummaryRows {
  since: string;
  /** Asks per Japan-time day and kind, ordered by day. */
  perDayKind: { day: string; kind: string; n: number }[];
  topArticles: ArticleCount[];
  /** Votes per answered article. */
  votes: { id: string; votes: number; helpful: number }[];
  /** All votes in the window. */
  allVotes: { votes: number; helpful: number };
  /** Unhelpful votes by reason (null: none given). */
  reasons: { reason: string | null; n: number }[];
}

/** Builds the summary the API returns from the rows of either store. */
export function buildSummary(rows: SummaryRows): InsightsSummary {
  const byDay = new Map<string, DayCount>();
  const totals = { asks: 0, answer: 0, clarify: 0, fallback: 0, smalltalk: 0, votes: rows.allVotes.votes, helpful: rows.allVotes.helpful };
  for (const { day, kind, n } of rows.perDayKind) {
    let d = byDay.get(day);
    if (!d) byDay.set(day, (d = { day, total: 0, answer: 0, clarify: 0, fallback: 0, smalltalk: 0 }));
    d.total += n;
    totals.asks += n;
    if ((KINDS as string[]).includes(kind)) {
      d[kind as AskKind] += n;
      totals[kind as AskKind] += n;
    }
  }
  const unhelpfulReasons = { irrelevant: 0, 'not-solved': 0, other: 0, none: 0 };
  for (const { reason, n } of rows.reasons) {
    const key = reason !== null && (REASONS as string[]).includes(reason) ? (reason as UnhelpfulReason) : 'none';
    unhelpfulReasons[key] += n;
  }
  return {
    since: rows.since,
    totals,
    unhelpfulReasons,
    perDay: [...byDay.values()],
    topArticles: rows.topArticles,
    helpfulness: rows.votes.map((v) => ({ ...v, rate: v.votes ? v.helpful / v.votes : 0 })),
  };
}

/** The UTC instant at which a Japan-time day begins, as ISO text comparable with stored `at` values. */
export function dayStartIso(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00+09:00`)).toISOString();
}
