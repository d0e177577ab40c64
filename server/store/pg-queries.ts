/**
 * The read side of the PostgreSQL insights store: the same answers as store/sqlite-queries.ts (one
 * behaviour suite runs against both), in PostgreSQL's SQL. Counts are cast to integer (pg returns bigint
 * as text) and times are returned as ISO text like SQLite's.
 */
import type pg from 'pg';
import { windowStart } from './japan-day.ts';
import { buildSummary, dayStartIso } from './summary.ts';
import { STORE } from '../tuning.ts';
import type { ConversationTurn, FeedbackEntry, InsightsSummary, ReadOptions, UnansweredGroup } from './types.ts';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : d);

/** Asks per day and kind, the most answered articles, how helpful each was voted and why not. */
export async function readSummaryPg(pool: pg.Pool, { days, limit }: ReadOptions, now = new Date()): Promise<InsightsSummary> {
  const since = windowStart(days, now);
  const [perDayKind, topArticles, votes, allVotes, reasons] = await Promise.all([
    pool.query(`SELECT day::text AS day, kind, count(*)::int AS n FROM asks WHERE day >= $1::date GROUP BY day, kind ORDER BY day`, [since]),
    pool.query(
      `SELECT answer_id AS id, count(*)::int AS count FROM asks
       WHERE day >= $1::date AND kind = 'answer' AND answer_id IS NOT NULL
       GROUP BY answer_id ORDER BY count DESC, id LIMIT $2`,
      [since, limit],
    ),
    pool.query(
      `SELECT a.answer_id AS id, count(*)::int AS votes, count(*) FILTER (WHERE f.helpful)::int AS helpful
       FROM feedback f JOIN asks a ON a.query_id = f.query_id
       WHERE a.day >= $1::date AND a.answer_id IS NOT NULL
       GROUP BY a.answer_id ORDER BY votes DESC, id LIMIT $2`,
      [since, limit],
    ),
    pool.query(
      `SELECT count(*)::int AS votes, count(*) FILTER (WHERE f.helpful)::int AS helpful
       FROM feedback f JOIN asks a ON a.query_id = f.query_id WHERE a.day >= $1::date`,
      [since],
    ),
    pool.query(
      `SELECT f.reason, count(*)::int AS n FROM feedback f JOIN asks a ON a.query_id = f.query_id
       WHERE a.day >= $1::date AND NOT f.helpful GROUP BY f.reason`,
      [since],
    ),
  ]);
  return buildSummary({
    since,
    perDayKind: perDayKind.rows,
    topArticles: topArticles.rows,
    votes: votes.rows,
    allVotes: allVotes.rows[0] ?? { votes: 0, helpful: 0 },
    reasons: reasons.rows,
  });
}

/** Fallback and clarify questions grouped by normalised text, most frequent first, with the latest wording. */
export async function readUnansweredPg(pool: pg.Pool, { days, limit }: ReadOptions, now = new Date()): Promise<UnansweredGroup[]> {
  const { rows } = await pool.query(
    `SELECT normalized, (array_agg(question ORDER BY at DESC))[1] AS question, max(at) AS "lastSeen", count(*)::int AS count,
            count(*) FILTER (WHERE kind = 'fallback')::int AS fallback, count(*) FILTER (WHERE kind = 'clarify')::int AS clarify
     FROM asks WHERE day >= $1::date AND kind IN ('fallback', 'clarify')
     GROUP BY normalized ORDER BY count DESC, "lastSeen" DESC LIMIT $2`,
    [windowStart(days, now), limit],
  );
  return rows.map((r) => ({ ...r, lastSeen: iso(r.lastSeen) }));
}

/** The latest feedback with the question it was about; `helpful` filters the votes. */
export async function readFeedbackPg(
  pool: pg.Pool,
  { days, limit, helpful }: ReadOptions & { helpful?: boolean },
  now = new Date(),
): Promise<FeedbackEntry[]> {
  const { rows } = await pool.query(
    `SELECT f.query_id AS "queryId", f.at, f.helpful, f.reason, f.comment, a.question, a.kind, a.answer_id AS "answerId"
     FROM feedback f LEFT JOIN asks a ON a.query_id = f.query_id
     WHERE f.at >= $1 AND ($2::boolean IS NULL OR f.helpful = $2)
     ORDER BY f.at DESC LIMIT $3`,
    [dayStartIso(windowStart(days, now)), helpful ?? null, limit],
  );
  return rows.map((r) => ({ ...r, at: iso(r.at) }));
}

/** The asks of one conversation with their votes, oldest first. */
export async function readConversationPg(pool: pg.Pool, reference: string): Promise<ConversationTurn[]> {
  const { rows } = await pool.query(
    `SELECT a.query_id AS "queryId", a.at, a.question, a.kind, a.answer_id AS "answerId", f.helpful, f.reason
     FROM asks a LEFT JOIN feedback f ON f.query_id = a.query_id
     WHERE a.reference = $1 ORDER BY a.at, a.query_id LIMIT $2`,
    [reference, STORE.conversationTurns],
  );
  return rows.map((r) => ({ ...r, at: iso(r.at) }));
}

/** Deletes asks older than `before` (their feedback goes with them), a batch at a time. */
export async function pruneBeforePg(pool: pg.Pool, before: Date, batch: number): Promise<number> {
  let total = 0;
  for (;;) {
    const { rowCount } = await pool.query(
      'DELETE FROM asks WHERE query_id IN (SELECT query_id FROM asks WHERE at < $1 LIMIT $2)',
      [before.toISOString(), batch],
    );
    total += rowCount ?? 0;
    if (!rowCount) return total;
  }
}
