/**
 * PostgreSQL for the tests: the one at TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
 * when it answers; otherwise Debian's postgresql (installed when missing) started as a throwaway
 * cluster in a temporary folder on a free port. PostgreSQL refuses to run as root, so as root the
 * cluster is owned by and run as the `postgres` user.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answers, freePort } from './probe.ts';
import { aptInstall } from './apt.ts';

export interface Service {
  /** The URL tests connect to (for PostgreSQL: an admin connection that may create databases). */
  url: string;
  /** Whether this run started it (and will stop it). */
  started: boolean;
  stop(): Promise<void>;
}

function findBin(name: string): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = path.join(root, v, 'bin', name);
    if (fs.existsSync(bin)) return bin;
  }
  return null;
}

/** Runs a PostgreSQL program, as the postgres user when we are root. */
function runAsOwner(bin: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [cmd, ...rest] = asRoot ? ['runuser', '-u', 'postgres', '--', bin, ...args] : [bin, ...args];
  execFileSync(cmd!, rest, { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Uses the configured PostgreSQL or starts a throwaway one; see the module comment. */
export async function ensurePostgres(url: string): Promise<Service> {
  const target = new URL(url);
  if (await answers(target.hostname, Number(target.port || 5432))) return { url, started: false, stop: async () => undefined };

  if (!findBin('initdb')) aptInstall(['postgresql']);
  const initdb = findBin('initdb');
  const pgCtl = findBin('pg_ctl');
  if (!initdb || !pgCtl) throw new Error('test services: postgresql is installed but initdb/pg_ctl were not found');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careplan-pg-'));
  const data = path.join(dir, 'data');
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  runAsOwner(initdb, ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  runAsOwner(pgCtl, ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
  console.error(`test services: started a throwaway PostgreSQL on 127.0.0.1:${port} (${dir})`);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    started: true,
    async stop() {
      try {
        runAsOwner(pgCtl, ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
