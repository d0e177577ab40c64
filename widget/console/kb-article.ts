/**
 * <kb-article>: one article with its sections (in-page jumps and public deep links), related articles,
 * and 「回答をコピー」, which puts a mail-ready plain text on the clipboard and fires `answer-copied`
 * {text} (a hook for tests and for host pages).
 */
import { LitElement, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ArticleView, Contact } from './api.ts';
import { composeMailText } from './mail-text.ts';
import { shared } from './styles.ts';
import { articleCss } from './kb-article.styles.ts';

export class KbArticle extends LitElement {
  static override properties = {
    article: { attribute: false },
    contact: { attribute: false },
    anchor: { type: String },
    categoryLabel: { attribute: false },
    copyState: { state: true },
    fallbackText: { state: true },
  };

  static override styles = [shared, articleCss];

  declare article: ArticleView | null;
  declare contact: Contact | null;
  /** Section to show first. */
  declare anchor: string;
  declare categoryLabel: string;
  declare copyState: 'idle' | 'copied' | 'failed';
  /** Shown for manual copying when the clipboard is not available. */
  declare fallbackText: string;

  constructor() {
    super();
    this.article = null;
    this.contact = null;
    this.anchor = '';
    this.categoryLabel = '';
    this.copyState = 'idle';
    this.fallbackText = '';
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('article')) {
      this.copyState = 'idle';
      this.fallbackText = '';
    }
  }

  override updated(changed: Map<string, unknown>): void {
    if ((changed.has('article') || changed.has('anchor')) && this.article) this.#scrollTo(this.anchor);
  }

  override render() {
    const a = this.article;
    if (!a) return html`<p class="muted">検索結果から記事を選ぶと、ここに表示されます。</p>`;
    // The title is the page's heading already: the contents list only the sections under it.
    const toc = a.sections.filter((s) => s.title !== a.title);
    return html`
      <article aria-labelledby="article-title">
        <header>
          <div>
            <h2 id="article-title">${a.title}</h2>
            <p class="muted">${this.categoryLabel || a.category}・更新 ${a.updated}・<a href=${a.url} target="_blank" rel="noopener">公開ページ</a></p>
          </div>
          <div class="copy">
            <p class="status" role="status" aria-live="polite">${this.copyState === 'copied'
              ? 'メール用のテキストをコピーしました。'
              : this.copyState === 'failed'
                ? 'クリップボードに書き込めませんでした。下の欄から選択してコピーしてください。'
                : ''}</p>
            <button type="button" @click=${this.#copy}>回答をコピー</button>
          </div>
        </header>
        ${this.fallbackText ? html`<textarea readonly aria-label="メール用のテキスト" .value=${this.fallbackText}></textarea>` : nothing}
        <p class="summary">${a.summary}</p>
        ${toc.length
          ? html`<nav aria-label="この記事の見出し">
              <ol>
                ${toc.map(
                  (s) => html`<li>
                    <a href="#${s.anchor}" @click=${(e: Event) => this.#jump(e, s.anchor)}>${s.title}</a>
                    <a class="deep" href="${a.url}#${s.anchor}" target="_blank" rel="noopener" aria-label="${s.title}（公開ページで開く）">リンク</a>
                  </li>`,
                )}
              </ol>
            </nav>`
          : nothing}
        <div class="body">${unsafeHTML(a.html)}</div>
        ${a.related.length
          ? html`<h3>関連する記事</h3>
              <ul>
                ${a.related.map((r) => html`<li><a href=${r.url} @click=${(e: Event) => this.#openRelated(e, r.id)}>${r.title}</a></li>`)}
              </ul>`
          : nothing}
      </article>
    `;
  }

  /** The text 「回答をコピー」 puts on the clipboard. */
  get mailText(): string {
    return this.article ? composeMailText(this.article, this.contact, location.origin) : '';
  }

  async #copy(): Promise<void> {
    const text = this.mailText;
    try {
      await navigator.clipboard.writeText(text);
      this.copyState = 'copied';
      this.fallbackText = '';
    } catch {
      this.copyState = 'failed';
      this.fallbackText = text;
    }
    this.dispatchEvent(new CustomEvent('answer-copied', { detail: { text, ok: this.copyState === 'copied' }, bubbles: true, composed: true }));
  }

  #jump(event: Event, anchor: string): void {
    event.preventDefault();
    this.#scrollTo(anchor);
  }

  /**
   * Marks the section and brings it into view. A hit in the first section shows the article from its top
   * (title, 「回答をコピー」, summary). Where this element scrolls by itself (the sticky column on wide
   * screens) only it scrolls, so the page keeps the tabs and the results in place.
   */
  #scrollTo(anchor: string): void {
    const body = this.renderRoot.querySelector('.body');
    body?.querySelectorAll('.current').forEach((el) => el.classList.remove('current'));
    const target = anchor ? body?.querySelector<HTMLElement>(`#${CSS.escape(anchor)}`) : null;
    target?.classList.add('current');
    const fromTop = !target || anchor === this.article?.sections[0]?.anchor;
    const element = fromTop ? this.renderRoot.querySelector<HTMLElement>('article') : target;
    if (!element) return;
    if (getComputedStyle(this).overflowY === 'auto' && this.scrollHeight > this.clientHeight + 1) {
      this.scrollTop = fromTop ? 0 : element.getBoundingClientRect().top - this.getBoundingClientRect().top + this.scrollTop - 8;
    } else {
      element.scrollIntoView({ block: 'start' });
    }
  }

  #openRelated(event: Event, id: string): void {
    event.preventDefault();
    this.dispatchEvent(new CustomEvent('open-article', { detail: { id, anchor: '' }, bubbles: true, composed: true }));
  }
}

customElements.define('kb-article', KbArticle);
