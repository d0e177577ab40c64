/**
 * Reloading content (what `npm run dev` does on every save): a good edit is served at once, a broken
 * edit leaves the last good content in service and returns the problems.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { formatProblem } from '../../server/content/format.ts';

let dir: string;
let app: FastifyInstance;
const faq = () => path.join(dir, 'faq', 'sample-faq.md');

async function editFaq(from: string, to: string) {
  const text = await readFile(faq(), 'utf8');
  expect(text).toContain(from);
  await writeFile(faq(), text.replace(from, to));
}

async function title(): Promise<string> {
  return (await app.inject({ url: '/api/articles/sample-faq' })).json().title;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kb-reload-'));
  await cp(path.resolve('test/fixtures/content-minimal'), dir, { recursive: true });
  app = await buildApp({ config: { contentDir: dir, logLevel: 'silent', insights: false, overloadEventLoopDelayMs: 0 }, logger: false });
});

afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

describe('knowledge.reload', () => {
  it('serves a good edit after reload', async () => {
    const before = app.knowledge.current();
    await editFaq('title: パスワードを忘れたときはどうすればいいですか', 'title: パスワードを忘れました');
    expect(await title()).toBe('パスワードを忘れたときはどうすればいいですか');
    const result = await app.knowledge.reload();
    expect(result).toEqual({ ok: true, problems: [] });
    expect(await title()).toBe('パスワードを忘れました');
    expect(app.knowledge.current()).not.toBe(before);
    expect((await app.inject({ url: '/kb/sample-faq' })).body).toContain('<h1 id="intro">パスワードを忘れました</h1>');
  });

  it('keeps the last good content when an edit breaks it, and reports path:line: message', async () => {
    const before = app.knowledge.current();
    await editFaq('title: パスワードを忘れたときはどうすればいいですか', 'title: 注意: パスワード');
    const result = await app.knowledge.reload();
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => formatProblem(p))).toEqual([
      'faq/sample-faq.md:3: YAML syntax error: Nested mappings are not allowed in compact mappings (put text containing ": " in quotes)',
    ]);
    expect(app.knowledge.current()).toBe(before);
    expect(await title()).toBe('パスワードを忘れたときはどうすればいいですか');
  });

  it('recovers once the broken edit is fixed', async () => {
    await editFaq('category: id-password', 'category: nope');
    expect((await app.knowledge.reload()).ok).toBe(false);
    await editFaq('category: nope', 'category: contact');
    expect((await app.knowledge.reload()).ok).toBe(true);
    expect((await app.inject({ url: '/api/articles/sample-faq' })).json().category).toBe('contact');
  });

  it('picks up a new article and a removed one', async () => {
    const guide = await readFile(path.join(dir, 'guides', 'sample-guide.md'), 'utf8');
    await writeFile(path.join(dir, 'faq', 'sample-guide.md'), guide);
    const dup = await app.knowledge.reload();
    expect(dup.problems.map((p) => formatProblem(p))).toContain('guides/sample-guide.md:2: duplicate id "sample-guide": also used by faq/sample-guide.md');
    await rm(path.join(dir, 'guides', 'sample-guide.md'));
    expect((await app.knowledge.reload()).ok).toBe(true);
    expect((await app.inject({ url: '/api/articles' })).json()).toHaveLength(2);
  });
});
