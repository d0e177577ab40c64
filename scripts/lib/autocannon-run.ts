/** Bounded autocannon runs against /api/ask (a mix of real questions) and /api/health. */
import autocannon from 'autocannon';

export interface RunFigures {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface RunOptions {
  connections: number;
  durationSec: number;
}

function figures(r: autocannon.Result): RunFigures {
  return {
    requestsPerSec: r.requests.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
}

/** Asks the questions round-robin over every connection. */
export async function runAsk(base: string, questions: string[], opts: RunOptions): Promise<RunFigures> {
  if (questions.length === 0) throw new Error('load: no questions to ask');
  let next = 0;
  const result = await autocannon({
    url: base,
    connections: opts.connections,
    duration: opts.durationSec,
    requests: [
      {
        method: 'POST',
        path: '/api/ask',
        headers: { 'content-type': 'application/json' },
        setupRequest(request) {
          const question = questions[next++ % questions.length];
          return { ...request, body: JSON.stringify({ question }) };
        },
      },
    ],
  });
  return figures(result);
}

/** Hits /api/health: the ceiling the ask figures are compared with. */
export async function runHealth(base: string, opts: RunOptions): Promise<RunFigures> {
  const result = await autocannon({ url: `${base}/api/health`, connections: opts.connections, duration: opts.durationSec });
  return figures(result);
}

/** One line of figures for a report. */
export function formatRun(name: string, f: RunFigures): string {
  return `${name.padEnd(8)} ${f.requestsPerSec.toFixed(0).padStart(7)} req/s  p50 ${f.p50Ms} ms  p99 ${f.p99Ms} ms  requests ${f.requests}  errors ${f.errors}  timeouts ${f.timeouts}  non-2xx ${f.non2xx}`;
}
