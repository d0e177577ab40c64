import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';

let app: FastifyInstance;

beforeAll(async () => {
  app = await buildTestApp();
});

afterAll(async () => {
  await app.close();
});

describe('GET /api/suggestions', () => {
  it('returns the editors\u2019 questions, the important notices newest first, and the helpdesk contact from content', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/suggestions' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const { kb } = app.knowledge.current();
    expect(body.questions).toEqual(kb.suggestions);
    expect(body.questions.length).toBeGreaterThan(0);
    const important = kb.notices.filter((n) => n.important);
    expect(body.notices).toHaveLength(important.length);
    expect(body.notices.every((n: { important: boolean }) => n.important)).toBe(true);
    const dates = body.notices.map((n: { date: string }) => n.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(body.contact).toEqual({ phone: kb.site.helpdesk.phone, hours: kb.site.helpdesk.hours, formUrl: kb.site.helpdesk.formUrl });
  });

  it('rejects unknown query parameters with a JSON error', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/suggestions?x=1' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid-query');
  });
});
