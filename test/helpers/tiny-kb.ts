/** A two-article knowledge base for tests that need an app but not the real content. */
import type { Article, KnowledgeBase } from '../../server/content/types.ts';

function article(id: string, title: string): Article {
  return {
    id,
    kind: 'faq',
    title,
    category: 'id-password',
    summary: `${title}の答えです。`,
    source: 'test',
    updated: '2026-01-01',
    related: [],
    examples: [],
    keyFacts: [],
    card: { section: null, html: `<p>${title}</p>`, keyFacts: [] },
    cases: [],
    html: `<h2 id="answer">回答</h2><p>${title}</p>`,
    text: title,
    sections: [{ anchor: 'answer', title: '回答', html: `<p>${title}</p>`, text: title }],
    path: `faq/${id}.md`,
    url: `/kb/${id}`,
  };
}

/** Builds the tiny knowledge base. */
export function tinyKnowledgeBase(): KnowledgeBase {
  const articles = [article('kj-password-lost', 'KJのパスワードを忘れました'), article('password-expired', 'パスワードの有効期限が切れました')];
  return {
    articles,
    byId: new Map(articles.map((a) => [a.id, a])),
    notices: [],
    classes: [],
    neutral: [],
    otherSystems: { systems: [], ours: [], unstated: [] },
    readings: new Map(),
    ruleReadings: new Map(),
    site: {
      systemName: 'テストシステム',
      supportSiteName: 'テストサポート',
      supportSiteUrl: 'https://example.invalid/',
      faqUrl: 'https://example.invalid/faq',
      helpdesk: { name: 'ヘルプデスク', phone: '0000-00-0000', hours: '平日', formUrl: 'https://example.invalid/form', formLabel: 'フォーム' },
    },
    lexicon: [],
    smalltalk: [],
    suggestions: [],
  };
}
