/**
 * <insights-view>: what users asked. Under the controls, the lookup of one conversation by the reference
 * code a clerk gives (conversation-lookup.ts); then the reports: the questions the bot could not answer
 * first (they tell editors what to write next), then the summary and the feedback. Asks for the admin token once; the shell keeps
 * it in sessionStorage. Fires `token-change` {token} and `token-rejected`.
 */
import { LitElement, css, html, nothing } from 'lit';
import { ConsoleApiError, type ConsoleApi, type FeedbackItem, type Summary, type UnansweredItem } from './api.ts';
import { renderFeedback, renderSummary, renderUnanswered } from './insights-tables.ts';
import { shared } from './styles.ts';
import './conversation-lookup.ts';

export class InsightsView extends LitElement {
  static override properties = {
    api: { attribute: false },
    token: { type: String },
    days: { state: true },
    unanswered: { state: true },
    summary: { state: true },
    feedback: { state: true },
    titles: { state: true },
    error: { state: true },
    loading: { state: true },
  };

  static override styles = [
    shared,
    css`
      section {
        margin: var(--cp-space-5) 0 var(--cp-space-6);
        overflow-x: auto;
      }
      .row :is(h2, h3) {
        margin: 0;
      }
      .row {
        display: flex;
        gap: var(--cp-space-2);
        align-items: center;
        flex-wrap: wrap;
      }
      .totals {
        display: flex;
        gap: var(--cp-space-5);
        flex-wrap: wrap;
        margin: 0;
      }
      .totals div {
        min-width: 6em;
      }
      .totals dt {
        font-size: var(--cp-font-size-sm);
        color: var(--cp-color-muted);
      }
      .totals dd {
        margin: 0;
        font-size: 1.4em;
        font-weight: 700;
      }
      /* On a phone the tables scroll sideways inside their section rather than crushing the questions. */
      th {
        white-space: nowrap;
      }
      td:first-child {
        min-width: 12em;
      }
      td.wide {
        min-width: 10em;
      }
      td.nowrap {
        white-space: nowrap;
      }
      meter {
        width: 8em;
      }
      .lookup {
        margin: var(--cp-space-5) 0 0;
        padding: var(--cp-space-3) var(--cp-space-4);
        border: 1px solid var(--cp-color-border);
        border-radius: var(--cp-radius-md);
      }
    `,
  ];

  declare api: ConsoleApi;
  declare token: string;
  declare days: number;
  declare unanswered: UnansweredItem[] | null;
  declare summary: Summary | null;
  declare feedback: FeedbackItem[] | null;
  /** Article titles by id: agents read titles, not ids. */
  declare titles: Map<string, string>;
  declare error: string;
  declare loading: boolean;

  constructor() {
    super();
    this.token = '';
    this.days = 30;
    this.unanswered = null;
    this.summary = null;
    this.feedback = null;
    this.titles = new Map();
    this.error = '';
    this.loading = false;
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('token') && this.token) void this.load();
  }

  /** Loads the three views again. */
  async load(): Promise<void> {
    this.loading = true;
    this.error = '';
    try {
      const [unanswered, summary, feedback, articles] = await Promise.all([
        this.api.unanswered(this.token, this.days),
        this.api.summary(this.token, this.days),
        this.api.feedback(this.token, this.days),
        this.titles.size ? null : this.api.articles().catch(() => null),
      ]);
      if (articles) this.titles = new Map(articles.map((a) => [a.id, a.title]));
      Object.assign(this, { unanswered, summary, feedback });
    } catch (err) {
      this.#fail(err);
    } finally {
      this.loading = false;
    }
  }

  override render() {
    if (!this.token) return this.#renderTokenForm();
    return html`
      <div class="row">
        <h2>インサイト</h2>
        <label>期間
          <select @change=${this.#onDays} aria-label="集計期間">
            ${[7, 30, 90, 365].map((d) => html`<option value=${d} ?selected=${d === this.days}>直近${d}日</option>`)}
          </select>
        </label>
        <button type="button" class="secondary" @click=${() => void this.load()} ?disabled=${this.loading}>更新</button>
        <button type="button" class="secondary" @click=${this.#forget}>トークンを消去</button>
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <conversation-lookup class="lookup" .api=${this.api} .token=${this.token}></conversation-lookup>
      ${renderUnanswered(this.unanswered, () => void this.#downloadCsv())} ${renderSummary(this.summary)} ${renderFeedback(this.feedback, this.titles)}
    `;
  }

  #renderTokenForm() {
    return html`
      <h2>インサイト</h2>
      <p>閲覧には管理トークンが必要です。管理者から受け取ったトークンを入力してください（このタブを閉じるまで保存されます）。</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <form class="row" @submit=${this.#saveToken}>
        <label for="token">管理トークン</label>
        <input id="token" name="token" type="password" autocomplete="off" required />
        <button type="submit">表示する</button>
      </form>
    `;
  }

  #saveToken(event: SubmitEvent): void {
    event.preventDefault();
    const token = String(new FormData(event.target as HTMLFormElement).get('token') ?? '').trim();
    if (token) this.dispatchEvent(new CustomEvent('token-change', { detail: { token }, bubbles: true, composed: true }));
  }

  #forget(): void {
    this.unanswered = this.summary = this.feedback = null;
    this.dispatchEvent(new CustomEvent('token-change', { detail: { token: '' }, bubbles: true, composed: true }));
  }

  #onDays(event: Event): void {
    this.days = Number((event.target as HTMLSelectElement).value);
    void this.load();
  }

  async #downloadCsv(): Promise<void> {
    try {
      const blob = await this.api.unansweredCsv(this.token, this.days);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `unanswered-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      this.#fail(err);
    }
  }

  #fail(err: unknown): void {
    if (err instanceof ConsoleApiError && err.status === 401) {
      this.unanswered = this.summary = this.feedback = null;
      this.error = '管理トークンが正しくありません。もう一度入力してください。';
      this.dispatchEvent(new CustomEvent('token-rejected', { bubbles: true, composed: true }));
      return;
    }
    if (err instanceof ConsoleApiError && err.code === 'insights-disabled') {
      this.error = 'このサーバーではインサイト機能が有効になっていません。管理者にお問い合わせください。';
      return;
    }
    this.error = err instanceof ConsoleApiError ? err.message : '読み込めませんでした。';
  }
}

customElements.define('insights-view', InsightsView);
