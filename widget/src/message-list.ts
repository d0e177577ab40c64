/**
 * <careplan-help-messages>: renders the conversation. Stateless: it shows `messages` and reports clicks
 * as events (`option`, `feedback`, `retry`) that the panel handles.
 * User text is only ever bound as text; only the server's answer HTML goes through unsafeHTML.
 */
import { LitElement, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { absolutizeLinks, resolveUrl } from './format.ts';
import type { AskResult, Contact, Message } from './types.ts';
import { messageCss } from './message-list.styles.ts';
import './contact-card.ts';

export const messageStyles = messageCss;

type BotMessage = Extract<Message, { role: 'bot' }>;

export class MessageList extends LitElement {
  static override properties = {
    messages: { attribute: false },
    api: { type: String },
    contact: { attribute: false },
    pending: { type: Boolean },
  };

  declare messages: Message[];
  declare api: string;
  /** The helpdesk contact to show after いいえ and on errors. */
  declare contact: Contact | null;
  declare pending: boolean;

  private shown = 0;

  constructor() {
    super();
    this.messages = [];
    this.api = '';
    this.contact = null;
    this.pending = false;
  }

  protected override createRenderRoot() {
    return this;
  }

  protected override updated(): void {
    // Bring the newest message's top into view: answers should be read from the start.
    if (this.messages.length > this.shown || this.pending) this.scrollToLatest();
    this.shown = this.messages.length;
  }

  /**
   * Scrolls the conversation so the newest message's top is in view. The scroll box is moved directly (not
   * scrollIntoView), so an inline widget never scrolls the host page. A hidden panel has no layout: the
   * shell calls this again when it opens on replies that came while it was closed.
   */
  scrollToLatest(): void {
    const items = this.querySelectorAll<HTMLElement>('.msg, .typing');
    const last = items[items.length - 1];
    const box = this.closest<HTMLElement>('.scroll');
    if (last && box && box.clientHeight > 0) box.scrollTop = Math.max(0, last.offsetTop - 8);
  }

  private emit(name: 'option' | 'feedback' | 'retry', detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));
  }

  private renderAnswer(r: AskResult) {
    const a = r.answer;
    if (!a) return nothing;
    // `url` may already carry the anchor; add it only when it does not.
    const href = resolveUrl(this.api, a.anchor && !a.url.includes('#') ? `${a.url}#${a.anchor}` : a.url);
    return html`<article class="answer" part="answer" data-id=${a.id} aria-label=${a.title}>
      <p class="answer-title">${a.title}</p>
      <div class="answer-body">${unsafeHTML(absolutizeLinks(a.html, this.api))}</div>
      <p><a part="answer-link" href=${href}>「${a.title}」のページを開く</a></p>
    </article>`;
  }

  private renderFeedback(m: BotMessage) {
    if (m.result.kind !== 'answer') return nothing;
    // tabindex -1 + data-feedback: the panel moves focus here once the vote is done, as the buttons vanish.
    if (m.feedback === 'yes')
      return html`<p class="feedback-done" part="feedback" tabindex="-1" data-feedback=${m.id}>ご回答ありがとうございました。</p>`;
    if (m.feedback === 'no')
      return html`<div part="feedback" tabindex="-1" data-feedback=${m.id}>
        <p class="feedback-done">お役に立てず申し訳ありません。ヘルプデスクへお問い合わせください。</p>
        <careplan-help-contact .contact=${m.result.contact ?? this.contact} .api=${this.api}></careplan-help-contact>
      </div>`;
    const busy = m.feedback === 'sending';
    return html`<div class="feedback" part="feedback" role="group" aria-labelledby="fb-${m.id}" tabindex="-1" data-feedback=${m.id}>
      <span id="fb-${m.id}">解決しましたか？</span>
      <button type="button" ?disabled=${busy} @click=${() => this.emit('feedback', { id: m.id, helpful: true })}>はい</button>
      <button type="button" ?disabled=${busy} @click=${() => this.emit('feedback', { id: m.id, helpful: false })}>いいえ</button>
      ${m.feedback === 'failed' ? html`<span class="error-text">送信できませんでした。もう一度お試しください。</span>` : nothing}
    </div>`;
  }

  private renderBot(m: BotMessage) {
    const r = m.result;
    return html`<div class="msg bot" part="message bot-message" data-kind=${r.kind}>
      <span class="visually-hidden">回答:</span>
      ${r.notices.map((n) => html`<p class="notice" part="answer-notice" data-code=${n.code}>${n.message}</p>`)}
      ${r.message ? html`<p class="text">${r.message}</p>` : nothing}
      ${this.renderAnswer(r)}
      ${r.kind === 'clarify' && r.options.length
        ? html`<ul class="options">
            ${r.options.map((o) => html`<li><button type="button" part="option" data-id=${o.id} @click=${() => this.emit('option', o)}>${o.title}</button></li>`)}
          </ul>`
        : nothing}
      ${r.contact ? html`<careplan-help-contact .contact=${r.contact} .api=${this.api}></careplan-help-contact>` : nothing}
      ${r.related.length
        ? html`<div class="related" part="related">
            <p class="related-label">関連する記事</p>
            <ul>
              ${r.related.map((l) => html`<li><a href=${resolveUrl(this.api, l.url)}>${l.title}</a></li>`)}
            </ul>
          </div>`
        : nothing}
      ${this.renderFeedback(m)}
    </div>`;
  }

  private renderMessage(m: Message) {
    if (m.role === 'user')
      return html`<div class="msg user" part="message user-message"><span class="visually-hidden">あなた:</span><span class="text">${m.text}</span></div>`;
    if (m.role === 'bot') return this.renderBot(m);
    const phone = this.contact;
    return html`<div class="msg error" part="message error-message">
      <p class="error-text">${m.text}</p>
      ${phone
        ? html`<p>お急ぎの場合はヘルプデスクへお電話ください。</p>
            <careplan-help-contact .contact=${phone} .api=${this.api}></careplan-help-contact>`
        : nothing}
      ${m.retryQuestion ? html`<button type="button" class="retry" part="retry-button" @click=${() => this.emit('retry', { id: m.id })}>もう一度送信する</button>` : nothing}
    </div>`;
  }

  protected override render() {
    return html`${this.messages.map((m) => this.renderMessage(m))}
    ${this.pending
      ? html`<div class="typing" part="typing" aria-hidden="true"><span></span><span></span><span></span></div>`
      : nothing}`;
  }
}

if (!customElements.get('careplan-help-messages')) customElements.define('careplan-help-messages', MessageList);

declare global {
  interface HTMLElementTagNameMap {
    'careplan-help-messages': MessageList;
  }
}
