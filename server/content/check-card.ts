/**
 * Step 5c: check an article's answer cards — the sections `card:` and `cases:` name exist, a case's
 * section begins with its one-sentence answer, every card holds its key facts word for word and stays
 * within the length limit.
 */
import type { Token } from 'markdown-it';
import type { YamlPath } from './front-matter.ts';
import { INTRO_ANCHOR, type Card, type ContentProblem, type Section } from './types.ts';
import type { CardFields } from './validate-card.ts';
import { CARD_TARGET_CHARS, MAX_CARD_CHARS, defaultCardAnchors, visibleLength, visibleText } from './card.ts';
import { inlineText } from './render.ts';
import { leadingContent } from './sections.ts';

/** What the card checks read of one article. */
export interface CardCheckInput {
  path: string;
  /** File line of the body's first line. */
  bodyLine: number;
  lineOf(path: YamlPath): number;
  tokens: Token[];
  sections: readonly Section[];
  fields: CardFields;
  card: Card;
  cases: readonly Card[];
}

/** Index of the `##` heading_open with this anchor, or -1. */
function headingIndex(tokens: Token[], anchor: string): number {
  return tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h2' && t.meta?.anchor === anchor);
}

/** 0-based body line where a section starts: its heading, or the lead text for `intro`. */
function sectionLine(tokens: Token[], anchor: string): number {
  if (anchor === INTRO_ANCHOR) return leadingContent(tokens)?.map?.[0] ?? 0;
  return tokens[headingIndex(tokens, anchor)]?.map?.[0] ?? 0;
}

/** Sentences in a paragraph: 「。」 ends one; text after the last 「。」 is one more. */
function sentences(text: string): number {
  return text.split('。').filter((s) => s.trim() !== '').length;
}

function checkLength(card: Card, at: number, name: string, report: (line: number, message: string, severity?: ContentProblem['severity']) => void): void {
  const length = visibleLength(card.html);
  if (length > MAX_CARD_CHARS) {
    report(at, `${name} is ${length} characters, over the limit of ${MAX_CARD_CHARS}: shorten it, or move details to a section outside the card`);
  } else if (length > CARD_TARGET_CHARS) {
    report(at, `${name} is ${length} characters: aim for ${CARD_TARGET_CHARS} or fewer (move details to a section outside the card)`, 'warning');
  }
}

/** Reports every card problem of one article at its file line. */
export function checkCards(input: CardCheckInput, problems: ContentProblem[]): void {
  const { path, bodyLine, lineOf, tokens, sections, fields } = input;
  const report = (line: number, message: string, severity: ContentProblem['severity'] = 'error') => problems.push({ path, line, message, severity });
  const exists = (anchor: string) => sections.some((s) => s.anchor === anchor);
  const anchors = defaultCardAnchors(sections, fields);
  if (anchors.length === 0) {
    report(bodyLine, 'the article has no answer card: begin with "## 回答 {#answer}" (a guide may use its lead text), or list the card\'s sections in "card"');
  }
  (fields.cardSections ?? []).forEach((anchor, i) => {
    if (!exists(anchor)) report(lineOf(['card', i]), `card section "${anchor}" does not exist: use the anchor of a "##" section of this article`);
  });
  fields.cases.forEach((c, i) => {
    const line = lineOf(['cases', i, 'section']);
    if (!exists(c.section)) return report(line, `case section "${c.section}" does not exist: use the anchor of a "##" section of this article`);
    if (anchors.includes(c.section)) return report(line, `case section "${c.section}" is already in the default card: a case shows a section of its own`);
    const at = headingIndex(tokens, c.section);
    const first = tokens[at + 3];
    const text = first?.type === 'paragraph_open' ? inlineText(tokens[at + 4]!).trim() : '';
    if (!text || sentences(text) !== 1) {
      report(bodyLine + (tokens[at]?.map?.[0] ?? 0), `case section "${c.section}" must begin with its one-sentence answer: a paragraph of one sentence that answers the case on its own`);
    }
  });
  const cardAt = bodyLine + sectionLine(tokens, anchors.find(exists) ?? INTRO_ANCHOR);
  checkLength(input.card, cardAt, 'the answer card', report);
  const shown = visibleText(input.card.html);
  // Without a card there is nothing to hold the facts: the missing card is the one problem to fix.
  const facts = anchors.length > 0 ? fields.keyFacts : [];
  facts.forEach((fact, i) => {
    if (!shown.includes(fact)) report(lineOf(['keyFacts', i]), `key fact "${fact}" is not in the answer card (${anchors.join(' + ')}): write it there word for word`);
  });
  for (const card of input.cases) {
    const anchor = card.section!.anchor;
    const i = fields.cases.findIndex((c) => c.section === anchor);
    checkLength(card, bodyLine + sectionLine(tokens, anchor), `the card of case "${anchor}"`, report);
    const text = visibleText(card.html);
    card.keyFacts.forEach((fact, k) => {
      if (!text.includes(fact)) report(lineOf(['cases', i, 'keyFacts', k]), `key fact "${fact}" is not in the card of case "${anchor}": write it in that section word for word`);
    });
  }
}
