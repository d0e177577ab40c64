import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../server/content/render.ts';
import { plainText, splitSections } from '../../server/content/sections.ts';

describe('splitSections', () => {
  it('splits at ## with anchor, title, html and text; ### stays inside its section', () => {
    const sections = splitSections(parseMarkdown('## 回答 {#answer}\n\n答えです。\n\n## 手順 {#steps}\n\n1. 開く\n2. 押す\n\n### 補足 {#note}\n\n注意。\n'), 'タイトル');
    expect(sections.map((s) => [s.anchor, s.title])).toEqual([['answer', '回答'], ['steps', '手順']]);
    expect(sections[0].html).toBe('<p>答えです。</p>\n');
    expect(sections[1].html).toContain('<h3 id="note">補足</h3>');
    expect(sections[1].text).toBe('1. 開く\n2. 押す\n補足\n注意。');
  });

  it('makes lead text before the first ## the "intro" section titled with the article title', () => {
    const sections = splitSections(parseMarkdown('はじめに。\n\n## 回答 {#answer}\n\n答え。'), '記事の題');
    expect(sections[0]).toEqual({ anchor: 'intro', title: '記事の題', html: '<p>はじめに。</p>\n', text: 'はじめに。' });
    expect(sections).toHaveLength(2);
  });

  it('gives a heading without an anchor an empty one (the checks report it)', () => {
    expect(splitSections(parseMarkdown('## 手順'), 't')[0].anchor).toBe('');
  });
});

describe('plainText', () => {
  it('keeps step numbers (also from a start number), bullets, nesting, tables and code', () => {
    const md = '3. 三\n4. 四\n   - 下位\n\n- 点\n\n| 項目 | 値 |\n|--|--|\n| 電話 | 0120 |\n\n```\nコード\n```\n\n**強調**と`code`、改行  \n次';
    expect(plainText(parseMarkdown(md))).toBe('3. 三\n4. 四\n  ・下位\n・点\n項目 | 値\n電話 | 0120\nコード\n強調とcode、改行\n次');
  });
});
