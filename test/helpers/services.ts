/**
 * Isolated use of the shared test services: each caller gets its own uniquely named PostgreSQL database
 * (dropped by `drop()`, and by the global teardown as a safety net) and its own Redis key prefix.
 */
import { inject } from 'vitest';
import pg from 'pg';

let counter = 0;

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty database named after the run and `label`. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  counter += 1;
  const name = `careplan_${inject('runId')}_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${process.pid}_${counter}`;
  const adminUrl = inject('pgAdminUrl');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A Redis key prefix no other test or run uses. */
export function redisPrefix(label: string): string {
  counter += 1;
  return `careplan-test:${inject('runId')}:${label}:${process.pid}:${counter}:`;
}

/** The Redis URL of this run. */
export const testRedisUrl = () => inject('redisUrl');
