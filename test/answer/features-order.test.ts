import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../server/answer/features.ts';

// featuresOf builds each vector as an array literal in FEATURES order, each value labelled with its name:
// a value out of place would silently feed the model the wrong number.
describe('featuresOf vector order', () => {
  it('labels the values in FEATURES order', () => {
    const source = readFileSync(new URL('../../server/answer/features.ts', import.meta.url), 'utf8');
    const labels = [...source.matchAll(/^\s+\/\* (\w+) \*\/ /gm)].map((m) => m[1]);
    expect(labels).toEqual([...FEATURES]);
  });
});
