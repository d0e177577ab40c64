/** Test helpers: the valid minimal fixture as in-memory files, changed one mistake at a time. */
import path from 'node:path';
import { expect } from 'vitest';
import { loadContentFiles, type ContentFile } from '../../server/content/load.ts';
import { buildKnowledgeBase } from '../../server/content/pipeline.ts';
import { formatProblem } from '../../server/content/format.ts';

export const MINIMAL_DIR = path.resolve('test/fixtures/content-minimal');
export const TODAY = new Date('2026-11-25T00:00:00Z');

/** The minimal fixture's files. */
export function minimalFiles(): Promise<ContentFile[]> {
  return loadContentFiles(MINIMAL_DIR);
}

/** A copy of `files` with `file`'s text changed by replacing `from` (which must occur) with `to`. */
export function edit(files: ContentFile[], file: string, from: string, to: string): ContentFile[] {
  const f = files.find((x) => x.path === file);
  expect(f, file).toBeDefined();
  expect(f!.text.includes(from), `${file} holds ${JSON.stringify(from)}`).toBe(true);
  return files.map((x) => (x === f ? { path: x.path, text: x.text.replace(from, to) } : x));
}

/** The `path:line: message` lines the pipeline reports for `files`. */
export function check(files: ContentFile[]): string[] {
  return buildKnowledgeBase(files, { today: TODAY }).problems.map((p) => formatProblem(p));
}
