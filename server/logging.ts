/**
 * Logger options: pino with redaction of anything a user typed. Request bodies are never logged; the
 * query string is dropped from logged URLs because `q=` holds what the user typed, and IDs or addresses
 * pasted into a path are masked.
 */
import type { FastifyServerOptions } from 'fastify';
import { redact } from './text/redact.ts';

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
        return { method: req.method, url: logUrl(req.url), id: req.id };
      },
    },
  };
}

/** Drops the query string: it can hold the user's question. */
export function stripQuery(url: string): string {
  const i = url.indexOf('?');
  return i === -1 ? url : `${url.slice(0, i)}?[redacted]`;
}

/** The URL as logged: no query string, and the path decoded and redacted when it holds a secret. */
export function logUrl(url: string): string {
  const stripped = stripQuery(url);
  let decoded: string;
  try {
    decoded = decodeURIComponent(stripped);
  } catch {
    decoded = stripped;
  }
  const redacted = redact(decoded);
  return redacted === decoded ? stripped : redacted;
}
