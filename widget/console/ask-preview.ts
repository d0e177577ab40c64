/**
 * <ask-preview>: what the bot would answer to a typed question — kind, intent, confidence, message, the
 * answer or options, notices, and (with the admin token) the engine's structured trace in Japanese: why it
 * decided, how the question was read, which rule terms hit, each candidate's probability and strongest
 * reasons, the thresholds and the conversation. With the token it uses the admin preview, which records
 * nothing; without it, a plain /api/ask.
 */
import { LitElement, css, html, nothing } from 'lit';
import { ConsoleApiError, type AskPreview, type ConsoleApi } from './api.ts';
import { KIND_LABELS, percent } from './format.ts';
import { shared } from './styles.ts';
import { CONVERSATION_LABELS, DECISION_LABELS, UNKNOWN_LABEL, VIA_LABELS, strongestReasons } from './trace-labels.ts';
import type { AskTrace } from '../../server/answer/types.ts';

export class AskPreviewView extends LitElement {
  static override properties = {
    api: { attribute: false },
    token: { type: String },
    preview: { state: true },
    busy: { state: true },
    error: { state: true },
  };

  static override styles = [
    shared,
    css`
      form {
        display: flex;
        gap: 0.5em;
        flex-wrap: wrap;
      }
      textarea {
        flex: 1 1 20em;
        min-height: 3em;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.2em 1em;
      }
      dt {
        font-weight: 700;
      }
      dd {
        margin: 0;
      }
      .kind {
        font-weight: 700;
      }
      .kind-fallback {
        color: #b3261e;
      }
      .kind-clarify {
        color: #8a5a00;
      }
      .kind-answer {
        color: #1b6e3a;
      }
    `,
  ];

  declare api: ConsoleApi;
  declare token: string;
  declare preview: AskPreview | null;
  declare busy: boolean;
  declare error: string;

  constructor() {
    super();
    this.token = '';
    this.preview = null;
    this.busy = false;
    this.error = '';
  }

  override render() {
    return html`
      <h2>回答プレビュー</h2>
      <p class="muted">
        ${this.token
          ? 'チャットボットがこの質問にどう答えるかと、その判定理由を表示します（記録されません）。'
          : '管理トークン未入力のため通常の質問として送信します（インサイトに記録され、判定理由は表示されません）。'}
      </p>
      <form @submit=${this.#submit}>
        <label class="visually-hidden" for="question">質問</label>
        <textarea id="question" name="question" maxlength="500" placeholder="例: KJのパスワードを忘れました" @keydown=${this.#keydown}></textarea>
        <button type="submit" ?disabled=${this.busy}>試す</button>
      </form>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.preview ? this.#renderPreview(this.preview) : nothing}
    `;
  }

  #renderPreview({ result, trace }: AskPreview) {
    return html`
      <section aria-label="プレビュー結果" aria-live="polite">
        <dl>
          <dt>種類</dt>
          <dd class="kind kind-${result.kind}" data-kind=${result.kind}>${KIND_LABELS[result.kind]}</dd>
          <dt>ルールで答えた記事</dt>
          <dd>${result.intent ? html`<span class="title">${result.answer?.title ?? result.intent}</span>` : 'なし'}</dd>
          <dt>確信度</dt>
          <dd>${percent(result.confidence)}</dd>
          ${trace ? this.#renderReading(trace) : nothing}
          <dt>メッセージ</dt>
          <dd class="reply">${result.message}</dd>
          ${result.answer
            ? html`<dt>回答</dt>
                <dd><a class="title" href="${result.answer.url}" target="_blank" rel="noopener">${result.answer.title}</a></dd>`
            : nothing}
          ${result.options.length
            ? html`<dt>選択肢</dt>
                <dd>${result.options.map((o) => html`<div class="title">${o.title}</div>`)}</dd>`
            : nothing}
          ${result.notices.length
            ? html`<dt>注意</dt>
                <dd class="reply">${result.notices.map((n) => html`<div>${n.message}</div>`)}</dd>`
            : nothing}
        </dl>
        ${trace?.candidates.length ? this.#renderCandidates(trace) : nothing}
      </section>
    `;
  }

  #renderReading(t: AskTrace) {
    const row = (label: string, items: unknown[]) => (items.length ? html`<dt>${label}</dt><dd>${items.map((x) => html`<div>${x}</div>`)}</dd>` : nothing);
    const term = (text: string) => html`<span class="term">${text}</span>`;
    return html`
      <dt>判定の理由</dt>
      <dd data-testid="decided-by">${DECISION_LABELS[t.decision.reason] ?? UNKNOWN_LABEL}</dd>
      ${t.conversation.previous || t.conversation.continued ? html`<dt>会話</dt><dd>${CONVERSATION_LABELS[t.conversation.why] ?? UNKNOWN_LABEL}</dd>` : nothing}
      <dt>正規化</dt>
      <dd>${term(t.normalized)}</dd>
      <dt>検索した文</dt>
      <dd>${term(t.searched)}</dd>
      ${row('言い換え', t.rewrites.map((r) => html`${term(r.typed)} → ${term(r.as)}（${VIA_LABELS[r.via]}）`))}
      ${row('語尾', t.endings.map((e) => html`${term(e.from)} → ${term(e.to)}`))}
      ${row('語の仲間', t.classes.map((c) => html`${term(c.typed)}（${term(c.name)}）`))}
      ${row('ほかのシステム', t.otherSystems.map((o) => html`${term(o.typed)}（${term(o.system)}）`))}
      ${row('資料にない事柄', t.unstated.map((u) => html`${term(u.typed)}（${term(u.topic)}）`))}
      ${row('このシステムの語', t.ours.map(term))}
      ${row('ID・パスワードの入力', t.secrets.length ? ['あり（伏せ字で扱います）'] : [])}
      ${row(
        'ルール',
        t.rules.map(
          (r) =>
            html`<span class="title">${this.#title(t, r.id)}</span>：${r.fires ? '成立' : `${r.total}グループ中${r.matched}`}［${term(r.hits.join('、'))}］${r.vetoedBy ? html`除外語「${term(r.vetoedBy)}」` : ''}`,
        ),
      )}
      <dt>基準</dt>
      <dd>回答 ${percent(t.thresholds.answer)} 以上・次点との差 ${percent(t.thresholds.margin)} 以上／聞き返しの候補 ${percent(t.thresholds.option)} 以上・合計 ${percent(t.thresholds.clarify)} 以上</dd>
    `;
  }

  #title(t: AskTrace, id: string): string {
    return t.candidates.find((c) => c.id === id)?.title ?? id;
  }

  #renderCandidates(t: AskTrace) {
    return html`<h3>候補</h3>
      <table>
        <thead><tr><th>記事</th><th class="num">確率</th><th>主な根拠</th></tr></thead>
        <tbody>
          ${t.candidates.map((c) => html`<tr><td class="title">${c.title}</td><td class="num">${percent(c.probability)}</td><td>${strongestReasons(c).join('、')}</td></tr>`)}
        </tbody>
      </table>`;
  }

  #keydown(event: KeyboardEvent): void {
    // Ctrl/⌘+Enter sends; a plain Enter (also the one ending an IME conversion) keeps editing.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing) {
      event.preventDefault();
      (event.target as HTMLTextAreaElement).form?.requestSubmit();
    }
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const question = String(new FormData(event.target as HTMLFormElement).get('question') ?? '').trim();
    if (!question) {
      this.error = '質問を入力してください。';
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      this.preview = await this.api.ask(question, this.token);
    } catch (err) {
      this.preview = null;
      this.error = err instanceof ConsoleApiError ? err.message : 'プレビューできませんでした。';
      if (err instanceof ConsoleApiError && err.status === 401) this.dispatchEvent(new CustomEvent('token-rejected', { bubbles: true, composed: true }));
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('ask-preview', AskPreviewView);
