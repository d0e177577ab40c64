/**
 * <careplan-help>: the embeddable help chat. This element is the shell — launcher button, open/close,
 * focus handling and the host-page events. The conversation lives in <careplan-help-panel>.
 *
 * Only this element has a shadow root; its children render into it, so every `part` is reachable with
 * `careplan-help::part(…)` and the documented custom properties reach every rule.
 */
import { LitElement, css, html, nothing } from 'lit';
import { tokens } from './theme.ts';
import type { ChatPanel } from './chat-panel.ts';
import './chat-panel.ts';
import { panelCss } from './chat-panel.styles.ts';
import { messageStyles } from './message-list.ts';
import { contactStyles } from './contact-card.ts';

export type Position = 'bottom-right' | 'bottom-left' | 'inline';

const DEFAULT_HEADING = 'ヘルプデスク チャット';

export class CareplanHelp extends LitElement {
  static override properties = {
    api: { type: String },
    open: { type: Boolean, reflect: true },
    heading: { type: String },
    position: { type: String, reflect: true },
  };

  static override styles = [
    tokens,
    css`
      :host {
        font-family: var(--_font);
        color: var(--_fg);
        line-height: 1.6;
      }
      :host(:not([position='inline'])) {
        position: fixed;
        bottom: var(--_offset);
        right: var(--_offset);
        z-index: var(--_z);
      }
      :host([position='bottom-left']) {
        right: auto;
        left: var(--_offset);
      }
      .launcher {
        display: inline-flex;
        align-items: center;
        gap: 0.5em;
        min-height: 48px;
        padding: 0.6em 1.2em;
        border: 0;
        border-radius: 999px;
        background: var(--_accent);
        color: var(--_accent-fg);
        font-size: 16px;
        font-weight: 700;
        box-shadow: 0 4px 14px rgb(0 0 0 / 25%);
      }
      .launcher svg {
        width: 1.4em;
        height: 1.4em;
        fill: currentColor;
      }
      :host([open]) .launcher {
        display: none;
      }
    `,
    panelCss,
    messageStyles,
    contactStyles,
  ];

  /** Base URL of the service; empty = the page's own origin. */
  declare api: string;
  /** Whether the panel is open (reflected; set it to open from the host page). */
  declare open: boolean;
  /** Panel title. */
  declare heading: string;
  /** `bottom-right` (default), `bottom-left` or `inline` (in the page flow, always open, no launcher). */
  declare position: Position;

  /** The panel is created on first open and then kept, so its state survives closing. */
  private panelCreated = false;

  constructor() {
    super();
    this.api = '';
    this.open = false;
    this.heading = DEFAULT_HEADING;
    this.position = 'bottom-right';
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
    if (changed.has('open') && changed.get('open') !== undefined) {
      this.dispatchEvent(new CustomEvent(this.open ? 'careplan-help:open' : 'careplan-help:close', { bubbles: true, composed: true }));
    }
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (!changed.has('open') || changed.get('open') === undefined) return;
    const panel = this.renderRoot.querySelector<ChatPanel>('careplan-help-panel');
    if (this.open) void panel?.updateComplete.then(() => panel.focusInput());
    else this.renderRoot.querySelector<HTMLButtonElement>('.launcher')?.focus();
  }

  protected override render() {
    const launcher = this.inline
      ? nothing
      : html`<button class="launcher" part="launcher" type="button" aria-haspopup="dialog" aria-expanded=${this.open ? 'true' : 'false'} aria-controls=${this.panelCreated ? 'panel' : nothing} @click=${this.show}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Zm3 7a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Zm5 0a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Zm5 0a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z"/></svg>
          <span>チャットで質問する</span>
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

if (!customElements.get('careplan-help')) customElements.define('careplan-help', CareplanHelp);

declare global {
  interface HTMLElementTagNameMap {
    'careplan-help': CareplanHelp;
  }
}
