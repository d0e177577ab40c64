/**
 * Step 4: Markdown → tokens → HTML with markdown-it. Raw HTML is off; headings take explicit anchors
 * (`## 手順 {#steps}`); external links open in a new tab with `rel="noopener noreferrer"`; table
 * alignment becomes a class, because our CSP forbids style attributes; `{{helpdesk}}` is filled from the site.
 */
import MarkdownIt from 'markdown-it';
import type { MarkdownIt as MarkdownItInstance } from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';
import { placeholderPlugin, type PlaceholderEnv } from './placeholders.ts';

/** A trailing `{#anchor}` on a heading line. */
const ANCHOR_SUFFIX = /\s*\{#([^}]*)\}\s*$/;
const EXTERNAL = /^https?:\/\//i;

/** A heading found in the body; `line` is 0-based within the body. */
export interface Heading {
  level: number;
  title: string;
  /** The explicit anchor, or null when the heading has none. */
  anchor: string | null;
  line: number;
}

/** A link found in the body; `line` is 0-based within the body. */
export interface Link {
  href: string;
  line: number;
}

/** An attribute as text ('' when absent); the types allow numbers, which markdown-it never sets here. */
function attr(token: Token, name: string): string {
  return String(token.attrGet(name) ?? '');
}

/** Moves a heading's `{#anchor}` suffix into its `id` attribute. */
function headingAnchors(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== 'heading_open') continue;
    const inline = tokens[i + 1];
    const match = ANCHOR_SUFFIX.exec(inline.content);
    if (!match) continue;
    inline.content = inline.content.slice(0, match.index);
    const last = inline.children?.at(-1);
    if (last?.type === 'text') last.content = last.content.replace(ANCHOR_SUFFIX, '');
    tokens[i].attrSet('id', match[1]);
    tokens[i].meta = { ...tokens[i].meta, anchor: match[1] };
  }
}

/** External links open in a new tab without handing the opener or the referrer to the other site. */
function externalLinks(state: StateCore): void {
  for (const block of state.tokens) {
    for (const token of block.children ?? []) {
      if (token.type !== 'link_open' || !EXTERNAL.test(attr(token, 'href'))) continue;
      token.attrSet('target', '_blank');
      token.attrSet('rel', 'noopener noreferrer');
    }
  }
}

/** markdown-it writes `style="text-align:…"` on table cells; a class keeps the CSP strict. */
function tableAlignClasses(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== 'th_open' && token.type !== 'td_open') continue;
    const style = attr(token, 'style');
    if (!style) continue;
    token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
    const align = /text-align:\s*(left|center|right)/.exec(style)?.[1];
    if (align) token.attrJoin('class', `align-${align}`);
  }
}

/** Builds the one configured markdown-it instance. */
export function createMarkdown(): MarkdownItInstance {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.use(placeholderPlugin);
  md.core.ruler.push('heading_anchors', headingAnchors);
  md.core.ruler.push('external_links', externalLinks);
  md.core.ruler.push('table_align_classes', tableAlignClasses);
  return md;
}

const md = createMarkdown();

/** Parses a Markdown body into markdown-it block tokens; `env.site` fills the placeholders (`{{helpdesk}}`). */
export function parseMarkdown(body: string, env: PlaceholderEnv = {}): Token[] {
  return md.parse(body, env);
}

/** Renders a slice of block tokens to HTML. */
export function renderTokens(tokens: Token[]): string {
  return md.renderer.render(tokens, md.options, {});
}

/** Renders a whole Markdown body to HTML. */
export function renderMarkdown(body: string): string {
  return renderTokens(parseMarkdown(body));
}

/** The visible text of an inline token (links and emphasis flattened). */
export function inlineText(inline: Token): string {
  return (inline.children ?? [])
    .map((c) => (c.type === 'softbreak' ? ' ' : c.type === 'hardbreak' ? '\n' : c.content))
    .join('');
}

/** Every heading of the body, with its explicit anchor if any. */
export function collectHeadings(tokens: Token[]): Heading[] {
  const headings: Heading[] = [];
  tokens.forEach((t, i) => {
    if (t.type !== 'heading_open') return;
    const anchor = typeof t.meta?.anchor === 'string' ? t.meta.anchor : null;
    headings.push({ level: Number(t.tag.slice(1)), title: inlineText(tokens[i + 1]).trim(), anchor, line: t.map?.[0] ?? 0 });
  });
  return headings;
}

/** Every link of the body (Markdown links and linkified URLs). */
export function collectLinks(tokens: Token[]): Link[] {
  const links: Link[] = [];
  for (const block of tokens) {
    for (const child of block.children ?? []) {
      if (child.type === 'link_open') links.push({ href: attr(child, 'href'), line: block.map?.[0] ?? 0 });
    }
  }
  return links;
}
