import { describe, expect, it } from 'vitest';
import { longVowelForms } from '../../server/text/long-vowels.ts';

describe('longVowelForms', () => {
  it('writes the back rows’ long vowels ー alone, and every long vowel ー', () => {
    expect(longVowelForms('せいきゅう')).toEqual(['せいきゅー', 'せーきゅー']);
    expect(longVowelForms('ほうこく')).toEqual(['ほーこく']);
    expect(longVowelForms('れいわ')).toEqual(['れーわ']);
  });

  it('keeps a word-final えい or いい, which the normaliser would drop once written ー', () => {
    expect(longVowelForms('しょうめい')).toEqual(['しょーめい']);
    expect(longVowelForms('とけい')).toEqual([]);
  });

  it('leaves a reading with no long vowel, or one already written ー, as it is', () => {
    expect(longVowelForms('かいご')).toEqual([]);
    expect(longVowelForms('ぱすわーど')).toEqual([]);
  });
});
