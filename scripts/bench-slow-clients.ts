/**
 * npm run bench:slow-clients — the slow-connection attack of issue 11 (finding 3) with its figures: the
 * real server runs in a child process under a file-descriptor limit, an attacker keeps `--slow` connections
 * trickling a request body a byte a second (reconnecting whenever the server cuts one), and meanwhile
 * /api/health is probed on a fresh connection every 250 ms (a new visitor) and loaded by autocannon over
 * kept-alive connections. Prints availability and latency; gates nothing.
 *
 *   npx tsx scripts/bench-slow-clients.ts [--slow 1200] [--fd-limit 1024] [--seconds 30]
 *     [--request-timeout-ms 15000] [--max-connections-per-client 64]
 *     [--root <project dir to run, e.g. an older checkout>]
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freePort } from './lib/server-process.ts';

const { values } = parseArgs({
  options: {
    slow: { type: 'string', default: '1200' },
    'fd-limit': { type: 'string', default: '1024' },
    seconds: { type: 'string', default: '30' },
    'request-timeout-ms': { type: 'string', default: '15000' },
    'max-connections-per-client': { type: 'string', default: '64' },
    root: { type: 'string', default: '.' },
  },
});
const SLOW = Number(values.slow);
const ATTACKER_ADDRESS = '127.0.0.3';
const SECONDS = Number(values.seconds);
const root = path.resolve(values.root);

const port = await freePort();
const server = spawn('bash', ['-c', `ulimit -n ${Number(values['fd-limit'])} && exec "${process.execPath}" --import tsx server/server.ts`], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    INSIGHTS: 'false',
    RATE_LIMIT_PER_MINUTE: '0',
    REQUEST_TIMEOUT_MS: values['request-timeout-ms'],
    MAX_CONNECTIONS_PER_CLIENT: values['max-connections-per-client'],
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});

/** One GET /api/health on a new connection; resolves with its latency in ms, or null on failure or after 5 s. */
function probe(): Promise<number | null> {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.get({ host: '127.0.0.1', port, path: '/api/health', agent: false, timeout: 5_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200 ? performance.now() - started : null));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
  });
}

for (let i = 0; i < 400 && (await probe()) === null; i++) await new Promise((r) => setTimeout(r, 50));

let stopping = false;
let open = 0;
/** How long each attacker connection the server closed had lived, in ms. */
const lifetimes: number[] = [];
const sockets = new Set<net.Socket>();
/** One attacker connection: headers, then a byte a second of a body that never completes. */
function attack(): void {
  if (stopping) return;
  // From an address of its own, as an attacker is another client than the visitors probing health.
  const socket = net.connect({ port, host: '127.0.0.1', localAddress: ATTACKER_ADDRESS });
  sockets.add(socket);
  let timer: NodeJS.Timeout | undefined;
  let connectedAt = 0;
  socket.on('connect', () => {
    open++;
    connectedAt = performance.now();
    socket.write('POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{');
    timer = setInterval(() => socket.write('a'), 1_000);
  });
  socket.on('error', () => {});
  socket.on('close', (hadError) => {
    if (timer) {
      open--;
      if (!stopping) lifetimes.push(performance.now() - connectedAt);
    }
    clearInterval(timer);
    sockets.delete(socket);
    if (!hadError || timer) setTimeout(attack, 100);
    else setTimeout(attack, 500);
  });
}
for (let i = 0; i < SLOW; i++) attack();
await new Promise((r) => setTimeout(r, 3_000));

const probes: (number | null)[] = [];
const prober = setInterval(() => void probe().then((ms) => probes.push(ms)), 250);
const load = await autocannon({ url: `http://127.0.0.1:${port}/api/health`, connections: 10, duration: SECONDS, timeout: 5 });
clearInterval(prober);
await new Promise((r) => setTimeout(r, 5_000));
const openAtEnd = open;
stopping = true;
for (const s of sockets) s.destroy();
server.kill('SIGTERM');

const ok = probes.filter((ms): ms is number => ms !== null).sort((a, b) => a - b);
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1) : '—');
const pct = (p: number) => percentile(ok, p);
const lived = lifetimes.sort((a, b) => a - b);
// Connections the server dropped at once (out of file descriptors) and those it cut after a while.
const dropped = lived.filter((ms) => ms < 1_000).length;
console.log(
  `slow clients: ${SLOW} trickling connections from one address, fd limit ${values['fd-limit']}, REQUEST_TIMEOUT_MS ` +
    `${values['request-timeout-ms']}, MAX_CONNECTIONS_PER_CLIENT ${values['max-connections-per-client']}, ${SECONDS} s, ${root}`,
);
console.log(
  `  attacker connections open at the end ${openAtEnd}; closed by the server at once ${dropped}, ` +
    `cut after a while ${lived.length - dropped} (median life ${percentile(lived.slice(dropped), 50)} ms)`,
);
console.log(`  fresh-connection health probes: ${ok.length}/${probes.length} answered, p50 ${pct(50)} ms, p99 ${pct(99)} ms`);
console.log(
  `  kept-alive health load (10 connections): ${load.requests.average.toFixed(0)} req/s, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, ` +
    `errors ${load.errors}, timeouts ${load.timeouts}, non-2xx ${load.non2xx}`,
);
