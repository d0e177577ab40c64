/** The project's own content/ passes every check (what `npm run content:check` runs in CI). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../server/content/pipeline.ts';
import { formatProblem } from '../../server/content/format.ts';

describe('content/', () => {
  it('has no errors', async () => {
    const { kb, problems } = await loadKnowledgeBase(path.resolve('content'));
    const errors = problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p, 'content/'));
    expect(errors).toEqual([]);
    expect(kb).not.toBeNull();
    expect(kb!.articles.length).toBeGreaterThan(0);
  });
});
