import { describe, expect, it } from 'vitest';
import type { FastifyError } from 'fastify';
import { mapError } from '../../server/plugins/error-handler.ts';
import { AppError } from '../../server/errors.ts';

function fastifyError(props: Partial<FastifyError> & { validationContext?: string }): FastifyError {
  return Object.assign(new Error(props.message ?? 'x'), props) as FastifyError;
}

describe('mapError', () => {
  it('passes an AppError through', () => {
    expect(mapError(new AppError(404, 'article-not-found', '記事が見つかりません。') as unknown as FastifyError)).toEqual({
      status: 404,
      code: 'article-not-found',
      message: '記事が見つかりません。',
    });
  });

  it('maps validation errors by where they happened', () => {
    const validation = [{ keyword: 'type', instancePath: '', schemaPath: '', params: {}, message: 'x' }];
    expect(mapError(fastifyError({ validation, validationContext: 'querystring' })).code).toBe('invalid-query');
    expect(mapError(fastifyError({ validation, validationContext: 'body' })).code).toBe('invalid-body');
    expect(mapError(fastifyError({ validation, validationContext: 'params' })).code).toBe('invalid-params');
  });

  it.each([
    ['FST_ERR_CTP_INVALID_JSON_BODY', 400, 'invalid-json'],
    ['FST_ERR_CTP_EMPTY_JSON_BODY', 400, 'invalid-json'],
    ['FST_ERR_CTP_BODY_TOO_LARGE', 413, 'body-too-large'],
    ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, 'unsupported-media-type'],
  ])('maps %s to %i %s', (code, status, mapped) => {
    expect(mapError(fastifyError({ code }))).toMatchObject({ status, code: mapped });
  });

  it('keeps the rate limiter Japanese message and replaces an English one', () => {
    expect(mapError(fastifyError({ statusCode: 429, message: '10秒ほど待ってください' })).message).toBe('10秒ほど待ってください');
    expect(mapError(fastifyError({ statusCode: 429, message: 'Rate limit exceeded' })).message).toMatch(/しばらく待って/);
  });

  it("turns the static file server's 403 for a path outside its folder into a plain 404", () => {
    expect(mapError(fastifyError({ statusCode: 403, message: 'Forbidden' }))).toMatchObject({ status: 404, code: 'not-found' });
  });

  it('hides internals of unexpected errors behind a 500', () => {
    const mapped = mapError(fastifyError({ message: 'ECONNRESET at db.ts:12' }));
    expect(mapped).toMatchObject({ status: 500, code: 'internal-error' });
    expect(mapped.message).not.toMatch(/db\.ts/);
  });

  it('gives every mapped message in Japanese', () => {
    for (const code of ['FST_ERR_CTP_INVALID_JSON_BODY', 'FST_ERR_CTP_BODY_TOO_LARGE', 'X']) {
      expect(mapError(fastifyError({ code })).message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});
