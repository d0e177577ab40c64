import { describe, expect, it } from 'vitest';
import { tokenNumbering } from '../../server/search/token-numbering.ts';

describe('query tokens numbered by the corpus', () => {
  const tokenIds = new Map([['kj', 0], ['ぱす', 1], ['証', 2], ['証明', 3], ['windows', 4], ['abc', 5]]);
  const number = tokenNumbering(tokenIds);
  const tokens = (...terms: string[]) => terms.map((term) => ({ term, weak: false }));

  it('gives each token the number the corpus gave it, short or long', () => {
    expect(Array.from(number(tokens('証明', 'kj', 'windows', '証', 'abc')))).toEqual([3, 0, 4, 2, 5]);
  });

  it('gives -1 to a token no article holds, however long', () => {
    expect(Array.from(number(tokens('明書', 'x', 'windowsx', 'ab')))).toEqual([-1, -1, -1, -1]);
  });

  it('numbers no tokens as an empty array', () => {
    expect(number([])).toHaveLength(0);
  });
});
