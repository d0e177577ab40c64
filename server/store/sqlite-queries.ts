/** The read side of the SQLite insights store: the summary, the unanswered questions and the feedback. */
import type Database from 'better-sqlite3';
import type { AskKind } from '../answer/types.ts';
import { windowStart } from './japan-day.ts';
import type { DayCount, FeedbackEntry, InsightsSummary, ReadOptions, UnansweredGroup } from './types.ts';

const KINDS: AskKind[] = ['answer', 'clarify', 'fallback', 'smalltalk'];

/** Asks per day and kind, the most answered articles and how helpful each article was voted. */
export function readSummary(db: Database.Database, { days, limit }: ReadOptions, now = new Date()): InsightsSummary {
  const since = windowStart(days, now);
  const rows = db
    .prepare('SELECT day, kind, COUNT(*) AS n FROM asks WHERE day >= ? GROUP BY day, kind ORDER BY day')
    .all(since) as { day: string; kind: AskKind; n: number }[];
  const byDay = new Map<string, DayCount>();
  const totals = { asks: 0, answer: 0, clarify: 0, fallback: 0, smalltalk: 0, votes: 0, helpful: 0 };
  for (const { day, kind, n } of rows) {
    let d = byDay.get(day);
    if (!d) byDay.set(day, (d = { day, total: 0, answer: 0, clarify: 0, fallback: 0, smalltalk: 0 }));
    d.total += n;
    totals.asks += n;
    if (KINDS.includes(kind)) {
      d[kind] += n;
      totals[kind] += n;
    }
  }
  const topArticles = db
    .prepare(
      `SELECT answer_id AS id, COUNT(*) AS count FROM asks
       WHERE day >= ? AND kind = 'answer' AND answer_id IS NOT NULL
       GROUP BY answer_id ORDER BY count DESC, id LIMIT ?`,
    )
    .all(since, limit) as { id: string; count: number }[];
  const votes = db
    .prepare(
      `SELECT a.answer_id AS id, COUNT(*) AS votes, SUM(f.helpful) AS helpful
       FROM feedback f JOIN asks a ON a.query_id = f.query_id
       WHERE a.day >= ? AND a.answer_id IS NOT NULL
       GROUP BY a.answer_id ORDER BY votes DESC, id LIMIT ?`,
    )
    .all(since, limit) as { id: string; votes: number; helpful: number }[];
  const all = db
    .prepare(
      `SELECT COUNT(*) AS votes, COALESCE(SUM(f.helpful), 0) AS helpful
       FROM feedback f JOIN asks a ON a.query_id = f.query_id WHERE a.day >= ?`,
    )
    .get(since) as { votes: number; helpful: number };
  totals.votes = all.votes;
  totals.helpful = all.helpful;
  return {
    since,
    totals,
    perDay: [...byDay.values()],
    topArticles,
    helpfulness: votes.map((v) => ({ ...v, rate: v.votes ? v.helpful / v.votes : 0 })),
  };
}

/**
 * Fallback and clarify questions grouped by normalised text, most frequent first. The shown wording is
 * the latest one (SQLite takes bare columns from the row that holds MAX()).
 */
export function readUnanswered(db: Database.Database, { days, limit }: ReadOptions, now = new Date()): UnansweredGroup[] {
  return db
    .prepare(
      `SELECT normalized, question, MAX(at) AS lastSeen, COUNT(*) AS count,
              SUM(kind = 'fallback') AS fallback, SUM(kind = 'clarify') AS clarify
       FROM asks WHERE day >= ? AND kind IN ('fallback', 'clarify')
       GROUP BY normalized ORDER BY count DESC, lastSeen DESC LIMIT ?`,
    )
    .all(windowStart(days, now), limit) as UnansweredGroup[];
}

/** The latest feedback with the question it was about; `helpful` filters the votes. */
export function readFeedback(
  db: Database.Database,
  { days, limit, helpful }: ReadOptions & { helpful?: boolean },
  now = new Date(),
): FeedbackEntry[] {
  const rows = db
    .prepare(
      `SELECT f.query_id AS queryId, f.at, f.helpful, f.comment, a.question, a.kind, a.answer_id AS answerId
       FROM feedback f LEFT JOIN asks a ON a.query_id = f.query_id
       WHERE f.at >= ? AND (? IS NULL OR f.helpful = ?)
       ORDER BY f.at DESC LIMIT ?`,
    )
    .all(sinceIso(days, now), flag(helpful), flag(helpful), limit) as (Omit<FeedbackEntry, 'helpful'> & { helpful: number })[];
  return rows.map((r) => ({ ...r, helpful: r.helpful === 1 }));
}

function flag(helpful: boolean | undefined): number | null {
  return helpful === undefined ? null : helpful ? 1 : 0;
}

/** The UTC instant at which the window's first Japan-time day begins, as ISO text comparable with `at`. */
function sinceIso(days: number, now: Date): string {
  return new Date(Date.parse(`${windowStart(days, now)}T00:00:00+09:00`)).toISOString();
}
