/**
 * <careplan-help>: the embeddable help chat. This element is the shell — launcher button (with a badge for
 * replies that came while closed), open/close, focus handling, the host-page events, and the panel's view
 * state across page changes (view-state.ts). The conversation lives in <careplan-help-panel>.
 *
 * Only this element has a shadow root; its children render into it, so every `part` is reachable with
 * `careplan-help::part(…)` and the documented custom properties reach every rule.
 */
import { LitElement, html, nothing } from 'lit';
import { tokens } from './theme.ts';
import type { ChatPanel } from './chat-panel.ts';
import './chat-panel.ts';
import { panelCss } from './chat-panel.styles.ts';
import { sectionsCss } from './panel-sections.styles.ts';
import { messageStyles } from './message-list.ts';
import { contactStyles } from './contact-card.ts';
import { feedbackCss } from './feedback-box.styles.ts';
import { launcherCss } from './launcher.styles.ts';
import { hasConversation, sessionStore, storageKey } from './storage.ts';
import { loadView, saveView, shouldRestoreOpen } from './view-state.ts';

export type Position = 'bottom-right' | 'bottom-left' | 'inline';

const DEFAULT_HEADING = 'ヘルプデスク チャット';

export class CareplanHelp extends LitElement {
  static override properties = {
    api: { type: String },
    open: { type: Boolean, reflect: true },
    heading: { type: String },
    position: { type: String, reflect: true },
    unread: { state: true },
    waiting: { state: true },
  };

  static override styles = [tokens, launcherCss, panelCss, sectionsCss, messageStyles, feedbackCss, contactStyles];

  /** Base URL of the service; empty = the page's own origin. */
  declare api: string;
  /** Whether the panel is open (reflected; set it to open from the host page). */
  declare open: boolean;
  /** Panel title. */
  declare heading: string;
  /** `bottom-right` (default), `bottom-left` or `inline` (in the page flow, always open, no launcher). */
  declare position: Position;

  /** Replies that arrived while the panel was closed (the launcher's badge). */
  declare unread: number;
  /** A conversation is stored but the panel is closed: the launcher says so. */
  declare waiting: boolean;

  /** The panel is created on first open and then kept, so its state survives closing. */
  private panelCreated = false;
  /** The panel opened by itself (restored after a page change): scroll to the newest reply. */
  private restored = false;
  /** Scroll to the newest reply once the panel is open (replies came while closed, or restored). */
  private revealPending = false;
  private readonly onAnswer = () => {
    if (!this.open) this.unread += 1;
    // The controller stores the conversation right after this event: save the view after it.
    queueMicrotask(() => this.saveView());
  };

  constructor() {
    super();
    this.api = '';
    this.open = false;
    this.heading = DEFAULT_HEADING;
    this.position = 'bottom-right';
    this.unread = 0;
    this.waiting = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('careplan-help:answer', this.onAnswer);
    const store = sessionStore();
    const key = storageKey(this.api);
    this.waiting = hasConversation(store, key);
    const view = this.waiting ? loadView(store, key) : null;
    if (!view) return;
    this.unread = view.unread;
    const wide = globalThis.matchMedia?.('(min-width: 480px)').matches ?? true;
    if (!this.inline && shouldRestoreOpen(view, currentPage(), wide)) {
      this.restored = true;
      this.open = true;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('careplan-help:answer', this.onAnswer);
  }

  /**
   * Remembers open/closed, the page and the unread count (only while a conversation is stored). Saved when
   * the person opens or closes the panel or a reply arrives, not when a page merely loads: a phone that did
   * not reopen the panel on an article keeps the page where it was open, so going back reopens it.
   */
  private saveView(): void {
    const store = sessionStore();
    const key = storageKey(this.api);
    this.waiting = hasConversation(store, key);
    saveView(store, key, { open: this.open, page: currentPage(), unread: this.unread });
  }

  private get inline(): boolean {
    return this.position === 'inline';
  }

  /** Opens the panel and moves focus into it. */
  show(): void {
    this.open = true;
  }

  /** Closes the panel; focus returns to the launcher. */
  hide(): void {
    this.open = false;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (this.inline) this.open = true;
    if (this.open) this.panelCreated = true;
    if (this.open && (this.unread > 0 || this.restored)) {
      this.revealPending = true;
      this.unread = 0;
    }
    if (changed.has('open') && changed.get('open') !== undefined) {
      this.dispatchEvent(new CustomEvent(this.open ? 'careplan-help:open' : 'careplan-help:close', { bubbles: true, composed: true }));
    }
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (!changed.has('open') || (changed.get('open') === undefined && !this.restored)) return;
    const panel = this.renderRoot.querySelector<ChatPanel>('careplan-help-panel');
    if (this.open) {
      const reveal = this.revealPending;
      this.revealPending = false;
      this.restored = false;
      void panel?.updateComplete.then(() => {
        if (reveal) panel.revealLatest();
        panel.focusInput();
      });
    } else {
      this.renderRoot.querySelector<HTMLButtonElement>('.launcher')?.focus();
    }
    this.saveView();
  }

  protected override render() {
    const unread = this.unread;
    const launcher = this.inline
      ? nothing
      : html`<button class="launcher" part="launcher" type="button" aria-haspopup="dialog" aria-expanded=${this.open ? 'true' : 'false'} aria-controls=${this.panelCreated ? 'panel' : nothing} @click=${this.show}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Zm3 7a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Zm5 0a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Zm5 0a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z"/></svg>
          <span>チャットで質問する</span>
          ${this.waiting && !unread ? html`<span class="launcher-note" part="launcher-note">会話の続き</span>` : nothing}
          ${unread ? html`<span class="badge" part="badge"><span aria-hidden="true">${unread}</span><span class="visually-hidden">（新しい回答 ${unread}件）</span></span>` : nothing}
        </button>`;
    const panel = this.panelCreated
      ? html`<careplan-help-panel
          id="panel"
          .api=${this.api}
          .heading=${this.heading || DEFAULT_HEADING}
          .inline=${this.inline}
          ?hidden=${!this.open}
          @panel-close=${this.hide}
        ></careplan-help-panel>`
      : nothing;
    return html`${launcher}${panel}`;
  }
}

/** The page a view state belongs to: path and query, not the hash (jumps inside a page are the same page). */
function currentPage(): string {
  return globalThis.location ? location.pathname + location.search : '';
}

if (!customElements.get('careplan-help')) customElements.define('careplan-help', CareplanHelp);

declare global {
  interface HTMLElementTagNameMap {
    'careplan-help': CareplanHelp;
  }
}
