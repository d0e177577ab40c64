/** `npm run content:new`: scaffolds a complete article, refuses bad or taken ids. */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');
let dir: string;

async function contentNew(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [path.resolve('scripts/content-new.ts'), ...args, '--dir', dir]);
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kb-new-'));
  await cp(path.resolve('test/fixtures/content-minimal'), dir, { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('content:new', () => {
  it('writes faq/<id>.md with every field', async () => {
    const result = await contentNew('faq', 'new-question');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('new-question.md');
    const text = await readFile(path.join(dir, 'faq', 'new-question.md'), 'utf8');
    expect(text).toMatch(/^---\nid: new-question\n/);
    expect(text).toMatch(/^updated: \d{4}-\d{2}-\d{2}$/m);
  });

  it('writes guides/<id>.md for a guide', async () => {
    expect((await contentNew('guide', 'new-guide')).code).toBe(0);
    expect(await readFile(path.join(dir, 'guides', 'new-guide.md'), 'utf8')).toContain('id: new-guide');
  });

  it('refuses an id that is taken in either folder', async () => {
    const result = await contentNew('guide', 'sample-faq');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/content:new: the id "sample-faq" is already used by .*faq\/sample-faq\.md/);
  });

  it('refuses a bad id and a bad kind', async () => {
    const bad = await contentNew('faq', 'KJ_Password');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('content:new: "KJ_Password" is not a valid id');
    const kind = await contentNew('howto', 'x');
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('usage: npm run content:new -- faq <id>');
  });
});
