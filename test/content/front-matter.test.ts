import { describe, expect, it } from 'vitest';
import { isSyntaxProblem, normaliseText, parseFrontMatter, parseYaml, type FrontMatter, type ParsedYaml } from '../../server/content/front-matter.ts';

const DOC = ['---', 'id: a', 'title: タイトル', 'examples:', '  - 一つ目', '  - 二つ目', 'intent:', '  must:', '    - [a, b]', '---', '', '## 本文 {#body}', ''].join('\n');

describe('parseFrontMatter', () => {
  it('splits data and body and knows the file line of every key and item', () => {
    const fm = parseFrontMatter(DOC) as FrontMatter;
    expect(isSyntaxProblem(fm)).toBe(false);
    expect(fm.data).toEqual({ id: 'a', title: 'タイトル', examples: ['一つ目', '二つ目'], intent: { must: [['a', 'b']] } });
    expect(fm.lineOf(['id'])).toBe(2);
    expect(fm.lineOf(['examples'])).toBe(4);
    expect(fm.lineOf(['examples', 1])).toBe(6);
    expect(fm.lineOf(['intent', 'must', 0])).toBe(9);
    expect(fm.bodyLine).toBe(11);
    expect(fm.body.split('\n')[1]).toBe('## 本文 {#body}');
  });

  it('falls back to the deepest line found for a missing key', () => {
    const fm = parseFrontMatter(DOC) as FrontMatter;
    expect(fm.lineOf(['intent', 'may'])).toBe(7);
    expect(fm.lineOf(['examples', 9])).toBe(4);
  });

  it('accepts Windows line ends and a byte-order mark', () => {
    const fm = parseFrontMatter('\uFEFF' + DOC.replaceAll('\n', '\r\n')) as FrontMatter;
    expect(fm.lineOf(['examples', 1])).toBe(6);
    expect((fm.data as { title: string }).title).toBe('タイトル');
  });

  it('keeps dates as text (no time-zone surprises)', () => {
    const fm = parseFrontMatter('---\nupdated: 2026-01-10\nflag: true\n---\n') as FrontMatter;
    expect(fm.data).toEqual({ updated: '2026-01-10', flag: true });
  });

  it.each([
    ['no opening line', 'id: a\n---\n', 1, 'missing front matter: the file must start with a "---" line'],
    ['no closing line', '---\nid: a\n', 1, 'front matter is not closed: add a "---" line after it'],
    ['a duplicate key', '---\nid: a\nid: b\n---\n', 3, 'YAML syntax error: Map keys must be unique'],
    ['a value with ": "', '---\nid: a\ntitle: 注意: 読む\n---\n', 3, 'YAML syntax error: Nested mappings are not allowed in compact mappings (put text containing ": " in quotes)'],
    ['an unclosed quote', '---\nid: a\ntitle: "abc\nsummary: x\n---\n', 3, 'YAML syntax error: Missing closing "quote'],
  ])('reports %s at its line', (_name, text, line, message) => {
    expect(parseFrontMatter(text)).toEqual({ line, message });
  });
});

describe('parseYaml', () => {
  it('counts lines from firstLine', () => {
    const y = parseYaml('a: 1\nb:\n  - x\n', 10) as ParsedYaml;
    expect(y.lineOf(['b', 0])).toBe(12);
  });

  it('normaliseText removes the BOM and CR', () => {
    expect(normaliseText('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
  });
});
