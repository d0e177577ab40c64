/** The per-client connection cap, with real sockets from two loopback addresses. */
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { exchange, listen } from '../helpers/raw-http.ts';
import { createConnectionCounter } from '../../server/plugins/connection-cap.ts';

let app: FastifyInstance | undefined;
const held: net.Socket[] = [];
afterEach(async () => {
  for (const s of held.splice(0)) s.destroy();
  await app?.close();
  app = undefined;
});

const HEALTH = 'GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n';

/** Opens a connection that sends nothing, resolving once connected. */
function hold(port: number): Promise<net.Socket> {
  return new Promise((resolve) => {
    const s = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1' }, () => resolve(s));
    s.on('error', () => {});
    held.push(s);
  });
}

describe('createConnectionCounter', () => {
  it('admits up to the cap per address and forgets an address once it has none', () => {
    const c = createConnectionCounter(2);
    expect([c.admit('a'), c.admit('a'), c.admit('a'), c.admit('b')]).toEqual([true, true, false, true]);
    c.release('a');
    expect(c.admit('a')).toBe(true);
    c.release('b');
    expect(c.clients).toBe(1);
  });
});

describe('connection cap', () => {
  it('closes a connection over the cap at once and still serves other clients', async () => {
    app = await buildTestApp({ maxConnectionsPerClient: 3 });
    const port = await listen(app);
    for (let i = 0; i < 3; i++) await hold(port);
    const over = await exchange(port, [HEALTH], 2_000, '127.0.0.1');
    expect(over.responses).toHaveLength(0);
    expect(over.closedByServer).toBe(true);
    const other = await exchange(port, [HEALTH], 2_000, '127.0.0.2');
    expect(other.responses[0]?.status).toBe(200);
    // One of the held connections goes: the first client may connect again.
    held.shift()!.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect((await exchange(port, [HEALTH], 2_000, '127.0.0.1')).responses[0]?.status).toBe(200);
  });

  it('is off behind a trusted proxy and at 0', async () => {
    for (const config of [{ maxConnectionsPerClient: 1, trustProxy: true }, { maxConnectionsPerClient: 0 }]) {
      app = await buildTestApp(config);
      const port = await listen(app);
      await hold(port);
      expect((await exchange(port, [HEALTH], 2_000, '127.0.0.1')).responses[0]?.status).toBe(200);
      for (const s of held.splice(0)) s.destroy();
      await app.close();
      app = undefined;
    }
  });
});
