/**
 * Graceful shutdown: SIGTERM under load finishes the requests in flight, closes the store, and every
 * acknowledged feedback is in the store after a restart.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const TOKEN = 'shutdown-test-token';
const dataDir = mkdtempSync(path.join(tmpdir(), 'careplan-shutdown-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Starts server/server.ts on a free port and resolves with its base URL once it answers. */
async function startServer(): Promise<{ child: ChildProcess; base: string; exited: Promise<number | null> }> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/server.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ADMIN_TOKEN: TOKEN, RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { child, base, exited };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

const post = (base: string, url: string, body: unknown) =>
  fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('SIGTERM under load', () => {
  it('finishes requests in flight and keeps acknowledged feedback', async () => {
    const first = await startServer();
    const acknowledged: string[] = [];
    for (let i = 0; i < 10; i++) {
      const asked = await (await post(first.base, '/api/ask', { question: `KJのパスワードを忘れました ${i}` })).json();
      const fb = await post(first.base, '/api/feedback', { queryId: asked.queryId, helpful: i % 2 === 0 });
      if (fb.status === 200) acknowledged.push(asked.queryId);
    }
    expect(acknowledged).toHaveLength(10);

    // A burst of asks, SIGTERM while they are in flight.
    const burst = Array.from({ length: 40 }, (_, i) =>
      post(first.base, '/api/ask', { question: `電子証明書は事業所ごとに必要ですか ${i}` }).then(
        (r) => r.status,
        () => 'refused' as const,
      ),
    );
    await new Promise((r) => setTimeout(r, 5));
    first.child.kill('SIGTERM');
    const statuses = await Promise.all(burst);
    expect(await first.exited).toBe(0);
    // Every request either completed normally or was never accepted; none failed half-way with a 5xx.
    for (const s of statuses) expect([200, 'refused'], `status ${s}`).toContain(s);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);

    const second = await startServer();
    try {
      const res = await fetch(`${second.base}/api/insights/feedback`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(200);
      const text = await res.text();
      for (const id of acknowledged) expect(text).toContain(id);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  }, 60_000);
});
