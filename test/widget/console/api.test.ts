import { describe, expect, it } from 'vitest';
import { ConsoleApiError, createConsoleApi } from '../../../widget/console/api.ts';

function fakeFetch(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit = {}) => {
    calls.push({ url, init });
    return respond(url, init);
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('createConsoleApi', () => {
  it('searches with the query, a limit and the category', async () => {
    const { fetch, calls } = fakeFetch(() => json({ query: 'KJ', total: 0, tookMs: 1, results: [] }));
    await createConsoleApi({ fetch }).search('KJ パス', 'id-password');
    expect(calls[0]!.url).toBe('/api/search?q=KJ+%E3%83%91%E3%82%B9&limit=20&category=id-password');
  });

  it('sends the bearer token to the admin API and uses the preview only with a token', async () => {
    const { fetch, calls } = fakeFetch((url) => (url.includes('ask-preview') ? json({ result: {}, trace: {} }) : json({ kind: 'answer' })));
    const api = createConsoleApi({ fetch });
    await api.ask('質問', 'secret');
    await api.ask('質問', '');
    expect(calls.map((c) => c.url)).toEqual(['/api/insights/ask-preview', '/api/ask']);
    expect((calls[0]!.init.headers as Record<string, string>).authorization).toBe('Bearer secret');
    expect((calls[1]!.init.headers as Record<string, string>).authorization).toBeUndefined();
  });

  it('asks for one conversation by the reference code as typed, behind the token', async () => {
    const { fetch, calls } = fakeFetch(() => json({ reference: 'K7QD-2M9X', turns: [] }));
    const c = await createConsoleApi({ fetch }).conversation('secret', 'ｋ７ｑｄ－２ｍ９ｘ');
    expect(c.reference).toBe('K7QD-2M9X');
    expect(calls[0]!.url).toBe(`/api/insights/conversations/${encodeURIComponent('ｋ７ｑｄ－２ｍ９ｘ')}`);
    expect((calls[0]!.init.headers as Record<string, string>).authorization).toBe('Bearer secret');
  });

  it('turns an error response into ConsoleApiError with the server code and message', async () => {
    const { fetch } = fakeFetch(() => json({ error: { code: 'unauthorized', message: '管理トークンが正しくありません。' } }, 401));
    const err = await createConsoleApi({ fetch }).summary('bad', 30).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConsoleApiError);
    expect(err).toMatchObject({ status: 401, code: 'unauthorized', message: '管理トークンが正しくありません。' });
  });

  it('reports a network failure in Japanese', async () => {
    const { fetch } = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(createConsoleApi({ fetch }).articles()).rejects.toMatchObject({ code: 'network', message: expect.stringMatching(/接続できません/) });
  });
});
