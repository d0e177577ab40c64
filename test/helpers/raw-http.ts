/**
 * Raw HTTP over a socket, for what `app.inject()` cannot send: bytes Node's parser rejects, requests that
 * trickle in, several requests on one keep-alive connection.
 */
import net from 'node:net';
import type { FastifyInstance } from 'fastify';

/** Listens on a free loopback port; resolves with the port. */
export async function listen(app: FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as net.AddressInfo).port;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Splits the bytes a server sent into responses (Content-Length framing only, as the app always sends). */
export function parseResponses(bytes: Buffer): RawResponse[] {
  const out: RawResponse[] = [];
  let rest = bytes;
  while (rest.length > 0) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) break;
    const [statusLine, ...lines] = rest.subarray(0, end).toString('latin1').split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const i = line.indexOf(':');
      headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
    const length = Number(headers['content-length'] ?? 0);
    out.push({ status: Number(statusLine.split(' ')[1]), headers, body: rest.subarray(end + 4, end + 4 + length).toString('utf8') });
    rest = rest.subarray(end + 4 + length);
  }
  return out;
}

export interface Exchange {
  responses: RawResponse[];
  /** Whether the server closed the connection before `waitMs` ran out. */
  closedByServer: boolean;
  /** Milliseconds from connecting to the server closing the connection (or to giving up). */
  elapsedMs: number;
}

/**
 * Connects (from `localAddress`, e.g. 127.0.0.2 for a second client), sends `chunks` (a number is a pause
 * in ms between writes), and collects what comes back until the server closes the connection or `waitMs`
 * has passed since connecting.
 */
export function exchange(port: number, chunks: (string | Buffer | number)[], waitMs = 3_000, localAddress?: string): Promise<Exchange> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect({ port, host: '127.0.0.1', localAddress });
    const received: Buffer[] = [];
    let settled = false;
    const finish = (closedByServer: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ responses: parseResponses(Buffer.concat(received)), closedByServer, elapsedMs: Date.now() - started });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on('data', (d) => received.push(d));
    socket.on('end', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.on('connect', async () => {
      for (const chunk of chunks) {
        if (settled) return;
        if (typeof chunk === 'number') await new Promise((r) => setTimeout(r, chunk));
        else if (!socket.destroyed) socket.write(chunk);
      }
    });
  });
}

/** A request with a JSON body and the headers a browser would send. */
export function jsonRequest(path: string, body: string, extraHeaders = ''): string {
  return `POST ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extraHeaders}\r\n${body}`;
}

/**
 * Sends one request line as written (`POST /api/%61sk HTTP/1.1`, an absolute-form target …) with a JSON
 * body, for targets a client library would normalise; resolves with the status code.
 */
export async function rawRequest(port: number, requestLine: string, body = '', headers: Record<string, string> = {}): Promise<number> {
  const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  const request = `${requestLine}\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}Connection: close\r\n\r\n${body}`;
  const { responses } = await exchange(port, [request]);
  if (!responses[0]) throw new Error(`raw-http: no response to ${requestLine}`);
  return responses[0].status;
}
