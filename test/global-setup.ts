/**
 * Services for the whole test run: PostgreSQL and Redis (test/services/), and a run id that every test
 * database and Redis key prefix carries, so that several runs (other worktrees, CI) can share the same
 * services at once. The databases this run created are dropped at the end, even after a crash of a test.
 */
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { ensurePostgres } from './services/postgres.ts';
import { ensureRedis } from './services/redis.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An admin connection to PostgreSQL (may create databases). */
    pgAdminUrl: string;
    redisUrl: string;
    /** Unique per run: a prefix of test database names and Redis keys. */
    runId: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const postgres = await ensurePostgres(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const redis = await ensureRedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  project.provide('pgAdminUrl', postgres.url);
  project.provide('redisUrl', redis.url);
  project.provide('runId', runId);
  return async () => {
    const admin = new pg.Client({ connectionString: postgres.url });
    try {
      await admin.connect();
      const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`careplan_${runId}_%`]);
      for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    } finally {
      await admin.end().catch(() => undefined);
      await postgres.stop();
      await redis.stop();
    }
  };
}
