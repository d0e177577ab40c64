/** Formatting content problems for people: `path:line: message`, the form editors and editors' tools jump to. */
import path from 'node:path';
import type { ContentProblem } from './types.ts';

/**
 * One problem as `path:line: message` (warnings as `path:line: warning: message`).
 * @param prefix prepended to the problem's path (relative to the content folder), e.g. `content/`.
 */
export function formatProblem(problem: ContentProblem, prefix = ''): string {
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  return `${prefix}${problem.path}:${problem.line}: ${tag}${problem.message}`;
}

/**
 * The prefix that makes problem paths relative to the working directory, so `content/faq/x.md:7` opens
 * from a terminal or an editor; falls back to the absolute folder when it lies outside it.
 */
export function displayPrefix(contentDir: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, contentDir);
  const shown = rel === '' ? '' : rel.startsWith('..') || path.isAbsolute(rel) ? contentDir : rel;
  return shown === '' ? '' : `${shown.split(path.sep).join('/')}/`;
}

/** Counts errors and warnings. */
export function countProblems(problems: ContentProblem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}
