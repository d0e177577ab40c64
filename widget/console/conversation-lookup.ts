/**
 * <conversation-lookup>: an agent types the reference code a clerk read out or pasted (`K7QD-2M9X`, with
 * or without the hyphen, lower case or full-width: the server reads every form) and sees that conversation
 * from the insights store — each question as stored (redacted), what the bot answered, the vote and why.
 * Needs the admin token (the insights view asks for it); fires `token-rejected` on a 401.
 */
import { LitElement, css, html, nothing } from 'lit';
import { ConsoleApiError, type ConsoleApi, type ConversationView } from './api.ts';
import { KIND_LABELS, japanTime, reasonLabel } from './format.ts';
import { shared } from './styles.ts';

export class ConversationLookup extends LitElement {
  static override properties = {
    api: { attribute: false },
    token: { type: String },
    conversation: { state: true },
    error: { state: true },
    busy: { state: true },
  };

  static override styles = [
    shared,
    css`
      form {
        display: flex;
        flex-wrap: wrap;
        gap: var(--cp-space-2);
        align-items: center;
      }
      input {
        width: 12em;
        letter-spacing: 0.08em;
      }
      .result {
        overflow-x: auto;
      }
      td:nth-child(2) {
        min-width: 12em;
      }
      th {
        white-space: nowrap;
      }
    `,
  ];

  declare api: ConsoleApi;
  declare token: string;
  declare conversation: ConversationView | null;
  declare error: string;
  declare busy: boolean;

  constructor() {
    super();
    this.token = '';
    this.conversation = null;
    this.error = '';
    this.busy = false;
  }

  override render() {
    return html`
      <h3 id="lookup-title">受付番号で会話を探す</h3>
      <p class="muted">お客様から伺った受付番号（例：K7QD-2M9X）を入力すると、その会話の質問（伏せ字済み）、チャットの回答と評価を表示します。</p>
      <form @submit=${this.#submit} aria-labelledby="lookup-title">
        <label for="reference">受付番号</label>
        <input id="reference" name="reference" autocomplete="off" spellcheck="false" maxlength="20" placeholder="XXXX-XXXX" />
        <button type="submit" ?disabled=${this.busy}>表示</button>
      </form>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.conversation ? this.#renderConversation(this.conversation) : nothing}
    `;
  }

  #renderConversation(c: ConversationView) {
    return html`<section class="result" aria-label="受付番号 ${c.reference} の会話" tabindex="0">
      <h4>受付番号 ${c.reference}（${c.turns.length}件の質問）</h4>
      <table>
        <thead><tr><th>日時</th><th>質問（伏せ字済み）</th><th>チャットの回答</th><th>評価</th></tr></thead>
        <tbody>
          ${c.turns.map(
            (t) => html`<tr>
              <td>${japanTime(t.at)}</td>
              <td>${t.question}</td>
              <td>${KIND_LABELS[t.kind]}${t.answerTitle ? `：${t.answerTitle}` : ''}</td>
              <td>${t.helpful === null ? '—' : t.helpful ? 'はい' : `いいえ（${reasonLabel(t.reason)}）`}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const reference = String(new FormData(event.target as HTMLFormElement).get('reference') ?? '').trim();
    this.conversation = null;
    if (!reference) {
      this.error = '受付番号を入力してください。';
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      this.conversation = await this.api.conversation(this.token, reference);
    } catch (err) {
      this.error = err instanceof ConsoleApiError ? err.message : '会話を読み込めませんでした。';
      if (err instanceof ConsoleApiError && err.status === 401) this.dispatchEvent(new CustomEvent('token-rejected', { bubbles: true, composed: true }));
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('conversation-lookup', ConversationLookup);
