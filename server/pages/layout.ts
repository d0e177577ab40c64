/**
 * The frame of every knowledge-base page: head (tokens and site styles, favicon, the chat widget's module),
 * a header with the way back to the support site and a search box that works without JavaScript,
 * breadcrumbs, main, the helpdesk contact at the foot, and the chat widget. Mobile first; CSS comes from
 * /assets/, never inline (strict CSP); the only script is the widget's module file.
 */
import type { Site } from '../content/types.ts';
import { MAX_QUERY_LENGTH } from '../routes/search.ts';
import { html, type SafeHtml } from './escape.ts';

export interface Crumb {
  label: string;
  /** Omitted for the current page. */
  href?: string;
}

export interface PageOptions {
  title: string;
  description?: string;
  breadcrumbs: Crumb[];
  main: SafeHtml;
  site: Site;
  /** What the header's search box shows (the query of a results page). */
  query?: string;
  /** Keep the page out of search engines (search results). */
  noindex?: boolean;
}

/** External links open in a new tab without handing over the opener or the referrer. */
export function externalLink(href: string, label: string): SafeHtml {
  return html`<a href="${href}" target="_blank" rel="noopener noreferrer">${label}</a>`;
}

function breadcrumbs(crumbs: Crumb[]): SafeHtml {
  const items = crumbs.map((c) =>
    c.href ? html`<li><a href="${c.href}">${c.label}</a></li>` : html`<li aria-current="page">${c.label}</li>`,
  );
  return html`<nav class="breadcrumbs wrap" aria-label="パンくずリスト"><ol>${items}</ol></nav>`;
}

/** The search box of every page: a plain GET form, so it works without JavaScript. */
export function searchForm(query = ''): SafeHtml {
  return html`<form class="site-search" role="search" action="/kb/search" method="get">
<label class="visually-hidden" for="site-search-q">記事を検索</label>
<input id="site-search-q" name="q" type="search" value="${query}" maxlength="${MAX_QUERY_LENGTH}" placeholder="記事をキーワードで検索" autocomplete="off" enterkeyhint="search">
<button type="submit">検索</button>
</form>`;
}

/** Header: the help's name, the way back to the support site (content/site.yaml), the search box. */
function siteHeader(site: Site, query: string): SafeHtml {
  return html`<header class="site-header">
<div class="wrap header-bar">
<a class="site-name" href="/kb/">${site.systemName} <span class="site-name-sub">ヘルプ</span></a>
<a class="back-link" href="${site.supportSiteUrl}">サポートサイトへ戻る</a>
</div>
<div class="wrap">${searchForm(query)}</div>
</header>`;
}

/** The helpdesk contact, from site.yaml only. */
export function contactFooter(site: Site): SafeHtml {
  const { helpdesk } = site;
  const tel = helpdesk.phone.replace(/[^\d+]/g, '');
  return html`<footer class="contact wrap" id="helpdesk-contact">
<h2>解決しないときは</h2>
<p>${helpdesk.name}にお問い合わせください。</p>
<dl>
<dt>電話</dt><dd><a class="phone" href="tel:${tel}">${helpdesk.phone}</a></dd>
<dt>受付時間</dt><dd>${helpdesk.hours}</dd>
<dt>フォーム</dt><dd>${externalLink(helpdesk.formUrl, helpdesk.formLabel)}</dd>
</dl>
<p class="support-site">${externalLink(site.supportSiteUrl, site.supportSiteName)}</p>
</footer>`;
}

/** The `<link>`s every page shares: favicon, design tokens, site styles, and the chat widget's module. */
export const PAGE_HEAD = html`<link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/tokens.css">
<link rel="stylesheet" href="/assets/site.css">
<script type="module" src="/widget/careplan-help.js"></script>`;

/** A whole HTML document. */
export function renderPage(options: PageOptions): string {
  const { title, description, site } = options;
  const fullTitle = `${title} | ${site.systemName} ヘルプ`;
  return html`<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
${description ? html`<meta name="description" content="${description}">` : ''}
${options.noindex ? html`<meta name="robots" content="noindex">` : ''}
${PAGE_HEAD}
</head>
<body>
<a class="skip-link" href="#main">本文へ移動</a>
${siteHeader(site, options.query ?? '')}
${breadcrumbs(options.breadcrumbs)}
<main id="main" class="wrap">
${options.main}
</main>
${contactFooter(site)}
<careplan-help api="" heading="ヘルプデスク チャット"></careplan-help>
</body>
</html>
`.value;
}
