/**
 * The indexed corpus behind the search index: every section of the knowledge base added to a FlexSearch
 * Document (which finds candidates), and the term sets and IDFs our ranking scores them on.
 *
 * Article-level fields (title, summary, examples) are indexed on the article's first section only, so
 * FlexSearch's candidate limit counts articles rather than copies of one title.
 */
import { Document } from 'flexsearch';
import type { Article, KnowledgeBase, Section } from '../content/types.ts';
import { normalize } from '../text/normalize.ts';
import { tokenize, weakPairs, type TokenizerMode } from '../text/tokenize.ts';
import { createEncoder } from './encoder.ts';
import { keyTerms, type ExampleSet, type RankingParams, type SectionTerms } from './ranking.ts';
import { buildCorpusStats, idf, type CorpusStats } from './corpus-stats.ts';

export interface IndexedSection {
  section: Section;
  terms: SectionTerms;
}

export interface IndexedArticle {
  article: Article;
  /** Normalised title, for type-ahead. */
  title: string;
  /** Every term of the article's examples (for coverage). */
  exampleTerms: Set<string>;
  /** The examples as scored (shared by all sections); norms filled once IDFs are known. */
  exampleList: ExampleSet;
  sections: IndexedSection[];
}

/** A section list that is never empty: an article without `##` sections is one section of its summary. */
function sectionsOf(article: Article): Section[] {
  if (article.sections.length > 0) return article.sections;
  return [{ anchor: '', title: article.title, html: '', text: article.summary }];
}

/** What {@link buildCorpus} returns. */
export interface Corpus {
  /** FlexSearch over title, summary, examples and body, tagged by category. */
  document: Document;
  articles: IndexedArticle[];
  /** FlexSearch id → position in `articles`. */
  owner: number[];
  /** IDF of a term over the articles (a term found nowhere counts most). */
  idfOf: (term: string) => number;
  /** The statistics the answer engine measures questions against (same IDF). */
  stats: CorpusStats;
  /** Article id → position in `articles`. */
  position: Map<string, number>;
}

/** Tokenises and indexes every section of the knowledge base. */
export function buildCorpus(kb: KnowledgeBase, mode: TokenizerMode, params: RankingParams): Corpus {
  const memo = new Map<string, string[]>();
  const document = new Document({
    tokenize: 'strict',
    encoder: createEncoder(mode, memo),
    document: { id: 'id', index: ['title', 'summary', 'examples', 'body'], tag: ['category'] },
  });
  const articles: IndexedArticle[] = [];
  const owner: number[] = [];
  const terms = (text: string) => {
    const tokens = tokenize(text, mode);
    memo.set(text, tokens);
    return new Set(tokens);
  };

  for (const article of kb.articles) {
    const articleIndex = articles.length;
    const title = terms(article.title);
    const summary = terms(article.summary);
    const examples = article.examples.map(terms);
    const bodies = sectionsOf(article).map((section, i) => {
      const text = `${section.title}\n${section.text}`;
      const body = terms(text);
      const id = owner.length;
      owner.push(articleIndex);
      const lead = i === 0;
      document.add({
        id,
        title: lead ? article.title : '',
        summary: lead ? article.summary : '',
        examples: lead ? article.examples.join('\n') : '',
        body: text,
        category: article.category,
      });
      return { section, body };
    });
    // Key terms are content words: particle-like pairs (「すか」「です」) are in most questions of any article.
    const strong = (text: string, set: Set<string>) => {
      const weak = weakPairs(text);
      return new Set(Array.from(set).filter((t) => !weak.has(t)));
    };
    const keys = keyTerms([strong(article.title, title), ...examples.map((e, i) => strong(article.examples[i]!, e))], params.keyShare);
    const exampleTerms = new Set(examples.flatMap((e) => Array.from(e)));
    // Example norms need the IDFs, known only once every article is counted: filled in below.
    const exampleList: ExampleSet = { list: examples.map((e) => ({ terms: e as ReadonlySet<string>, norm: 0 })), postings: new Map() };
    examples.forEach((e, i) => {
      for (const t of e) exampleList.postings.set(t, [...(exampleList.postings.get(t) ?? []), i]);
    });
    const sections = bodies.map(({ section, body }) => ({
      section,
      terms: { title, summary, body, examples: exampleList, keys },
    }));
    articles.push({ article, title: normalize(article.title), exampleTerms, exampleList, sections });
  }
  memo.clear(); // queries are tokenised afresh
  const stats = buildCorpusStats(kb.articles, mode);
  const idfOf = (t: string) => idf(stats, t);
  for (const a of articles) {
    for (const e of a.exampleList.list) for (const t of e.terms) e.norm += idfOf(t);
  }
  return { document, articles, owner, idfOf, stats, position: new Map(articles.map((a, i) => [a.article.id, i])) };
}
