/**
 * Logger options: pino with redaction of anything a user typed. Request bodies are never logged; the
 * query string is dropped from logged URLs because `q=` holds what the user typed.
 */
import type { FastifyServerOptions } from 'fastify';

/** Returns the Fastify logger options for a level (`silent` turns logging off). */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  if (level === 'silent') return false;
  return {
    level,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'body', 'question', 'comment', 'q'],
      censor: '[redacted]',
    },
    serializers: {
      req(req: { method: string; url: string; id: string }) {
        return { method: req.method, url: stripQuery(req.url), id: req.id };
      },
    },
  };
}

/** Drops the query string: it can hold the user's question. */
export function stripQuery(url: string): string {
  const i = url.indexOf('?');
  return i === -1 ? url : `${url.slice(0, i)}?[redacted]`;
}
