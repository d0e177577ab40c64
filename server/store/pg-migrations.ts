/**
 * Schema migrations for the PostgreSQL insights store, tracked in `schema_migrations`: migration N
 * (1-based) runs once, in a transaction, under an advisory lock so that replicas starting together do
 * not race. Append new migrations; never edit one that has shipped.
 */
import type pg from 'pg';

/** The key of the advisory lock every migrating replica takes (any constant unique to this service). */
const LOCK_KEY = 0x63617265; // "care"

export const PG_MIGRATIONS: readonly string[] = [
  // 1: asks (with the conversation reference and the engine's redacted trace) and their feedback.
  // `day` is the Japan-time date, kept so per-day counts need no time-zone maths.
  `CREATE TABLE asks (
     query_id     text PRIMARY KEY,
     at           timestamptz NOT NULL,
     day          date NOT NULL,
     question     text NOT NULL,
     normalized   text NOT NULL,
     kind         text NOT NULL,
     intent       text,
     answer_id    text,
     confidence   double precision NOT NULL,
     latency_ms   double precision NOT NULL,
     session_hash text,
     reference    text,
     trace        jsonb
   );
   CREATE INDEX asks_day ON asks (day);
   CREATE INDEX asks_at ON asks (at);
   CREATE INDEX asks_kind_normalized ON asks (kind, normalized);
   CREATE INDEX asks_reference ON asks (reference, at) WHERE reference IS NOT NULL;
   CREATE TABLE feedback (
     query_id text PRIMARY KEY REFERENCES asks (query_id) ON DELETE CASCADE,
     helpful  boolean NOT NULL,
     reason   text CHECK (reason IN ('irrelevant', 'not-solved', 'other')),
     comment  text,
     at       timestamptz NOT NULL
   );
   CREATE INDEX feedback_at ON feedback (at);`,
  // 2: as SQLite's migration 4: the unanswered view's rows in a partial index, and no (kind, normalized)
  // index written for every answered ask.
  `DROP INDEX asks_kind_normalized;
   CREATE INDEX asks_unanswered ON asks (day, normalized) WHERE kind IN ('fallback', 'clarify');`,
];

/**
 * Brings a database up to the latest schema. Returns the version it started from.
 * @throws Error prefixed `store:` when the database was written by newer code.
 */
export async function migratePg(pool: pg.Pool, migrations: readonly string[] = PG_MIGRATIONS): Promise<number> {
  const client = await pool.connect();
  try {
    // One replica at a time, from the creation of the version table on: concurrent CREATE TABLE IF NOT
    // EXISTS can still collide in PostgreSQL's catalogue (duplicate type), so the lock comes first.
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
      let from = -1;
      for (;;) {
        await client.query('BEGIN');
        try {
          const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
          const current = rows[0]?.v ?? 0;
          if (from === -1) from = current;
          if (current > migrations.length) {
            throw new Error(`store: database schema version ${current} is newer than this code knows (${migrations.length})`);
          }
          if (current === migrations.length) {
            await client.query('COMMIT');
            return from;
          }
          await client.query(migrations[current]!);
          await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [current + 1]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw err;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    client.release();
  }
}
