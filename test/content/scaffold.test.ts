import { describe, expect, it } from 'vitest';
import { idProblem, scaffoldArticle } from '../../server/content/scaffold.ts';
import { check, minimalFiles } from './helpers.ts';

describe('scaffoldArticle', () => {
  it('writes every field, and the check lists exactly what is left to fill in', async () => {
    const text = scaffoldArticle('faq', 'new-article', '2026-11-25');
    for (const key of ['id', 'title', 'category', 'summary', 'source', 'updated', 'related', 'keyFacts', 'examples']) {
      expect(text).toMatch(new RegExp(`^${key}:`, 'm'));
    }
    expect(text).toMatch(/^# intent:/m);
    const problems = check([...(await minimalFiles()), { path: 'faq/new-article.md', text }]);
    expect(problems.slice(0, 4)).toEqual([
      'faq/new-article.md:4: "title" is empty',
      'faq/new-article.md:6: "category" is empty',
      'faq/new-article.md:8: "summary" is empty',
      'faq/new-article.md:10: "source" is empty',
    ]);
    expect(problems).toContain('faq/new-article.md:16: "keyFacts" is empty (write [] for an empty list)');
    expect(problems.filter((p) => p.includes('"examples" item'))).toHaveLength(10);
    expect(problems.filter((p) => p.includes('TODO'))).toHaveLength(3);
  });

  it('gives a guide a lead and steps', () => {
    const text = scaffoldArticle('guide', 'g', '2026-11-25');
    expect(text).toContain('## 手順 {#steps}');
    expect(text).toContain('TODO: このガイド');
  });
});

describe('idProblem', () => {
  it('accepts lowercase hyphenated ids and refuses others', () => {
    expect(idProblem('kj-password-lost')).toBeNull();
    expect(idProblem('KJ')).toMatch(/^content:new: "KJ" is not a valid id/);
    expect(idProblem('a--b')).not.toBeNull();
    expect(idProblem('a'.repeat(65))).not.toBeNull();
  });
});
