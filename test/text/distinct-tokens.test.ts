import { describe, expect, it } from 'vitest';
import { distinctTokens } from '../../server/text/distinct-tokens.ts';

describe('distinctTokens', () => {
  it('keeps the first occurrence of each token, in order, as a Set would', () => {
    const pool = ['ぱす', 'すわ', 'kj', '忘', 'windows', 'id', 'ログ', 'windows10', 'a', 'ab', 'abc', 'abcd', '𠮷', '𠮷野'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 60; n++) {
      const tokens = Array.from({ length: n }, () => pool[next() % pool.length]!);
      expect(distinctTokens(tokens), tokens.join(',')).toEqual(Array.from(new Set(tokens)));
    }
  });
});
