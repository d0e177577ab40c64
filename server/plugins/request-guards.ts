/**
 * Rules on the envelope of every request, before any route or other plugin sees it: a body is UTF-8 JSON
 * without a content coding (anything else is a 415, never a body parsed as if it were UTF-8), a CORS
 * preflight names its origin and method, and a client told to slow down (429) loses its connection, so a
 * flood cannot hold sockets open by pipelining on one.
 * Register before the security plugin: the preflight check must run before @fastify/cors answers.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

/** The charset parameter of a Content-Type header, lower-cased and unquoted, or null when there is none. */
export function charsetOf(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*("?)([^";\s]*)\1/i.exec(contentType);
  return match ? match[2].toLowerCase() : null;
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
}

/** The 415 a request body deserves when it is not plain UTF-8, or null when it is. */
export function bodyEnvelopeError(headers: FastifyRequest['headers']): AppError | null {
  const charset = charsetOf(headers['content-type'] ?? '');
  if (charset !== null && charset !== 'utf-8' && charset !== 'utf8') {
    return new AppError(415, 'unsupported-charset', '文字コードは UTF-8 で送信してください。');
  }
  const encoding = String(headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== '') {
    return new AppError(415, 'unsupported-encoding', '圧縮した本文（Content-Encoding）には対応していません。圧縮せずに送信してください。');
  }
  return null;
}

async function requestGuards(app: FastifyInstance): Promise<void> {
  app.addHook('onRequest', async (request) => {
    if (request.method === 'OPTIONS' && (!request.headers.origin || !request.headers['access-control-request-method'])) {
      throw new AppError(400, 'invalid-preflight', 'CORS のプリフライトには Origin と Access-Control-Request-Method が必要です。');
    }
  });

  app.addHook('preParsing', async (request, reply) => {
    const err = hasBody(request) ? bodyEnvelopeError(request.headers) : null;
    if (!err) return;
    // RFC 7694: a 415 for an unsupported content coding says which codings are accepted.
    if (err.code === 'unsupported-encoding') reply.header('accept-encoding', 'identity');
    throw err;
  });

  app.addHook('onSend', async (_request, reply) => {
    if (reply.statusCode === 429) reply.header('connection', 'close');
  });
}

export default fp(requestGuards, { name: 'request-guards', dependencies: ['error-handler'] });
