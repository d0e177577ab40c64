/**
 * The search index: FlexSearch over every section of the knowledge base (corpus.ts) finds candidates;
 * our ranking (ranking.ts) orders them, one hit per article at its best section: every section of a
 * candidate article is scored and the best one is linked.
 */
import type { Article, KnowledgeBase } from '../content/types.ts';
import { normalize } from '../text/normalize.ts';
import { DEFAULT_TOKENIZER, uniqueTokens, weakPairs, type TokenizerMode } from '../text/tokenize.ts';
import { expandWithLexicon, rewriteWithLexicon } from '../text/lexicon.ts';
import { buildCorpus, type IndexedArticle, type IndexedSection } from './corpus.ts';
import type { CorpusStats } from './corpus-stats.ts';
import { snippet } from './highlight.ts';
import {
  contentScore, coverage, DEFAULT_RANKING, exampleScore, headWeights, missingKeyPenalty,
  type RankingParams, type WeightedTerm,
} from './ranking.ts';
import type { SearchHit, SearchIndex, SearchOptions, SearchResult, Suggestion } from './types.ts';

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
  rank(tokens: readonly QueryToken[], also?: Iterable<string>): RankedArticle[];
  /** The statistics built with the index. */
  stats: CorpusStats;
}

const MAX_LIMIT = 50;

/**
 * Builds the search index over every section of the knowledge base.
 * @throws Error prefixed `search:` when an option is out of range.
 */
export function createSearchIndex(kb: KnowledgeBase, options: SearchIndexOptions = {}): SectionSearchIndex {
  const mode = options.tokenizer ?? DEFAULT_TOKENIZER;
  const params: RankingParams = {
    ...DEFAULT_RANKING,
    ...options.ranking,
    weights: { ...DEFAULT_RANKING.weights, ...options.ranking?.weights },
  };
  const candidateLimit = options.candidates ?? 100;
  const snippetLength = options.snippetLength ?? 120;
  const rankDepth = options.rankDepth ?? 10;
  if (!(candidateLimit >= 1)) throw new Error(`search: candidates must be at least 1, got ${candidateLimit}`);
  if (!(snippetLength >= 20)) throw new Error(`search: snippetLength must be at least 20, got ${snippetLength}`);

  const { document, articles, owner, idfOf, stats, position } = buildCorpus(kb, mode, params);
  const byId = new Map(articles.map((a) => [a.article.id, a.article]));

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
    return { expanded, weighted: weigh(all.map((term) => ({ term, weak: mixed && particles.has(term) }))), marks };
  }

  function weigh(tokens: readonly QueryToken[]): WeightedTerm[] {
    return tokens.map(({ term, weak }): WeightedTerm => {
      const i = idfOf(term);
      return { term, idf: i, weight: weak ? i * params.hiragana : i, weak };
    });
  }

  /** An article's score for the weighted terms, at its best section. */
  function scoreArticle(article: IndexedArticle, weighted: WeightedTerm[], querySet: ReadonlySet<string>): { best: IndexedSection; score: number; parts: RankedArticle['parts'] } {
    const lead = article.sections[0]!.terms;
    const examples = params.examples * exampleScore(weighted, lead, params);
    const penalty = params.penalty * missingKeyPenalty(querySet, lead, idfOf);
    const shared = examples - penalty;
    const head = headWeights(weighted, lead, params);
    let best = article.sections[0]!;
    let bestContent = -1;
    // Strictly greater: on a tie the earlier section (the answer) wins.
    for (const s of article.sections) {
      const c = contentScore(weighted, s.terms, params, head);
      if (c > bestContent) {
        best = s;
        bestContent = c;
      }
    }
    return { best, score: bestContent + shared, parts: { content: bestContent, examples, penalty } };
  }

  function rank(tokens: readonly QueryToken[], also: Iterable<string> = []): RankedArticle[] {
    const weighted = weigh(tokens);
    const querySet = new Set(weighted.map((t) => t.term));
    // A cheap first pass (the weight of the query's terms each article holds anywhere) picks the articles
    // worth the full score; the articles named in `also` are scored whatever their first pass.
    const rough = new Map<number, number>();
    for (const t of weighted) for (const id of stats.postings.get(t.term) ?? []) {
      const a = position.get(id)!;
      rough.set(a, (rough.get(a) ?? 0) + t.weight);
    }
    const seen = new Set(Array.from(rough).sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, rankDepth).map(([a]) => a));
    for (const id of also) if (rough.has(position.get(id) ?? -1)) seen.add(position.get(id)!);
    const out: RankedArticle[] = [];
    for (const a of seen) {
      const article = articles[a]!;
      const { best, score, parts } = scoreArticle(article, weighted, querySet);
      out.push({ id: article.article.id, anchor: best.section.anchor, score, parts, coverage: coverage(weighted, best.terms, article.exampleTerms) });
    }
    return out.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
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
    const { expanded, weighted, marks } = prepare(query);
    if (weighted.length === 0) return { total: 0, results: [] };
    const querySet = new Set(weighted.map((t) => t.term));
    const ranked: { article: IndexedArticle; best: IndexedSection; score: number }[] = [];
    for (const a of candidates(expanded, opts.category)) {
      const article = articles[a]!;
      if (opts.category && article.article.category !== opts.category) continue;
      const { best, score } = scoreArticle(article, weighted, querySet);
      ranked.push({ article, best, score });
    }
    ranked.sort((x, y) => y.score - x.score);
    const results = ranked
      .slice(0, limit)
      .map(({ article, best, score }) => toHit(article, best, score, coverage(weighted, best.terms, article.exampleTerms), marks));
    return { total: ranked.length, results };
  }

  function toHit(indexed: IndexedArticle, best: IndexedSection, score: number, cover: number, marks: string[]): SearchHit {
    const { article } = indexed;
    const { section } = best;
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

  return { search, suggest, terms: (query) => prepare(query).weighted, rank, stats };
}
