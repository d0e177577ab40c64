/**
 * Finding 4 of issue 11, as a property: whatever everyday format a secret is written in (see
 * test/helpers/secret-formats.ts), `redact` leaves nothing of it and `detectSecrets` raises its notice.
 * Nothing else in the app sees a user's text unredacted (test/security/no-secrets.test.ts checks the
 * log, the store and the CSV end to end).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSecrets, foldWidth, redact } from '../../server/text/redact.ts';
import { SAMPLES_BY_SORT, secretSample, type SecretSample } from '../helpers/secret-formats.ts';

/** Fails with the sample and its redaction when anything of the secret survives or no notice is raised. */
function checkSample(sample: SecretSample): void {
  const out = redact(sample.text);
  const folded = foldWidth(out);
  const context = `${JSON.stringify(sample.text)} → ${JSON.stringify(out)}`;
  for (const piece of sample.mustNotContain) expect(folded, context).not.toContain(foldWidth(piece));
  const digits = folded.replace(/\D/g, '');
  for (const piece of sample.digitsMustNotContain) if (piece.length >= 4) expect(digits, context).not.toContain(piece);
  expect(detectSecrets(sample.text).map((n) => n.code), context).toContain(sample.notice);
}

describe('redact, property', () => {
  it('leaves nothing of a secret in any everyday format and raises its notice', () => {
    fc.assert(fc.property(secretSample, checkSample), { numRuns: 3000 });
  });

  it.each(Object.keys(SAMPLES_BY_SORT) as (keyof typeof SAMPLES_BY_SORT)[])('covers %s', (sort) => {
    fc.assert(fc.property(SAMPLES_BY_SORT[sort], checkSample), { numRuns: 500 });
  });

  it('is idempotent: redacting twice changes nothing more', () => {
    fc.assert(
      fc.property(secretSample, (sample) => {
        const once = redact(sample.text);
        expect(redact(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the text around a secret as typed', () => {
    fc.assert(
      fc.property(secretSample, (sample) => {
        const out = redact(`ログインできません。${sample.text}`);
        expect(out.startsWith('ログインできません。')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
