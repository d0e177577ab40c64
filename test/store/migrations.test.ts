import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { MIGRATIONS, migrate } from '../../server/store/migrations.ts';

const version = (db: Database.Database) => db.pragma('user_version', { simple: true });
const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','index') AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]);

describe('migrate', () => {
  it('brings a new database to the latest version', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(0);
    expect(version(db)).toBe(MIGRATIONS.length);
    expect(tables(db)).toEqual(expect.arrayContaining(['asks', 'feedback', 'asks_day', 'asks_unanswered']));
    expect(tables(db)).not.toContain('asks_kind_normalized');
  });

  it('reads the unanswered view through the partial index of fallback and clarify asks', () => {
    const db = new Database(':memory:');
    migrate(db);
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT normalized, COUNT(*) FROM asks WHERE day >= ? AND kind IN ('fallback', 'clarify') GROUP BY normalized`)
      .all('2026-01-01') as { detail: string }[];
    expect(plan.map((r) => r.detail).join(' | ')).toMatch(/USING INDEX asks_unanswered/);
    const indexOf = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'asks_unanswered'").pluck().get() as string;
    expect(indexOf).toMatch(/WHERE kind IN \('fallback', 'clarify'\)/);
  });

  it('runs each migration once', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(version(db)).toBe(MIGRATIONS.length);
  });

  it('applies only the migrations a file is missing, keeping its data', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare("INSERT INTO feedback VALUES ('q1', 1, NULL, '2026-01-01T00:00:00Z')").run();
    expect(tables(db)).not.toContain('asks_unanswered');
    expect(migrate(db)).toBe(1);
    expect(tables(db)).toContain('asks_unanswered');
    expect(db.prepare('SELECT COUNT(*) FROM feedback').pluck().get()).toBe(1);
  });

  it('moves a file of the third version to the partial index, keeping its asks', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 3));
    const insert = db.prepare("INSERT INTO asks (query_id, at, day, question, normalized, kind, confidence, latency_ms) VALUES (?, '2026-11-30T01:00:00Z', '2026-11-30', 'q', 'q', ?, 0.5, 1)");
    insert.run('a1', 'answer');
    insert.run('f1', 'fallback');
    expect(migrate(db)).toBe(3);
    expect(tables(db)).toContain('asks_unanswered');
    expect(tables(db)).not.toContain('asks_kind_normalized');
    expect(db.prepare('SELECT COUNT(*) FROM asks').pluck().get()).toBe(2);
    expect(db.prepare("SELECT query_id FROM asks INDEXED BY asks_unanswered WHERE day >= '2026-11-01' AND kind IN ('fallback', 'clarify')").pluck().all()).toEqual(['f1']);
  });

  it('rolls back a failing migration and keeps the version', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [...MIGRATIONS, 'CREATE TABLE x (a); THIS IS NOT SQL'])).toThrow();
    expect(version(db)).toBe(MIGRATIONS.length);
    expect(tables(db)).not.toContain('x');
  });

  it('refuses a file written by newer code', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => migrate(db)).toThrow(/^store: database schema version \d+ is newer/);
  });
});
