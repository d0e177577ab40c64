/** Front-matter checks beyond the one-fixture-per-problem set: intent forms, ids, typos and links. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentFile } from '../../server/content/load.ts';
import { check, edit, minimalFiles } from './helpers.ts';

const FAQ = 'faq/sample-faq.md';
const INTENT = '  must:\n    - [パスワード]\n    - [忘れ, 紛失]\n  may: [ログイン]\n  not: [Wi-Fi]\n';
let files: ContentFile[];

beforeAll(async () => {
  files = await minimalFiles();
});

describe('article front matter', () => {
  it('accepts the minimal fixture as it is', () => {
    expect(check(files)).toEqual([]);
  });

  it.each([
    ['intent as a list', 'intent:\n' + INTENT, 'intent: [パスワード]\n', ['faq/sample-faq.md:20: "intent" must be a map with "must", and optionally "may" and "not"']],
    ['an empty must', INTENT, '  must: []\n', ['faq/sample-faq.md:21: "intent.must" must be a list of groups, each a list of terms, e.g. - [パスワード, PW]']],
    ['no must', INTENT, '  may: [ログイン]\n', ['faq/sample-faq.md:20: missing required key "intent.must"']],
    ['a typo of must', '  must:\n', '  mst:\n', ['faq/sample-faq.md:21: unknown key "intent.mst" (did you mean "intent.must"?)']],
    ['an empty group', '    - [忘れ, 紛失]\n', '    - []\n', ['faq/sample-faq.md:23: "intent.must" group 2 must be a non-empty list of terms, e.g. [パスワード, PW]']],
    ['an empty term', '    - [忘れ, 紛失]\n', '    - [忘れ, ""]\n', ['faq/sample-faq.md:23: "intent.must" group 2 has an empty or non-text term (item 2)']],
    ['may as text', '  may: [ログイン]\n', '  may: ログイン\n', ['faq/sample-faq.md:24: "intent.may" must be a list of terms, e.g. [ログイン, できない]']],
    ['a term of symbols only', '    - [忘れ, 紛失]\n', '    - [忘れ, 「-」]\n', ['faq/sample-faq.md:23: "intent.must" group 2 term "「-」" (item 2) is only punctuation or symbols, which questions are matched without: write it in words (ハイフン, 横棒)']],
    ['a number term in not', '  not: [Wi-Fi]\n', '  not: [Wi-Fi, 123]\n', ['faq/sample-faq.md:25: "intent.not" has an empty or non-text term (item 2)']],
  ])('reports %s', (_name, from, to, expected) => {
    expect(check(edit(files, FAQ, from, to))).toEqual(expected);
  });

  it('accepts empty may and not lists and no intent at all', () => {
    expect(check(edit(files, FAQ, '  may: [ログイン]\n  not: [Wi-Fi]\n', '  may: []\n  not: []\n'))).toEqual([]);
    expect(check(edit(files, FAQ, 'intent:\n' + INTENT, ''))).toEqual([]);
  });

  it.each([
    ['an id with capitals', 'id: sample-faq', 'id: Sample-FAQ', 'faq/sample-faq.md:2: id "Sample-FAQ" must be lowercase a-z, 0-9 and single hyphens, at most 64 characters'],
    ['a title that is a list', 'title: パスワードを忘れたときはどうすればいいですか', 'title: [a, b]', 'faq/sample-faq.md:3: "title" must be text'],
    ['a date in another form', 'updated: 2026-10-01', 'updated: 2026/10/01', 'faq/sample-faq.md:7: "updated" must be a real date in YYYY-MM-DD form, got "2026/10/01"'],
    ['related as null', 'related: [sample-guide]', 'related:', 'faq/sample-faq.md:8: "related" is empty (write [] for an empty list)'],
    ['related as text', 'related: [sample-guide]', 'related: sample-guide', 'faq/sample-faq.md:8: "related" must be a list'],
    ['an unrelated unknown key', 'source: テスト用の記事\n', 'source: テスト用の記事\nauthor: me\n', 'faq/sample-faq.md:7: unknown key "author" (allowed: id, title, category, summary, source, updated, related, keyFacts, card, cases, examples, intent)'],
    ['a category far from any', 'category: id-password', 'category: misc', 'faq/sample-faq.md:4: category "misc" is not in the list (use one of: getting-started, preparation, id-password, download, certificate, application, operation, contact)'],
    ['an example that is a number', '  - PW忘れ\n', '  - 404\n', 'faq/sample-faq.md:14: "examples" item 5 must be text (put it in quotes)'],
    ['the same example twice in one article', '  - PW忘れ\n', '  - パスワード忘れた\n', 'faq/sample-faq.md:14: example "パスワード忘れた" appears twice (also on line 10)'],
    ['an example differing only in width and spaces', '  - PW忘れ\n', '  - パスワード　忘れた\n', 'faq/sample-faq.md:14: example "パスワード　忘れた" appears twice (also on line 10)'],
    ['related to itself', 'related: [sample-guide]', 'related: [sample-guide, sample-faq]', 'faq/sample-faq.md:8: "related" lists the article itself'],
    ['an in-page link to a missing anchor', '(/kb/sample-guide)', '(#nowhere)', 'faq/sample-faq.md:35: link "#nowhere" points to a missing anchor "nowhere" in this article'],
    ['a relative link', '(/kb/sample-guide)', '(sample-guide)', 'faq/sample-faq.md:35: link "sample-guide" must start with "/kb/", "#", "https://", "mailto:" or "tel:"'],
    ['a TODO left in the body', 'もご覧ください。', 'もご覧ください。TODO', 'faq/sample-faq.md:35: unfinished text: replace the "TODO" with the article\'s own text'],
    ['an anchor with capitals', '{#if-unsolved}', '{#IfUnsolved}', 'faq/sample-faq.md:33: anchor "IfUnsolved" must be lowercase a-z, 0-9 and single hyphens, at most 64 characters'],
  ])('reports %s', (_name, from, to, expected) => {
    expect(check(edit(files, FAQ, from, to))).toEqual([expected]);
  });

  it('accepts links to the index, to an anchor of itself, to h3 anchors and outside', () => {
    const body = '[一覧](/kb/) [上へ](#answer) [忘れたとき](/kb/sample-guide#forgot) [冒頭](/kb/sample-guide#intro) [電話](tel:0120584708) https://www.careplan-renkei-support.jp/';
    expect(check(edit(files, FAQ, '[ログインのガイド](/kb/sample-guide)', body))).toEqual([]);
  });

  it('reports a body without sections', () => {
    const noSections = edit(files, FAQ, '## 回答 {#answer}', '回答').map((f) =>
      f.path === FAQ ? { ...f, text: f.text.replace('## 解決しない場合 {#if-unsolved}', '解決しない場合') } : f,
    );
    expect(check(noSections)).toEqual([
      'faq/sample-faq.md:29: the body has no "##" sections: add one such as "## 回答 {#answer}"',
      'guides/sample-guide.md:37: link "/kb/sample-faq#answer" points to a missing anchor "answer" in "sample-faq"',
    ]);
  });

  it('does not blame links to an article that has its own problems', () => {
    expect(check(edit(files, FAQ, 'category: id-password', 'category: nope'))).toEqual([
      'faq/sample-faq.md:4: category "nope" is not in the list (use one of: getting-started, preparation, id-password, download, certificate, application, operation, contact)',
    ]);
  });
});

describe('notices and YAML files', () => {
  const NOTICE = 'notices/2026-01-10-sample.md';
  it.each([
    [NOTICE, 'date: 2026-01-10', 'date: 2026-1-10', 'notices/2026-01-10-sample.md:3: "date" must be a real date in YYYY-MM-DD form, got "2026-1-10"'],
    [NOTICE, 'important: true', 'important: yes', 'notices/2026-01-10-sample.md:6: "important" must be true or false'],
    ['notices/2025-12-01-older.md', 'important: false', 'important: true', 'notices/2025-12-01-older.md:6: "important" is true but the title has no 【重要】'],
    ['site.yaml', 'faqUrl: https://', 'faqUrl: http://', 'site.yaml:4: "faqUrl" must be an https:// URL'],
    ['site.yaml', '  hours:', '  hour:', 'site.yaml:8: unknown key "helpdesk.hour" (did you mean "helpdesk.hours"?)'],
    ['lexicon.yaml', '    variants: [ろぐいん]', '    variants: []\n  - term: パスワード\n    variants: [pw]', 'lexicon.yaml:6: duplicate term "パスワード" (also on line 2)'],
    ['lexicon.yaml', '  - term: ログイン\n    variants: [ろぐいん]\n', '  - ログイン\n', 'lexicon.yaml:4: "entries" item 2 must be a map of keys'],
    ['smalltalk.yaml', '    contact: true', '    contact: "true"', 'smalltalk.yaml:9: "contact" must be true or false'],
    ['smalltalk.yaml', '  - id: human', '  - id: greeting', 'smalltalk.yaml:6: duplicate smalltalk rule id "greeting"'],
    ['smalltalk.yaml', '    contact: true', '    contact: true\n    alone: 1', 'smalltalk.yaml:10: "alone" must be true or false'],
    ['smalltalk.yaml', '    contact: false', '    contact: false\n    afterTry: 申し訳ありません。', 'smalltalk.yaml:6: "afterTry" is read only for a rule with "contact: true" and "alone: true"'],
    ['suggestions.yaml', 'questions:', 'question:', 'suggestions.yaml:1: unknown key "question" (did you mean "questions"?)'],
    ['suggestions.yaml', '  - ログインのしかた\n', '  - ""\n', 'suggestions.yaml:3: "questions" item 2 is empty'],
    ['site.yaml', 'systemName: ケアプランデータ連携システム', 'systemName: "ケアプラン', 'site.yaml:1: YAML syntax error: Missing closing "quote'],
  ])('%s: reports %s → %s', (file, from, to, expected) => {
    expect(check(edit(files, file, from, to))).toEqual([expected]);
  });
});
