/**
 * The frame of every knowledge-base page: head, header, breadcrumbs, main, and the helpdesk contact at
 * the foot. Mobile first; CSS comes from /assets/kb.css, never inline (strict CSP).
 */
import type { Site } from '../content/types.ts';
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
}

/** External links open in a new tab without handing over the opener or the referrer. */
export function externalLink(href: string, label: string): SafeHtml {
  return html`<a href="${href}" target="_blank" rel="noopener noreferrer">${label}</a>`;
}

function breadcrumbs(crumbs: Crumb[]): SafeHtml {
  const items = crumbs.map((c) =>
    c.href ? html`<li><a href="${c.href}">${c.label}</a></li>` : html`<li aria-current="page">${c.label}</li>`,
  );
  return html`<nav class="breadcrumbs" aria-label="パンくずリスト"><ol>${items}</ol></nav>`;
}

/** The helpdesk contact, from site.yaml only. */
export function contactFooter(site: Site): SafeHtml {
  const { helpdesk } = site;
  const tel = helpdesk.phone.replace(/[^\d+]/g, '');
  return html`<footer class="contact" id="helpdesk-contact">
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
<link rel="stylesheet" href="/assets/kb.css">
</head>
<body>
<a class="skip-link" href="#main">本文へ移動</a>
<header class="site-header"><a class="site-name" href="/kb/">${site.systemName} ヘルプ</a></header>
${breadcrumbs(options.breadcrumbs)}
<main id="main">
${options.main}
</main>
${contactFooter(site)}
</body>
</html>
`.value;
}
