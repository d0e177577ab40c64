import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openPgStore } from '../../server/store/pg-store.ts';
import { migratePg, PG_MIGRATIONS } from '../../server/store/pg-migrations.ts';
import { askRecord } from '../helpers/ask-records.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/services.ts';
import { describeStoreBehaviour } from './store-behaviour.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('pgstore');
});
afterAll(async () => {
  await db.drop();
});

const open = async () => {
  const store = openPgStore({ url: db.url, poolSize: 4 });
  await store.ready;
  return store;
};

describeStoreBehaviour('PostgreSQL', () => ({
  open,
  async reset() {
    const store = await open();
    await store.pool.query('TRUNCATE asks CASCADE');
    await store.close();
  },
}));

describe('PostgreSQL insights store: its own', () => {
  it('migrates once even when replicas start together', async () => {
    const fresh = await createTestDatabase('pgmigrate');
    try {
      const stores = Array.from({ length: 4 }, () => openPgStore({ url: fresh.url, poolSize: 2 }));
      await Promise.all(stores.map((s) => s.ready));
      const { rows } = await stores[0]!.pool.query('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
      await Promise.all(stores.map((s) => s.close()));
    } finally {
      await fresh.drop();
    }
  });

  it('indexes only the unanswered asks for the unanswered view (no index of every ask\'s question)', async () => {
    const store = await open();
    try {
      const { rows } = await store.pool.query<{ indexname: string; indexdef: string }>("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'asks'");
      const names = rows.map((r) => r.indexname);
      expect(names).toContain('asks_unanswered');
      expect(names).not.toContain('asks_kind_normalized');
      expect(rows.find((r) => r.indexname === 'asks_unanswered')!.indexdef).toMatch(/WHERE .*fallback.*clarify/);
    } finally {
      await store.close();
    }
  });

  it('upgrades a database of the first version to the partial index, keeping its asks', async () => {
    const old = await createTestDatabase('pgupgrade');
    const pool = new pg.Pool({ connectionString: old.url, max: 1 });
    try {
      await migratePg(pool, PG_MIGRATIONS.slice(0, 1));
      await pool.query("INSERT INTO asks (query_id, at, day, question, normalized, kind, confidence, latency_ms) VALUES ('f1', now(), CURRENT_DATE, 'q', 'q', 'fallback', 0.2, 1)");
      expect(await migratePg(pool)).toBe(1);
      const { rows } = await pool.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE tablename = 'asks'");
      expect(rows.map((r) => r.indexname)).toContain('asks_unanswered');
      expect(rows.map((r) => r.indexname)).not.toContain('asks_kind_normalized');
      expect((await pool.query('SELECT query_id FROM asks')).rows).toEqual([{ query_id: 'f1' }]);
    } finally {
      await pool.end();
      await old.drop();
    }
  });

  it('refuses a database written by newer code', async () => {
    const store = await open();
    await store.pool.query('INSERT INTO schema_migrations (version) VALUES ($1)', [PG_MIGRATIONS.length + 1]);
    try {
      await expect(migratePg(store.pool)).rejects.toThrow(/^store: database schema version \d+ is newer/);
    } finally {
      await store.pool.query('DELETE FROM schema_migrations WHERE version = $1', [PG_MIGRATIONS.length + 1]);
      await store.close();
    }
  });

  it('keeps the trace as jsonb', async () => {
    const store = await open();
    const ask = askRecord({ trace: { decidedBy: 'rule', candidates: [{ id: 'a', score: 1 }] } });
    await store.recordAsk(ask);
    const { rows } = await store.pool.query('SELECT trace FROM asks WHERE query_id = $1', [ask.queryId]);
    expect(rows[0].trace).toEqual({ decidedBy: 'rule', candidates: [{ id: 'a', score: 1 }] });
    await store.close();
  });

  it('starts while the database is down, says why, keeps the asks queued and refuses votes', async () => {
    const store = openPgStore({ url: 'postgres://postgres@127.0.0.1:1/none', poolSize: 1 });
    await expect(store.ready).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(store.health()).toEqual({ ok: false, reason: 'insights store: open failed (ECONNREFUSED)' });
    expect(await store.recordAsk(askRecord())).toBe(false);
    await expect(store.recordFeedback({ queryId: 'x', helpful: true, reason: null, comment: null, at: new Date().toISOString() })).rejects.toBeTruthy();
    await store.close().catch(() => undefined);
  });

  it('rejects a reason outside the three', async () => {
    const store = await open();
    const ask = askRecord();
    await store.recordAsk(ask);
    await expect(
      store.pool.query("INSERT INTO feedback (query_id, helpful, reason, at) VALUES ($1, false, 'bogus', now())", [ask.queryId]),
    ).rejects.toBeInstanceOf(pg.DatabaseError);
    await store.close();
  });
});
