/**
 * The service's client-facing errors: a stable `code` and a Japanese `message`.
 * Every error response is `{"error":{"code","message"}}`.
 */

export interface ErrorBody {
  error: { code: string; message: string };
}

/** An error meant for the client: thrown by routes, turned into JSON by the one error handler. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Builds the JSON body of an error response. */
export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}
