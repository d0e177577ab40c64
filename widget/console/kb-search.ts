/**
 * <kb-search>: search as you type over the knowledge base, with a category filter and keyboard use
 * (↑ ↓ move, Enter opens; the shell maps `/` to `focusSearch()`). Fires `open-article` {id, anchor}.
 */
import { LitElement, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ConsoleApiError, type ConsoleApi, type SearchHitView } from './api.ts';
import { debounce } from './debounce.ts';
import { moveIndex } from './list-nav.ts';
import { safeSnippet } from './snippet.ts';
import { shared } from './styles.ts';
import { searchCss } from './kb-search.styles.ts';

/** Skips keystrokes typed in a burst (IME commits arrive together) yet leaves room for fetch and render
 * within the 100 ms the console promises after the last keystroke; search itself takes ~2 ms. */
export const SEARCH_DEBOUNCE_MS = 40;

export class KbSearch extends LitElement {
  static override properties = {
    api: { attribute: false },
    categories: { attribute: false },
    query: { state: true },
    category: { state: true },
    results: { state: true },
    total: { state: true },
    searched: { state: true },
    active: { state: true },
    error: { state: true },
  };

  static override styles = [shared, searchCss];

  declare api: ConsoleApi;
  /** [id, label] pairs for the filter. */
  declare categories: [string, string][];
  declare query: string;
  declare category: string;
  declare results: SearchHitView[];
  declare total: number;
  /** Results for the current query are on screen (the count shows, even when it is 0). */
  declare searched: boolean;
  declare active: number;
  declare error: string;

  #controller: AbortController | null = null;
  /** The agent moved the highlight with ↑ ↓ since the results first came: a refresh keeps their choice. */
  #navigated = false;
  #search = debounce(() => void this.#run(), SEARCH_DEBOUNCE_MS);

  constructor() {
    super();
    this.categories = [];
    this.query = '';
    this.category = '';
    this.results = [];
    this.total = 0;
    this.searched = false;
    this.active = -1;
    this.error = '';
  }

  /** Moves focus to the search box and selects its text (the `/` shortcut). */
  focusSearch(): void {
    const input = this.renderRoot.querySelector('input');
    input?.focus();
    input?.select();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#search.cancel();
    this.#controller?.abort();
  }

  override render() {
    const label = (id: string) => this.categories.find(([c]) => c === id)?.[1] ?? id;
    const activeId = this.active >= 0 ? `hit-${this.active}` : nothing;
    return html`
      <div class="bar">
        <label class="visually-hidden" for="q">記事を検索</label>
        <input
          id="q"
          type="search"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-controls="hits"
          aria-expanded=${this.results.length > 0 ? 'true' : 'false'}
          aria-activedescendant=${activeId}
          placeholder="キーワードや質問で記事を検索"
          .value=${this.query}
          @input=${this.#onInput}
          @keydown=${this.#onKeydown}
        />
        <select aria-label="カテゴリで絞り込む" @change=${this.#onCategory}>
          <option value="">すべてのカテゴリ</option>
          ${this.categories.map(([id, name]) => html`<option value=${id} ?selected=${id === this.category}>${name}</option>`)}
        </select>
      </div>
      ${this.searched || this.error ? nothing : html`<p class="muted keys">「/」で検索欄へ、↑↓で選択、Enterで記事を開く</p>`}
      <p class="status muted" role="status" aria-live="polite">${this.error
        ? html`<span class="error">${this.error}</span>`
        : this.searched
          ? `${this.total}件${this.total > this.results.length ? `（上位${this.results.length}件を表示）` : ''}`
          : ''}</p>
      <ul id="hits" role="listbox" aria-label="検索結果">
        ${this.results.map(
          (hit, i) => html`
            <li id="hit-${i}" role="option" aria-selected=${i === this.active ? 'true' : 'false'} @click=${() => this.#open(i)}>
              <div class="title">
                ${hit.title}${hit.sectionTitle && hit.sectionTitle !== hit.title ? html` <span class="muted">› ${hit.sectionTitle}</span>` : nothing}
                <span class="tag">${label(hit.category)}</span>
              </div>
              <p class="snippet">${unsafeHTML(safeSnippet(hit.snippet))}</p>
            </li>
          `,
        )}
      </ul>
    `;
  }

  #onInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.#navigated = false;
    this.#search();
  }

  #onCategory(event: Event): void {
    this.category = (event.target as HTMLSelectElement).value;
    this.#search.cancel();
    void this.#run();
  }

  #onKeydown(event: KeyboardEvent): void {
    // Enter that confirms an IME conversion is not a request to open.
    if (event.isComposing || event.keyCode === 229) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.active = moveIndex(this.active, this.results.length, event.key);
      this.#navigated = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector(`#hit-${this.active}`)?.scrollIntoView({ block: 'nearest' }));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.#open(this.active >= 0 ? this.active : 0);
    } else if (event.key === 'Escape' && this.query) {
      this.query = '';
      this.#search.cancel();
      void this.#run();
    }
  }

  async #run(): Promise<void> {
    this.#controller?.abort();
    const q = this.query.trim();
    if (!q) {
      this.results = [];
      this.searched = false;
      this.error = '';
      this.active = -1;
      return;
    }
    const controller = (this.#controller = new AbortController());
    try {
      const res = await this.api.search(q, this.category, controller.signal);
      if (controller.signal.aborted) return;
      // Results refine while the agent types and arrows: keep the highlighted article if it is still listed.
      const selected = this.#navigated ? this.results[this.active]?.id : undefined;
      const kept = selected === undefined ? -1 : res.results.findIndex((h) => h.id === selected);
      this.results = res.results;
      this.total = res.total;
      this.searched = true;
      this.active = kept >= 0 ? kept : res.results.length ? 0 : -1;
      this.error = '';
    } catch (err) {
      if (controller.signal.aborted) return;
      this.results = [];
      this.error = err instanceof ConsoleApiError ? err.message : '検索できませんでした。';
    }
  }

  #open(index: number): void {
    const hit = this.results[index];
    if (!hit) return;
    this.active = index;
    this.dispatchEvent(new CustomEvent('open-article', { detail: { id: hit.id, anchor: hit.anchor }, bubbles: true, composed: true }));
  }
}

customElements.define('kb-search', KbSearch);
