/** The read side of the SQLite insights store: summary, unanswered questions, feedback, conversations. */
import type Database from 'better-sqlite3';
import { windowStart } from './japan-day.ts';
import { buildSummary, dayStartIso } from './summary.ts';
import type { ConversationTurn, FeedbackEntry, InsightsSummary, ReadOptions, UnansweredGroup } from './types.ts';
import { STORE } from '../tuning.ts';

/** Asks per day and kind, the most answered articles, how helpful each was voted and why not. */
export function readSummary(db: Database.Database, { days, limit }: ReadOptions, now = new Date()): InsightsSummary {
  const since = windowStart(days, now);
  return buildSummary({
    since,
    perDayKind: db.prepare('SELECT day, kind, COUNT(*) AS n FROM asks WHERE day >= ? GROUP BY day, kind ORDER BY day').all(since) as {
      day: string;
      kind: string;
      n: number;
    }[],
    topArticles: db
      .prepare(
        `SELECT answer_id AS id, COUNT(*) AS count FROM asks
         WHERE day >= ? AND kind = 'answer' AND answer_id IS NOT NULL
         GROUP BY answer_id ORDER BY count DESC, id LIMIT ?`,
      )
      .all(since, limit) as { id: string; count: number }[],
    votes: db
      .prepare(
        `SELECT a.answer_id AS id, COUNT(*) AS votes, SUM(f.helpful) AS helpful
         FROM feedback f JOIN asks a ON a.query_id = f.query_id
         WHERE a.day >= ? AND a.answer_id IS NOT NULL
         GROUP BY a.answer_id ORDER BY votes DESC, id LIMIT ?`,
      )
      .all(since, limit) as { id: string; votes: number; helpful: number }[],
    allVotes: db
      .prepare(
        `SELECT COUNT(*) AS votes, COALESCE(SUM(f.helpful), 0) AS helpful
         FROM feedback f JOIN asks a ON a.query_id = f.query_id WHERE a.day >= ?`,
      )
      .get(since) as { votes: number; helpful: number },
    reasons: db
      .prepare(
        `SELECT f.reason, COUNT(*) AS n FROM feedback f JOIN asks a ON a.query_id = f.query_id
         WHERE a.day >= ? AND f.helpful = 0 GROUP BY f.reason`,
      )
      .all(since) as { reason: string | null; n: number }[],
  });
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
  const flag = helpful === undefined ? null : helpful ? 1 : 0;
  const rows = db
    .prepare(
      `SELECT f.query_id AS queryId, f.at, f.helpful, f.reason, f.comment, a.question, a.kind, a.answer_id AS answerId
       FROM feedback f LEFT JOIN asks a ON a.query_id = f.query_id
       WHERE f.at >= ? AND (? IS NULL OR f.helpful = ?)
       ORDER BY f.at DESC LIMIT ?`,
    )
    .all(dayStartIso(windowStart(days, now)), flag, flag, limit) as (Omit<FeedbackEntry, 'helpful'> & { helpful: number })[];
  return rows.map((r) => ({ ...r, helpful: r.helpful === 1 }));
}

/** The asks of one conversation with their votes, oldest first. */
export function readConversation(db: Database.Database, reference: string): ConversationTurn[] {
  const rows = db
    .prepare(
      `SELECT a.query_id AS queryId, a.at, a.question, a.kind, a.answer_id AS answerId, f.helpful, f.reason
       FROM asks a LEFT JOIN feedback f ON f.query_id = a.query_id
       WHERE a.reference = ? ORDER BY a.at, a.query_id LIMIT ?`,
    )
    .all(reference, STORE.conversationTurns) as (Omit<ConversationTurn, 'helpful'> & { helpful: number | null })[];
  return rows.map((r) => ({ ...r, helpful: r.helpful === null ? null : r.helpful === 1 }));
}

/** Deletes asks older than `before` and their feedback, a batch at a time; returns how many asks went. */
export function pruneBefore(db: Database.Database, before: Date, batch: number): number {
  const cutoff = before.toISOString();
  const pick = `SELECT query_id FROM asks WHERE at < ? LIMIT ${Math.trunc(batch)}`;
  const deleteFeedback = db.prepare(`DELETE FROM feedback WHERE query_id IN (${pick})`);
  const deleteAsks = db.prepare(`DELETE FROM asks WHERE query_id IN (${pick})`);
  const step = db.transaction(() => {
    deleteFeedback.run(cutoff);
    return deleteAsks.run(cutoff).changes;
  });
  let total = 0;
  for (let n = step(); n > 0; n = step()) total += n;
  return total;
}
