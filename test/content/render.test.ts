import { describe, expect, it } from 'vitest';
import { collectHeadings, collectLinks, parseMarkdown, renderMarkdown } from '../../server/content/render.ts';

describe('renderMarkdown', () => {
  it('moves {#anchor} into the heading id, also after inline markup', () => {
    expect(renderMarkdown('## 手順 {#steps}')).toBe('<h2 id="steps">手順</h2>\n');
    expect(renderMarkdown('## **重要** な点 {#point}')).toBe('<h2 id="point"><strong>重要</strong> な点</h2>\n');
    expect(renderMarkdown('### 補足 {#note}')).toBe('<h3 id="note">補足</h3>\n');
  });

  it('leaves a heading without an anchor without an id', () => {
    expect(renderMarkdown('## 手順')).toBe('<h2>手順</h2>\n');
  });

  it('escapes raw HTML instead of passing it through', () => {
    const out = renderMarkdown('<script>alert(1)</script>\n\n<b onclick="x">太字</b>');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<b ');
    expect(out).toContain('&lt;script&gt;');
  });

  it('opens external links in a new tab with rel="noopener noreferrer" and leaves /kb links alone', () => {
    const out = renderMarkdown('[サイト](https://www.careplan-renkei-support.jp/) と [ID](/kb/kj-id#reissue)');
    expect(out).toContain('<a href="https://www.careplan-renkei-support.jp/" target="_blank" rel="noopener noreferrer">サイト</a>');
    expect(out).toContain('<a href="/kb/kj-id#reissue">ID</a>');
  });

  it('linkifies bare URLs with the same attributes', () => {
    expect(renderMarkdown('詳しくは https://www.careplan-renkei-support.jp/faq/index.html へ')).toContain(
      'href="https://www.careplan-renkei-support.jp/faq/index.html" target="_blank" rel="noopener noreferrer"',
    );
  });

  it('drops javascript: links', () => {
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('href="javascript');
  });

  it('writes table alignment as classes, never style attributes (strict CSP)', () => {
    const out = renderMarkdown('| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |');
    expect(out).not.toContain('style=');
    expect(out).toContain('<th class="align-left">a</th>');
    expect(out).toContain('<td class="align-center">2</td>');
    expect(out).toContain('<td class="align-right">3</td>');
  });
});

describe('collectHeadings and collectLinks', () => {
  const body = '前置き\n\n## 回答 {#answer}\n\n[手順](/kb/a#steps)\n\n### 補足\n\n1. [外部](https://example.jp/)\n';
  const tokens = parseMarkdown(body);

  it('lists headings with level, title, anchor and 0-based line', () => {
    expect(collectHeadings(tokens)).toEqual([
      { level: 2, title: '回答', anchor: 'answer', line: 2 },
      { level: 3, title: '補足', anchor: null, line: 6 },
    ]);
  });

  it('lists links with their 0-based line', () => {
    expect(collectLinks(tokens)).toEqual([
      { href: '/kb/a#steps', line: 4 },
      { href: 'https://example.jp/', line: 8 },
    ]);
  });
});
