/**
 * The conversation reference code a clerk reads out or pastes into the inquiry form (`K7QD-2M9X`):
 * 8 characters of Crockford base32, derived from the sessionId by a hash, so the sessionId itself is
 * never stored and the same conversation always has the same code.
 */
import { createHash } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 8;

/** The canonical code (8 characters, no hyphen) of a sessionId. */
export function referenceOf(sessionId: string): string {
  const digest = createHash('sha256').update(`careplan-help conversation\u0000${sessionId}`).digest();
  let code = '';
  // 8 characters × 5 bits = the first 40 bits of the digest.
  let bits = digest.readUIntBE(0, 5);
  for (let i = 0; i < LENGTH; i++) {
    code = ALPHABET[bits % 32] + code;
    bits = Math.floor(bits / 32);
  }
  return code;
}

/** Shows a canonical code as people read it: `XXXX-XXXX`. */
export function formatReference(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * Reads a code as a person may type it: with or without the hyphen, lower case, full-width, with spaces,
 * and with the letters Crockford base32 reads as digits (O → 0, I and L → 1). Returns the canonical code,
 * or null when it cannot be one.
 */
export function parseReference(input: string): string | null {
  const folded = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—―ー－]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (folded.length !== LENGTH) return null;
  for (const ch of folded) if (!ALPHABET.includes(ch)) return null;
  return folded;
}
