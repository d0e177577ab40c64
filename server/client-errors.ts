/**
 * Errors raised before any route runs, in the service's own shape: Node's HTTP parser (a malformed request
 * line, raw UTF-8 in the target, Content-Length with Transfer-Encoding, headers too large, a request that
 * took too long) and Fastify's router (a bad percent sequence, a parameter too long). The request is never
 * echoed: its path or bytes could hold what a user typed.
 */
import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from './errors.ts';

/** A page address no article can have: re-routing a bad /kb/ URL here gives the usual 404 page. */
export const KB_NOT_FOUND_URL = '/kb/-';

interface ClientError {
  status: number;
  code: string;
  message: string;
}

/** What a connection-level error from Node's HTTP parser means to the client. */
export function describeClientError(nodeCode: string | undefined): ClientError {
  switch (nodeCode) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, code: 'request-timeout', message: 'リクエストの受信に時間がかかりすぎたため、接続を閉じました。もう一度お試しください。' };
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, code: 'headers-too-large', message: 'リクエストのヘッダーが大きすぎます。' };
    default:
      return { status: 400, code: 'malformed-request', message: 'リクエストの形式が正しくありません。' };
  }
}

/** The raw HTTP/1.1 response for a connection-level error; the connection is closed after it. */
export function rawErrorResponse({ status, code, message }: ClientError): string {
  const body = JSON.stringify(errorBody(code, message));
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'X-Content-Type-Options: nosniff',
    'Cache-Control: no-store',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/**
 * Fastify's `clientErrorHandler`: answers Node's parser errors and request timeouts with our JSON and
 * closes the connection. Only the error code is logged, never `rawPacket` (the request's bytes).
 */
export function clientErrorHandler(this: FastifyInstance, err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const described = describeClientError(err.code);
  this.log.info({ code: described.code, nodeCode: err.code, status: described.status }, 'client error');
  // As Node itself does: no error response once a response has started on this connection, and the
  // socket destroyed rather than ended (an ended socket stays half-open for as long as the client likes).
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) socket.write(rawErrorResponse(described));
  socket.destroy();
}

/**
 * Fastify's `frameworkErrors`: a URL the router cannot decode (`FST_ERR_BAD_URL`) or a parameter over the
 * length limit. Article pages answer with the readable 404 page; everything else with JSON.
 */
export function frameworkErrors(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  request.log.info({ code: err.code }, 'client error');
  if (request.raw.url?.startsWith('/kb/')) {
    // Routed again as an unknown article, so the page goes through every hook (security headers
    // included) exactly like any other 404 page; the bad URL itself goes no further.
    request.raw.url = KB_NOT_FOUND_URL;
    request.server.routing(request.raw, reply.raw);
    return;
  }
  reply.header('cache-control', 'no-store').header('x-content-type-options', 'nosniff');
  const tooLong = err.code === 'FST_ERR_MAX_PARAM_LENGTH';
  void reply
    .status(tooLong ? 414 : 400)
    .type('application/json; charset=utf-8')
    .send(tooLong ? errorBody('url-too-long', 'URL が長すぎます。') : errorBody('bad-url', 'URL の形式が正しくありません。'));
}
