/**
 * Step 5: split a rendered body into its `##` sections — what search hits and deep links point at —
 * each with its anchor, title, HTML and plain text.
 */
import type { Token } from 'markdown-it';
import { INTRO_ANCHOR, type Section } from './types.ts';
import { inlineText, renderTokens } from './render.ts';

/**
 * Plain text of block tokens, one line per paragraph, list item or table row; ordered list items keep
 * their numbers ("1. …") and bullets become "・", so copied answers still read as steps.
 */
export function plainText(tokens: Token[]): string {
  const lines: string[] = [];
  const lists: Array<{ ordered: boolean; next: number }> = [];
  let prefix = '';
  let row: string[] | null = null;
  for (const t of tokens) {
    switch (t.type) {
      case 'ordered_list_open':
        lists.push({ ordered: true, next: Number(t.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_open':
        lists.push({ ordered: false, next: 0 });
        break;
      case 'ordered_list_close':
      case 'bullet_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists.at(-1)!;
        prefix = '  '.repeat(lists.length - 1) + (list.ordered ? `${list.next++}. ` : '・');
        break;
      }
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        lines.push((row ?? []).join(' | '));
        row = null;
        break;
      case 'inline': {
        const text = inlineText(t).trim();
        if (row) row.push(text);
        else if (text) lines.push(prefix + text);
        prefix = '';
        break;
      }
      case 'fence':
      case 'code_block':
        lines.push(t.content.replace(/\n$/, ''));
        break;
      default:
        break;
    }
  }
  return lines.join('\n').trim();
}

/** Index of every `##` heading_open token. */
function sectionStarts(tokens: Token[]): number[] {
  const starts: number[] = [];
  tokens.forEach((t, i) => {
    if (t.type === 'heading_open' && t.tag === 'h2') starts.push(i);
  });
  return starts;
}

/** The first block before the body's first `##` heading, if any (the lead text). */
export function leadingContent(tokens: Token[]): Token | undefined {
  const first = sectionStarts(tokens)[0] ?? tokens.length;
  return tokens.slice(0, first).find((t) => t.map);
}

/**
 * Splits block tokens at `##` headings. Lead text before the first `##` becomes a section with the
 * anchor `intro` and the article's title; a heading without an anchor gets '' (the checks report it).
 */
export function splitSections(tokens: Token[], title: string): Section[] {
  const starts = sectionStarts(tokens);
  const sections: Section[] = [];
  const lead = tokens.slice(0, starts[0] ?? tokens.length);
  if (leadingContent(tokens)) sections.push({ anchor: INTRO_ANCHOR, title, html: renderTokens(lead), text: plainText(lead) });
  starts.forEach((start, n) => {
    const body = tokens.slice(start + 3, starts[n + 1] ?? tokens.length);
    const anchor = typeof tokens[start].meta?.anchor === 'string' ? tokens[start].meta.anchor : '';
    sections.push({ anchor, title: inlineText(tokens[start + 1]).trim(), html: renderTokens(body), text: plainText(body) });
  });
  return sections;
}
