/**
 * The indexed corpus behind the search index: every section of the knowledge base added to a FlexSearch
 * Document (which finds candidates), and what our ranking scores them on — every token of the corpus
 * numbered once, its IDF, and packed postings of which articles, sections and labelled examples hold it.
 *
 * Article-level fields (title, summary, examples) are indexed on the article's first section only, so
 * FlexSearch's candidate limit counts articles rather than copies of one title.
 */
import { Document } from 'flexsearch';
import type { Article, KnowledgeBase, Section } from '../content/types.ts';
import { normalize } from '../text/normalize.ts';
import { tokenize, type TokenizerMode } from '../text/tokenize.ts';
import { weakPairs } from '../text/weak-pairs.ts';
import { createEncoder } from './encoder.ts';
import { FIELD, keyTerms, type RankingParams } from './ranking.ts';
import { buildCorpusStats, idf, type CorpusStats } from './corpus-stats.ts';
import { PostingsBuilder, type Postings } from './postings.ts';

export interface IndexedArticle {
  article: Article;
  /** Normalised title, for type-ahead. */
  title: string;
  /** The sections scored (never empty: an article without `##` sections is one section of its summary). */
  sections: Section[];
  /** Number of its first labelled example in the corpus-wide numbering (its examples are numbered in a row). */
  firstExample: number;
  examples: number;
  /** The article's key terms (token ids) and, for each, idf × its share of the article's questions. */
  keys: { ids: Int32Array; values: Float64Array };
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
  /** Every token of the corpus → its number; `idfs[n]` is its IDF. */
  tokenIds: Map<string, number>;
  idfs: Float64Array;
  /** Token → articles holding it anywhere (the statistics' postings: the first pass of an ask). */
  anywhere: Postings;
  /** Token → articles whose title, summary or examples hold it, with FIELD bits. */
  fields: Postings;
  /** Token → sections (numbered across the corpus) whose title and text hold it. */
  bodies: Postings;
  /** Token → labelled examples (numbered across the corpus) holding it. */
  examples: Postings;
  /** Section number → article position, and its index among the article's sections; example number → article position. */
  sectionOwner: Int32Array;
  sectionIndex: Int32Array;
  exampleOwner: Int32Array;
  /** Example number → Σ IDF of its terms (the cosine's norm). */
  exampleNorms: Float64Array;
}

/**
 * The empty FlexSearch Document of a corpus (fields, tag, our encoder): what {@link buildCorpus} fills and
 * what a corpus restored from the build's snapshot (corpus-snapshot.ts) imports into.
 */
export function corpusDocument(mode: TokenizerMode, memo?: ReadonlyMap<string, string[]>): Document {
  return new Document({
    tokenize: 'strict',
    encoder: createEncoder(mode, memo),
    document: { id: 'id', index: ['title', 'summary', 'examples', 'body'], tag: ['category'] },
  });
}

/** Tokenises and indexes every section of the knowledge base. */
export function buildCorpus(kb: KnowledgeBase, mode: TokenizerMode, params: RankingParams): Corpus {
  const memo = new Map<string, string[]>();
  const document = corpusDocument(mode, memo);
  const terms = (text: string) => {
    const tokens = tokenize(text, mode);
    memo.set(text, tokens);
    return new Set(tokens);
  };
  // Term sets first (FlexSearch indexes as it goes); numbered once the statistics know every token.
  const owner: number[] = [];
  const read = kb.articles.map((article, articleIndex) => {
    const title = terms(article.title);
    const summary = terms(article.summary);
    const examples = article.examples.map(terms);
    const sections = sectionsOf(article);
    const bodies = sections.map((section, i) => {
      const text = `${section.title}\n${section.text}`;
      const body = terms(text);
      const lead = i === 0;
      document.add({
        id: owner.length,
        title: lead ? article.title : '',
        summary: lead ? article.summary : '',
        examples: lead ? article.examples.join('\n') : '',
        body: text,
        category: article.category,
      });
      owner.push(articleIndex);
      return body;
    });
    // Key terms are content words: particle-like pairs (「すか」「です」) are in most questions of any article.
    const strong = (text: string, set: Set<string>) => {
      const weak = weakPairs(text);
      return new Set(Array.from(set).filter((t) => !weak.has(t)));
    };
    const keys = keyTerms([strong(article.title, title), ...examples.map((e, i) => strong(article.examples[i]!, e))], params.keyShare);
    return { article, title, summary, examples, sections, bodies, keys };
  });
  memo.clear(); // queries are tokenised afresh
  const stats = buildCorpusStats(kb.articles, mode);
  const idfOf = (t: string) => idf(stats, t);

  const tokenIds = new Map<string, number>();
  const id = (t: string) => {
    let n = tokenIds.get(t);
    if (n === undefined) tokenIds.set(t, (n = tokenIds.size));
    return n;
  };
  for (const t of stats.df.keys()) id(t);
  const anywhere = new PostingsBuilder();
  const fields = new PostingsBuilder();
  const bodies = new PostingsBuilder();
  const examples = new PostingsBuilder();
  const sectionOwner: number[] = [];
  const sectionIndex: number[] = [];
  const exampleOwner: number[] = [];
  const exampleNorms: number[] = [];
  const articles = read.map((r, a): IndexedArticle => {
    for (const t of stats.tokens.get(r.article.id) ?? []) anywhere.add(id(t), a);
    const where = new Map<string, number>();
    const mark = (set: ReadonlySet<string>, bit: number) => set.forEach((t) => where.set(t, (where.get(t) ?? 0) | bit));
    mark(r.title, FIELD.title);
    mark(r.summary, FIELD.summary);
    r.examples.forEach((e) => mark(e, FIELD.examples));
    for (const [t, bits] of where) fields.add(id(t), a, bits);
    r.bodies.forEach((body, i) => {
      for (const t of body) bodies.add(id(t), sectionOwner.length);
      sectionOwner.push(a);
      sectionIndex.push(i);
    });
    const firstExample = exampleOwner.length;
    for (const e of r.examples) {
      let norm = 0;
      for (const t of e) {
        examples.add(id(t), exampleOwner.length);
        norm += idfOf(t);
      }
      exampleOwner.push(a);
      exampleNorms.push(norm);
    }
    const keyList = Array.from(r.keys);
    return {
      article: r.article, title: normalize(r.article.title), sections: r.sections, firstExample, examples: r.examples.length,
      keys: { ids: Int32Array.from(keyList, ([t]) => id(t)), values: Float64Array.from(keyList, ([t, share]) => idfOf(t) * share) },
    };
  });
  const n = tokenIds.size;
  return {
    document, articles, owner, idfOf, stats, position: new Map(articles.map((a, i) => [a.article.id, i])),
    tokenIds, idfs: Float64Array.from(tokenIds.keys(), idfOf),
    anywhere: anywhere.build(n), fields: fields.build(n, true), bodies: bodies.build(n), examples: examples.build(n),
    sectionOwner: Int32Array.from(sectionOwner), sectionIndex: Int32Array.from(sectionIndex), exampleOwner: Int32Array.from(exampleOwner), exampleNorms: Float64Array.from(exampleNorms),
  };
}
