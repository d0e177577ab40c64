/** The knowledge-base index page (/kb/): articles grouped by category, then the お知らせ. */
import { CATEGORIES, type Article, type CategoryId, type KnowledgeBase, type Notice } from '../content/types.ts';
import { html, type SafeHtml } from './escape.ts';
import { renderPage } from './layout.ts';

export const KIND_LABELS = { guide: 'ガイド', faq: 'よくある質問' } as const;

/** Articles of each category in the fixed category order; guides (the path) before FAQ. */
export function groupByCategory(articles: Article[]): Array<{ id: CategoryId; label: string; articles: Article[] }> {
  return (Object.keys(CATEGORIES) as CategoryId[])
    .map((id) => ({
      id,
      label: CATEGORIES[id],
      articles: articles.filter((a) => a.category === id).sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'guide' ? -1 : 1)),
    }))
    .filter((g) => g.articles.length > 0);
}

function articleItem(a: Article): SafeHtml {
  return html`<li><a href="${a.url}">${a.title}</a> <span class="kind kind-${a.kind}">${KIND_LABELS[a.kind]}</span><p>${a.summary}</p></li>`;
}

function noticeItem(n: Notice): SafeHtml {
  return html`<li id="notice-${n.id}"${n.important ? html` class="important"` : ''}><time datetime="${n.date}">${n.date.replaceAll('-', '/')}</time>
<p class="notice-title">${n.title}</p><p>${n.summary}</p></li>`;
}

/** Renders /kb/. */
export function renderKbIndex(kb: KnowledgeBase): string {
  const groups = groupByCategory(kb.articles);
  const main = html`<h1>${kb.site.systemName} ヘルプ</h1>
<p class="lead">使い方の手順（ガイド）と、よくある質問をまとめています。分類から探してください。</p>
<nav class="toc" aria-label="分類"><ul>${groups.map((g) => html`<li><a href="#category-${g.id}">${g.label}</a></li>`)}${
    kb.notices.length ? html`<li><a href="#notices">お知らせ</a></li>` : ''
  }</ul></nav>
${groups.map((g) => html`<section class="category" id="category-${g.id}" aria-labelledby="category-${g.id}-title">
<h2 id="category-${g.id}-title">${g.label}</h2>
<ul class="article-list">${g.articles.map(articleItem)}</ul>
</section>`)}
${kb.notices.length ? html`<section class="notices" id="notices" aria-labelledby="notices-title"><h2 id="notices-title">お知らせ</h2>
<ul class="notice-list">${kb.notices.map(noticeItem)}</ul></section>` : ''}`;
  return renderPage({
    title: 'ヘルプ トップ',
    description: `${kb.site.systemName}の使い方とよくある質問`,
    breadcrumbs: [{ label: 'ヘルプ トップ' }],
    main,
    site: kb.site,
  });
}
