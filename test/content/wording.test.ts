/** wording.yaml: phrases about our own sources and avoided terms, found in what readers see and nowhere else. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentFile } from '../../server/content/load.ts';
import { wordingProblems, type Wording } from '../../server/content/wording.ts';
import { check, edit, minimalFiles } from './helpers.ts';

const wording: Wording = {
  avoid: [{ phrase: '手元の資料', why: 'ヘルプデスクを案内します' }],
  terms: [{ use: 'パソコン', not: ['PC端末', '端末'], except: ['複数端末運用の留意事項'] }],
};
let files: ContentFile[];

beforeAll(async () => {
  files = await minimalFiles();
});

describe('wordingProblems', () => {
  it('finds a listed phrase, whatever its width', () => {
    expect(wordingProblems('これは私たちの手元の資料にありません。', wording)).toEqual(['"手元の資料" must not reach readers: ヘルプデスクを案内します (wording.yaml)']);
    expect(wordingProblems('ＰＣ端末に入れます', wording)).toEqual(['write "パソコン", not "PC端末": one term per thing (wording.yaml)']);
  });

  it('reports the longest avoided word once, and each other one', () => {
    expect(wordingProblems('PC端末に入れます', wording)).toEqual(['write "パソコン", not "PC端末": one term per thing (wording.yaml)']);
    expect(wordingProblems('PC端末と別の端末', wording)).toEqual([
      'write "パソコン", not "PC端末": one term per thing (wording.yaml)',
      'write "パソコン", not "端末": one term per thing (wording.yaml)',
    ]);
  });

  it('lets a fixed name keep its own wording', () => {
    expect(wordingProblems('「複数端末運用の留意事項」の資料をご覧ください。', wording)).toEqual([]);
    expect(wordingProblems('「複数端末運用の留意事項」を端末ごとに', wording)).toEqual(['write "パソコン", not "端末": one term per thing (wording.yaml)']);
  });
});

describe('content:check on wording', () => {
  it.each([
    ['a title', 'title: パスワードを忘れたときはどうすればいいですか', 'title: 端末のパスワードを忘れたときはどうすればいいですか', 'faq/sample-faq.md:3: write "パソコン", not "端末": one term per thing (wording.yaml)'],
    ['a summary', 'summary: ログイン画面の「パスワード再発行」から手続きできます。', 'summary: 手元の資料によると「パスワード再発行」から手続きできます。', 'faq/sample-faq.md:5: "手元の資料" must not reach readers: 資料の話はせず、「この点は{{helpdesk}}にお問い合わせください。」と書きます (wording.yaml)'],
    ['the body', 'もご覧ください。', 'もご覧ください。PC端末で開きます。', 'faq/sample-faq.md:35: write "パソコン", not "PC端末": one term per thing (wording.yaml)'],
  ])('reports a phrase in %s', (_name, from, to, expected) => {
    expect(check(edit(files, 'faq/sample-faq.md', from, to))).toEqual([expected]);
  });

  it("reports a smalltalk reply and a notice's summary", () => {
    const talk = edit(files, 'smalltalk.yaml', 'reply: こんにちは。ご質問をどうぞ。', 'reply: こんにちは。手元の資料でお答えします。');
    expect(check(talk)).toEqual(['smalltalk.yaml:4: "手元の資料" must not reach readers: 資料の話はせず、「この点は{{helpdesk}}にお問い合わせください。」と書きます (wording.yaml)']);
    // The reply after what the clerk did is shown too.
    const afterTry = edit(files, 'smalltalk.yaml', '    contact: true', '    contact: true\n    alone: true\n    afterTry: 手元の資料ではわかりません。');
    expect(check(afterTry)).toEqual(['smalltalk.yaml:11: "手元の資料" must not reach readers: 資料の話はせず、「この点は{{helpdesk}}にお問い合わせください。」と書きます (wording.yaml)']);
    const notice = files.find((f) => f.path.startsWith('notices/'))!;
    const summary = /^summary: (.*)$/m.exec(notice.text)![1]!;
    expect(check(edit(files, notice.path, `summary: ${summary}`, `summary: ${summary}（端末）`))).toEqual([
      `${notice.path}:5: write "パソコン", not "端末": one term per thing (wording.yaml)`,
    ]);
  });

  it("never reports the users' own words in examples", () => {
    expect(check(edit(files, 'faq/sample-faq.md', '  - PW忘れ\n', '  - 端末のPW忘れた、手元の資料にない\n'))).toEqual([]);
  });

  it('reports a malformed wording.yaml at its line', () => {
    expect(check(edit(files, 'wording.yaml', '    why: ', '    because: '))).toEqual([
      'wording.yaml:3: unknown key "avoid.0.because" (allowed: phrase, why)',
      'wording.yaml:2: missing required key "avoid.0.why"',
    ].sort());
    expect(check(edit(files, 'wording.yaml', '    not: [PC端末, 端末]\n', ''))).toEqual(['wording.yaml:5: missing required key "terms.0.not"']);
  });
});
