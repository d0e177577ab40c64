/**
 * The panel's fixed sections around the conversation: the header, the 【重要】 notices and the welcome with
 * the suggested-question chips. Pure render helpers (data in, template out) so <careplan-help-panel> keeps
 * state and handlers; they render into the same light DOM, so parts and styles are unchanged.
 */
import { html, nothing } from 'lit';
import { formatDate, resolveUrl } from './format.ts';
import type { Notice } from './types.ts';

/**
 * Title bar. The reset button shows only once there is a conversation (`onReset` given); inline panels are
 * always open, so they get no close button (`onClose` omitted). The handlers are used only as Lit event
 * listeners, which Lit calls with the rendering element as `this`, so unbound methods are fine.
 */
export function renderHeader(heading: string, onReset?: () => void, onClose?: () => void) {
  return html`<div class="header" part="header">
    <h2 id="cp-heading" part="heading">${heading}</h2>
    ${onReset ? html`<button type="button" class="reset" part="reset-button" @click=${onReset}>会話をリセット</button>` : nothing}
    ${onClose
      ? html`<button type="button" class="close" part="close-button" aria-label="チャットを閉じる" @click=${onClose}>
          <span aria-hidden="true">×</span>
        </button>`
      : nothing}
  </div>`;
}

/** 【重要】 notices: `open` while the conversation is empty, folded away once it starts (they take room). */
export function renderNotices(notices: Notice[], api: string, open: boolean) {
  if (!notices.length) return nothing;
  return html`<details class="important" part="notices" ?open=${open}>
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

/** The greeting and, when editors chose some, the chips; `onChip` asks the chosen question. */
export function renderWelcome(questions: string[], onChip: (question: string) => void) {
  return html`<div class="welcome">
    <p>ケアプランデータ連携システムについて、ご質問をどうぞ。</p>
    ${questions.length
      ? html`<p class="chips-label" id="chips-label">よくある質問</p>
          <ul class="chips" part="chips" aria-labelledby="chips-label">
            ${questions.map((q) => html`<li><button type="button" class="chip" part="chip" @click=${() => onChip(q)}>${q}</button></li>`)}
          </ul>`
      : nothing}
  </div>`;
}
