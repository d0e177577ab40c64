/**
 * Placeholders in article text, filled from site.yaml while the Markdown is parsed. `{{helpdesk}}` becomes
 * the helpdesk's name, phone and hours, so a sentence that sends the reader to the helpdesk
 * (「この点は{{helpdesk}}にお問い合わせください。」) carries the contact wherever it is shown — the page, the
 * chat's answer card, an agent's mail — while the contact itself is written in site.yaml only.
 */
import type { Env, MarkdownIt, StateInline, Token } from 'markdown-it';
import type { Site } from './types.ts';

/** What the parser needs to fill placeholders (markdown-it's `env`). */
export interface PlaceholderEnv extends Env {
  site?: Site | null;
}

const PLACEHOLDER = /^\{\{([^{}\s]*)\}\}/;
/** The placeholders editors may write, each rendered from the site. */
export const PLACEHOLDERS = ['helpdesk'] as const;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The hours as they read inside our own brackets: their brackets become a comma, since nested 「（…（…））」
 * reads badly in a chat and in a copied mail (「9:00～17:00（土日祝日は除く）」 → 「9:00～17:00、土日祝日は除く」).
 */
export function hoursInBrackets(hours: string): string {
  return hours.replace(/[（(]([^（）()]*)[）)]/g, '、$1');
}

/** `{{helpdesk}}`: the name, the phone (a tel: link, so a phone dials it) and the hours. */
function helpdesk(site: Site): { text: string; html: string } {
  const { name, phone, hours } = site.helpdesk;
  const tel = phone.replace(/[^\d+]/g, '');
  const flatHours = hoursInBrackets(hours);
  return {
    text: `${name}（電話 ${phone}、受付時間 ${flatHours}）`,
    html: `${escape(name)}（電話 <a href="tel:${escape(tel)}">${escape(phone)}</a>、受付時間 ${escape(flatHours)}）`,
  };
}

/**
 * markdown-it plugin: an inline `{{name}}` becomes a `placeholder` token whose `content` is its plain
 * text (what search and copied text read) and whose `meta.html` is what the page shows. An unknown name,
 * or any name without a site, keeps its literal text and `meta.known` false, for {@link unknownPlaceholders}.
 */
export function placeholderPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('text', 'placeholder', (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x7b) return false;
    const m = PLACEHOLDER.exec(state.src.slice(state.pos, state.posMax));
    if (!m) return false;
    if (!silent) {
      const site = (state.env as PlaceholderEnv | undefined)?.site;
      const known = (PLACEHOLDERS as readonly string[]).includes(m[1]!) && Boolean(site);
      const filled = known ? helpdesk(site!) : { text: m[0], html: escape(m[0]) };
      const token = state.push('placeholder', '', 0);
      token.content = filled.text;
      token.meta = { name: m[1], known: (PLACEHOLDERS as readonly string[]).includes(m[1]!), html: filled.html };
    }
    state.pos += m[0].length;
    return true;
  });
  md.renderer.rules.placeholder = (tokens: Token[], idx: number) => String(tokens[idx]!.meta?.html ?? '');
}

/** Every `{{name}}` of the body that names no placeholder, with its 0-based body line. */
export function unknownPlaceholders(tokens: Token[]): { name: string; line: number }[] {
  const found: { name: string; line: number }[] = [];
  for (const block of tokens) {
    for (const child of block.children ?? []) {
      if (child.type === 'placeholder' && !child.meta?.known) found.push({ name: String(child.meta?.name), line: block.map?.[0] ?? 0 });
    }
  }
  return found;
}
