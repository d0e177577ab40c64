import { describe, expect, it } from 'vitest';
import { VAGUENESS_FEATURES, announcesTopic, vaguenessFeatures, vaguenessOf, type VaguenessModel } from '../../server/answer/vagueness.ts';
import type { QuestionMeasures } from '../../server/answer/measures.ts';

const measures = (known: number): QuestionMeasures => ({
  content: [], mass: 1, unknownShare: 0, information: 0.5, known: Array.from({ length: known }, () => ['x']), knownRows: Array.from({ length: known }, () => [undefined]), contentRows: [], holders: 0.6, unknownWords: 0, unknownOnly: false, unknownBesidesClasses: false, systemOnly: false,
});

describe('vagueness', () => {
  it('reads a question as a whole: its concepts and how the candidates share the probability', () => {
    const f = vaguenessFeatures({ measures: measures(2), length: 9, scored: [{ p: 0.5, fires: false }, { p: 0.3, fires: true }, { p: 0.01, fires: false }] });
    expect(f).toHaveLength(VAGUENESS_FEATURES.length);
    const at = (name: (typeof VAGUENESS_FEATURES)[number]) => f[VAGUENESS_FEATURES.indexOf(name)];
    expect(at('concepts')).toBe(2);
    expect(at('best')).toBe(0.5);
    expect(at('lead')).toBeCloseTo(0.2);
    expect(at('ruleFires')).toBe(1);
    expect(at('likely')).toBe(2);
    expect(at('mass')).toBeCloseTo(0.81);
  });

  it('is a logistic model: more spread probability, more vague; no model, never vague', () => {
    const d = VAGUENESS_FEATURES.length;
    // Weight only on `lead`: a clear lead means a specific question.
    const model: VaguenessModel = { mean: new Array(d).fill(0), scale: new Array(d).fill(1), weights: VAGUENESS_FEATURES.map((n) => (n === 'lead' ? -10 : 0)), bias: 2 };
    const spread = vaguenessOf(model, { measures: measures(1), length: 5, scored: [{ p: 0.4, fires: false }, { p: 0.35, fires: false }] });
    const clear = vaguenessOf(model, { measures: measures(1), length: 5, scored: [{ p: 0.95, fires: false }, { p: 0.01, fires: false }] });
    expect(spread).toBeGreaterThan(0.5);
    expect(clear).toBeLessThan(0.5);
    expect(vaguenessOf(undefined, { measures: measures(1), length: 5, scored: [] })).toBe(0);
  });
});

describe('announcesTopic', () => {
  it('reads a message that only says what it is about', () => {
    for (const text of ['証明書のことで聞きたいんですが', 'ぱすわーどのことも聞きたいんだけど', 'らいせんすについて質問です', '電子証明書の件でお聞きしたいのですが', 'kjのぱすわーどのことで相談があります', '利用申請に関して質問があります。']) {
      expect(announcesTopic(text), text).toBe(true);
    }
  });

  it('reads a message that names its topic and stops on the turn to its question', () => {
    for (const text of ['ぱそこんのことなんですけど', 'らいせんすの件ですが…', '証明書のことで', 'idについてなんやけど']) {
      expect(announcesTopic(text), text).toBe(true);
    }
    expect(announcesTopic('ぱそこんのこと'), 'a bare topic may be all that is asked').toBe(false);
  });

  it('does not read a request for the topic itself, or an announcement with its question after it', () => {
    for (const text of ['証明書について教えて', '証明書のことで聞きたいんですが、事業所ごとに必要ですか', '証明書のことがわからない', 'ライセンスの料金について知りたい']) {
      expect(announcesTopic(text), text).toBe(false);
    }
  });
});
