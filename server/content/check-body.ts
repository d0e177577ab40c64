/**
 * Step 3c: check an article body's structure — it has `##` sections, each with a valid, unique anchor,
 * no `#` heading (the title is the page's h1), no unknown `{{placeholder}}`
 * and no TODO left from `content:new`. Lead text before the first `##` is the `intro` section.
 */
import type { Token } from 'markdown-it';
import { INTRO_ANCHOR, type ContentProblem } from './types.ts';
import { collectHeadings } from './render.ts';
import { leadingContent } from './sections.ts';
import { PLACEHOLDERS, unknownPlaceholders } from './placeholders.ts';
import { ID_PATTERN, MAX_ID_LENGTH } from './validate.ts';

/**
 * Reports body problems at file lines (`bodyLine` is the file line of the body's first line).
 * @returns the article's anchors (every heading level), for link checks.
 */
export function checkBody(path: string, bodyLine: number, tokens: Token[], problems: ContentProblem[]): Set<string> {
  const error = (line: number, message: string) => problems.push({ path, line: bodyLine + line, message, severity: 'error' });
  const headings = collectHeadings(tokens);
  if (!headings.some((h) => h.level === 2)) {
    error(tokens.find((t) => t.map)?.map![0] ?? 0, 'the body has no "##" sections: add one such as "## 回答 {#answer}"');
  }
  for (const t of tokens) {
    // content:new writes TODO placeholders; an article must not go out with one left in.
    if ((t.type === 'inline' || t.type === 'fence') && t.content.includes('TODO')) {
      error(t.map?.[0] ?? 0, 'unfinished text: replace the "TODO" with the article\'s own text');
    }
  }
  for (const { name, line } of unknownPlaceholders(tokens)) {
    error(line, `unknown placeholder "{{${name}}}": write ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(' or ')}`);
  }
  const anchors = new Map<string, number>();
  for (const h of headings) {
    if (h.level === 1) error(h.line, `"#" heading "${h.title}" in the body: the title is the page's heading, use "##"`);
    if (h.anchor === null) {
      if (h.level === 2) error(h.line, `heading "${h.title}" has no anchor: write "## ${h.title} {#some-anchor}"`);
      continue;
    }
    if (!ID_PATTERN.test(h.anchor) || h.anchor.length > MAX_ID_LENGTH) {
      error(h.line, `anchor "${h.anchor}" must be lowercase a-z, 0-9 and single hyphens, at most ${MAX_ID_LENGTH} characters`);
    } else if (h.anchor === INTRO_ANCHOR) {
      error(h.line, `anchor "${INTRO_ANCHOR}" is reserved for the text before the first "##" section`);
    } else if (anchors.has(h.anchor)) {
      error(h.line, `duplicate anchor "${h.anchor}" (also on line ${bodyLine + anchors.get(h.anchor)!})`);
    } else {
      anchors.set(h.anchor, h.line);
    }
  }
  const all = new Set(anchors.keys());
  if (leadingContent(tokens)) all.add(INTRO_ANCHOR);
  return all;
}
