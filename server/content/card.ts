/**
 * Step 5b: an article's answer cards (issue 13 §1), made from its sections as the editor marked them.
 * The default card is `card:` from the front matter, or by convention the answer (`## 回答 {#answer}`, or a
 * guide's lead text) followed by `## … {#steps}`; each case's card is its own section, which begins with
 * its one-sentence answer. Headings are left out: the chat shows the title once, outside the card.
 */
import { INTRO_ANCHOR, type Card, type CaseCard, type Section } from './types.ts';
import type { CardFields } from './validate-card.ts';

/** No card may show more visible characters than this (`content:check` fails it; `npm run eval` gates it too). */
export const MAX_CARD_CHARS = 700;
/** What a card should stay within: 95% of the answers people get must (`npm run eval`); above it, a warning. */
export const CARD_TARGET_CHARS = 400;
/** Anchors that make the default card when the front matter has no `card:`, in this order. */
export const CONVENTION = { answer: ['answer', INTRO_ANCHOR], steps: 'steps' } as const;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

/**
 * The text a person sees in card HTML: tags stripped, our renderer's entities decoded, runs of space as
 * one (the renderer ends every block with a line break, so blocks stay apart).
 */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#39|[a-z]+);/g, (whole, name: string) => ENTITIES[name] ?? whole)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Visible characters of card HTML (code points, as a person counts them). */
export function visibleLength(html: string): number {
  return Array.from(visibleText(html)).length;
}

/** Anchors of the default card: `card:` as written, else the answer (or lead text) and the steps. */
export function defaultCardAnchors(sections: readonly Section[], fields: Pick<CardFields, 'cardSections'>): string[] {
  if (fields.cardSections) return fields.cardSections;
  const has = (anchor: string) => sections.some((s) => s.anchor === anchor);
  const answer = CONVENTION.answer.find(has);
  return [...(answer ? [answer] : []), ...(has(CONVENTION.steps) ? [CONVENTION.steps] : [])];
}

function join(sections: readonly Section[], anchors: readonly string[]): string {
  return anchors.map((a) => sections.find((s) => s.anchor === a)?.html ?? '').join('');
}

/**
 * Builds the default card and the cases' cards (pure). A section the article lacks, or a case that names
 * a section of the default card, is left out: the checks report it.
 */
export function buildCards(sections: readonly Section[], fields: CardFields): { card: Card; cases: CaseCard[] } {
  const anchors = defaultCardAnchors(sections, fields);
  const card: Card = { section: null, html: join(sections, anchors), keyFacts: fields.keyFacts };
  const cases = fields.cases.flatMap((c): CaseCard[] => {
    const section = sections.find((s) => s.anchor === c.section);
    if (!section || anchors.includes(c.section)) return [];
    return [{ section: { anchor: section.anchor, title: section.title }, html: section.html, keyFacts: c.keyFacts, when: c.when }];
  });
  return { card, cases };
}
