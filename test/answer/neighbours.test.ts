import { describe, expect, it } from 'vitest';
import { buildNeighbours, vote } from '../../server/answer/neighbours.ts';

const toks = (...terms: string[]) => terms.map((term) => ({ term, weak: false }));
const index = buildNeighbours([
  { id: 'kj-password', tokens: toks('kj', 'ぱす', '忘れ') },
  { id: 'kj-password', tokens: toks('kj', 'ぱす', '再発') },
  { id: 'certificate', tokens: toks('証明', 'ぱす', '忘れ') },
  { id: 'contact', tokens: toks('電話', '番号') },
]);

describe('vote', () => {
  it('gives the most to the article whose examples are nearest, shares adding up to 1', () => {
    const votes = vote(index, toks('kj', 'ぱす', '忘れ'));
    expect(votes[0]).toMatchObject({ id: 'kj-password', nearest: expect.closeTo(1, 9) });
    expect(votes.map((v) => v.id)).not.toContain('contact');
    expect(votes.reduce((s, v) => s + v.share, 0)).toBeCloseTo(1, 12);
  });

  it('answers the same question the same way however often it is asked (its buffers are cleared)', () => {
    const first = vote(index, toks('証明', 'ぱす'));
    vote(index, toks('電話', '番号', 'kj'));
    expect(vote(index, toks('証明', 'ぱす'))).toEqual(first);
  });

  it('reads a repeated term once, with its last weight', () => {
    const weak = { term: 'ぱす', weak: true };
    expect(vote(index, [...toks('ぱす', '忘れ'), weak])).toEqual(vote(index, [weak, ...toks('忘れ')]));
    const long = Array.from({ length: 30 }, (_, i) => ({ term: `t${i % 10}`, weak: i >= 20 }));
    expect(vote(index, [...long, ...toks('kj')])).toEqual(vote(index, [...long.slice(20), ...toks('kj')]));
  });

  it('keeps only the k nearest, and is empty when no example shares a token', () => {
    const one = buildNeighbours([{ id: 'a', tokens: toks('x') }, { id: 'b', tokens: toks('x', 'y') }], { k: 1 });
    expect(vote(one, toks('x')).map((v) => v.id)).toEqual(['a']);
    expect(vote(index, toks('天気'))).toEqual([]);
    expect(vote(index, [])).toEqual([]);
  });

  it('counts a token no example holds in the question’s length: the match is less near', () => {
    const plain = vote(index, toks('電話', '番号'))[0]!;
    const padded = vote(index, toks('電話', '番号', '天気', '予報'))[0]!;
    expect(padded.nearest).toBeLessThan(plain.nearest);
  });
});
