/**
 * Which answer card the chat shows for an article (issue 13 §1): the first case whose words the question
 * has (no security e-mail address, a temporary password, several offices, …), else the default card.
 * The cards and their words are content (see content/README.md, 「回答カード」); nothing here knows one.
 */
import type { Article, CardSection } from '../content/types.ts';
import { normalize } from '../text/normalize.ts';
import { containsTerm } from './intents.ts';

/** The card to show, and the section it comes from (null for the default card). */
export interface ChosenCard {
  html: string;
  section: CardSection | null;
}

/** Each article's case words, normalised once (articles are immutable once built). */
const compiled = new WeakMap<Article, string[][][]>();

function caseWords(article: Article): string[][][] {
  let words = compiled.get(article);
  if (!words) {
    words = article.cases.map((c) => c.when.map((group) => group.map((t) => normalize(t)).filter(Boolean)));
    compiled.set(article, words);
  }
  return words;
}

/**
 * Chooses the card for a question. `question` is the question as the engine reads it: normalised and
 * expanded through the lexicon (`ruleText(analysis)`), so a case's words match however they were typed.
 */
export function chooseCard(article: Article, question: string): ChosenCard {
  const words = caseWords(article);
  const i = words.findIndex((groups) => groups.every((group) => group.some((t) => containsTerm(question, t))));
  if (i < 0) return { html: article.card.html, section: null };
  const chosen = article.cases[i]!;
  return { html: chosen.html, section: chosen.section };
}
