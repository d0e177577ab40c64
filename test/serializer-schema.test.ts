import { describe, expect, it } from 'vitest';
import { Type } from '@sinclair/typebox';
import { SerializerSelector, StandaloneSerializer } from '@fastify/fast-json-stringify-compiler';
import { serializerSchema } from '../server/serializer-schema.ts';
import { AskResultSchema } from '../server/schemas.ts';
import { AskPreviewResponse } from '../server/routes/insights.ts';
import { createSchemaCompilers } from '../server/compiled-schemas.ts';
import { formatReference, referenceOf } from '../server/store/reference.ts';
import { engineFor, realKnowledgeBase } from './answer/fixtures.ts';
import { buildTestApp } from './helpers/app.ts';
import { tinyKnowledgeBase } from './helpers/tiny-kb.ts';

type Serialize = (value: unknown) => string;
const selector = SerializerSelector();
const serializerOf = (schema: unknown): Serialize => selector({}, {})({ schema, method: 'POST', url: '/x', httpStatus: '200' } as never) as Serialize;

/** The standalone code fast-json-stringify writes for a schema (what the build stores). */
function standaloneCode(schema: unknown): string {
  let code = '';
  StandaloneSerializer({ readMode: false, storeFunction: (_route, source) => (code = source) })({}, {})({ schema, method: 'POST', url: '/x', httpStatus: '200' } as never);
  return code;
}

describe('the serializer form of response schemas', () => {
  it('writes a union of string literals as a string enum and a nullable value as a type list', () => {
    const schema = Type.Object({
      kind: Type.Union([Type.Literal('a'), Type.Literal('b')]),
      intent: Type.Union([Type.String(), Type.Null()]),
      card: Type.Union([Type.Object({ id: Type.String() }), Type.Null()], { description: 'the card' }),
      either: Type.Union([Type.String(), Type.Number()]),
      mixed: Type.Union([Type.Literal('a'), Type.Literal(1)]),
      reason: Type.Union([Type.Union([Type.Literal('x'), Type.Literal('y')]), Type.Null()]),
    });
    expect(serializerSchema(schema)).toEqual({
      type: 'object',
      required: ['kind', 'intent', 'card', 'either', 'mixed', 'reason'],
      properties: {
        kind: { type: 'string', enum: ['a', 'b'] },
        intent: { type: ['string', 'null'] },
        card: { description: 'the card', type: ['object', 'null'], required: ['id'], properties: { id: { type: 'string' } } },
        // Left to fast-json-stringify's own branch choice: not one of the two shapes.
        either: { anyOf: [{ type: 'string' }, { type: 'number' }] },
        mixed: { anyOf: [{ const: 'a', type: 'string' }, { const: 1, type: 'number' }] },
        reason: { type: ['string', 'null'], enum: ['x', 'y'] },
      },
    });
  });

  it('leaves the schema it is given unchanged', () => {
    const schema = Type.Object({ intent: Type.Union([Type.String(), Type.Null()]) });
    const before = JSON.stringify(schema);
    serializerSchema(schema);
    expect(JSON.stringify(schema)).toBe(before);
  });

  it('needs no Ajv for the ask response, and writes every kind of answer byte for byte as before', async () => {
    for (const schema of [AskResultSchema, AskPreviewResponse]) expect(standaloneCode(serializerSchema(schema))).not.toContain('getSchemaValidator');
    const kb = await realKnowledgeBase();
    const engine = engineFor(kb);
    const questions = [
      ...kb.articles.flatMap((a) => a.examples.slice(0, 2)),
      'こんにちは',
      'ヘルプデスクの担当者と話したい',
      '今日の天気は？',
      'KJ080899999999',
      '介護保険の請求について',
      'パスワード',
    ];
    const [before, after] = [AskResultSchema, serializerSchema(AskResultSchema)].map(serializerOf);
    const [previewBefore, previewAfter] = [AskPreviewResponse, serializerSchema(AskPreviewResponse)].map(serializerOf);
    const seen = new Set<string>();
    for (const [i, question] of questions.entries()) {
      const answered = engine.ask({ question, previous: i % 7 === 0 ? kb.articles[0]!.id : undefined });
      const reference = i % 2 === 0 ? formatReference(referenceOf(`session-${i}`)) : null;
      const body = { ...answered.result, reference };
      expect(after!(body)).toBe(before!(body));
      const preview = { result: body, trace: answered.trace, tookMs: 1.25 };
      expect(previewAfter!(preview)).toBe(previewBefore!(preview));
      seen.add(body.kind).add(`section:${body.answer?.section ? 'yes' : 'no'}`).add(`contact:${body.contact ? 'yes' : 'no'}`);
      seen.add(`intent:${body.intent === null ? 'null' : 'id'}`);
    }
    expect([...seen].sort()).toEqual(['answer', 'clarify', 'contact:no', 'contact:yes', 'fallback', 'intent:id', 'intent:null', 'section:no', 'section:yes', 'smalltalk']);
  });

  it('gives the app serializers that need no Ajv at all', async () => {
    const recording = createSchemaCompilers({ file: null, record: true });
    const app = await buildTestApp({ metrics: true }, { knowledgeBase: tinyKnowledgeBase(), schemas: recording });
    await app.close();
    const withAjv = [...recording.recorded().serializer.values()].filter((code) => code.includes('getSchemaValidator'));
    expect(withAjv).toEqual([]);
  });
});
