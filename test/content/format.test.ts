import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countProblems, displayPrefix, formatProblem } from '../../server/content/format.ts';

describe('formatProblem', () => {
  it('prints path:line: message, warnings tagged', () => {
    expect(formatProblem({ path: 'faq/a.md', line: 7, message: 'm', severity: 'error' }, 'content/')).toBe('content/faq/a.md:7: m');
    expect(formatProblem({ path: 'faq/a.md', line: 7, message: 'm', severity: 'warning' })).toBe('faq/a.md:7: warning: m');
  });
});

describe('displayPrefix', () => {
  it('is relative to the working directory inside it and absolute outside', () => {
    expect(displayPrefix('/repo/content', '/repo')).toBe('content/');
    expect(displayPrefix('/repo/test/fixtures/x', '/repo')).toBe('test/fixtures/x/');
    expect(displayPrefix('/repo', '/repo')).toBe('');
    expect(displayPrefix('/elsewhere/content', '/repo')).toBe(path.resolve('/elsewhere/content') + '/');
  });
});

describe('countProblems', () => {
  it('counts errors and warnings', () => {
    const p = (severity: 'error' | 'warning') => ({ path: 'a', line: 1, message: 'm', severity });
    expect(countProblems([p('error'), p('warning'), p('error')])).toEqual({ errors: 2, warnings: 1 });
  });
});
