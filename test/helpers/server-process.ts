/**
 * The compiled server (dist/server/server.js, built by `npm run build`, as `npm test` does first) in a
 * child process on a free port, as a supervisor runs it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from '../services/probe.ts';

export const SERVER_JS = 'dist/server/server.js';

export interface RunningServer {
  child: ChildProcess;
  base: string;
  port: number;
  /** Resolves with the exit code (or the signal) once the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the compiled server with `env` and resolves once /api/health answers. */
export async function startServer(env: Record<string, string>, stdio: 'ignore' | 'pipe' = 'ignore'): Promise<RunningServer> {
  if (!existsSync(SERVER_JS)) throw new Error(`test: ${SERVER_JS} is missing; run npm run build first`);
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER_JS], {
    env: { ...process.env, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', stdio, stdio === 'pipe' ? 'pipe' : 'inherit'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`test: the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { child, base, port, exited };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error('test: the server did not start');
}

/** POSTs JSON. */
export const postJson = (base: string, url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
