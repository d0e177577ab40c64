/** The answer-card checks of `content:check`: front-matter forms, sections, key facts and length, each at its line. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentFile } from '../../server/content/load.ts';
import { buildKnowledgeBase } from '../../server/content/pipeline.ts';
import { check, edit, minimalFiles, TODAY } from './helpers.ts';

const FAQ = 'faq/sample-faq.md';
const FACTS = 'keyFacts: [「パスワード再発行」]\n';
const CASE = 'cases:\n  - section: if-unsolved\n    when: [[解決しない, できない]]\n    keyFacts: [ログインのガイド]\n';
const LONG = 'ログイン画面の「パスワード再発行」を押すと、登録してあるメールアドレスに案内が届きます。';
let files: ContentFile[];

beforeAll(async () => {
  files = await minimalFiles();
});

/** The minimal FAQ with `fields` after its key facts. */
const withFields = (fields: string) => edit(files, FAQ, FACTS, FACTS + fields);

describe('answer cards: valid forms', () => {
  it('builds the default card from the answer and a case card from its own section', () => {
    const kb = buildKnowledgeBase(withFields(CASE), { today: TODAY }).kb!;
    const faq = kb.byId.get('sample-faq')!;
    expect(faq.card).toEqual({
      section: null,
      html: '<p><a href="/kb/sample-guide#steps">再発行の手順</a>のとおり、「パスワード再発行」から手続きしてください。</p>\n',
      keyFacts: ['「パスワード再発行」'],
    });
    expect(faq.cases.map((c) => [c.section, c.when, c.keyFacts])).toEqual([
      [{ anchor: 'if-unsolved', title: '解決しない場合' }, [['解決しない', 'できない']], ['ログインのガイド']],
    ]);
    // A guide's default card is its lead text and its steps.
    expect(kb.byId.get('sample-guide')!.card.html).toBe('<p>ログインの流れを説明します。</p>\n<ol>\n<li>「ログイン」画面を開きます。</li>\n<li>IDとパスワードを入力します。</li>\n<li>「ログイン」を押します。</li>\n</ol>\n<h3 id="forgot">パスワードを忘れたとき</h3>\n<p><a href="/kb/sample-faq#answer">よくある質問</a>をご覧ください。</p>\n');
  });

  it('accepts `card:` naming the sections, and warns above the length an editor should aim for', () => {
    expect(check(withFields('card: [answer, if-unsolved]\n'))).toEqual([]);
    expect(check(edit(files, FAQ, 'から手続きしてください。', `から手続きしてください。${LONG.repeat(10)}`))).toEqual([
      'faq/sample-faq.md:29: warning: the answer card is 473 characters: aim for 400 or fewer (move details to a section outside the card)',
    ]);
  });
});

describe('answer cards: problems', () => {
  it.each([
    ['no key facts', FACTS, 'keyFacts: []\n', ['faq/sample-faq.md:26: "keyFacts" must list at least one fact every answer card holds, e.g. [「パスワード等を紛失した方はこちら」]']],
    ['key facts as text', FACTS, 'keyFacts: 「パスワード再発行」\n', ['faq/sample-faq.md:26: "keyFacts" must be a list']],
    ['a key fact the card lacks', FACTS, 'keyFacts: [「パスワード再発行」, 「ログイン」画面]\n', ['faq/sample-faq.md:26: key fact "「ログイン」画面" is not in the answer card (answer): write it there word for word']],
    ['a card section that does not exist', FACTS, `${FACTS}card: [answer, nowhere]\n`, ['faq/sample-faq.md:27: card section "nowhere" does not exist: use the anchor of a "##" section of this article']],
    ['an empty card list', FACTS, `${FACTS}card: []\n`, ['faq/sample-faq.md:27: "card" must list at least one section anchor, e.g. [answer, steps]']],
    ['cases that are not a list', CASE, 'cases: if-unsolved\n', ['faq/sample-faq.md:27: "cases" must be a list of cases, each with "section" and "when" (leave it out when there are none)']],
    ['a case without when', '    when: [[解決しない, できない]]\n', '', ['faq/sample-faq.md:28: missing required key "cases.0.when"']],
    ['a case with an empty word group', '[[解決しない, できない]]', '[[解決しない], []]', ['faq/sample-faq.md:29: "cases.0.when" group 2 must be a non-empty list of terms, e.g. [未登録, 登録していない]']],
    ['a case with when as words', '[[解決しない, できない]]', '解決しない', ['faq/sample-faq.md:29: "cases.0.when" must be a list of word groups, each a list of words, e.g. - [セキュリティ用メールアドレス, メールアドレス]']],
    ['a case without key facts', '    keyFacts: [ログインのガイド]\n', '', ['faq/sample-faq.md:28: missing required key "cases.0.keyFacts"']],
    ['a typo in a case', '  - section: if-unsolved', '  - sectoin: if-unsolved', ['faq/sample-faq.md:28: unknown key "cases.0.sectoin" (did you mean "cases.0.section"?)']],
    ['a case section that does not exist', 'section: if-unsolved', 'section: nowhere', ['faq/sample-faq.md:28: case section "nowhere" does not exist: use the anchor of a "##" section of this article']],
    ['a case of the default card', 'section: if-unsolved', 'section: answer', ['faq/sample-faq.md:28: case section "answer" is already in the default card: a case shows a section of its own']],
    ['a case key fact its card lacks', 'keyFacts: [ログインのガイド]', 'keyFacts: [ログインのガイド, 電話番号]', ['faq/sample-faq.md:30: key fact "電話番号" is not in the card of case "if-unsolved": write it in that section word for word']],
  ])('reports %s', (_name, from, to, expected) => {
    expect(check(edit(withFields(CASE), FAQ, from, to))).toEqual(expected);
  });

  it('reports a case named twice', () => {
    const twice = `${CASE}  - section: if-unsolved\n    when: [[ない]]\n    keyFacts: [ガイド]\n`;
    expect(check(withFields(twice))).toEqual([
      'faq/sample-faq.md:31: case section "if-unsolved" is already a case (line 28): add its words to that case\'s "when"',
    ]);
  });

  it('reports a case section that does not begin with a one-sentence answer', () => {
    const two = edit(withFields(CASE), FAQ, 'もご覧ください。', 'もご覧ください。画面は変わることがあります。');
    expect(check(two)).toEqual([
      'faq/sample-faq.md:37: case section "if-unsolved" must begin with its one-sentence answer: a paragraph of one sentence that answers the case on its own',
    ]);
    const list = edit(withFields(CASE), FAQ, '[ログインのガイド](/kb/sample-guide)もご覧ください。', '- [ログインのガイド](/kb/sample-guide)もご覧ください。');
    expect(check(list)).toContain(
      'faq/sample-faq.md:37: case section "if-unsolved" must begin with its one-sentence answer: a paragraph of one sentence that answers the case on its own',
    );
  });

  it('reports a card over the limit at its first section, and a case card at its heading', () => {
    expect(check(edit(files, FAQ, 'から手続きしてください。', `から手続きしてください。${LONG.repeat(16)}`))).toEqual([
      'faq/sample-faq.md:29: the answer card is 737 characters, over the limit of 700: shorten it, or move details to a section outside the card',
    ]);
    expect(check(edit(withFields(CASE), FAQ, 'もご覧ください。', `もご覧ください。\n\n${LONG.repeat(16)}`))).toEqual([
      'faq/sample-faq.md:37: the card of case "if-unsolved" is 721 characters, over the limit of 700: shorten it, or move details to a section outside the card',
    ]);
  });

  it('reports an article without an answer card, and leaves the cards alone while the body is broken', () => {
    const noAnswer = edit(files, FAQ, '## 回答 {#answer}', '## 補足 {#more}');
    expect(check(noAnswer)).toEqual([
      'faq/sample-faq.md:28: the article has no answer card: begin with "## 回答 {#answer}" (a guide may use its lead text), or list the card\'s sections in "card"',
      'guides/sample-guide.md:37: link "/kb/sample-faq#answer" points to a missing anchor "answer" in "sample-faq"',
    ]);
    expect(check(edit(files, FAQ, '## 回答 {#answer}', '# 回答 {#answer}'))).toEqual([
      'faq/sample-faq.md:29: "#" heading "回答" in the body: the title is the page\'s heading, use "##"',
    ]);
  });
});
