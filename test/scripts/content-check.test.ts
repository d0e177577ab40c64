/** `npm run content:check` as editors run it: output lines, summary and exit code. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');

async function check(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/content-check.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('content:check', () => {
  it('prints path:line: message relative to the working directory and exits 1 on an error', async () => {
    const result = await check('--dir', 'test/fixtures/broken-content/unknown-key', '--stale-days', '100000');
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      'test/fixtures/broken-content/unknown-key/faq/sample-faq.md:5: unknown key "summery" (did you mean "summary"?)',
      'content:check: 1 error, 0 warnings in test/fixtures/broken-content/unknown-key/ — fix the errors above',
    ]);
  });

  it('exits 0 on valid content, printing a summary', async () => {
    const result = await check('--dir', 'test/fixtures/content-minimal', '--stale-days', '100000');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('content:check: 2 articles, 2 notices in test/fixtures/content-minimal/ — 0 errors, 0 warnings');
  });

  it('warns about stale articles with --stale-days but still exits 0', async () => {
    const result = await check('--dir', 'test/fixtures/content-minimal', '--stale-days', '1');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^test\/fixtures\/content-minimal\/faq\/sample-faq\.md:7: warning: "updated" is 2026-10-01, more than 1 days ago/m);
    expect(result.stdout).toMatch(/0 errors, 2 warnings/);
  });

  it('refuses a malformed --stale-days', async () => {
    const result = await check('--stale-days', 'soon');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('content:check: --stale-days must be a whole number of days, got "soon"');
  });
});
