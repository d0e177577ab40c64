/**
 * The search index: FlexSearch over every section of the knowledge base (corpus.ts) finds candidates;
 * our ranking (ranking.ts) orders them, one hit per article at its best section: every section of a
 * candidate article is scored and the best one is linked.
 */
import type { Article, KnowledgeBase } from '../content/types.ts';
import { normalize } from '../text/normalize.ts';
import { DEFAULT_TOKENIZER, uniqueTokens, type TokenizerMode } from '../text/tokenize.ts';
import { weakPairs } from '../text/weak-pairs.ts';
import { expandWithLexicon, rewriteWithLexicon } from '../text/lexicon.ts';
import { buildCorpus, type Corpus, type IndexedArticle } from './corpus.ts';
import type { CorpusStats } from './corpus-stats.ts';
import { snippet } from './highlight.ts';
import { DEFAULT_RANKING, type RankingParams, type WeightedTerm } from './ranking.ts';
import { createArticleScorer, type QueryTerms } from './score-articles.ts';
import type { SearchHit, SearchIndex, SearchOptions, SearchResult, Suggestion } from './types.ts';
import { firstOf } from './first-of.ts';
import { sortSmall } from '../text/sort-small.ts';
import { tokenNumbering } from './token-numbering.ts';

export interface SearchIndexOptions {
  /** Tokenizer for index and queries (default {@link DEFAULT_TOKENIZER}). */
  tokenizer?: TokenizerMode;
  /** Ranking parameters, merged onto {@link DEFAULT_RANKING}. */
  ranking?: Partial<RankingParams>;
  /** Candidates FlexSearch returns per field before our ranking (default 100). */
  candidates?: number;
  /** Snippet length in characters (default 120). */
  snippetLength?: number;
  /** Articles scored in full for an ask, by a cheap first pass (default 10). */
  rankDepth?: number;
}

/** A query token as the analysis gives it: the term, and whether it is particle-like (see `weakPairs`). */
export interface QueryToken {
  term: string;
  weak: boolean;
}

/** One article ranked for an ask: its score, best section and how much of the question it covers. No snippet. */
export interface RankedArticle {
  id: string;
  anchor: string;
  score: number;
  coverage: number;
  /** The score's parts: article text (best section), likeness to the labelled questions, missing key terms. */
  parts: { content: number; examples: number; penalty: number };
}

/** An index that also ranks prepared questions for the answer engine and tells how queries are read. */
export interface SectionSearchIndex extends SearchIndex {
  /** The weighted terms a query is scored on, after normalisation and the lexicon. */
  terms(query: string): WeightedTerm[];
  /**
   * The articles sharing a term with the tokens, best first: the ask path (no FlexSearch, no snippets).
   * Only the `rankDepth` best by a first pass, and the articles named in `also`, are scored in full.
   */
  rank(tokens: readonly QueryToken[], also?: Iterable<string>, ids?: Int32Array): RankedArticle[];
  /** The tokens' numbers in the corpus (-1: no article holds it): taken once per ask and passed to `rank` and the other steps. */
  numbers(tokens: readonly QueryToken[]): Int32Array;
  /** Every token of the corpus → its number (what `numbers` gives). */
  tokenIds: ReadonlyMap<string, number>;
  /** The statistics built with the index. */
  stats: CorpusStats;
}

const MAX_LIMIT = 50;

function rankingParams(options: SearchIndexOptions): RankingParams {
  return { ...DEFAULT_RANKING, ...options.ranking, weights: { ...DEFAULT_RANKING.weights, ...options.ranking?.weights } };
}

/** The corpus an index with these options is built on (what the build's snapshot keeps, corpus-snapshot.ts). */
export function buildIndexCorpus(kb: KnowledgeBase, options: SearchIndexOptions = {}): Corpus {
  return buildCorpus(kb, options.tokenizer ?? DEFAULT_TOKENIZER, rankingParams(options));
}

/**
 * Builds the search index over every section of the knowledge base, or over `built`, its corpus built
 * before with the same options (`buildIndexCorpus`; restored from the build's snapshot at start).
 * @throws Error prefixed `search:` when an option is out of range.
 */
export function createSearchIndex(kb: KnowledgeBase, options: SearchIndexOptions = {}, built?: Corpus): SectionSearchIndex {
  const mode = options.tokenizer ?? DEFAULT_TOKENIZER;
  const params = rankingParams(options);
  const candidateLimit = options.candidates ?? 100;
  const snippetLength = options.snippetLength ?? 120;
  const rankDepth = options.rankDepth ?? 10;
  if (!(candidateLimit >= 1)) throw new Error(`search: candidates must be at least 1, got ${candidateLimit}`);
  if (!(snippetLength >= 20)) throw new Error(`search: snippetLength must be at least 20, got ${snippetLength}`);

  const corpus = built ?? buildCorpus(kb, mode, params);
  const { document, articles, owner, idfOf, stats, position, tokenIds, idfs, anywhere } = corpus;
  const byId = new Map(articles.map((a) => [a.article.id, a.article]));
  const scoreArticles = createArticleScorer(corpus, params);
  // The first pass's buffers, reused by every ask.
  const rough = new Float64Array(articles.length);
  const touched = new Uint8Array(articles.length);

  /** Normalised query → weighted terms (lexicon applied), and the tokens to mark in snippets. */
  function prepare(query: string) {
    const normalized = normalize(query);
    const expanded = expandWithLexicon(normalized, kb.lexicon);
    // The same rewrite with katakana kept as typed, so `weakPairs` sees a recognised term as the content word
    // it is even when it was typed in hiragana (「くらいあんとあぷり」 → 「クライアントアプリ」, not particles).
    const rewritten = rewriteWithLexicon(query, kb.lexicon);
    const substituted = normalize(rewritten);
    // Scored on the question in the articles' words: a variant's own pairs (ぱす, りよ…) are replaced by the
    // term's, not added to them, so a recognised word counts once. Snippets mark both spellings.
    const all = uniqueTokens(substituted, mode);
    const marks = Array.from(new Set([...uniqueTokens(expanded, mode), ...all]));
    const particles = weakPairs(rewritten);
    const mixed = all.some((t) => !particles.has(t));
    return { expanded, query: weigh(all.map((term) => ({ term, weak: mixed && particles.has(term) }))), marks };
  }

  const numbers = tokenNumbering(tokenIds);

  /** The tokens' IDF weights, with their numbers (`ids`, -1 for a token no article holds). */
  function weigh(tokens: readonly QueryToken[], ids: Int32Array = numbers(tokens)): QueryTerms {
    const list: WeightedTerm[] = [];
    let mass = 0;
    for (let i = 0; i < tokens.length; i++) {
      const { term, weak } = tokens[i]!;
      const id = ids[i]!;
      const idf = id >= 0 ? idfs[id]! : idfOf(term);
      const weight = weak ? idf * params.hiragana : idf;
      list.push({ term, idf, weight, weak });
      mass += weight;
    }
    return { list, ids, mass };
  }

  function rank(tokens: readonly QueryToken[], also: Iterable<string> = [], ids?: Int32Array): RankedArticle[] {
    const q = weigh(tokens, ids);
    // A cheap first pass (the weight of the query's terms each article holds anywhere) picks the articles
    // worth the full score; the articles named in `also` are scored whatever their first pass.
    const hit: number[] = [];
    for (let i = 0; i < q.ids.length; i++) {
      const id = q.ids[i]!;
      if (id < 0) continue;
      for (let j = anywhere.offsets[id]!; j < anywhere.offsets[id + 1]!; j++) {
        const a = anywhere.items[j]!;
        if (!touched[a]) hit.push(a);
        touched[a] = 1;
        rough[a]! += q.list[i]!.weight;
      }
    }
    const seen = firstOf(hit, rankDepth, (x, y) => rough[x]! > rough[y]! || (rough[x] === rough[y] && x < y));
    for (const id of also) {
      const a = position.get(id);
      if (a !== undefined && touched[a] && !seen.includes(a)) seen.push(a);
    }
    for (const a of hit) {
      rough[a] = 0;
      touched[a] = 0;
    }
    return sortSmall(scoreArticles(q, seen, (a, section, score, parts, coverage): RankedArticle => (
      { id: articles[a]!.article.id, anchor: articles[a]!.sections[section]!.anchor, score, parts, coverage }
    )), (x, y) => y.score - x.score || x.id.localeCompare(y.id));
  }

  function candidates(text: string, category?: string): Set<number> {
    const found = document.search(text, {
      suggest: true,
      limit: candidateLimit,
      ...(category ? { tag: { category } } : {}),
    });
    const out = new Set<number>();
    for (const field of found) for (const id of field.result) out.add(owner[Number(id)]!);
    return out;
  }

  function search(query: string, opts: SearchOptions = {}): SearchResult {
    const limit = Math.min(Math.max(Math.trunc(opts.limit ?? 10), 1), MAX_LIMIT);
    const { expanded, query: q, marks } = prepare(query);
    if (q.list.length === 0) return { total: 0, results: [] };
    const found = Array.from(candidates(expanded, opts.category)).filter((a) => !opts.category || articles[a]!.article.category === opts.category);
    // Stable sort: on a tie, FlexSearch's order stands.
    const ranked = scoreArticles(q, found, (position, section, score, _parts, coverage) => ({ position, section, score, coverage })).sort((x, y) => y.score - x.score);
    return { total: ranked.length, results: ranked.slice(0, limit).map((r) => toHit(articles[r.position]!, r.section, r.score, r.coverage, marks)) };
  }

  function toHit(indexed: IndexedArticle, sectionIndex: number, score: number, cover: number, marks: string[]): SearchHit {
    const { article } = indexed;
    const section = indexed.sections[sectionIndex]!;
    let text = snippet(section.text, marks, snippetLength);
    if (!text.includes('<mark>')) text = snippet(article.summary, marks, snippetLength);
    return {
      id: article.id,
      anchor: section.anchor,
      title: article.title,
      sectionTitle: section.title,
      category: article.category,
      snippet: text,
      url: section.anchor ? `${article.url}#${section.anchor}` : article.url,
      score: Math.round(score * 1000) / 1000,
      coverage: Math.round(cover * 1000) / 1000,
    };
  }

  function suggest(query: string): Suggestion[] {
    const normalized = normalize(query);
    if (!normalized) return [];
    const picked = new Map<string, Suggestion>();
    const add = (a: Article) => {
      if (picked.size < 8 && !picked.has(a.id)) picked.set(a.id, { id: a.id, title: a.title, url: a.url });
    };
    // Titles that contain what was typed come first (earliest match, then shortest title).
    articles
      .map((a) => ({ a: a.article, at: a.title.indexOf(normalized) }))
      .filter((x) => x.at >= 0)
      .sort((x, y) => x.at - y.at || x.a.title.length - y.a.title.length)
      .forEach((x) => add(x.a));
    for (const hit of search(query, { limit: 8 }).results) add(byId.get(hit.id)!);
    return Array.from(picked.values());
  }

  return { search, suggest, terms: (query) => prepare(query).query.list, rank, numbers, tokenIds, stats };
}
