/**
 * <careplan-help-feedback>: 「解決しましたか？」 under an answer. 「はい」 is sent at once; 「いいえ」 first asks
 * why — one tap on a reason sends the vote with it and the optional comment (one vote per answer carries
 * both) — then offers the hand-over: the contact card with 「会話をコピー」. Stateless apart from the comment
 * being typed; it reports `feedback` {id, helpful, reason?, comment?} and `feedback-ask-reason` {id}.
 */
import { LitElement, html, nothing } from 'lit';
import { MAX_COMMENT_LENGTH, REASONS, REASON_LABELS, commentLength } from './reasons.ts';
import type { Contact, Message, UnhelpfulReason } from './types.ts';

type BotMessage = Extract<Message, { role: 'bot' }>;

export interface FeedbackDetail {
  id: string;
  helpful: boolean;
  reason?: UnhelpfulReason;
  comment?: string;
}

export class FeedbackBox extends LitElement {
  static override properties = {
    message: { attribute: false },
    contact: { attribute: false },
    api: { type: String },
    reference: { type: String },
    transcript: { attribute: false },
    comment: { state: true },
  };

  declare message: BotMessage | null;
  declare contact: Contact | null;
  declare api: string;
  declare reference: string;
  declare transcript: (() => string) | null;
  declare comment: string;

  constructor() {
    super();
    this.message = null;
    this.contact = null;
    this.api = '';
    this.reference = '';
    this.transcript = null;
    this.comment = '';
  }

  protected override createRenderRoot() {
    return this;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    // Lit reuses this element by position: a comment being typed belongs to its own answer only.
    const before = changed.get('message') as BotMessage | null | undefined;
    if (before && before.id !== this.message?.id) this.comment = '';
  }

  private send(detail: Omit<FeedbackDetail, 'id'>): void {
    this.dispatchEvent(new CustomEvent('feedback', { detail: { id: this.message!.id, ...detail }, bubbles: true }));
  }

  private askReason(): void {
    this.dispatchEvent(new CustomEvent('feedback-ask-reason', { detail: { id: this.message!.id }, bubbles: true }));
  }

  private sendReason(reason: UnhelpfulReason): void {
    const comment = this.comment.trim();
    if (commentLength(comment) > MAX_COMMENT_LENGTH) return;
    this.send({ helpful: false, reason, ...(comment ? { comment } : {}) });
  }

  private onComment(e: Event): void {
    this.comment = (e.target as HTMLTextAreaElement).value;
  }

  private renderReasons(m: BotMessage, busy: boolean) {
    const length = commentLength(this.comment);
    const tooLong = length > MAX_COMMENT_LENGTH;
    return html`<div class="reasons" part="feedback feedback-reasons" role="group" aria-labelledby="fr-${m.id}" tabindex="-1" data-feedback=${m.id}>
      <p id="fr-${m.id}" class="reasons-label">どの点が合いませんでしたか？ 当てはまるものを選ぶと送信します。</p>
      <label class="comment-label" for="fc-${m.id}">コメント（任意）</label>
      <textarea
        id="fc-${m.id}"
        part="feedback-comment"
        rows="2"
        aria-describedby="fcn-${m.id}"
        aria-invalid=${tooLong ? 'true' : 'false'}
        .value=${this.comment}
        ?disabled=${busy}
        @input=${this.onComment}
      ></textarea>
      <p id="fcn-${m.id}" class=${tooLong ? 'counter error-text' : 'counter'}>${length}/${MAX_COMMENT_LENGTH}文字${tooLong ? '（長すぎます）' : ''}</p>
      <ul>
        ${REASONS.map(
          (r) => html`<li><button type="button" part="reason-button" data-reason=${r} ?disabled=${busy || tooLong} @click=${() => this.sendReason(r)}>${REASON_LABELS[r]}</button></li>`,
        )}
      </ul>
      ${m.feedback === 'failed' ? html`<p class="error-text">送信できませんでした。もう一度お選びください。</p>` : nothing}
    </div>`;
  }

  protected override render() {
    const m = this.message;
    if (!m || m.result.kind !== 'answer') return nothing;
    // tabindex -1 + data-feedback: the panel moves focus here once a step is done, as the buttons vanish.
    if (m.feedback === 'yes')
      return html`<p class="feedback-done vote-done" part="feedback" tabindex="-1" data-feedback=${m.id}>ご回答ありがとうございました。</p>`;
    if (m.feedback === 'no')
      return html`<div class="vote-done" part="feedback" tabindex="-1" data-feedback=${m.id}>
        <p class="feedback-done">お役に立てず申し訳ありません。ご意見を受け付けました${m.reason ? `（${REASON_LABELS[m.reason]}）` : ''}。担当者にご相談いただけます。</p>
        <careplan-help-contact .contact=${m.result.contact ?? this.contact} .api=${this.api} .reference=${this.reference} .transcript=${this.transcript}></careplan-help-contact>
      </div>`;
    const busy = m.feedback === 'sending';
    // A reason chosen and being sent (or failed): the reasons stay in place.
    if (m.feedback === 'reason' || m.reason) return this.renderReasons(m, busy);
    return html`<div class="feedback" part="feedback" role="group" aria-labelledby="fb-${m.id}" tabindex="-1" data-feedback=${m.id}>
      <span id="fb-${m.id}">解決しましたか？</span>
      <button type="button" ?disabled=${busy} @click=${() => this.send({ helpful: true })}>はい</button>
      <button type="button" ?disabled=${busy} @click=${this.askReason}>いいえ</button>
      ${m.feedback === 'failed' ? html`<span class="error-text">送信できませんでした。もう一度お試しください。</span>` : nothing}
    </div>`;
  }
}

if (!customElements.get('careplan-help-feedback')) customElements.define('careplan-help-feedback', FeedbackBox);

declare global {
  interface HTMLElementTagNameMap {
    'careplan-help-feedback': FeedbackBox;
  }
}
