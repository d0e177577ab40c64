/**
 * <careplan-help-contact>: the helpdesk contact — phone as a tel: link, hours, inquiry form.
 * All three come from the server (content/site), never from the widget's code.
 */
import { LitElement, css, html, nothing } from 'lit';
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
`;

export class ContactCard extends LitElement {
  static override properties = {
    contact: { attribute: false },
    api: { type: String },
  };

  declare contact: Contact | null;
  declare api: string;

  constructor() {
    super();
    this.contact = null;
    this.api = '';
  }

  protected override createRenderRoot() {
    return this;
  }

  protected override render() {
    const c = this.contact;
    if (!c) return nothing;
    return html`<div class="contact" part="contact-card">
      <p class="title">ヘルプデスクへのお問い合わせ</p>
      <p>電話: <a class="phone" part="contact-phone" href=${telHref(c.phone)}>${c.phone}</a></p>
      <p>受付時間: ${c.hours}</p>
      ${c.formUrl ? html`<p><a part="contact-form" href=${resolveUrl(this.api, c.formUrl)}>お問い合わせフォーム</a></p>` : nothing}
    </div>`;
  }
}

if (!customElements.get('careplan-help-contact')) customElements.define('careplan-help-contact', ContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'careplan-help-contact': ContactCard;
  }
}
