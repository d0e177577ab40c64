/**
 * Statistics of the knowledge base that questions are measured against: which articles hold each token,
 * in their whole text and in their TOPIC (title, summary, examples), and how rare a token therefore is.
 * Built once with the search index (corpus.ts) and shared by the search ranking and the answer engine, so
 * there is one IDF for the whole service.
 */
import type { Article } from '../content/types.ts';
import { normalize } from '../text/normalize.ts';
import { tokenize, type TokenizerMode } from '../text/tokenize.ts';

export interface CorpusStats {
  /** Number of articles (at least 1). */
  articles: number;
  ids: string[];
  /** Token → number of articles holding it anywhere (title, summary, examples, body). */
  df: Map<string, number>;
  /**
   * Token → number of articles whose TOPIC (title, summary, example questions) holds it. Body text mentions
   * many things in passing (every page ends with 「ヘルプデスクへ」), so what a word says about a
   * question's topic is measured here.
   */
  topicDf: Map<string, number>;
  /**
   * Every token of the articles' own prose (title, summary, sections), the example questions left out: the
   * words the content knows. A slip typed into an example on purpose (「有効期現」) is not a word: known,
   * it would keep the same slip from being corrected in every other question.
   */
  prose: Set<string>;
  /** Article id → every token of it. */
  tokens: Map<string, Set<string>>;
  /** Article id → the tokens of its topic. */
  topics: Map<string, Set<string>>;
  /** Article id → the tokens of its title. */
  titles: Map<string, Set<string>>;
  /** Article id → its normalised title, summary, body and examples. */
  texts: Map<string, string>;
  /**
   * Every article's text of `texts`, one after the other, each ending in a line break: whether any article
   * holds a word that has no line break in it is one search of this (an ask looks up loanwords so).
   */
  allTexts: string;
  /** Token → ids of the articles holding it (candidates for a question). */
  postings: Map<string, string[]>;
  /** Article id → its position in `ids` (its bit in `holders`). */
  position: Map<string, number>;
  /**
   * Token → where its holders start in `holderBits`: bit sets over article positions of the articles whose
   * whole text, topic and title hold it (`tokens`, `topics` and `titles` hold the same, per article). One
   * lookup answers for every article at once, and one small array stays in cache where a Set per article
   * would not.
   */
  holders: Map<string, number>;
  holderBits: Uint32Array;
}

/** Which of a token's holders (see CorpusStats `holders`). */
export type HolderField = 'tokens' | 'topics' | 'titles';

/** The field's place among a token's holders (a comparison of constants: a keyed lookup by a varying name is slower, and this runs per candidate and term). */
function fieldAt(field: HolderField): number {
  return HOLDER_FIELD[field];
}

/** Whether the article at position `p` holds, in `field`, the token whose holders start at `row`. */
export function holdsAt(stats: CorpusStats, row: number | undefined, field: HolderField, p: number): boolean {
  return holdsIn(stats, row, fieldAt(field), p);
}

/** The holder fields by their place among a token's holders (what `holdsIn` takes). */
export const HOLDER_FIELD = { tokens: 0, topics: 1, titles: 2 } as const;

/** {@link holdsAt} with the field by its place (HOLDER_FIELD): the hot loops of an ask pass a number, not a name. */
export function holdsIn(stats: CorpusStats, row: number | undefined, field: number, p: number): boolean {
  if (row === undefined) return false;
  return (stats.holderBits[row + field * ((stats.articles + 31) >>> 5) + (p >>> 5)]! & (1 << (p & 31))) !== 0;
}

const KANJI = /[\u3005\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]/g;

/**
 * The tokens of a text as the statistics hold them: the tokenizer's, plus single kanji (a question's
 * 「問い合わせ」 splits into 問 and 合 around its hiragana).
 */
export function statTokens(text: string, mode: TokenizerMode): Set<string> {
  return new Set([...tokenize(text, mode), ...(normalize(text).match(KANJI) ?? [])]);
}

/** Builds the statistics of a list of articles. */
export function buildCorpusStats(articles: readonly Article[], mode: TokenizerMode): CorpusStats {
  const stats: CorpusStats = {
    articles: Math.max(1, articles.length), ids: articles.map((a) => a.id),
    df: new Map(), topicDf: new Map(), prose: new Set(), tokens: new Map(), topics: new Map(), titles: new Map(), texts: new Map(), allTexts: '', postings: new Map(),
    position: new Map(articles.map((a, p) => [a.id, p])), holders: new Map(), holderBits: new Uint32Array(0),
  };
  const words = (stats.articles + 31) >>> 5;
  const bits: number[] = [];
  const mark = (field: HolderField, set: ReadonlySet<string>, p: number) => {
    for (const t of set) {
      let row = stats.holders.get(t);
      if (row === undefined) {
        stats.holders.set(t, (row = bits.length));
        for (let w = 0; w < 3 * words; w++) bits.push(0);
      }
      bits[row + fieldAt(field) * words + (p >>> 5)]! |= 1 << (p & 31);
    }
  };
  const count = (map: Map<string, number>, set: Set<string>) => {
    for (const t of set) map.set(t, (map.get(t) ?? 0) + 1);
  };
  for (const a of articles) {
    const topicText = [a.title, a.summary, ...a.examples].join('\n');
    const bodyText = `${a.sections.map((s) => `${s.title}\n${s.text}`).join('\n')}\n${a.text}`;
    const all = statTokens(`${topicText}\n${bodyText}`, mode);
    const topic = statTokens(topicText, mode);
    for (const t of statTokens(`${a.title}\n${a.summary}\n${bodyText}`, mode)) stats.prose.add(t);
    stats.tokens.set(a.id, all);
    stats.topics.set(a.id, topic);
    stats.titles.set(a.id, statTokens(a.title, mode));
    const p = stats.position.get(a.id)!;
    mark('tokens', all, p);
    mark('topics', topic, p);
    mark('titles', stats.titles.get(a.id)!, p);
    stats.texts.set(a.id, normalize([a.title, a.summary, a.text, ...a.examples].join('\n')));
    count(stats.df, all);
    count(stats.topicDf, topic);
    for (const t of all) {
      const list = stats.postings.get(t);
      if (list) list.push(a.id);
      else stats.postings.set(t, [a.id]);
    }
  }
  stats.holderBits = Uint32Array.from(bits);
  stats.allTexts = Array.from(stats.texts.values(), (text) => `${text}\n`).join('');
  return stats;
}

/**
 * Inverse document frequency, BM25 style: always positive; a term in every article still counts a little,
 * a term found nowhere counts most (it is part of the question no article explains).
 */
export function idf(stats: CorpusStats, token: string): number {
  return idfOfCount(stats, stats.df.get(token) ?? 0);
}

/**
 * What the statistics say of each token of a numbering (the search corpus's, which numbers every token the
 * statistics hold): its df (0: no article holds it) and its holders' row (-1: none), read by number on the
 * ask path instead of a string lookup each.
 */
export interface TokenFacts {
  df: Int32Array;
  rows: Int32Array;
  /** Its topic df (`topicDf`; 0: no article's topic holds it). */
  topicDf: Int32Array;
}

/** The facts of every token of `numbering` (token → number), made once per engine. */
export function tokenFacts(stats: CorpusStats, numbering: ReadonlyMap<string, number>): TokenFacts {
  const facts: TokenFacts = { df: new Int32Array(numbering.size), rows: new Int32Array(numbering.size).fill(-1), topicDf: new Int32Array(numbering.size) };
  for (const [token, n] of numbering) {
    facts.df[n] = stats.df.get(token) ?? 0;
    facts.rows[n] = stats.holders.get(token) ?? -1;
    facts.topicDf[n] = stats.topicDf.get(token) ?? 0;
  }
  return facts;
}

/** `idf` of a token given its df (`idf(stats, token)` is this of `stats.df.get(token) ?? 0`). */
export function idfOfCount(stats: CorpusStats, f: number): number {
  return Math.log(1 + (stats.articles - f + 0.5) / (f + 0.5));
}
