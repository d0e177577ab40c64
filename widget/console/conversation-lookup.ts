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
      .turns {
        margin: 0;
        padding-left: 1.6em;
      }
      .turns li + li {
        margin-top: var(--cp-space-3);
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0 var(--cp-space-3);
        margin: 0;
        padding: var(--cp-space-2) var(--cp-space-3);
        border: 1px solid var(--cp-color-border);
        border-radius: var(--cp-radius-md);
        background: var(--cp-color-surface);
      }
      dt {
        color: var(--cp-color-muted);
        font-size: var(--cp-font-size-sm);
        line-height: inherit;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .question {
        font-weight: 700;
      }
      /* On a phone each label goes above its value. */
      @media (max-width: 480px) {
        dl {
          grid-template-columns: 1fr;
        }
        dd + dt {
          margin-top: var(--cp-space-1);
        }
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
      <p class="muted">お客様から伺った受付番号（例：<span class="code">K7QD-2M9X</span>）を入力すると、その会話の質問（伏せ字済み）、チャットの回答と評価を表示します。</p>
      <form @submit=${this.#submit} aria-labelledby="lookup-title">
        <label for="reference">受付番号</label>
        <input id="reference" name="reference" autocomplete="off" spellcheck="false" maxlength="20" placeholder="XXXX-XXXX" />
        <button type="submit" ?disabled=${this.busy}>表示</button>
      </form>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.conversation ? this.#renderConversation(this.conversation) : nothing}
    `;
  }

  /** The turns as a numbered list of small cards: readable on a phone too, where a table would scroll sideways. */
  #renderConversation(c: ConversationView) {
    return html`<section class="result" aria-labelledby="conversation-title">
      <h4 id="conversation-title">受付番号 <span class="code">${c.reference}</span>（${c.turns.length}件の質問）</h4>
      <ol class="turns">
        ${c.turns.map(
          (t) => html`<li>
            <dl>
              <dt>日時</dt>
              <dd>${japanTime(t.at)}</dd>
              <dt>質問（伏せ字済み）</dt>
              <dd class="question">${t.question}</dd>
              <dt>チャットの回答</dt>
              <dd>${KIND_LABELS[t.kind]}${t.answerTitle ? `：${t.answerTitle}` : ''}</dd>
              <dt>評価</dt>
              <dd>${t.helpful === null ? 'なし' : t.helpful ? 'はい' : `いいえ（${reasonLabel(t.reason)}）`}</dd>
            </dl>
          </li>`,
        )}
      </ol>
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
