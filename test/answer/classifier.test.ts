import { describe, expect, it } from 'vitest';
import { classify, trainClassifier } from '../../server/answer/classifier.ts';
import { featureKeys, gramKey } from '../../server/answer/classifier-keys.ts';
import { handMadeKnowledgeBase } from './kb.ts';
import { analyserFor } from './fixtures.ts';

const kb = handMadeKnowledgeBase();
const read = analyserFor(kb);
const docs = kb.articles.flatMap((a) => [a.title, a.summary, ...a.examples].map((text) => ({ id: a.id, keys: featureKeys(read(text)) })));

describe('text classifier', () => {
  it('cuts an analysed text into character n-grams of its rewritten form and the vocabulary it names', () => {
    const keys = featureKeys(read('KJのパス忘れた'), 3, 2);
    expect(keys).toContain(gramKey(' kj'));
    expect(keys).toContain(gramKey('ぱす'));
    expect(keys).toContain(gramKey('すわー'));
    expect(keys).not.toContain(gramKey('k'));
    expect(keys).toContain('t:ぱすわーど');
    expect(new Set(keys).size).toBe(keys.length);
    expect(gramKey('ab')).not.toBe(gramKey('ba'));
    expect(gramKey('a')).not.toBe(gramKey('a\u0000'));
  });

  it('puts most probability on the article whose texts a question resembles, the probabilities adding up to 1', () => {
    const model = trainClassifier(docs);
    const r = classify(model, read('けいじぇいのぱすわーど わすれました'));
    const ranked = model.ids.map((id) => [id, r.of(id)] as const).sort((a, b) => b[1] - a[1]);
    expect(ranked[0]![0]).toBe('kj-password-lost');
    expect(r.best).toBe(ranked[0]![1]);
    expect(r.second).toBe(ranked[1]![1]);
    expect(ranked.reduce((s, [, p]) => s + p, 0)).toBeCloseTo(1, 9);
    expect(r.of('no-such-article')).toBe(0);
    expect(r.known).toBeGreaterThan(0.5);
    expect(classify(model, read('ｑｗｅｒｔｙ')).known).toBeLessThan(0.5);
  });

  it('is deterministic: the same texts give the same weights', () => {
    const a = trainClassifier(docs);
    const b = trainClassifier(docs);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(a.ids).toEqual([...new Set(docs.map((d) => d.id))].sort());
  });
});
