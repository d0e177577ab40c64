/**
 * The console's network code: the public search and article API, and the admin-only insights API.
 * Pure apart from the injected `fetch`, so unit tests need no browser. Failures become `ConsoleApiError`
 * with the server's code and Japanese message (or a network message).
 */
import type { AskResponse, AskTrace } from '../../server/answer/types.ts';
import type { SearchHit, SearchResult } from '../../server/search/types.ts';
import type { Static } from '@sinclair/typebox';
import type { ArticleCount, ArticleHelpfulness, DayCount, FeedbackEntry, InsightsSummary, UnansweredGroup } from '../../server/store/types.ts';
import type { ConversationResponse } from '../../server/store/schemas.ts';

/** One hit of `GET /api/search`: the search index's own hit (its response schema keeps every field). */
export type SearchHitView = SearchHit;

/** `GET /api/search`: the index's result plus the trimmed query and the time the search took. */
export type SearchResponse = SearchResult & { query: string; tookMs: number };

export interface ArticleSummary {
  id: string;
  title: string;
  category: string;
  summary: string;
  url: string;
}

export interface ArticleView extends ArticleSummary {
  updated: string;
  html: string;
  sections: { anchor: string; title: string }[];
  related: { id: string; title: string; url: string }[];
}

export interface Contact {
  phone: string;
  hours: string;
  formUrl: string;
}

/** What the bot answered (`POST /api/ask`, or the preview's `result`): the ask contract itself. */
export type AskResultView = AskResponse;

export interface AskPreview {
  result: AskResultView;
  /** Present only through the admin preview: the engine's structured trace. */
  trace?: AskTrace;
  tookMs?: number;
}

/** The insights API's shapes are the store's own (type-only imports: nothing of the server is bundled). */
export type Summary = Omit<InsightsSummary, 'topArticles' | 'helpfulness'> & {
  topArticles: (ArticleCount & { title: string })[];
  helpfulness: (ArticleHelpfulness & { title: string })[];
};
export type UnansweredItem = UnansweredGroup;
export type FeedbackItem = FeedbackEntry;
export type { DayCount };
/** `GET /api/insights/conversations/:reference`: one conversation's turns, oldest first. */
export type ConversationView = Static<typeof ConversationResponse>;

export class ConsoleApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConsoleApiError';
  }
}

export interface ConsoleApiOptions {
  /** Base URL; empty = the page's origin. */
  base?: string;
  fetch?: typeof fetch;
}

/** Builds the console's API client. */
export function createConsoleApi({ base = '', fetch: fetchFn = globalThis.fetch.bind(globalThis) }: ConsoleApiOptions = {}) {
  async function request(path: string, init: RequestInit = {}): Promise<Response> {
    let res: Response;
    try {
      res = await fetchFn(base + path, init);
    } catch (err) {
      if ((err as Error)?.name === 'AbortError') throw err;
      throw new ConsoleApiError(0, 'network', 'サーバーに接続できませんでした。ネットワークを確認してください。');
    }
    if (res.ok) return res;
    let code = 'http-' + res.status;
    let message = `サーバーがエラーを返しました（${res.status}）。`;
    try {
      const body = (await res.json()) as { error?: { code?: string; message?: string } };
      code = body.error?.code ?? code;
      message = body.error?.message ?? message;
    } catch {
      // not JSON: keep the generic message
    }
    throw new ConsoleApiError(res.status, code, message);
  }
  const json = async <T>(path: string, init?: RequestInit) => (await (await request(path, init)).json()) as T;
  const admin = (token: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...extra });
  const post = (body: unknown, headers: Record<string, string> = {}) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

  return {
    search(q: string, category: string, signal?: AbortSignal): Promise<SearchResponse> {
      const params = new URLSearchParams({ q, limit: '20' });
      if (category) params.set('category', category);
      return json(`/api/search?${params}`, { signal });
    },
    articles: () => json<ArticleSummary[]>('/api/articles'),
    article: (id: string) => json<ArticleView>(`/api/articles/${encodeURIComponent(id)}`),
    contact: async () => (await json<{ contact: Contact }>('/api/suggestions')).contact,
    /** With a token: the admin preview (with the trace, not recorded). Without: a plain ask. */
    async ask(question: string, token: string): Promise<AskPreview> {
      if (token) return json<AskPreview>('/api/insights/ask-preview', post({ question }, admin(token)));
      return { result: await json<AskResultView>('/api/ask', post({ question })) };
    },
    summary: (token: string, days: number) => json<Summary>(`/api/insights/summary?days=${days}`, { headers: admin(token) }),
    unanswered: async (token: string, days: number) =>
      (await json<{ items: UnansweredItem[] }>(`/api/insights/unanswered?days=${days}`, { headers: admin(token) })).items,
    feedback: async (token: string, days: number) =>
      (await json<{ items: FeedbackItem[] }>(`/api/insights/feedback?days=${days}`, { headers: admin(token) })).items,
    /** One conversation by the reference code a clerk gave (as typed: the server reads any form of it). */
    conversation: (token: string, reference: string) =>
      json<ConversationView>(`/api/insights/conversations/${encodeURIComponent(reference)}`, { headers: admin(token) }),
    unansweredCsv: async (token: string, days: number) =>
      (await request(`/api/insights/unanswered.csv?days=${days}`, { headers: admin(token) })).blob(),
  };
}

export type ConsoleApi = ReturnType<typeof createConsoleApi>;
