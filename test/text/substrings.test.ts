import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileSubstrings, substringsIn } from '../../server/text/substrings.ts';
import { containsTerm } from '../../server/answer/intents.ts';

describe('substringsIn', () => {
  it('finds every term that occurs, one or many characters long, anywhere in the text', () => {
    const index = compileSubstrings(['ぱすわーど', 'ぱす', '忘', 'kj', 'id', '']);
    expect([...substringsIn(index, 'kjのぱすわーどを忘れた')].sort()).toEqual(['kj', 'ぱす', 'ぱすわーど', '忘'].sort());
    expect(substringsIn(index, '')).toEqual(new Set());
  });

  it('counts a Latin term only where it stands on its own, as containsTerm does', () => {
    const index = compileSubstrings(['kj', 'life']);
    expect(substringsIn(index, 'kjx lifeline')).toEqual(new Set());
    expect(substringsIn(index, 'kjx kj lifeline')).toEqual(new Set(['kj']));
  });

  it('agrees with containsTerm on every term and text', () => {
    const chars = fc.constantFrom(...'abkjx ぱすわーど忘証明書0');
    const word = fc.array(chars, { minLength: 1, maxLength: 4 }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.array(chars, { maxLength: 20 }).map((c) => c.join('')), (terms, text) => {
        const found = substringsIn(compileSubstrings(terms), text);
        for (const t of terms) expect(found.has(t), `${t} in ${text}`).toBe(containsTerm(text, t));
      }),
      { numRuns: 2000 },
    );
  });
});
