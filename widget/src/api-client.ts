/**
 * The widget's only network code: `POST /api/ask`, `POST /api/feedback`, `GET /api/suggestions`.
 * Pure apart from the injected `fetch`, so unit tests need no browser. Every failure becomes an
 * `ApiError` carrying a Japanese message the panel can show as is.
 */
import type { ArticleData, AskResult, Suggestions, UnhelpfulReason } from './types.ts';

/** Why a request failed: decides the message and whether a retry makes sense. */
export type FailureKind = 'network' | 'rate-limited' | 'server' | 'client';

export class ApiError extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** A retry can help after a network failure, a rate limit or a server fault, not after a bad request. */
  get retryable(): boolean {
    return this.kind !== 'client';
  }
}

export interface ApiClientOptions {
  /** Base URL of the service (`api` attribute); empty means the page's own origin. */
  base: string;
  fetch?: typeof fetch;
  /** Milliseconds before a request counts as a network failure. Default 15 000. */
  timeoutMs?: number;
}

export interface AskRequest {
  question: string;
  sessionId?: string;
  previous?: string;
  /** The option ids of the question back this message replies to. */
  offered?: string[];
}

export interface FeedbackRequest {
  queryId: string;
  helpful: boolean;
  /** Why not (only with helpful=false). */
  reason?: UnhelpfulReason;
  comment?: string;
}

/** `duplicate`: this answer already had a vote (409); it counts as recorded. */
export type FeedbackOutcome = 'recorded' | 'duplicate';

const MESSAGES: Record<Exclude<FailureKind, 'client'>, string> = {
  network: '通信できませんでした。インターネットへの接続を確認して、もう一度お試しください。',
  'rate-limited': '短時間に多くの質問が送られました。少し待ってから、もう一度お試しください。',
  server: 'ただいま回答できません。時間をおいて、もう一度お試しください。',
};
const CLIENT_FALLBACK = '送信できませんでした。入力内容を確認してください。';

/** Joins the base URL and an API path without doubling or dropping the slash. */
export function apiUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

/**
 * Maps an HTTP failure to an ApiError. `status` 0 means the request never got an answer.
 * The server's Japanese message is kept for client errors (e.g. `question-too-long`), where it says what to fix.
 */
export function toApiError(status: number, body: unknown): ApiError {
  const err = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof err?.code === 'string' ? err.code : '';
  const serverMessage = typeof err?.message === 'string' ? err.message : '';
  if (status === 0) return new ApiError('network', 0, code || 'network', MESSAGES.network);
  if (status === 429) return new ApiError('rate-limited', 429, code || 'rate-limited', MESSAGES['rate-limited']);
  if (status >= 500) return new ApiError('server', status, code || 'server-error', MESSAGES.server);
  return new ApiError('client', status, code || 'bad-request', serverMessage || CLIENT_FALLBACK);
}

/** Creates the client. Requests carry no credentials: the API needs none, and CORS stays simple. */
export function createApiClient(options: ApiClientOptions) {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 15_000;

  async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; data: T }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      response = await doFetch(apiUrl(options.base, path), {
        method,
        headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
        credentials: 'omit',
      });
    } catch {
      throw toApiError(0, null);
    } finally {
      clearTimeout(timer);
    }
    const data = await response.json().catch(() => null);
    if (!response.ok) throw toApiError(response.status, data);
    if (data === null || typeof data !== 'object') throw toApiError(502, null);
    return { status: response.status, data: data as T };
  }

  return {
    /** Asks one question. @throws ApiError */
    async ask(input: AskRequest): Promise<AskResult> {
      const body: AskRequest = { question: input.question };
      if (input.sessionId) body.sessionId = input.sessionId;
      if (input.previous) body.previous = input.previous;
      if (input.offered && input.offered.length > 0) body.offered = input.offered;
      return (await request<AskResult>('POST', '/api/ask', body)).data;
    },
    /** Sends the 「解決しましたか？」 vote. A 409 means already voted and counts as recorded. @throws ApiError */
    async feedback(input: FeedbackRequest): Promise<FeedbackOutcome> {
      try {
        await request('POST', '/api/feedback', input);
        return 'recorded';
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) return 'duplicate';
        throw err;
      }
    },
    /** One article (`GET /api/articles/:id`), for a clarify option the engine did not resolve. @throws ApiError */
    async article(id: string): Promise<ArticleData> {
      return (await request<ArticleData>('GET', `/api/articles/${encodeURIComponent(id)}`)).data;
    },
    /** Chips, 【重要】 notices and the helpdesk contact. @throws ApiError */
    async suggestions(): Promise<Suggestions> {
      return (await request<Suggestions>('GET', '/api/suggestions')).data;
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
