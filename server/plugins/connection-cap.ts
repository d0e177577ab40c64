/**
 * A cap on the connections one client address may hold open at once. Timeouts cut a trickling request
 * after REQUEST_TIMEOUT_MS, but an attacker who reconnects at once can still hold every file descriptor
 * the process has; with a cap, one address holds at most `maxConnectionsPerClient` of them and everyone
 * else is still served. Connections over the cap are closed before a byte is read.
 * Behind a reverse proxy every connection comes from the proxy, so the cap is not applied when
 * TRUST_PROXY is set: the proxy is the place to limit clients there.
 */
import fp from 'fastify-plugin';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

/** Counts open connections per remote address; `admit` says whether one more may stay. */
export function createConnectionCounter(cap: number) {
  const open = new Map<string, number>();
  return {
    admit(address: string): boolean {
      const n = open.get(address) ?? 0;
      if (n >= cap) return false;
      open.set(address, n + 1);
      return true;
    },
    release(address: string): void {
      const n = (open.get(address) ?? 1) - 1;
      if (n <= 0) open.delete(address);
      else open.set(address, n);
    },
    /** How many addresses hold a connection (for tests). */
    get clients(): number {
      return open.size;
    },
  };
}

async function connectionCap(app: FastifyInstance): Promise<void> {
  const { maxConnectionsPerClient: cap, trustProxy } = app.config;
  if (cap === 0 || trustProxy) return;
  const counter = createConnectionCounter(cap);
  app.server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    if (!counter.admit(address)) {
      socket.destroy();
      return;
    }
    socket.once('close', () => counter.release(address));
  });
}

export default fp(connectionCap, { name: 'connection-cap', dependencies: ['config'] });
