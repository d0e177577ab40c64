/**
 * Runs the real server in a child process on a free loopback port, so that load generators in this
 * process do not share an event loop with it. By default the compiled build (`node dist/server/server.js`,
 * the one process a supervisor runs), built first when missing; TypeScript scripts run through tsx.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface ServerProcess {
  base: string;
  child: ChildProcess;
  /** Milliseconds from spawn to the first successful /api/health. */
  readyMs: number;
  /** That moment on the monotonic clock (`process.hrtime`, shared with the child's CPU profile), in µs. */
  readyAtUs: number;
  /** Resident set size of the server process, in MiB (Linux /proc). */
  rssMiB(): number;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The compiled server; `npm run build` makes it. */
export const COMPILED_SERVER = 'dist/server/server.js';

/** Builds the server when dist/ is missing. */
export function ensureBuilt(): void {
  if (!existsSync(COMPILED_SERVER)) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}

/**
 * Starts a script (plain node for .js/.mjs, tsx for .ts) and waits until `readyPath` answers 200.
 * `nodeArgs` go to node before the script (e.g. `--cpu-prof`).
 */
export async function startServerProcess(env: Record<string, string>, script = COMPILED_SERVER, readyPath = '/api/health', nodeArgs: string[] = []): Promise<ServerProcess> {
  if (script === COMPILED_SERVER) ensureBuilt();
  const port = await freePort();
  const args = [...nodeArgs, ...(script.endsWith('.ts') ? ['--import', 'tsx', script] : [script])];
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(base + readyPath)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  const readyAtUs = Number(process.hrtime.bigint() / 1000n);
  const readyMs = performance.now() - started;
  return {
    base,
    child,
    readyMs,
    readyAtUs,
    rssMiB() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return kb / 1024;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
