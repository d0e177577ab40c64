/**
 * Rule-based intents, as editors wrote them in the articles' front matter (`intent: {must, may, not}`).
 * Nothing here knows any intent by name: rules are compiled from the knowledge base and matched on the
 * question's normalised, lexicon-expanded text.
 */
import type { Article, KnowledgeBase } from '../content/types.ts';
import { normalize } from '../text/normalize.ts';
import { containsTerm } from './analyze.ts';

export interface CompiledIntent {
  id: string;
  /** Normalised alternatives per concept group. */
  must: string[][];
  may: string[];
  not: string[];
}

export interface IntentMatch {
  id: string;
  /** How many of the `must` groups the question satisfies. */
  matched: number;
  total: number;
  /** How many `may` terms appear. */
  may: number;
  /** The first `not` term found, or null. */
  vetoedBy: string | null;
  /** Every must group matched and no veto: the intent fires. */
  fires: boolean;
}

function terms(list: readonly string[]): string[] {
  return Array.from(new Set(list.map((t) => normalize(t)).filter(Boolean)));
}

/** Compiles every article's intent rule (articles without one are skipped). */
export function compileIntents(kb: Pick<KnowledgeBase, 'articles'>): CompiledIntent[] {
  return kb.articles
    .filter((a): a is Article & { intent: NonNullable<Article['intent']> } => Boolean(a.intent))
    .map((a) => ({
      id: a.id,
      must: a.intent.must.map(terms).filter((g) => g.length > 0),
      may: terms(a.intent.may),
      not: terms(a.intent.not),
    }))
    .filter((r) => r.must.length > 0);
}

/** Matches one rule against an expanded question. */
export function matchIntent(rule: CompiledIntent, expanded: string): IntentMatch {
  const matched = rule.must.filter((group) => group.some((t) => containsTerm(expanded, t))).length;
  const may = rule.may.filter((t) => containsTerm(expanded, t)).length;
  const vetoedBy = rule.not.find((t) => containsTerm(expanded, t)) ?? null;
  return { id: rule.id, matched, total: rule.must.length, may, vetoedBy, fires: matched === rule.must.length && !vetoedBy };
}

/**
 * Every rule the question touches at all (a must group, a may term or a veto), strongest first:
 * firing rules, then by share of must groups matched, then by may terms.
 */
export function matchIntents(rules: readonly CompiledIntent[], expanded: string): IntentMatch[] {
  return rules
    .map((r) => matchIntent(r, expanded))
    .filter((m) => m.matched > 0 || m.may > 0 || m.vetoedBy)
    .sort((a, b) => Number(b.fires) - Number(a.fires) || b.matched / b.total - a.matched / a.total || b.may - a.may);
}
