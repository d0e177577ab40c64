/**
 * Property: whatever Unicode a visitor sends as a question (1 to 10,000 characters), /api/ask never
 * answers with a 5xx, and a 200 always has the contract's shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

const KINDS = ['answer', 'clarify', 'fallback', 'smalltalk'];

/** Random text: any code point (lone surrogates included), Japanese-heavy, or mixed with our vocabulary. */
const question = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 10_000 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 600 }),
  fc.string({ unit: fc.constantFrom('KJ', 'パスワード', 'ﾊﾟｽ', '証明書', '\u3000', '？', '0', '\u0000', '\u202e', '<b>', '忘れ'), minLength: 1, maxLength: 120 }),
);

function checkShape(body: Record<string, unknown>): void {
  expect(KINDS).toContain(body.kind);
  expect(typeof body.queryId).toBe('string');
  expect(typeof body.message).toBe('string');
  expect(body.confidence).toBeGreaterThanOrEqual(0);
  expect(body.confidence).toBeLessThanOrEqual(1);
  expect(Array.isArray(body.options)).toBe(true);
  expect(Array.isArray(body.related)).toBe(true);
  expect(Array.isArray(body.notices)).toBe(true);
  if (body.kind === 'answer') expect(body.answer).toMatchObject({ id: expect.any(String), html: expect.any(String) });
  if (body.kind === 'fallback') expect(body.contact).toMatchObject({ phone: expect.any(String) });
}

describe('random questions', () => {
  it('never get a 5xx and always a valid shape', async () => {
    await fc.assert(
      fc.asyncProperty(question, async (q) => {
        const res = await app.inject({ method: 'POST', url: '/api/ask', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ question: q }) });
        expect(res.statusCode).toBeLessThan(500);
        const body = res.json();
        if (res.statusCode === 200) checkShape(body);
        else expect(body.error.code).toMatch(/^(question-empty|question-too-long|body-too-large|invalid-body)$/);
      }),
      { numRuns: 300 },
    );
  });
});
