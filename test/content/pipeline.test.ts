/**
 * The content checks, one broken fixture per problem: each folder under test/fixtures/broken-content is
 * the valid test/fixtures/content-minimal with one mistake, and must fail with exactly these lines.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase, loadKnowledgeBase } from '../../server/content/pipeline.ts';
import { loadContentFiles } from '../../server/content/load.ts';
import { formatProblem } from '../../server/content/format.ts';

const FIXTURES = path.resolve('test/fixtures');
const TODAY = new Date('2026-11-25T00:00:00Z');

const EXPECTED: Record<string, string[]> = {
  'yaml-syntax': ['faq/sample-faq.md:5: YAML syntax error: Nested mappings are not allowed in compact mappings (put text containing ": " in quotes)'],
  'unknown-key': ['faq/sample-faq.md:5: unknown key "summery" (did you mean "summary"?)'],
  'missing-field': ['faq/sample-faq.md:1: missing required key "source"'],
  'empty-field': ['faq/sample-faq.md:5: "summary" is empty'],
  'id-mismatch': ['faq/sample-faq.md:2: id "sample-faq-2" does not match the file name "sample-faq"'],
  'duplicate-id': ['guides/sample-faq.md:2: duplicate id "sample-faq": also used by faq/sample-faq.md'],
  'related-missing': ['faq/sample-faq.md:8: related article "no-such-article" does not exist'],
  'link-missing-article': ['faq/sample-faq.md:35: link "/kb/no-such-article" points to a missing article "no-such-article"'],
  'link-missing-anchor': [
    'faq/sample-faq.md:31: link "/kb/sample-guide#no-such-anchor" points to a missing anchor "no-such-anchor" in "sample-guide"',
  ],
  'bad-date': ['faq/sample-faq.md:7: "updated" must be a real date in YYYY-MM-DD form, got "2026-02-30"'],
  'bad-category': ['faq/sample-faq.md:4: category "id-pasword" is not in the list (did you mean "id-password"?)'],
  'duplicate-example': ['guides/sample-guide.md:18: example "パスワード忘れた" is also under faq/sample-faq.md:10'],
  'few-examples': ['faq/sample-faq.md:9: "examples" has 9 questions; at least 10 are needed'],
  'bad-intent': [
    'faq/sample-faq.md:21: "intent.must" group 1 must be a non-empty list of terms, e.g. [パスワード, PW]',
    'faq/sample-faq.md:21: "intent.must" group 2 must be a non-empty list of terms, e.g. [パスワード, PW]',
  ],
  'duplicate-anchor': ['faq/sample-faq.md:33: duplicate anchor "answer" (also on line 29)'],
  'missing-anchor': ['faq/sample-faq.md:33: heading "解決しない場合" has no anchor: write "## 解決しない場合 {#some-anchor}"'],
  'reserved-anchor': ['faq/sample-faq.md:33: anchor "intro" is reserved for the text before the first "##" section'],
  'h1-in-body': ['faq/sample-faq.md:29: "#" heading "回答" in the body: the title is the page\'s heading, use "##"'],
  'missing-front-matter': ['faq/sample-faq.md:1: missing front matter: the file must start with a "---" line'],
  'notice-important': ['notices/2026-01-10-sample.md:6: "important" is false but the title has 【重要】'],
  'site-missing-phone': ['site.yaml:5: missing required key "helpdesk.phone"'],
  'missing-data-file': ['suggestions.yaml:1: missing file: suggestions.yaml is required'],
  'card-too-long': [
    'faq/sample-faq.md:29: the answer card is 754 characters, over the limit of 700: shorten it, or move details to a section outside the card',
  ],
  'key-fact-missing': ['faq/sample-faq.md:26: key fact "「ログイン」画面" is not in the answer card (answer): write it there word for word'],
  'case-not-one-sentence': [
    'faq/sample-faq.md:37: case section "if-unsolved" must begin with its one-sentence answer: a paragraph of one sentence that answers the case on its own',
  ],
  'avoided-phrase': [
    'faq/sample-faq.md:35: "手元の資料" must not reach readers: 資料の話はせず、「この点は{{helpdesk}}にお問い合わせください。」と書きます (wording.yaml)',
  ],
};

describe('content pipeline: broken fixtures', () => {
  it('has a fixture folder for every expected case and an expectation for every folder', async () => {
    const { readdir } = await import('node:fs/promises');
    const folders = (await readdir(path.join(FIXTURES, 'broken-content'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.sort()).toEqual([...Object.keys(EXPECTED), 'stale-updated'].sort());
  });

  for (const [name, lines] of Object.entries(EXPECTED)) {
    it(`reports ${name} exactly`, async () => {
      const { kb, problems } = await loadKnowledgeBase(path.join(FIXTURES, 'broken-content', name), { today: TODAY });
      expect(problems.map((p) => formatProblem(p))).toEqual(lines);
      expect(kb).toBeNull();
    });
  }

  it('warns about a stale `updated` date without failing, with the age configurable', async () => {
    const dir = path.join(FIXTURES, 'broken-content', 'stale-updated');
    const result = await loadKnowledgeBase(dir, { today: TODAY });
    expect(result.problems.map((p) => formatProblem(p))).toEqual([
      'faq/sample-faq.md:7: warning: "updated" is 2024-06-01, more than 365 days ago: check that the article is still correct',
    ]);
    expect(result.kb).not.toBeNull();
    const strict = await loadKnowledgeBase(dir, { today: TODAY, staleDays: 30 });
    expect(strict.problems.map((p) => `${p.path}:${p.severity}`)).toEqual(['faq/sample-faq.md:warning', 'guides/sample-guide.md:warning']);
    const lenient = await loadKnowledgeBase(dir, { today: TODAY, staleDays: 1000 });
    expect(lenient.problems).toEqual([]);
  });
});

describe('content pipeline: the valid minimal fixture', () => {
  it('builds a knowledge base with articles, sections, notices newest first and the YAML files', async () => {
    const { kb, problems } = await loadKnowledgeBase(path.join(FIXTURES, 'content-minimal'), { today: TODAY });
    expect(problems).toEqual([]);
    expect(kb!.articles.map((a) => [a.id, a.kind, a.path, a.url])).toEqual([
      ['sample-faq', 'faq', 'faq/sample-faq.md', '/kb/sample-faq'],
      ['sample-guide', 'guide', 'guides/sample-guide.md', '/kb/sample-guide'],
    ]);
    const guide = kb!.byId.get('sample-guide')!;
    expect(guide.sections.map((s) => [s.anchor, s.title])).toEqual([
      ['intro', 'ログインのしかた'],
      ['overview', '概要'],
      ['steps', '手順'],
    ]);
    expect(guide.sections[2].text).toContain('1. 「ログイン」画面を開きます。\n2. IDとパスワードを入力します。');
    expect(kb!.byId.get('sample-faq')!.intent).toEqual({ must: [['パスワード'], ['忘れ', '紛失']], may: ['ログイン'], not: ['Wi-Fi'] });
    expect(kb!.notices.map((n) => [n.id, n.important, n.url])).toEqual([
      ['2026-01-10-sample', true, '/kb/#notice-2026-01-10-sample'],
      ['2025-12-01-older', false, '/kb/#notice-2025-12-01-older'],
    ]);
    expect(kb!.site.helpdesk.phone).toBe('0120-584-708');
    expect(kb!.lexicon[0]).toEqual({ term: 'パスワード', variants: ['PW', 'パス', 'ぱすわーど'] });
    expect(kb!.smalltalk.map((r) => [r.id, r.contact])).toEqual([['greeting', false], ['human', true]]);
    expect(kb!.suggestions).toEqual(['パスワードを忘れました', 'ログインのしかた']);
  });

  it('is pure: the same files give the same knowledge base without touching the disk', async () => {
    const files = await loadContentFiles(path.join(FIXTURES, 'content-minimal'));
    const a = buildKnowledgeBase(files, { today: TODAY });
    const b = buildKnowledgeBase(files, { today: TODAY });
    expect(a.kb!.articles).toEqual(b.kb!.articles);
  });

  it('reports an empty content folder', () => {
    const { kb, problems } = buildKnowledgeBase([], { today: TODAY });
    expect(kb).toBeNull();
    expect(problems.map((p) => formatProblem(p))).toEqual([
      'faq:1: no articles: add Markdown files under faq/ or guides/',
      'lexicon.yaml:1: missing file: lexicon.yaml is required',
      'site.yaml:1: missing file: site.yaml is required',
      'smalltalk.yaml:1: missing file: smalltalk.yaml is required',
      'suggestions.yaml:1: missing file: suggestions.yaml is required',
      'wording.yaml:1: missing file: wording.yaml is required',
    ]);
  });
});
