import { describe, expect, it } from 'vitest';
import { formatReference, parseReference, referenceOf } from '../../server/store/reference.ts';

describe('conversation reference codes', () => {
  it('derives 8 Crockford base32 characters from the sessionId, deterministically', () => {
    const code = referenceOf('session-abc');
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(referenceOf('session-abc')).toBe(code);
    expect(referenceOf('session-abd')).not.toBe(code);
    expect(formatReference(code)).toBe(`${code.slice(0, 4)}-${code.slice(4)}`);
  });

  it('reads a code typed with or without the hyphen, in lower case, full-width or with look-alike letters', () => {
    expect(parseReference('K7QD-2M9X')).toBe('K7QD2M9X');
    expect(parseReference('k7qd2m9x')).toBe('K7QD2M9X');
    expect(parseReference('Ｋ７ＱＤ－２Ｍ９Ｘ')).toBe('K7QD2M9X');
    expect(parseReference(' k7qd 2m9x ')).toBe('K7QD2M9X');
    expect(parseReference('O1IL-0000')).toBe('0111' + '0000');
    for (const bad of ['', 'K7QD-2M9', 'K7QD-2M9XY', 'K7QD-2M9U', 'ＫＪのパス', "'; DROP"]) expect(parseReference(bad), bad).toBeNull();
  });
});
