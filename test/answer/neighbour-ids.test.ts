import { describe, expect, it } from 'vitest';
import { buildNeighbours, vote } from '../../server/answer/neighbours.ts';
import { corpusTable, neighbourIds } from '../../server/answer/neighbour-ids.ts';

const toks = (...terms: string[]) => terms.map((term) => ({ term, weak: false }));
const index = buildNeighbours([
  { id: 'kj-password', tokens: toks('kj', 'ぱす', '忘れ') },
  { id: 'certificate', tokens: toks('証明', 'ぱす', 'かい') },
]);
// A corpus numbering that holds some of the examples' tokens, and tokens no example has.
const corpus = new Map([['証明', 0], ['天気', 1], ['kj', 2], ['ぱす', 3]]);

describe('corpusTable', () => {
  it('gives each corpus token its number in the index, -1 when no example holds it', () => {
    const table = corpusTable(index, corpus);
    expect(Array.from(table)).toEqual([index.ids.get('証明'), -1, index.ids.get('kj'), index.ids.get('ぱす')]);
  });
});

describe('neighbourIds', () => {
  const table = corpusTable(index, corpus);
  const tokens = toks('kj', '忘れ', '天気', '雨');
  const byCorpus = Int32Array.from(tokens, (t) => corpus.get(t.term) ?? -1);

  it('numbers tokens as the index does, through the corpus numbers or, for a token the corpus lacks, by lookup', () => {
    const direct = neighbourIds(index, tokens);
    expect(Array.from(direct)).toEqual(tokens.map((t) => index.ids.get(t.term) ?? -1));
    expect(Array.from(neighbourIds(index, tokens, byCorpus, table))).toEqual(Array.from(direct));
  });

  it('makes the same vote as numbering the tokens afresh', () => {
    expect(vote(index, tokens, undefined, neighbourIds(index, tokens, byCorpus, table))).toEqual(vote(index, tokens));
  });
});
