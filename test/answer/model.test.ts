import { describe, expect, it } from 'vitest';
import { choose, contributions, fitChoice } from '../../server/answer/model.ts';

describe('choice model', () => {
  // One feature says which candidate is right; questions with all-low values have no right candidate.
  const questions = Array.from({ length: 40 }, (_, i) =>
    i % 4 === 3 ? { xs: [[0.1 * (i % 3)], [0.05]], right: [] } : { xs: [[1 + (i % 3) * 0.1], [0.2 * (i % 2)]], right: [0] },
  );

  it('learns to put the probability on the right candidate, and on "none" when nothing fits', () => {
    const model = fitChoice(questions, 0.1);
    const [good, bad] = choose(model, [[1.1], [0.1]]);
    expect(good!).toBeGreaterThan(0.8);
    expect(bad!).toBeLessThan(0.1);
    const none = choose(model, [[0.05], [0.05]]);
    expect(none[0]! + none[1]!).toBeLessThan(0.5);
  });

  it('is deterministic and explains itself by contributions', () => {
    expect(fitChoice(questions, 0.1)).toEqual(fitChoice(questions, 0.1));
    const model = fitChoice(questions, 0.1);
    expect(contributions(model, [1.1])[0]!).toBeGreaterThan(0);
  });
});
