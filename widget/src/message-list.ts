/**
 * <careplan-help-messages>: renders the conversation. Stateless: it shows `messages` and reports clicks
 * as events (`option`, `retry`; the vote's `feedback` and `feedback-ask-reason` come from
 * <careplan-help-feedback>) that the panel handles. An answer is its card: the title once, the card,
 * 「詳しく見る」, the related articles folded to one line and 「解決しましたか？」, so that all of it is in sight.
 * User text is only ever bound as text; only the server's answer HTML goes through unsafeHTML.
 */
import { LitElement, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { absolutizeLinks, resolveUrl, shownMessage } from './format.ts';
import { conversationReference } from './transcript.ts';
import type { AskResult, Contact, Message } from './types.ts';
import { messageCss } from './message-list.styles.ts';
import './contact-card.ts';
import './feedback-box.ts';

export const messageStyles = messageCss;

type BotMessage = Extract<Message, { role: 'bot' }>;

export class MessageList extends LitElement {
  static override properties = {
    messages: { attribute: false },
    api: { type: String },
    contact: { attribute: false },
    pending: { type: Boolean },
    transcript: { attribute: false },
  };

  declare messages: Message[];
  declare api: string;
  /** The helpdesk contact to show after いいえ and on errors. */
  declare contact: Contact | null;
  declare pending: boolean;
  /** Builds the plain-text transcript for 「会話をコピー」. */
  declare transcript: (() => string) | null;

  private shown = 0;

  constructor() {
    super();
    this.messages = [];
    this.api = '';
    this.contact = null;
    this.pending = false;
    this.transcript = null;
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

  private emit(name: 'option' | 'retry', detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));
  }

  /** The card: the title once, the section it comes from, the card, then 「詳しく見る」 beside the related articles. */
  private renderAnswer(m: BotMessage) {
    const a = m.result.answer;
    if (!a) return nothing;
    return html`<article class="answer" part="answer" data-id=${a.id} aria-labelledby="at-${m.id}">
      <h3 class="answer-title" id="at-${m.id}">${a.title}</h3>
      ${a.section ? html`<p class="answer-section" part="answer-section">${a.section.title}</p>` : nothing}
      <div class="answer-body">${unsafeHTML(absolutizeLinks(a.html, this.api))}</div>
      <div class="answer-links">
        <a class="more" part="answer-link" href=${resolveUrl(this.api, a.url)} aria-describedby="at-${m.id}">詳しく見る</a>
        ${this.renderRelated(m.result)}
      </div>
    </article>`;
  }

  /** Related articles: folded to one line under an answer (the vote stays right under the card), open otherwise. */
  private renderRelated(r: AskResult) {
    if (!r.related.length) return nothing;
    const list = html`<ul>
      ${r.related.map((l) => html`<li><a href=${resolveUrl(this.api, l.url)}>${l.title}</a></li>`)}
    </ul>`;
    // A fallback's related articles are all it has to offer: shown open.
    if (r.kind !== 'answer') return html`<div class="related" part="related"><p class="related-label">関連する記事</p>${list}</div>`;
    return html`<details class="related" part="related">
      <summary>関連する記事（${r.related.length}件）</summary>
      ${list}
    </details>`;
  }

  private renderBot(m: BotMessage) {
    const r = m.result;
    const reference = conversationReference(this.messages) ?? '';
    const message = shownMessage(r);
    return html`<div class="msg bot" part="message bot-message" data-kind=${r.kind}>
      <span class="visually-hidden">回答:</span>
      ${r.notices.map((n) => html`<p class="notice" part="answer-notice" data-code=${n.code}>${n.message}</p>`)}
      ${message ? html`<p class="text">${message}</p>` : nothing}
      ${this.renderAnswer(m)}
      ${r.kind === 'clarify' && r.options.length
        ? html`<ul class="options">
            ${r.options.map((o) => html`<li><button type="button" part="option" data-id=${o.id} @click=${() => this.emit('option', o)}>${o.title}</button></li>`)}
          </ul>`
        : nothing}
      ${r.contact
        ? html`<careplan-help-contact .contact=${r.contact} .api=${this.api} .reference=${reference} .transcript=${this.transcript}></careplan-help-contact>`
        : nothing}
      ${r.answer ? nothing : this.renderRelated(r)}
      <careplan-help-feedback
        .message=${m}
        .contact=${this.contact}
        .api=${this.api}
        .reference=${reference}
        .transcript=${this.transcript}
      ></careplan-help-feedback>
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
