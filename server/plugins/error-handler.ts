/**
 * The one error handler: every failure becomes `{"error":{"code","message"}}` with a Japanese message.
 * A client's mistake is never a 5xx; an unexpected fault is a 500 without internals.
 */
import fp from 'fastify-plugin';
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, errorBody } from '../errors.ts';
import { renderKbNotFound } from '../pages/kb-article.ts';

const NOT_FOUND = 'お探しのページまたは API は見つかりませんでした。';

interface Mapped {
  status: number;
  code: string;
  message: string;
}

/** Maps an error thrown anywhere in a request to the status, code and message the client sees. */
export function mapError(err: FastifyError & { validationContext?: string }): Mapped {
  if (err instanceof AppError) return { status: err.statusCode, code: err.code, message: err.message };
  if (err.validation) {
    const where = err.validationContext ?? 'body';
    const code = where === 'querystring' ? 'invalid-query' : where === 'params' ? 'invalid-params' : where === 'headers' ? 'invalid-headers' : 'invalid-body';
    return { status: 400, code, message: 'リクエストの内容が正しくありません。入力内容をご確認ください。' };
  }
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: 'invalid-json', message: 'JSON の形式が正しくありません。' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'body-too-large', message: '送信された内容が大きすぎます。' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 415, code: 'unsupported-media-type', message: 'Content-Type は application/json で送信してください。' };
    default:
      break;
  }
  if (err.statusCode === 403 || err.statusCode === 404) {
    // The only 403 we do not raise ourselves is the static file server refusing a path outside its folder
    // (`/widget/..%2f..`): to the client that is a file that does not exist, nothing more.
    return { status: 404, code: 'not-found', message: NOT_FOUND };
  }
  if (err.statusCode === 429) {
    // The rate limiter builds its own Japanese message with the wait time.
    const message = /[\u3040-\u30ff]/.test(err.message) ? err.message : '短時間に多くのリクエストが送られました。しばらく待ってからもう一度お試しください。';
    return { status: 429, code: 'rate-limited', message };
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return { status: err.statusCode, code: 'bad-request', message: 'リクエストを処理できませんでした。入力内容をご確認ください。' };
  }
  return { status: 500, code: 'internal-error', message: 'サーバーで問題が発生しました。時間をおいてもう一度お試しください。' };
}

async function errorHandler(app: FastifyInstance): Promise<void> {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const mapped = mapError(err);
    if (mapped.status >= 500) request.log.error({ err }, 'unhandled error');
    else request.log.info({ code: mapped.code, status: mapped.status }, 'client error');
    if (mapped.status === 429 && !reply.hasHeader('retry-after')) reply.header('retry-after', '60');
    return reply.status(mapped.status).type('application/json; charset=utf-8').send(errorBody(mapped.code, mapped.message));
  });
  app.setNotFoundHandler((request, reply) => {
    // Under /kb/ a person is reading pages: they get the readable 404 page, as for an unknown article.
    if (request.method === 'GET' && request.url.startsWith('/kb/')) {
      return reply.status(404).type('text/html; charset=utf-8').send(renderKbNotFound(app.knowledge.current().kb));
    }
    return reply.status(404).type('application/json; charset=utf-8').send(errorBody('not-found', NOT_FOUND));
  });
}

export default fp(errorHandler, { name: 'error-handler' });
