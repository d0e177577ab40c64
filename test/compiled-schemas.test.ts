import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createSchemaCompilers, readSchemaCode, writeSchemaCode } from '../server/compiled-schemas.ts';
import { buildTestApp } from './helpers/app.ts';
import { tinyKnowledgeBase } from './helpers/tiny-kb.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-code-'));
const file = path.join(dir, 'schema-code.cjs');
const apps: FastifyInstance[] = [];
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
  fs.rmSync(dir, { recursive: true, force: true });
});

async function appWith(schemas: ReturnType<typeof createSchemaCompilers>): Promise<FastifyInstance> {
  const app = await buildTestApp({}, { knowledgeBase: tinyKnowledgeBase(), schemas });
  apps.push(app);
  return app;
}

const ask = (app: FastifyInstance, body: unknown) => app.inject({ method: 'POST', url: '/api/ask', payload: body as object });

describe('schemas compiled by the build', () => {
  it('records every route once per distinct schema, and a start then compiles nothing', async () => {
    const recording = createSchemaCompilers({ file: null, record: true });
    await appWith(recording);
    const recorded = recording.recorded();
    expect(recorded.validator.size).toBeGreaterThan(3);
    // Every route answers its errors with the same schema: it is one serializer, not one per route.
    expect(recorded.serializer.size).toBeLessThan(40);
    expect(recording.stats().restored).toBe(0);
    writeSchemaCode(file, recorded);

    const restoring = createSchemaCompilers({ file });
    await appWith(restoring);
    expect(restoring.stats()).toEqual({ restored: recorded.validator.size + recorded.serializer.size, compiled: 0 });
  });

  it('validates and serializes exactly as compiled ones: bodies strict, queries coerced, responses shaped', async () => {
    const restored = await appWith(createSchemaCompilers({ file }));
    const compiled = await appWith(createSchemaCompilers({ file: null }));
    for (const app of [restored, compiled]) {
      expect((await ask(app, { question: 123 })).json().error.code).toBe('invalid-body');
      expect((await ask(app, { question: 'KJ', previous: 'Not An Id' })).json().error.code).toBe('invalid-body');
      const answered = await ask(app, { question: 'KJのパスワードを忘れました' });
      expect(answered.statusCode).toBe(200);
      expect((await app.inject('/api/search?q=パスワード&limit=1')).json().results).toHaveLength(1);
      expect((await app.inject('/api/search?q=パスワード&limit=many')).json().error.code).toBe('invalid-query');
    }
    const bodies = await Promise.all([restored, compiled].map(async (app) => (await ask(app, { question: 'KJのパスワードを忘れました' })).json()));
    const [a, b] = bodies.map(({ queryId: _q, reference: _r, ...rest }) => rest);
    expect(a).toEqual(b);
  });

  it('compiles a schema the build did not see, and ignores code from other compiler versions', () => {
    const compilers = createSchemaCompilers({ file });
    const validate = compilers.buildValidator({}, { customOptions: { coerceTypes: 'array' } })({
      schema: { type: 'object', properties: { n: { type: 'integer', minimum: 2 } } },
      httpPart: 'querystring',
    });
    expect(compilers.stats()).toEqual({ restored: 0, compiled: 1 });
    expect(validate({ n: '3' })).toBe(true);
    expect(validate({ n: '1' })).toBe(false);

    expect(readSchemaCode(file)).not.toBeNull();
    fs.writeFileSync(path.join(dir, 'old.cjs'), fs.readFileSync(file, 'utf8').replace(/exports\.versions = "[^"]*"/, 'exports.versions = "ajv@7.0.0"'));
    expect(readSchemaCode(path.join(dir, 'old.cjs'))).toBeNull();
    expect(readSchemaCode(path.join(dir, 'missing.cjs'))).toBeNull();
  });
});
