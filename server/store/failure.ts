/** Store failures as the service reports them: short, path-free reasons for /api/health. */

/** A short, path-free reason (the full error goes to the log). */
export function describeFailure(what: string, err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  const detail = typeof code === 'string' ? code : err instanceof Error ? err.name : 'error';
  return `insights store: ${what} failed (${detail})`;
}

/** Thrown by the insights service when a vote cannot be written; the route answers 503 `store-unavailable`. */
export class StoreUnavailableError extends Error {
  constructor(readonly reason: string, options?: { cause?: unknown }) {
    super(`store: unavailable (${reason})`, options);
    this.name = 'StoreUnavailableError';
  }
}
