/** One article's page (/kb/:id) and the page for an id that does not exist. */
import { CATEGORIES, INTRO_ANCHOR, type Article, type KnowledgeBase } from '../content/types.ts';
import { html, raw } from './escape.ts';
import { externalLink, renderPage } from './layout.ts';
import { KIND_LABELS } from './kb-index.ts';

/** Renders /kb/:id. The body is markdown-it output with raw HTML off, so it is inserted as is. */
export function renderKbArticle(kb: KnowledgeBase, article: Article): string {
  const toc = article.sections.filter((s) => s.anchor !== INTRO_ANCHOR);
  const related = article.related.flatMap((id) => kb.byId.get(id) ?? []);
  const source = /^https:\/\//.test(article.source) ? externalLink(article.source, article.source) : article.source;
  const category = CATEGORIES[article.category];
  const main = html`<article class="article">
<p class="kind kind-${article.kind}">${KIND_LABELS[article.kind]}</p>
<h1 id="${INTRO_ANCHOR}">${article.title}</h1>
<p class="summary">${article.summary}</p>
${toc.length > 1 ? html`<nav class="toc" aria-label="この記事の目次"><h2>目次</h2><ol>${toc.map((s) => html`<li><a href="#${s.anchor}">${s.title}</a></li>`)}</ol></nav>` : ''}
<div class="article-body">
${raw(article.html)}
</div>
${related.length ? html`<nav class="related" aria-labelledby="related-title"><h2 id="related-title">関連する記事</h2><ul>${related.map((r) => html`<li><a href="${r.url}">${r.title}</a></li>`)}</ul></nav>` : ''}
<p class="meta">最終更新：<time datetime="${article.updated}">${article.updated.replaceAll('-', '/')}</time><br>出典：${source}</p>
</article>`;
  return renderPage({
    title: article.title,
    description: article.summary,
    breadcrumbs: [{ label: 'ヘルプ トップ', href: '/kb/' }, { label: category, href: `/kb/#category-${article.category}` }, { label: article.title }],
    main,
    site: kb.site,
  });
}

/** Renders the page for an unknown article id (served with status 404). */
export function renderKbNotFound(kb: KnowledgeBase): string {
  const main = html`<h1>ページが見つかりません</h1>
<p>お探しの記事は見つかりませんでした。記事が移動したか、アドレスが間違っている可能性があります。</p>
<p><a href="/kb/">ヘルプ トップから探す</a></p>`;
  return renderPage({
    title: 'ページが見つかりません',
    breadcrumbs: [{ label: 'ヘルプ トップ', href: '/kb/' }, { label: 'ページが見つかりません' }],
    main,
    site: kb.site,
  });
}
