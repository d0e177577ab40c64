/** Builders for hand-made knowledge bases in tests: objects only, no files, independent of content/. */
import type { Article, CategoryId, IntentRule, KnowledgeBase, Site } from '../../server/content/types.ts';
import { buildCards } from '../../server/content/card.ts';
import type { CaseSpec } from '../../server/content/validate-card.ts';

export interface ArticleSpec {
  id: string;
  title: string;
  summary: string;
  examples: string[];
  sections: { anchor: string; title: string; text: string }[];
  category?: CategoryId;
  related?: string[];
  intent?: IntentRule;
  keyFacts?: string[];
  /** The default card's sections (by default the `answer` and `steps` sections, as in content). */
  card?: string[];
  cases?: CaseSpec[];
}

/** An FAQ article as the pipeline would build it, with one paragraph per section and its answer cards. */
export function makeArticle(s: ArticleSpec): Article {
  const sections = s.sections.map((x) => ({ ...x, html: `<p>${x.text}</p>` }));
  const keyFacts = s.keyFacts ?? [];
  return {
    id: s.id,
    kind: 'faq',
    title: s.title,
    category: s.category ?? 'id-password',
    summary: s.summary,
    source: 'test',
    updated: '2026-01-01',
    related: s.related ?? [],
    examples: s.examples,
    intent: s.intent,
    keyFacts,
    ...buildCards(sections, { keyFacts, cardSections: s.card ?? null, cases: s.cases ?? [] }),
    html: s.sections.map((x) => `<h2 id="${x.anchor}">${x.title}</h2><p>${x.text}</p>`).join(''),
    text: s.sections.map((x) => x.text).join('\n'),
    sections,
    path: `faq/${s.id}.md`,
    url: `/kb/${s.id}`,
  };
}

/** A knowledge base over the given articles; everything else empty unless given. */
export function makeKnowledgeBase(articles: Article[], rest: Partial<Omit<KnowledgeBase, 'articles' | 'byId'>> & { site: Site }): KnowledgeBase {
  return { articles, byId: new Map(articles.map((a) => [a.id, a])), notices: [], lexicon: [], classes: [], neutral: [], otherSystems: { systems: [], ours: [], unstated: [] }, readings: new Map(), ruleReadings: new Map(), smalltalk: [], suggestions: [], ...rest };
}
