/**
 * Redis for the tests: the one at TEST_REDIS_URL (default redis://127.0.0.1:6379) when it answers;
 * otherwise Debian's redis-server (installed when missing) started on a free port, keeping nothing on disk.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answers, freePort } from './probe.ts';
import { aptInstall } from './apt.ts';
import type { Service } from './postgres.ts';

const REDIS_SERVER = '/usr/bin/redis-server';

/** Uses the configured Redis or starts a throwaway one; see the module comment. */
export async function ensureRedis(url: string): Promise<Service> {
  const target = new URL(url);
  if (await answers(target.hostname, Number(target.port || 6379))) return { url, started: false, stop: async () => undefined };

  if (!fs.existsSync(REDIS_SERVER)) aptInstall(['redis-server']);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careplan-redis-'));
  const port = await freePort();
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100 && !(await answers('127.0.0.1', port, 200)); i++) await new Promise((r) => setTimeout(r, 50));
  console.error(`test services: started a throwaway Redis on 127.0.0.1:${port}`);
  return {
    url: `redis://127.0.0.1:${port}`,
    started: true,
    async stop() {
      child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
