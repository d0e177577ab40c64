/**
 * <careplan-help-panel>: the conversation — header, 【重要】 notices, messages, chips and the question box.
 * Renders into its parent's shadow root (no own shadow root) so parts and theme tokens stay flat. Floating,
 * it is a modal dialog: Tab and Shift+Tab cycle inside it (focus-trap.ts).
 */
import { LitElement, html, nothing } from 'lit';
import { decideEnter, initialImeState, shouldCloseOnEscape } from './ime.ts';
import { cleanQuestion, lengthProblem } from './format.ts';
import { latestContact, offeredOptionIds, previousAnswerId } from './conversation.ts';
import { ChatController } from './chat-controller.ts';
import { transcriptText } from './transcript.ts';
import type { FeedbackDetail } from './feedback-box.ts';
import { trackVisualViewport } from './viewport.ts';
import { keepTabInside } from './focus-trap.ts';
import type { MessageList } from './message-list.ts';
import './message-list.ts';
import { renderComposer, renderHeader, renderNotices, renderReset, renderUndo, renderWelcome } from './panel-sections.ts';

export class ChatPanel extends LitElement {
  static override properties = {
    api: { type: String },
    heading: { type: String },
    inline: { type: Boolean },
    draft: { state: true },
    inputError: { state: true },
  };

  declare api: string;
  declare heading: string;
  declare inline: boolean;
  declare draft: string;
  declare inputError: string;

  private readonly chat = new ChatController(this, () => this.api);
  private ime = initialImeState();
  private stopViewport = () => {};

  constructor() {
    super();
    this.api = '';
    this.heading = '';
    this.inline = false;
    this.draft = '';
    this.inputError = '';
  }

  // Light DOM: the parent's shadow root holds our styles and exposes our parts.
  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode();
    if (root instanceof ShadowRoot) this.stopViewport = trackVisualViewport(root);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopViewport();
  }

  /** Moves focus to the question box (on open). */
  focusInput(): void {
    this.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  }

  /** Scrolls to the newest reply (when the panel opens on a conversation, e.g. after a page change). */
  revealLatest(): void {
    this.querySelector<MessageList>('careplan-help-messages')?.scrollToLatest();
  }

  private submit(): void {
    const question = cleanQuestion(this.draft);
    if (!question || this.chat.pending) return;
    const problem = lengthProblem(question);
    this.inputError = problem ?? '';
    if (problem) return;
    this.draft = '';
    void this.chat.ask(question, { echo: true, previous: previousAnswerId(this.chat.messages), offered: offeredOptionIds(this.chat.messages) });
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    this.submit();
  }

  private onKeydown(e: KeyboardEvent): void {
    if (decideEnter(e, this.ime) !== 'send') return;
    e.preventDefault();
    this.submit();
  }

  private onPanelKeydown(e: KeyboardEvent): void {
    if (this.inline || e.key === 'Tab') {
      if (!this.inline) keepTabInside(e, this, this.getRootNode() as Document | ShadowRoot);
      return;
    }
    if (!shouldCloseOnEscape(e, this.ime)) return;
    e.preventDefault();
    this.close();
  }

  private onCompositionStart(): void {
    this.ime = { ...this.ime, composing: true };
  }

  private onCompositionEnd(e: CompositionEvent): void {
    this.ime = { composing: false, compositionEndedAt: e.timeStamp };
  }

  private onInput(e: Event): void {
    this.draft = (e.target as HTMLTextAreaElement).value;
    if (this.inputError && !lengthProblem(this.draft)) this.inputError = '';
  }

  private onChip(question: string): void {
    void this.chat.ask(question, { echo: true });
    // The chips vanish with the first question: keep focus in the panel.
    this.focusInput();
  }

  /**
   * A clarify option: ask that article's title (an FAQ title is the question as users ask it), so the
   * question is answered and recorded like any other; if the engine still does not land on the chosen
   * article, show that article — the user picked it.
   */
  private onOption(e: CustomEvent<{ id: string; title: string }>): void {
    void this.chat.ask(e.detail.title, { echo: true, articleId: e.detail.id });
  }

  private onRetry(e: CustomEvent<{ id: string }>): void {
    this.chat.retry(e.detail.id);
    // The retry button vanishes with its message: keep focus in the panel.
    this.focusInput();
  }

  private async onFeedback(e: CustomEvent<FeedbackDetail>): Promise<void> {
    const { id, helpful, reason, comment } = e.detail;
    await this.chat.vote(id, helpful, reason, comment);
    await this.focusFeedback(id);
  }

  private async onAskReason(e: CustomEvent<{ id: string }>): Promise<void> {
    this.chat.askReason(e.detail.id);
    await this.focusFeedback(e.detail.id);
  }

  /** The focused button is gone: keep focus in the panel (so Esc, Tab still work) on the vote's next step. */
  private async focusFeedback(id: string): Promise<void> {
    await this.updateComplete;
    const list = this.querySelector<MessageList>('careplan-help-messages');
    await list?.updateComplete;
    this.querySelector<HTMLElement>(`[data-feedback="${id}"]`)?.focus();
  }

  /** The conversation as plain text for 「会話をコピー」 (built when the button is pressed). */
  private readonly transcript = () =>
    transcriptText(this.chat.messages, { base: this.api, origin: globalThis.location?.origin ?? '', heading: this.heading });

  private async reset(): Promise<void> {
    this.chat.reset();
    this.inputError = '';
    this.focusInput();
    // The long conversation is gone: show 「元に戻す」 and the greeting from the top.
    await this.updateComplete;
    const body = this.querySelector<HTMLElement>('.scroll');
    if (body) body.scrollTop = 0;
  }

  private undoReset(): void {
    this.chat.undoReset();
    this.focusInput();
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('panel-close'));
  }

  protected override render() {
    const { messages, suggestions, pending, undoable } = this.chat;
    const contact = latestContact(messages, suggestions?.contact ?? null);
    return html`<section
      class="panel"
      part="panel"
      role=${this.inline ? 'region' : 'dialog'}
      aria-modal=${this.inline ? nothing : 'true'}
      aria-labelledby="cp-heading"
      @keydown=${this.onPanelKeydown}
    >
      ${renderHeader(this.heading, contact, this.inline ? undefined : this.close)}
      ${renderNotices(suggestions?.notices ?? [], this.api)}
      <div class="scroll" part="body" role="region" aria-label="会話" tabindex="0">
        ${undoable && !messages.length ? renderUndo(this.undoReset) : nothing}
        ${messages.length ? nothing : renderWelcome(suggestions?.questions ?? [], contact, (q) => this.onChip(q))}
        <careplan-help-messages
          .messages=${messages}
          .api=${this.api}
          .contact=${contact}
          .pending=${pending}
          .transcript=${this.transcript}
          @option=${this.onOption}
          @retry=${this.onRetry}
          @feedback=${this.onFeedback}
          @feedback-ask-reason=${this.onAskReason}
        ></careplan-help-messages>
        ${messages.length && !pending ? renderReset(this.reset) : nothing}
      </div>
      ${renderComposer({
        draft: this.draft,
        inputError: this.inputError,
        pending,
        onSubmit: this.onSubmit,
        onInput: this.onInput,
        onKeydown: this.onKeydown,
        onCompositionStart: this.onCompositionStart,
        onCompositionEnd: this.onCompositionEnd,
      })}
      <div class="visually-hidden" role="status" aria-live="polite">${this.chat.status}</div>
    </section>`;
  }
}

if (!customElements.get('careplan-help-panel')) customElements.define('careplan-help-panel', ChatPanel);

declare global {
  interface HTMLElementTagNameMap {
    'careplan-help-panel': ChatPanel;
  }
}
