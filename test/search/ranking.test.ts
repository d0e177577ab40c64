import { describe, expect, it } from 'vitest';
import {
  contentScore, coverage, DEFAULT_RANKING, exampleScore, FIELD, keyTerms, missingKeyPenalty, queryMass, termParts,
  type ArticleTerms, type WeightedTerm,
} from '../../server/search/ranking.ts';
import { idf as statsIdf, type CorpusStats } from '../../server/search/corpus-stats.ts';

const set = (...t: string[]) => new Set(t);
const term = (t: string, w = 1): WeightedTerm => ({ term: t, idf: w, weight: w });

/** What an article of one section holds of the query's terms, as score-articles builds it. */
function holding(q: readonly WeightedTerm[], over: { title?: Set<string>; summary?: Set<string>; body?: Set<string>; examples?: Set<string> } = {}): ArticleTerms {
  const fields = Uint8Array.from(q, (t) =>
    (over.title?.has(t.term) ? FIELD.title : 0) | (over.summary?.has(t.term) ? FIELD.summary : 0) | (over.examples?.has(t.term) ? FIELD.examples : 0));
  const bodies = Uint8Array.from(q, (t) => (over.body?.has(t.term) ? 1 : 0));
  const held = Int32Array.from(q.keys()).filter((i) => fields[i] !== 0 || bodies[i] !== 0);
  return { terms: q.length, fields, fieldsAt: 0, bodies, bodiesAt: 0, held, heldAt: 0, heldCount: held.length };
}

function content(q: readonly WeightedTerm[], over: Parameters<typeof holding>[1] = {}): number {
  const a = holding(q, over);
  const lacks = new Float64Array(q.length);
  const holds = new Float64Array(q.length);
  termParts(q, a, DEFAULT_RANKING, lacks, holds);
  return contentScore(a, 0, lacks, holds);
}

/** The examples part for the query against one article's examples (each a term set). */
function examplePart(q: readonly WeightedTerm[], list: { terms: Set<string>; norm: number }[]): number {
  const dot = new Float64Array(list.length);
  const shared = new Float64Array(list.length);
  q.forEach((t, i) => list.forEach((e, j) => {
    if (!e.terms.has(t.term)) return;
    dot[j] += t.weight;
    shared[j] += 2 ** i;
  }));
  return exampleScore(queryMass(q), { dot, shared, norm: Float64Array.from(list, (e) => e.norm) }, 0, list.length, DEFAULT_RANKING);
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
    expect(content(q, { title: set('kj') })).toBe(2 * w.title);
    expect(content(q, { summary: set('kj') })).toBe(2 * w.summary);
    expect(content(q, { body: set('kj') })).toBe(2 * w.body);
    expect(content(q, { title: set('kj'), body: set('kj') })).toBe(2 * w.title);
    expect(content(q)).toBe(0);
  });

  it('reads each section’s own body row and skips terms the article does not hold', () => {
    const q = [term('a', 1), term('b', 2), term('c', 4)];
    // Two sections: the first holds a, the second b; c is nowhere.
    const a: ArticleTerms = {
      terms: 3, fields: new Uint8Array(3), fieldsAt: 0, bodies: Uint8Array.of(1, 0, 0, 0, 1, 0), bodiesAt: 0,
      held: Int32Array.of(0, 1), heldAt: 0, heldCount: 2,
    };
    const lacks = new Float64Array(3);
    const holds = new Float64Array(3);
    termParts(q, a, DEFAULT_RANKING, lacks, holds);
    expect(contentScore(a, 0, lacks, holds)).toBe(1 * DEFAULT_RANKING.weights.body);
    expect(contentScore(a, 1, lacks, holds)).toBe(2 * DEFAULT_RANKING.weights.body);
    expect(coverage(q, queryMass(q), a, 1)).toBeCloseTo(2 / 7, 12);
  });

  it('counts a particle-like term the same in every field', () => {
    const q = [{ ...term('ます', 2), weak: true }];
    expect(content(q, { title: set('ます') })).toBe(2 * DEFAULT_RANKING.weakField);
    expect(content(q, { body: set('ます') })).toBe(2 * DEFAULT_RANKING.weakField);
  });

  it('lets a rare term outweigh a common one', () => {
    const q = [term('rare', idf(1, 20)), term('common', idf(15, 20))];
    expect(content(q, { body: set('rare') })).toBeGreaterThan(content(q, { body: set('common') }));
  });
});

describe('exampleScore', () => {
  it('prefers the article whose labelled questions resemble the query', () => {
    const q = [term('kj'), term('ぱす'), term('忘れ')];
    const close = [{ terms: set('kj', 'ぱす', '忘れ'), norm: 3 }];
    const far = [{ terms: set('証明', 'ぱす', 'x', 'y', 'z'), norm: 5 }];
    expect(examplePart(q, close)).toBeGreaterThan(examplePart(q, far));
    expect(examplePart(q, [])).toBe(0);
  });

  it('counts examples that share the same query terms once, however many repeat them', () => {
    const q = [term('申請'), term('手順')];
    const ex = (...t: string[]) => ({ terms: set(...t), norm: t.length });
    // Five questions that all match on 「申請」 alone, against one matching 「申請」 and one matching 「手順」.
    const repeated = [ex('申請', 'a'), ex('申請', 'b'), ex('申請', 'c'), ex('申請', 'd'), ex('申請', 'e')];
    const varied = [ex('申請', 'a'), ex('手順', 'b'), ex('f'), ex('g'), ex('h')];
    expect(examplePart(q, varied)).toBeGreaterThan(examplePart(q, repeated));
    // One matching example among five scores a fifth of its cosine: the mean still divides by `closest`.
    const single = [ex('申請', '手順'), ex('x'), ex('y'), ex('z'), ex('w')];
    expect(examplePart(q, single)).toBeCloseTo(2 / DEFAULT_RANKING.closest, 6);
  });

  it('averages the closest groups, best first, whatever order the examples come in', () => {
    const q = [term('a'), term('b'), term('c')];
    const ex = (norm: number, ...t: string[]) => ({ terms: set(...t), norm });
    const list = [ex(9, 'a'), ex(1, 'a'), ex(2, 'b', 'c'), ex(3, 'c'), ex(4, 'a', 'b', 'c'), ex(5, 'b')];
    // Groups by shared terms: {a} best at norm 1, {b,c}, {c}, {a,b,c}, {b}: five groups, each at its closest.
    const sim = (dot: number, norm: number) => (dot / Math.sqrt(3 * norm)) * 3;
    const want = [sim(1, 1), sim(2, 2), sim(1, 3), sim(3, 4), sim(1, 5)].sort((x, y) => y - x).reduce((s, v) => s + v, 0) / 5;
    expect(examplePart(q, list)).toBeCloseTo(want, 12);
    expect(examplePart(q, [...list].reverse())).toBeCloseTo(want, 12);
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
    // Key term 7 (「証明」) with idf 2 and share 0.8.
    const keys = { ids: Int32Array.of(7), values: Float64Array.of(2 * 0.8) };
    expect(missingKeyPenalty(keys, (id) => id === 3)).toBeCloseTo(1.6);
    expect(missingKeyPenalty(keys, (id) => id === 7)).toBe(0);
  });
});

describe('coverage', () => {
  it('is the weighted share of the query terms found anywhere in the hit', () => {
    const cover = (q: WeightedTerm[], examples: Set<string>) => coverage(q, queryMass(q), holding(q, { title: set('a'), body: set('b'), examples }), 0);
    expect(cover([term('a', 1), term('b', 1), term('c', 2)], set())).toBe(0.5);
    expect(cover([term('c', 2)], set('c'))).toBe(1);
    expect(cover([], set())).toBe(0);
  });
});
