import { describe, expect, it } from 'vitest';
import { bodyEnvelopeError, charsetOf } from '../../server/plugins/request-guards.ts';

describe('charsetOf', () => {
  it.each([
    ['application/json', null],
    ['application/json; charset=utf-8', 'utf-8'],
    ['application/json;charset="Shift_JIS"', 'shift_jis'],
    ['application/json; foo=bar; CHARSET=EUC-JP', 'euc-jp'],
  ])('%s → %s', (header, charset) => {
    expect(charsetOf(header)).toBe(charset);
  });
});

describe('bodyEnvelopeError', () => {
  it('accepts UTF-8 JSON without a content coding', () => {
    expect(bodyEnvelopeError({ 'content-type': 'application/json' })).toBeNull();
    expect(bodyEnvelopeError({ 'content-type': 'application/json; charset=utf8', 'content-encoding': 'identity' })).toBeNull();
  });

  it('refuses another charset or a content coding with a 415', () => {
    expect(bodyEnvelopeError({ 'content-type': 'application/json; charset=iso-2022-jp' })).toMatchObject({ statusCode: 415, code: 'unsupported-charset' });
    expect(bodyEnvelopeError({ 'content-type': 'application/json', 'content-encoding': 'br' })).toMatchObject({ statusCode: 415, code: 'unsupported-encoding' });
  });
});
