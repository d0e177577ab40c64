/**
 * Statistics of the knowledge base that questions are measured against (specificity.ts, explain.ts): which
 * articles hold each token, in their whole text and in their TOPIC (title, summary, examples), and how rare
 * a token therefore is. Built once per knowledge base; pure.
 */
import type { Article } from '../content/types.ts';
import { normalize } from '../text/normalize.ts';
import { containsTerm } from './analyze.ts';
import { tokenSet } from './concepts.ts';

export interface TermStats {
  articles: number;
  /** Token → number of articles that contain it. */
  df: Map<string, number>;
  /**
   * Token → number of articles whose TOPIC (title, summary, example questions) contains it. Body text
   * mentions many things in passing (every page ends with 「ヘルプデスクへ」), so what a word says about
   * a question's topic is measured here.
   */
  topicDf: Map<string, number>;
  /** Article id → the tokens of its topic (title, summary, examples). */
  topics: Map<string, Set<string>>;
  /** Article id → its tokens. */
  tokens: Map<string, Set<string>>;
  /** Article id → normalised title, summary, body and examples. */
  texts: Map<string, string>;
  /** Tokens of each lexicon term met so far (terms repeat across questions; tokenizing is the cost). */
  termTokens: Map<string, string[]>;
}


/** Builds the statistics once per knowledge base (title, summary, body and examples of each article). */
export function buildTermStats(articles: readonly Article[]): TermStats {
  const df = new Map<string, number>();
  const topicDf = new Map<string, number>();
  const topics = new Map<string, Set<string>>();
  const tokens = new Map<string, Set<string>>();
  const texts = new Map<string, string>();
  for (const a of articles) {
    const text = normalize([a.title, a.summary, a.text, ...a.examples].join('\n'));
    const set = tokenSet(text);
    texts.set(a.id, text);
    tokens.set(a.id, set);
    for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
    const topic = normalize([a.title, a.summary, ...a.examples].join('\n'));
    const own = tokenSet(topic);
    topics.set(a.id, own);
    for (const t of own) topicDf.set(t, (topicDf.get(t) ?? 0) + 1);
  }
  return { articles: Math.max(1, articles.length), df, topicDf, topics, tokens, texts, termTokens: new Map() };
}

/** Whether an article's text contains a normalised term. */
export function articleHas(stats: TermStats, id: string, term: string): boolean {
  const text = stats.texts.get(id);
  return text !== undefined && containsTerm(text, term);
}

/** A question token and its weight: its rarity, lowered for hiragana pairs the knowledge base lacks. */
export interface WeightedToken {
  token: string;
  weight: number;
}

/** Rarity of a token; a token found in no article weighs most. */
export function weight(stats: TermStats, token: string): number {
  return Math.log(1 + stats.articles / ((stats.df.get(token) ?? 0) + 0.5));
}
