import { describe, expect, it } from 'vitest';
import { evenEndings } from '../../server/text/endings.ts';
import { normalize } from '../../server/text/normalize.ts';

describe('dialect endings', () => {
  it('evens out Kansai negatives, one character for one', () => {
    for (const [q, want] of [['使えへん', '使えない'], ['わからへん', 'わからない'], ['でけへん', 'できない'], ['ログインできひん', 'ろぐいんできない']]) {
      const { text } = evenEndings(normalize(q));
      expect(text, q).toBe(normalize(want));
      expect(text.length).toBe(normalize(q).length);
    }
  });

  it('leaves words that only look like it', () => {
    for (const q of ['たいへん', 'このへん', 'ひんと']) expect(evenEndings(normalize(q)).text, q).toBe(normalize(q));
  });
});
