/** The search index's public surface: used by /api/search, /api/suggest, the answer engine and the console. */
import type { CategoryId } from '../content/types.ts';

export interface SearchOptions {
  /** Maximum results, 1–50 (default 10). */
  limit?: number;
  /** Only sections of articles in this category. */
  category?: CategoryId;
}

export interface SearchHit {
  id: string;
  anchor: string;
  title: string;
  sectionTitle: string;
  category: CategoryId;
  /** Matched words marked with `<mark>`, HTML-escaped. */
  snippet: string;
  /** `/kb/<id>#<anchor>` */
  url: string;
  /** Ranking score (higher is better); comparable within one query. */
  score: number;
  /**
   * How much of the query this hit covers, 0..1: the share of the query's (IDF-weighted) terms found in
   * the hit. The answer engine turns this into a confidence.
   */
  coverage: number;
}

export interface SearchResult {
  total: number;
  results: SearchHit[];
}

export interface Suggestion {
  id: string;
  title: string;
  url: string;
}

export interface SearchIndex {
  /** Ranked hits for a free-text question; at most one hit per article. */
  search(query: string, options?: SearchOptions): SearchResult;
  /** Up to 8 article titles for type-ahead. */
  suggest(query: string): Suggestion[];
}
