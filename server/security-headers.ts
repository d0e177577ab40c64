/**
 * The security headers of every response, as helmet makes them, worked out once. @fastify/helmet built a
 * new helmet middleware on every request (parsing the CSP directives again, dashifying their names), about
 * a twentieth of a cached answer's CPU; with static options every response gets the very same headers, so
 * helmet is run once, against a response that only records what it is told, and the record is replayed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/** What helmet does to a response: headers set (name as helmet spells it, value) and headers removed. */
export interface SecurityHeaders {
  set: readonly (readonly [string, string])[];
  removed: readonly string[];
}

/**
 * Runs helmet once with `options` and returns what it did to the response.
 * @throws Error when an option is a function (a per-request value, which cannot be worked out once) or helmet rejects the options.
 */
export function securityHeaders(options: Readonly<HelmetOptions>): SecurityHeaders {
  const set: [string, string][] = [];
  const removed: string[] = [];
  const response = {
    setHeader(name: string, value: unknown) {
      set.push([name, String(value)]);
    },
    removeHeader(name: string) {
      removed.push(name);
    },
  };
  if (holdsFunction(options)) throw new Error('security headers: an option is a function (computed per request), which cannot be worked out once');
  // A request helmet must not read: anything it read would be frozen into every response.
  const request = new Proxy(
    {},
    {
      get(_target, key) {
        throw new Error(`security headers: helmet read request.${String(key)}, which cannot be worked out once`);
      },
    },
  );
  helmet(options)(request as IncomingMessage, response as unknown as ServerResponse, (err) => {
    if (err) throw err;
  });
  return { set, removed };
}

function holdsFunction(value: unknown): boolean {
  if (typeof value === 'function') return true;
  return typeof value === 'object' && value !== null && Object.values(value).some(holdsFunction);
}

/** Applies the headers to a raw response, as helmet itself would (so names keep helmet's spelling on the wire). */
export function applySecurityHeaders(res: ServerResponse, headers: SecurityHeaders): void {
  for (const name of headers.removed) res.removeHeader(name);
  for (const [name, value] of headers.set) res.setHeader(name, value);
}
