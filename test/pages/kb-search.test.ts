import { describe, expect, it } from 'vitest';
import { readSearchQuery } from '../../server/pages/kb-search.ts';

describe('readSearchQuery', () => {
  it('trims half- and full-width spaces', () => {
    expect(readSearchQuery('　 パスワード \u3000')).toEqual({ query: 'パスワード', length: 5, problem: null });
  });

  it('takes the first of repeated values and ignores what is not a string', () => {
    expect(readSearchQuery(['証明書', 'x']).query).toBe('証明書');
    for (const raw of [undefined, null, 42, {}, []]) expect(readSearchQuery(raw).problem).toBe('empty');
  });

  it('drops control characters, lone surrogates and replacement characters', () => {
    expect(readSearchQuery('KJ\u0000の\u001bパス\ud800ワード\ufffd').query).toBe('KJ の パスワード');
  });

  it('counts characters, not UTF-16 units, against the limit and keeps the allowed part', () => {
    expect(readSearchQuery('𠮷'.repeat(200)).problem).toBeNull();
    const long = readSearchQuery('𠮷'.repeat(201));
    expect(long.problem).toBe('too-long');
    expect(long.length).toBe(201);
    expect(Array.from(long.query)).toHaveLength(200);
  });
});
