/**
 * <agent-console>: the helpdesk agents' console at /agent — search and read articles (with 「回答をコピー」),
 * preview what the bot would answer, and the insights. This element is the shell: tabs, the `/` shortcut,
 * the admin token (sessionStorage) and the data the views share (categories, helpdesk contact).
 */
import { LitElement, html } from 'lit';
import { CATEGORIES } from '../../server/content/types.ts';
import { createConsoleApi, type ArticleView, type ConsoleApi, type Contact } from './api.ts';
import { isSlashShortcut } from './list-nav.ts';
import { loadToken, saveToken } from './token-store.ts';
import { shared } from './styles.ts';
import { consoleCss } from './agent-console.styles.ts';
import type { KbSearch } from './kb-search.ts';
import './kb-search.ts';
import './kb-article.ts';
import './ask-preview.ts';
import './insights-view.ts';
import './console.css';

type Tab = 'search' | 'preview' | 'insights';
const TABS: [Tab, string][] = [
  ['search', '記事を検索'],
  ['preview', '回答プレビュー'],
  ['insights', 'インサイト'],
];

export class AgentConsole extends LitElement {
  static override properties = {
    tab: { state: true },
    token: { state: true },
    article: { state: true },
    anchor: { state: true },
    contact: { state: true },
    articleError: { state: true },
  };

  static override styles = [shared, consoleCss];

  declare tab: Tab;
  declare token: string;
  declare article: ArticleView | null;
  declare anchor: string;
  declare contact: Contact | null;
  declare articleError: string;

  readonly api: ConsoleApi = createConsoleApi();
  readonly #categories = Object.entries(CATEGORIES) as [string, string][];
  #onDocumentKeydown = (event: KeyboardEvent) => this.#shortcut(event);
  /** `/agent#insights` typed or linked while the page is open switches the tab too. */
  #onHashChange = () => (this.tab = tabFromHash(location.hash));

  constructor() {
    super();
    this.tab = tabFromHash(location.hash);
    this.token = loadToken();
    this.article = null;
    this.anchor = '';
    this.contact = null;
    this.articleError = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#onDocumentKeydown);
    globalThis.addEventListener('hashchange', this.#onHashChange);
    this.api.contact().then(
      (contact) => (this.contact = contact),
      () => (this.contact = null), // the copy then leaves the contact out rather than invent one
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onDocumentKeydown);
    globalThis.removeEventListener('hashchange', this.#onHashChange);
  }

  override render() {
    const label = this.#categories.find(([id]) => id === this.article?.category)?.[1] ?? '';
    return html`
      <div role="tablist" aria-label="コンソールの機能">
        ${TABS.map(
          ([id, name]) =>
            html`<button role="tab" id="tab-${id}" aria-controls="panel-${id}" aria-selected=${this.tab === id ? 'true' : 'false'} tabindex=${this.tab === id ? 0 : -1} @click=${() => this.#select(id)} @keydown=${this.#tabKeys}>${name}</button>`,
        )}
      </div>
      <div role="tabpanel" id="panel-search" aria-labelledby="tab-search" ?hidden=${this.tab !== 'search'} class="search">
        <kb-search .api=${this.api} .categories=${this.#categories} @open-article=${this.#openArticle}></kb-search>
        <div>
          ${this.articleError ? html`<p class="error" role="alert">${this.articleError}</p>` : ''}
          <kb-article .article=${this.article} .contact=${this.contact} .anchor=${this.anchor} .categoryLabel=${label} @open-article=${this.#openArticle}></kb-article>
        </div>
      </div>
      <div role="tabpanel" id="panel-preview" aria-labelledby="tab-preview" ?hidden=${this.tab !== 'preview'}>
        <ask-preview .api=${this.api} .token=${this.token} @token-rejected=${this.#tokenRejected}></ask-preview>
      </div>
      <div role="tabpanel" id="panel-insights" aria-labelledby="tab-insights" ?hidden=${this.tab !== 'insights'}>
        ${this.tab === 'insights'
          ? html`<insights-view .api=${this.api} .token=${this.token} @token-change=${this.#tokenChange} @token-rejected=${this.#tokenRejected}></insights-view>`
          : ''}
      </div>
    `;
  }

  #select(tab: Tab): void {
    this.tab = tab;
    history.replaceState(null, '', tab === 'search' ? location.pathname : `#${tab}`);
  }

  /** ← → move between tabs (the WAI-ARIA tabs pattern). */
  #tabKeys(event: KeyboardEvent): void {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const i = TABS.findIndex(([t]) => t === this.tab);
    const next = TABS[(i + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]![0];
    this.#select(next);
    void this.updateComplete.then(() => (this.renderRoot.querySelector(`#tab-${next}`) as HTMLElement | null)?.focus());
  }

  #shortcut(event: KeyboardEvent): void {
    const target = event.composedPath()[0] as HTMLElement | undefined;
    const typing = !!target && (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable);
    if (!isSlashShortcut(event, typing)) return;
    event.preventDefault();
    if (this.tab !== 'search') this.#select('search');
    void this.updateComplete.then(() => (this.renderRoot.querySelector('kb-search') as KbSearch | null)?.focusSearch());
  }

  async #openArticle(event: CustomEvent<{ id: string; anchor: string }>): Promise<void> {
    const { id, anchor } = event.detail;
    this.articleError = '';
    try {
      this.article = this.article?.id === id ? this.article : await this.api.article(id);
      this.anchor = anchor;
    } catch (err) {
      this.articleError = err instanceof Error ? err.message : '記事を開けませんでした。';
    }
  }

  #tokenChange(event: CustomEvent<{ token: string }>): void {
    this.token = event.detail.token;
    saveToken(this.token);
  }

  #tokenRejected(): void {
    this.token = '';
    saveToken('');
  }
}

/** The tab a URL hash names (`#preview`, `#insights`); anything else is the search tab. */
function tabFromHash(hash: string): Tab {
  const id = hash.replace(/^#/, '');
  return TABS.find(([t]) => t === id)?.[0] ?? 'search';
}

customElements.define('agent-console', AgentConsole);
