/**
 * A shutdown that always ends. On SIGTERM or SIGINT: stop accepting, finish requests in flight, write
 * what is queued, close the stores (all of that is `close`), exit 0. The process exits 1 when `close`
 * fails or the grace period runs out (a hung store), and at once on a second signal. Logging can fail
 * (stdout's reader gone: EPIPE); no step depends on it: every log call is guarded and exiting comes
 * first. A broken stdout or stderr pipe is not a crash either.
 */
import type { EventEmitter } from 'node:events';

export interface ShutdownOptions {
  /** Stops the service: app.close() and whatever else must be released. */
  close(): Promise<void>;
  /** The longest `close` may take before the process exits anyway. */
  graceMs: number;
  /** Logs a line; may throw (a closed pipe), which is ignored. */
  log?(level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>): void;
  /** Exits the process (tests pass a fake). */
  exit?(code: number): void;
  /** The process to listen on (tests pass an emitter). */
  processLike?: EventEmitter;
  /** Output streams whose EPIPE errors are ignored. */
  streams?: EventEmitter[];
}

/** Exit codes: 0 closed cleanly, 1 close failed or timed out, 128+n a second signal. */
const SIGNAL_CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/** Installs the signal and error handlers; see the module comment. Returns a function that starts a shutdown. */
export function handleShutdown(options: ShutdownOptions): (reason: string, failed?: boolean) => void {
  const proc = options.processLike ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const log = (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => {
    try {
      options.log?.(level, message, extra);
    } catch {
      // The log's reader is gone; shutting down matters more than saying so.
    }
  };
  let closing = false;

  /** Starts closing; `failed` (an error, not a signal) makes even a clean close exit 1. */
  function shutdown(reason: string, failed = false): void {
    if (closing) return;
    closing = true;
    // Armed before anything else can fail or hang.
    const timer = setTimeout(() => {
      log('error', 'shutdown: grace period over, exiting', { graceMs: options.graceMs });
      exit(1);
    }, options.graceMs);
    log('info', 'shutdown: closing', { reason });
    let closed: Promise<void>;
    try {
      closed = options.close();
    } catch (err) {
      closed = Promise.reject(err);
    }
    closed.then(
      () => {
        clearTimeout(timer);
        exit(failed ? 1 : 0);
      },
      (err: unknown) => {
        clearTimeout(timer);
        log('error', 'shutdown: close failed', { err: err instanceof Error ? err.message : String(err) });
        exit(1);
      },
    );
  }

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    proc.on(signal, () => {
      if (closing) {
        exit(SIGNAL_CODES[signal]!);
        return;
      }
      shutdown(signal);
    });
  }

  const isBrokenPipe = (err: unknown) => (err as { code?: string } | null)?.code === 'EPIPE';
  for (const stream of options.streams ?? [process.stdout, process.stderr]) {
    stream.on('error', (err) => {
      if (!isBrokenPipe(err)) shutdown('output stream error', true);
    });
  }
  proc.on('uncaughtException', (err) => {
    if (isBrokenPipe(err)) return;
    log('error', 'shutdown: uncaught exception', { err: err instanceof Error ? err.stack : String(err) });
    shutdown('uncaught exception', true);
  });
  proc.on('unhandledRejection', (err) => {
    log('error', 'shutdown: unhandled rejection', { err: err instanceof Error ? err.stack : String(err) });
    shutdown('unhandled rejection', true);
  });
  return shutdown;
}
