/**
 * What the engine knows about each article beyond the search index, built once per knowledge base from
 * the analysed labelled texts (title, summary, examples), and what a question says about each article in
 * those terms: the text classifier's probabilities (classifier.ts), how much of the article's title the
 * question names, and whether the question asks for a kind of fact (a price) that the article does not
 * state. features.ts turns them into numbers.
 */
import type { KnowledgeBase } from '../content/types.ts';
import type { CorpusStats } from '../search/corpus-stats.ts';
import { idf } from '../search/corpus-stats.ts';
import type { QueryAnalysis } from './analysis.ts';
import { classify, featureKeys, trainClassifier, type Classification, type ClassifierOptions, type TextClassifier } from './classifier.ts';

/** A labelled text of an article, analysed: its title first, then its summary and examples. */
export interface LabelledText {
  id: string;
  analysis: QueryAnalysis;
}

export interface ArticleProfiles {
  classifier: TextClassifier;
  /** Article id → the content tokens of its title, each with its IDF. */
  titles: Map<string, { term: string; weight: number }[]>;
  /** Articles whose text states a price (「21,000円」). */
  prices: Set<string>;
}

/** What one question says about the articles. */
export interface QuestionSignals {
  classification: Classification;
  /** Article id → IDF-weighted share of its title's content tokens the question names. */
  titleNamed: (id: string) => number;
  /** The question asks how much something costs. */
  asksPrice: boolean;
  prices: ReadonlySet<string>;
}

/** Words that ask for a price (normalised; katakana folded). */
const PRICE_QUESTION = /いくら|料金|費用|手数料|値段|金額|年額|月額|年会費|相場|価格|代金|こすと/;
const PRICE_STATED = /[0-9][0-9 ]*円/;

/** Builds the profiles of a knowledge base's articles (the classifier is trained here). */
export function buildProfiles(kb: Pick<KnowledgeBase, 'articles'>, labelled: readonly LabelledText[], stats: CorpusStats, options: Partial<ClassifierOptions> = {}): ArticleProfiles {
  const classifier = trainClassifier(labelled.map((d) => ({ id: d.id, keys: featureKeys(d.analysis, options.maxN) })), options);
  const titles = new Map<string, { term: string; weight: number }[]>();
  for (const d of labelled) {
    if (titles.has(d.id)) continue;
    titles.set(d.id, d.analysis.tokens.filter((t) => !t.weak).map((t) => ({ term: t.term, weight: idf(stats, t.term) })));
  }
  const prices = new Set(kb.articles.filter((a) => PRICE_STATED.test(stats.texts.get(a.id) ?? '')).map((a) => a.id));
  return { classifier, titles, prices };
}

/** Reads one question against the profiles. */
export function readSignals(profiles: ArticleProfiles, analysis: QueryAnalysis): QuestionSignals {
  const named = new Set(analysis.tokens.map((t) => t.term));
  const titleNamed = (id: string) => {
    const title = profiles.titles.get(id) ?? [];
    let total = 0;
    let found = 0;
    for (const t of title) {
      total += t.weight;
      if (named.has(t.term)) found += t.weight;
    }
    return total === 0 ? 0 : found / total;
  };
  return { classification: classify(profiles.classifier, analysis), titleNamed, asksPrice: PRICE_QUESTION.test(analysis.evened), prices: profiles.prices };
}
