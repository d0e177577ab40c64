/**
 * The search results page (/kb/search?q=): the site's search without JavaScript. The query is read
 * leniently — a repeated `q`, control characters, stray surrogates or an empty box all give a readable page,
 * never an error response; a query over the API's limit is explained.
 */
import { CATEGORIES, type KnowledgeBase } from '../content/types.ts';
import type { SearchResult } from '../search/types.ts';
import { MAX_QUERY_LENGTH } from '../routes/search.ts';
import { safeSnippet } from '../../widget/console/snippet.ts';
import { html, raw } from './escape.ts';
import { renderPage } from './layout.ts';

/** Results shown on the page (the index ranks one hit per article). */
export const SEARCH_PAGE_LIMIT = 20;

export type QueryProblem = 'empty' | 'too-long';

/**
 * The query as typed, cleaned: the first `q`; no control characters, lone surrogates or U+FFFD (what bytes
 * that were not UTF-8 decode to); trimmed.
 */
export function readSearchQuery(raw: unknown): { query: string; length: number; problem: QueryProblem | null } {
  const first = Array.isArray(raw) ? raw[0] : raw;
  const text = typeof first === 'string' ? first : '';
  const chars = Array.from(text)
    .filter((c) => !/^[\uD800-\uDFFF\uFFFD]$/.test(c))
    .join('')
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  const length = Array.from(chars).length;
  if (!chars) return { query: '', length: 0, problem: 'empty' };
  if (length > MAX_QUERY_LENGTH) return { query: Array.from(chars).slice(0, MAX_QUERY_LENGTH).join(''), length, problem: 'too-long' };
  return { query: chars, length, problem: null };
}

function hitList(result: SearchResult) {
  return html`<ol class="search-results">${result.results.map(
    (hit) => html`<li>
<a class="result-title" href="${hit.url}">${hit.title}</a>${hit.sectionTitle && hit.sectionTitle !== hit.title ? html` <span class="result-section">› ${hit.sectionTitle}</span>` : ''}
<span class="tag">${CATEGORIES[hit.category]}</span>
<p class="snippet">${raw(safeSnippet(hit.snippet))}</p>
</li>`,
  )}</ol>`;
}

/** What to try when nothing matched: shorter words, the chat, the helpdesk. */
const NOTHING_FOUND_TIPS = html`<ul class="search-tips">
<li>言葉を短くするか、別の言い方でお試しください（例：「パスワード 期限」）。</li>
<li>画面右下の「チャットで質問する」から、文章で質問することもできます。</li>
<li>解決しない場合は、下のヘルプデスクへお問い合わせください。</li>
</ul>`;

/** Renders /kb/search: the results, or what to do about an empty or over-long query. */
export function renderKbSearch(kb: KnowledgeBase, query: ReturnType<typeof readSearchQuery>, result: SearchResult | null): string {
  const { problem } = query;
  let main;
  if (problem === 'empty') {
    main = html`<h1>記事を検索</h1>
<p>調べたい言葉を、上の検索ボックスに入力してください。</p>
<p><a href="/kb/">分類から探す</a></p>`;
  } else if (problem === 'too-long') {
    main = html`<h1>記事を検索</h1>
<p class="search-problem" role="alert">検索する言葉は${MAX_QUERY_LENGTH}文字以内で入力してください（入力は${query.length}文字でした）。</p>
<p>長い文章で質問したいときは、画面右下の「チャットで質問する」をお使いください。</p>`;
  } else if (!result || result.results.length === 0) {
    main = html`<h1>「${query.query}」の検索結果</h1>
<p class="result-count">一致する記事は見つかりませんでした。</p>
${NOTHING_FOUND_TIPS}`;
  } else {
    const shown = result.results.length;
    main = html`<h1>「${query.query}」の検索結果</h1>
<p class="result-count">${result.total}件の記事が見つかりました${result.total > shown ? `（上位${shown}件を表示）` : ''}。</p>
${hitList(result)}`;
  }
  return renderPage({
    title: problem ? '記事を検索' : `「${query.query}」の検索結果`,
    breadcrumbs: [{ label: 'ヘルプ トップ', href: '/kb/' }, { label: '検索結果' }],
    main,
    site: kb.site,
    query: query.query,
    noindex: true,
  });
}
