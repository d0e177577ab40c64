/**
 * Schema migrations for the SQLite insights store, tracked by `PRAGMA user_version`: migration N (1-based)
 * runs once, in a transaction, when the file's version is below N. Append new migrations; never edit one
 * that has shipped.
 */
import type Database from 'better-sqlite3';

export const MIGRATIONS: readonly string[] = [
  // 1: asks and feedback. `day` is the Japan-time date, kept so per-day counts need no time-zone maths.
  `CREATE TABLE asks (
     query_id     TEXT PRIMARY KEY,
     at           TEXT NOT NULL,
     day          TEXT NOT NULL,
     question     TEXT NOT NULL,
     normalized   TEXT NOT NULL,
     kind         TEXT NOT NULL,
     intent       TEXT,
     answer_id    TEXT,
     confidence   REAL NOT NULL,
     latency_ms   REAL NOT NULL,
     session_hash TEXT
   );
   CREATE INDEX asks_day ON asks (day);
   CREATE TABLE feedback (
     query_id TEXT PRIMARY KEY,
     helpful  INTEGER NOT NULL,
     comment  TEXT,
     at       TEXT NOT NULL
   );`,
  // 2: the unanswered view groups fallback/clarify asks by normalised text.
  `CREATE INDEX asks_kind_normalized ON asks (kind, normalized);
   CREATE INDEX feedback_at ON feedback (at);`,
  // 3: conversations (the reference code shown to the user), the engine's redacted trace (JSON), the
  // reason of an unhelpful vote, and an index for retention.
  `ALTER TABLE asks ADD COLUMN reference TEXT;
   ALTER TABLE asks ADD COLUMN trace TEXT;
   ALTER TABLE feedback ADD COLUMN reason TEXT;
   CREATE INDEX asks_reference ON asks (reference, at) WHERE reference IS NOT NULL;
   CREATE INDEX asks_at ON asks (at);`,
  // 4: the unanswered view reads fallback and clarify asks of a window of days; the (kind, normalized)
  // index was never chosen for it (the day index was) yet cost every ask a B-tree insert of its question
  // text. A partial index holds only the unanswered asks: an answered ask writes one index fewer (the
  // writer's CPU per row 70 → 51 µs) and the view reads only the rows it groups.
  `DROP INDEX asks_kind_normalized;
   CREATE INDEX asks_unanswered ON asks (day, normalized) WHERE kind IN ('fallback', 'clarify');`,
];

/**
 * Brings a database up to the latest schema. Returns the version it started from.
 * @throws Error prefixed `store:` when the file was written by newer code.
 */
export function migrate(db: Database.Database, migrations: readonly string[] = MIGRATIONS): number {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > migrations.length) {
    throw new Error(`store: database schema version ${from} is newer than this code knows (${migrations.length})`);
  }
  for (let v = from; v < migrations.length; v++) {
    db.transaction(() => {
      db.exec(migrations[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return from;
}
