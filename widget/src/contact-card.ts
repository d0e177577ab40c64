/**
 * <careplan-help-contact>: the hand-over to a person — the helpdesk phone (tel: link), hours and inquiry
 * form, all from the server (content/site), never from the widget's code. With `transcript` set it also
 * shows the conversation's reference code and 「会話をコピー」 (after 「いいえ」, a fallback, 「人と話したい」).
 */
import { LitElement, css, html, nothing } from 'lit';
import { copySelection, writeClipboard } from './clipboard.ts';
import { resolveUrl, telHref } from './format.ts';
import type { Contact } from './types.ts';

export const contactStyles = css`
  .contact {
    margin: var(--_space-2) 0 0;
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_accent);
    border-radius: var(--_radius-sm);
    background: var(--_bg);
  }
  .contact p {
    margin: 2px 0;
  }
  .contact .title {
    font-weight: 700;
  }
  .contact .phone {
    font-size: var(--_text-md);
    font-weight: 700;
  }
  .contact .reference {
    margin-top: var(--_space-2);
  }
  .contact .reference strong {
    font-size: var(--_text-md);
    letter-spacing: 0.08em;
  }
  .contact .copy {
    min-height: var(--_tap);
    margin-top: var(--_space-1);
    padding: var(--_space-1) var(--_space-4);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius-sm);
    background: var(--_bg);
    color: var(--_accent);
  }
  .contact .copied,
  .contact .note {
    color: var(--_muted);
    font-size: var(--_text-sm);
  }
  /* The hours move to the next line as a whole rather than break inside their brackets. */
  .contact .hours {
    display: inline-block;
  }
  .contact textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 8em;
    margin-top: var(--_space-1);
    font: inherit;
    font-size: var(--_text-sm);
    resize: none;
  }
`;

/** What 「会話をコピー」 reports: copied, or the text is selected in sight for the person to copy. */
type CopyState = '' | 'copied' | 'manual';

export class ContactCard extends LitElement {
  static override properties = {
    contact: { attribute: false },
    api: { type: String },
    reference: { type: String },
    transcript: { attribute: false },
    copyState: { state: true },
    manualText: { state: true },
  };

  declare contact: Contact | null;
  declare api: string;
  /** The conversation's reference code (`XXXX-XXXX`), shown to read out on the phone; '' = none. */
  declare reference: string;
  /** Builds the plain-text transcript; null = no 「会話をコピー」 (e.g. under an error). */
  declare transcript: (() => string) | null;
  declare copyState: CopyState;
  /** The transcript in a visible textarea, when the Clipboard API could not be used. */
  declare manualText: string;

  constructor() {
    super();
    this.contact = null;
    this.api = '';
    this.reference = '';
    this.transcript = null;
    this.copyState = '';
    this.manualText = '';
  }

  protected override createRenderRoot() {
    return this;
  }

  private async copy(): Promise<void> {
    if (!this.transcript) return;
    const text = this.transcript();
    this.copyState = '';
    if (await writeClipboard(text)) {
      this.manualText = '';
      this.copyState = 'copied';
      return;
    }
    // No Clipboard API (plain http, refused): select the text in a textarea and let the browser copy it.
    this.manualText = text;
    await this.updateComplete;
    const area = this.querySelector<HTMLTextAreaElement>('textarea');
    this.copyState = area && copySelection(area) ? 'copied' : 'manual';
  }

  private renderCopy() {
    const confirmation =
      this.copyState === 'copied'
        ? 'コピーしました。問い合わせフォームに貼り付けてお使いください。'
        : this.copyState === 'manual'
          ? '自動でコピーできませんでした。下の文章を選択してあります。コピーしてお使いください。'
          : '';
    return html`${this.reference
        ? html`<p class="reference" part="reference">受付番号 <strong>${this.reference}</strong></p>
            <p class="note">お問い合わせの際にお伝えいただくと、担当者がこの会話を確認できます。</p>`
        : nothing}
      <button type="button" class="copy" part="copy-button" @click=${this.copy}>会話をコピー</button>
      <p class="copied" role="status">${confirmation}</p>
      ${this.manualText
        ? html`<textarea readonly aria-label="会話の記録" part="transcript" .value=${this.manualText}></textarea>`
        : nothing}`;
  }

  protected override render() {
    const c = this.contact;
    if (!c) return nothing;
    return html`<div class="contact" part="contact-card">
      <p class="title">ヘルプデスクへのお問い合わせ</p>
      <p>電話: <a class="phone" part="contact-phone" href=${telHref(c.phone)}>${c.phone}</a></p>
      <p>受付時間: <span class="hours">${c.hours}</span></p>
      ${c.formUrl ? html`<p><a part="contact-form" href=${resolveUrl(this.api, c.formUrl)}>お問い合わせフォーム</a></p>` : nothing}
      ${this.transcript ? this.renderCopy() : nothing}
    </div>`;
  }
}

if (!customElements.get('careplan-help-contact')) customElements.define('careplan-help-contact', ContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'careplan-help-contact': ContactCard;
  }
}
