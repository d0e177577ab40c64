/**
 * The panel's fixed sections around the conversation: the header (with the helpdesk phone), the 【重要】
 * notices, the welcome with the suggested-question chips, the reset/undo controls and the question box. Pure render helpers
 * (data in, template out) so <careplan-help-panel> keeps state and handlers; they render into the same
 * light DOM, so parts and styles are shared. Handlers are used only as Lit event listeners, which Lit calls
 * with the rendering element as `this`, so unbound methods are fine.
 */
import { html, nothing } from 'lit';
import { formatDate, resolveUrl, telHref } from './format.ts';
import type { Contact, Notice } from './types.ts';

/**
 * Title bar: the heading, the helpdesk phone and hours (always in sight, so 「人に聞きたい」 never needs
 * scrolling), and × — inline panels are always open, so they get no close button (`onClose` omitted).
 */
export function renderHeader(heading: string, contact: Contact | null, onClose?: () => void) {
  return html`<div class="header" part="header">
    <div class="header-text">
      <h2 id="cp-heading" part="heading">${heading}</h2>
      ${contact
        ? html`<p class="header-contact" part="header-contact">
            <span>電話 <a part="header-phone" href=${telHref(contact.phone)}>${contact.phone}</a></span>
            <span>${contact.hours}</span>
          </p>`
        : nothing}
    </div>
    ${onClose
      ? html`<button type="button" class="close" part="close-button" aria-label="チャットを閉じる" @click=${onClose}>
          <span aria-hidden="true">×</span>
        </button>`
      : nothing}
  </div>`;
}

/** 【重要】 notices: one line with the count, folded; the reader unfolds them when wanted. */
export function renderNotices(notices: Notice[], api: string) {
  if (!notices.length) return nothing;
  return html`<details class="important" part="notices">
    <summary>重要なお知らせ（${notices.length}件）</summary>
    <ul>
      ${notices.map(
        (n) => html`<li part="notice">
          <a href=${resolveUrl(api, n.url)}>${n.title}</a>
          <span class="date">${formatDate(n.date)}</span>
        </li>`,
      )}
    </ul>
  </details>`;
}

/**
 * The greeting: that the answers are automatic, and the helpdesk phone and hours for a person (from the
 * server); then, when editors chose some, the chips. `onChip` asks the chosen question.
 */
export function renderWelcome(questions: string[], contact: Contact | null, onChip: (question: string) => void) {
  return html`<div class="welcome" part="welcome">
    <p>このチャットは自動で回答します。ケアプランデータ連携システムについて、ご質問をどうぞ。</p>
    ${contact
      ? html`<p class="welcome-contact" part="welcome-contact">
          担当者と話したいときは、ヘルプデスクへ<br />
          電話 <a part="welcome-phone" href=${telHref(contact.phone)}>${contact.phone}</a><br />
          受付時間 ${contact.hours}
        </p>`
      : nothing}
    ${questions.length
      ? html`<p class="chips-label" id="chips-label">よくある質問</p>
          <ul class="chips" part="chips" aria-labelledby="chips-label">
            ${questions.map((q) => html`<li><button type="button" class="chip" part="chip" @click=${() => onChip(q)}>${q}</button></li>`)}
          </ul>`
      : nothing}
  </div>`;
}

/** 「会話をリセット」 at the end of the conversation, away from ×: the conversation can be brought back. */
export function renderReset(onReset: () => void) {
  return html`<div class="reset-row"><button type="button" class="reset" part="reset-button" @click=${onReset}>会話をリセット</button></div>`;
}

/** After a reset: the conversation was cleared, and 「元に戻す」 brings it back (until the next question). */
export function renderUndo(onUndo: () => void) {
  return html`<div class="undo" part="undo">
    <span>会話を消去しました。</span>
    <button type="button" part="undo-button" @click=${onUndo}>元に戻す</button>
  </div>`;
}

/** What the question box shows and the panel's handlers for it. */
export interface ComposerState {
  draft: string;
  /** A length problem to show under the box, or ''. */
  inputError: string;
  pending: boolean;
  onSubmit: (e: Event) => void;
  onInput: (e: Event) => void;
  onKeydown: (e: KeyboardEvent) => void;
  onCompositionStart: () => void;
  onCompositionEnd: (e: CompositionEvent) => void;
}

/** The question box, 送信, the length error and the hint (Enter/Shift+Enter, no passwords). */
export function renderComposer(c: ComposerState) {
  return html`<form class="composer" part="composer" @submit=${c.onSubmit}>
      <label for="cp-input" class="visually-hidden">質問を入力</label>
      <textarea
        id="cp-input"
        part="input"
        rows="2"
        placeholder="例：KJのパスワードを忘れました"
        aria-describedby="cp-hint${c.inputError ? ' cp-error' : ''}"
        aria-invalid=${c.inputError ? 'true' : 'false'}
        .value=${c.draft}
        @input=${c.onInput}
        @keydown=${c.onKeydown}
        @compositionstart=${c.onCompositionStart}
        @compositionend=${c.onCompositionEnd}
      ></textarea>
      <button type="submit" class="send" part="send-button" ?disabled=${c.pending}>送信</button>
    </form>
    ${c.inputError ? html`<p id="cp-error" class="input-error">${c.inputError}</p>` : nothing}
    <p id="cp-hint" class="hint"><span class="keys">Enterで送信、Shift+Enterで改行。</span>パスワードやIDは入力しないでください。</p>`;
}
