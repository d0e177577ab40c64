import { describe, expect, it } from 'vitest';
import {
  contentScore, coverage, DEFAULT_RANKING, exampleScore, keyTerms, missingKeyPenalty,
  type ExampleSet, type SectionTerms, type WeightedTerm,
} from '../../server/search/ranking.ts';
import { idf as statsIdf, type CorpusStats } from '../../server/search/corpus-stats.ts';

const set = (...t: string[]) => new Set(t);
const term = (t: string, w = 1): WeightedTerm => ({ term: t, idf: w, weight: w });

/** An example set as the corpus builds it: the questions and, per term, the questions holding it. */
function examples(list: { terms: Set<string>; norm: number }[]): ExampleSet {
  const postings = new Map<string, number[]>();
  list.forEach((e, i) => e.terms.forEach((t) => postings.set(t, [...(postings.get(t) ?? []), i])));
  return { list, postings };
}

function section(over: Partial<Omit<SectionTerms, 'examples'>> & { examples?: { terms: Set<string>; norm: number }[] } = {}): SectionTerms {
  return { title: set(), summary: set(), body: set(), keys: new Map(), ...over, examples: examples(over.examples ?? []) };
}

/** IDF of a term held by `df` of `n` articles. */
function idf(df: number, n: number): number {
  return statsIdf({ articles: n, df: new Map([['t', df]]) } as unknown as CorpusStats, 't');
}

describe('idf', () => {
  it('counts rare terms more than common ones and stays positive', () => {
    expect(idf(1, 20)).toBeGreaterThan(idf(10, 20));
    expect(idf(20, 20)).toBeGreaterThan(0);
    expect(idf(0, 20)).toBeGreaterThan(idf(1, 20));
  });
});

describe('contentScore', () => {
  it('weighs a term by the best field holding it', () => {
    const q = [term('kj', 2)];
    const w = DEFAULT_RANKING.weights;
    expect(contentScore(q, section({ title: set('kj') }), DEFAULT_RANKING)).toBe(2 * w.title);
    expect(contentScore(q, section({ body: set('kj') }), DEFAULT_RANKING)).toBe(2 * w.body);
    expect(contentScore(q, section({ title: set('kj'), body: set('kj') }), DEFAULT_RANKING)).toBe(2 * w.title);
    expect(contentScore(q, section(), DEFAULT_RANKING)).toBe(0);
  });

  it('lets a rare term outweigh a common one', () => {
    const rare = section({ body: set('rare') });
    const common = section({ body: set('common') });
    const q = [term('rare', idf(1, 20)), term('common', idf(15, 20))];
    expect(contentScore(q, rare, DEFAULT_RANKING)).toBeGreaterThan(contentScore(q, common, DEFAULT_RANKING));
  });
});

describe('exampleScore', () => {
  it('prefers the article whose labelled questions resemble the query', () => {
    const q = [term('kj'), term('ぱす'), term('忘れ')];
    const close = section({ examples: [{ terms: set('kj', 'ぱす', '忘れ'), norm: 3 }] });
    const far = section({ examples: [{ terms: set('証明', 'ぱす', 'x', 'y', 'z'), norm: 5 }] });
    expect(exampleScore(q, close, DEFAULT_RANKING)).toBeGreaterThan(exampleScore(q, far, DEFAULT_RANKING));
    expect(exampleScore(q, section(), DEFAULT_RANKING)).toBe(0);
  });

  it('counts examples that share the same query terms once, however many repeat them', () => {
    const q = [term('申請'), term('手順')];
    const ex = (...t: string[]) => ({ terms: set(...t), norm: t.length });
    // Five questions that all match on 「申請」 alone, against one matching 「申請」 and one matching 「手順」.
    const repeated = section({ examples: [ex('申請', 'a'), ex('申請', 'b'), ex('申請', 'c'), ex('申請', 'd'), ex('申請', 'e')] });
    const varied = section({ examples: [ex('申請', 'a'), ex('手順', 'b'), ex('f'), ex('g'), ex('h')] });
    expect(exampleScore(q, varied, DEFAULT_RANKING)).toBeGreaterThan(exampleScore(q, repeated, DEFAULT_RANKING));
    // One matching example among five scores a fifth of its cosine: the mean still divides by `closest`.
    const single = section({ examples: [ex('申請', '手順'), ex('x'), ex('y'), ex('z'), ex('w')] });
    expect(exampleScore(q, single, DEFAULT_RANKING)).toBeCloseTo(2 / DEFAULT_RANKING.closest, 6);
  });
});

describe('keyTerms and missingKeyPenalty', () => {
  it('finds terms shared by most of an article’s questions', () => {
    const keys = keyTerms([set('証明', 'ぱす'), set('証明', '忘れ'), set('証明', 'kj'), set('ぱす')], 0.5);
    expect(keys.get('証明')).toBe(0.75);
    expect(keys.get('ぱす')).toBe(0.5);
    expect(keys.has('kj')).toBe(false);
  });

  it('needs at least three questions to call anything essential', () => {
    expect(keyTerms([set('a'), set('a')], 0.5).size).toBe(0);
  });

  it('penalises an article whose key terms the question lacks', () => {
    const s = section({ keys: new Map([['証明', 0.8]]) });
    expect(missingKeyPenalty(set('kj', 'ぱす'), s, () => 2)).toBeCloseTo(1.6);
    expect(missingKeyPenalty(set('証明'), s, () => 2)).toBe(0);
  });
});

describe('coverage', () => {
  it('is the weighted share of the query terms found anywhere in the hit', () => {
    const s = section({ title: set('a'), body: set('b') });
    expect(coverage([term('a', 1), term('b', 1), term('c', 2)], s, set())).toBe(0.5);
    expect(coverage([term('c', 2)], s, set('c'))).toBe(1);
    expect(coverage([], s, set())).toBe(0);
  });
});
