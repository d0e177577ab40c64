/**
 * <insights-view>: what users asked. The questions the bot could not answer come first (they tell editors
 * what to write next), then the summary and the feedback. Asks for the admin token once; the shell keeps
 * it in sessionStorage. Fires `token-change` {token} and `token-rejected`.
 */
import { LitElement, css, html, nothing } from 'lit';
import { ConsoleApiError, type ConsoleApi, type FeedbackItem, type Summary, type UnansweredItem } from './api.ts';
import { KIND_LABELS, japanTime, percent } from './format.ts';
import { shared } from './styles.ts';

export class InsightsView extends LitElement {
  static override properties = {
    api: { attribute: false },
    token: { type: String },
    days: { state: true },
    unanswered: { state: true },
    summary: { state: true },
    feedback: { state: true },
    error: { state: true },
    loading: { state: true },
  };

  static override styles = [
    shared,
    css`
      section {
        margin: 1.2em 0 1.8em;
      }
      .row {
        display: flex;
        gap: 0.6em;
        align-items: center;
        flex-wrap: wrap;
      }
      .totals {
        display: flex;
        gap: 1.2em;
        flex-wrap: wrap;
        margin: 0;
      }
      .totals div {
        min-width: 6em;
      }
      .totals dt {
        font-size: 0.85em;
        color: #5b6573;
      }
      .totals dd {
        margin: 0;
        font-size: 1.4em;
        font-weight: 700;
      }
      meter {
        width: 8em;
      }
    `,
  ];

  declare api: ConsoleApi;
  declare token: string;
  declare days: number;
  declare unanswered: UnansweredItem[] | null;
  declare summary: Summary | null;
  declare feedback: FeedbackItem[] | null;
  declare error: string;
  declare loading: boolean;

  constructor() {
    super();
    this.token = '';
    this.days = 30;
    this.unanswered = null;
    this.summary = null;
    this.feedback = null;
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
      const [unanswered, summary, feedback] = await Promise.all([
        this.api.unanswered(this.token, this.days),
        this.api.summary(this.token, this.days),
        this.api.feedback(this.token, this.days),
      ]);
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
      ${this.#renderUnanswered()} ${this.#renderSummary()} ${this.#renderFeedback()}
    `;
  }

  #renderTokenForm() {
    return html`
      <h2>インサイト</h2>
      <p>閲覧には管理トークン（サーバーの ADMIN_TOKEN）が必要です。このタブを閉じるまで保存されます。</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <form class="row" @submit=${this.#saveToken}>
        <label for="token">管理トークン</label>
        <input id="token" name="token" type="password" autocomplete="off" required />
        <button type="submit">表示する</button>
      </form>
    `;
  }

  #renderUnanswered() {
    const items = this.unanswered;
    return html`
      <section aria-labelledby="unanswered-title">
        <div class="row">
          <h3 id="unanswered-title">回答できなかった質問</h3>
          <button type="button" class="secondary" @click=${this.#downloadCsv}>CSVをダウンロード</button>
        </div>
        <p class="muted">「回答できず」と「聞き返し」になった質問を、表記ゆれをまとめて多い順に表示します。記事を書く・例文を足す候補です。</p>
        ${items === null
          ? html`<p class="muted">読み込み中…</p>`
          : items.length === 0
            ? html`<p>この期間に回答できなかった質問はありません。</p>`
            : html`<table>
                <thead><tr><th>質問（伏せ字済み）</th><th class="num">件数</th><th class="num">回答できず</th><th class="num">聞き返し</th><th>最終</th></tr></thead>
                <tbody>
                  ${items.map(
                    (g) => html`<tr>
                      <td>${g.question}</td><td class="num">${g.count}</td><td class="num">${g.fallback}</td><td class="num">${g.clarify}</td><td>${japanTime(g.lastSeen)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>`}
      </section>
    `;
  }

  #renderSummary() {
    const s = this.summary;
    if (!s) return nothing;
    const max = Math.max(1, ...s.perDay.map((d) => d.total));
    const t = s.totals;
    return html`
      <section aria-labelledby="summary-title">
        <h3 id="summary-title">概要（${s.since} から）</h3>
        <dl class="totals">
          <div><dt>質問</dt><dd>${t.asks}</dd></div>
          <div><dt>回答</dt><dd>${t.answer}</dd></div>
          <div><dt>聞き返し</dt><dd>${t.clarify}</dd></div>
          <div><dt>回答できず</dt><dd>${t.fallback}</dd></div>
          <div><dt>役に立った</dt><dd>${t.votes ? percent(t.helpful / t.votes) : '—'}</dd></div>
        </dl>
        <h4>日ごとの質問数</h4>
        <table>
          <thead><tr><th>日付</th><th class="num">合計</th><th></th><th class="num">回答</th><th class="num">聞き返し</th><th class="num">回答できず</th><th class="num">雑談</th></tr></thead>
          <tbody>
            ${s.perDay.map(
              (d) => html`<tr>
                <td>${d.day}</td><td class="num">${d.total}</td><td><meter min="0" max=${max} value=${d.total} aria-label="${d.day}の質問数"></meter></td>
                <td class="num">${d.answer}</td><td class="num">${d.clarify}</td><td class="num">${d.fallback}</td><td class="num">${d.smalltalk}</td>
              </tr>`,
            )}
          </tbody>
        </table>
        <h4>よく回答した記事</h4>
        <table>
          <thead><tr><th>記事</th><th class="num">回答数</th></tr></thead>
          <tbody>${s.topArticles.map((a) => html`<tr><td>${a.title}</td><td class="num">${a.count}</td></tr>`)}</tbody>
        </table>
        <h4>記事ごとの「役に立った」率</h4>
        <table>
          <thead><tr><th>記事</th><th class="num">評価数</th><th class="num">役に立った</th></tr></thead>
          <tbody>${s.helpfulness.map((a) => html`<tr><td>${a.title}</td><td class="num">${a.votes}</td><td class="num">${percent(a.rate)}</td></tr>`)}</tbody>
        </table>
      </section>
    `;
  }

  #renderFeedback() {
    const items = this.feedback;
    if (!items) return nothing;
    return html`
      <section aria-labelledby="feedback-title">
        <h3 id="feedback-title">フィードバック</h3>
        ${items.length === 0
          ? html`<p>この期間のフィードバックはありません。</p>`
          : html`<table>
              <thead><tr><th>日時</th><th>評価</th><th>質問</th><th>結果</th><th>コメント</th></tr></thead>
              <tbody>
                ${items.map(
                  (f) => html`<tr>
                    <td>${japanTime(f.at)}</td><td>${f.helpful ? 'はい' : 'いいえ'}</td><td>${f.question ?? '—'}</td>
                    <td>${f.kind ? KIND_LABELS[f.kind] : ''}${f.answerId ? `（${f.answerId}）` : ''}</td><td>${f.comment ?? ''}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`}
      </section>
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
      this.error = 'このサーバーではインサイト機能が無効です（ADMIN_TOKEN 未設定）。';
      return;
    }
    this.error = err instanceof ConsoleApiError ? err.message : '読み込めませんでした。';
  }
}

customElements.define('insights-view', InsightsView);
