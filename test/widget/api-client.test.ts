import { describe, expect, it } from 'vitest';
import { ApiError, apiUrl, createApiClient, toApiError } from '../../widget/src/api-client.ts';

interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch that records calls and answers with `status` and `body`, or throws when `status` is 'throw'. */
function fakeFetch(status: number | 'throw', body: unknown, calls: Call[] = []): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    if (status === 'throw') throw new TypeError('Failed to fetch');
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
}

const askResult = { queryId: 'q1', kind: 'answer', intent: null, confidence: 0.9, message: 'm', answer: null, options: [], related: [], contact: null, notices: [] };

describe('apiUrl', () => {
  it('joins base and path with exactly one slash', () => {
    expect(apiUrl('https://h.example/', '/api/ask')).toBe('https://h.example/api/ask');
    expect(apiUrl('https://h.example', '/api/ask')).toBe('https://h.example/api/ask');
    expect(apiUrl('', '/api/ask')).toBe('/api/ask');
  });
});

describe('toApiError', () => {
  it('classifies network, rate limit, server and client failures', () => {
    expect(toApiError(0, null).kind).toBe('network');
    expect(toApiError(429, { error: { code: 'rate-limited', message: 'x' } }).kind).toBe('rate-limited');
    expect(toApiError(503, null).kind).toBe('server');
    expect(toApiError(400, { error: { code: 'question-too-long', message: '長すぎます' } })).toMatchObject({
      kind: 'client',
      code: 'question-too-long',
      message: '長すぎます',
    });
  });

  it('only client errors are not worth a retry', () => {
    expect(toApiError(0, null).retryable).toBe(true);
    expect(toApiError(429, null).retryable).toBe(true);
    expect(toApiError(500, null).retryable).toBe(true);
    expect(toApiError(400, null).retryable).toBe(false);
  });

  it('gives Japanese messages, not the server internals, for 5xx', () => {
    expect(toApiError(500, { error: { code: 'internal-error', message: 'stack trace' } }).message).toMatch(/時間をおいて/);
    expect(toApiError(0, null).message).toMatch(/接続/);
    expect(toApiError(429, null).message).toMatch(/少し待って/);
  });
});

describe('createApiClient', () => {
  it('posts the question with sessionId and previous, and nothing else', async () => {
    const calls: Call[] = [];
    const client = createApiClient({ base: 'https://h.example', fetch: fakeFetch(200, askResult, calls) });
    const r = await client.ask({ question: 'KJのパス', sessionId: 's1', previous: 'kj-id' });
    expect(r.queryId).toBe('q1');
    expect(calls[0]!.url).toBe('https://h.example/api/ask');
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.init.credentials).toBe('omit');
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual({ question: 'KJのパス', sessionId: 's1', previous: 'kj-id' });
  });

  it('omits empty optional fields', async () => {
    const calls: Call[] = [];
    await createApiClient({ base: '', fetch: fakeFetch(200, askResult, calls) }).ask({ question: 'q', previous: undefined });
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual({ question: 'q' });
  });

  it('turns a thrown fetch into a network ApiError', async () => {
    const client = createApiClient({ base: '', fetch: fakeFetch('throw', null) });
    await expect(client.ask({ question: 'q' })).rejects.toMatchObject({ kind: 'network', status: 0 });
  });

  it('turns 429 and 5xx into ApiErrors', async () => {
    await expect(createApiClient({ base: '', fetch: fakeFetch(429, { error: { code: 'rate-limited', message: 'x' } }) }).ask({ question: 'q' })).rejects.toBeInstanceOf(ApiError);
    await expect(createApiClient({ base: '', fetch: fakeFetch(502, '<html>bad gateway</html>') }).ask({ question: 'q' })).rejects.toMatchObject({ kind: 'server', status: 502 });
  });

  it('treats a 200 that is not JSON as a server fault', async () => {
    await expect(createApiClient({ base: '', fetch: fakeFetch(200, 'not json') }).ask({ question: 'q' })).rejects.toMatchObject({ kind: 'server' });
  });

  it('times out as a network failure', async () => {
    const hanging = ((_u: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as unknown as typeof fetch;
    await expect(createApiClient({ base: '', fetch: hanging, timeoutMs: 10 }).ask({ question: 'q' })).rejects.toMatchObject({ kind: 'network' });
  });

  it('records feedback and counts a 409 duplicate as recorded', async () => {
    const calls: Call[] = [];
    expect(await createApiClient({ base: '', fetch: fakeFetch(200, { ok: true }, calls) }).feedback({ queryId: 'q1', helpful: false })).toBe('recorded');
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual({ queryId: 'q1', helpful: false });
    const dup = fakeFetch(409, { error: { code: 'feedback-duplicate', message: 'x' } });
    expect(await createApiClient({ base: '', fetch: dup }).feedback({ queryId: 'q1', helpful: true })).toBe('duplicate');
  });

  it('rejects feedback for an unknown query', async () => {
    const unknown = fakeFetch(404, { error: { code: 'unknown-query', message: '見つかりません' } });
    await expect(createApiClient({ base: '', fetch: unknown }).feedback({ queryId: 'zz', helpful: true })).rejects.toMatchObject({ code: 'unknown-query' });
  });

  it('gets suggestions with GET and no body', async () => {
    const calls: Call[] = [];
    const body = { questions: ['a'], notices: [], contact: { phone: 'p', hours: 'h', formUrl: 'f' } };
    expect(await createApiClient({ base: 'https://h.example/', fetch: fakeFetch(200, body, calls) }).suggestions()).toEqual(body);
    expect(calls[0]!.url).toBe('https://h.example/api/suggestions');
    expect(calls[0]!.init.method).toBe('GET');
    expect(calls[0]!.init.body).toBeUndefined();
  });
});
