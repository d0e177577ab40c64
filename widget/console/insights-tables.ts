/**
 * The insights tables as pure render helpers: data in, template out, no state. They render inside
 * <insights-view>'s shadow root, so its styles and the DOM the tests see stay exactly as before. Each
 * section scrolls sideways on a phone, so it takes focus (tabindex 0): keyboard users can scroll it too.
 */
import { html, nothing } from 'lit';
import type { FeedbackItem, Summary, UnansweredItem } from './api.ts';
import { KIND_LABELS, japanTime, percent, reasonLabel } from './format.ts';
import { REASONS } from '../src/reasons.ts';
import type { UnhelpfulReason } from '../../server/store/types.ts';

/** The questions the bot could not answer; `null` while loading. `onDownload` exports them as CSV. */
export function renderUnanswered(items: UnansweredItem[] | null, onDownload: () => void) {
  return html`
    <section aria-labelledby="unanswered-title" tabindex="0">
      <div class="row">
        <h3 id="unanswered-title">回答できなかった質問</h3>
        <button type="button" class="secondary" @click=${onDownload}>CSVをダウンロード</button>
      </div>
      <p class="muted">「回答できず」と「聞き返し」になった質問を、表記ゆれをまとめて多い順に表示します。記事を書く・例文を足す候補です。</p>
      ${items === null
        ? html`<p class="muted">読み込み中…</p>`
        : items.length === 0
          ? html`<p>この期間に回答できなかった質問はありません。</p>`
          : html`<table>
              <thead><tr><th>質問（伏せ字済み）</th><th class="num">件数</th><th class="num">回答できず</th><th class="num">聞き返し</th><th>最終</th></tr></thead>
              <tbody>
                ${items.map(
                  (g) => html`<tr>
                    <td>${g.question}</td><td class="num">${g.count}</td><td class="num">${g.fallback}</td><td class="num">${g.clarify}</td><td>${japanTime(g.lastSeen)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`}
    </section>
  `;
}

/** Totals, asks per day (with a meter scaled to the busiest day), top articles and helpfulness. */
export function renderSummary(s: Summary | null) {
  if (!s) return nothing;
  const max = Math.max(1, ...s.perDay.map((d) => d.total));
  const t = s.totals;
  return html`
    <section aria-labelledby="summary-title" tabindex="0">
      <h3 id="summary-title">概要（${s.since} から）</h3>
      <dl class="totals">
        <div><dt>質問</dt><dd>${t.asks}</dd></div>
        <div><dt>回答</dt><dd>${t.answer}</dd></div>
        <div><dt>聞き返し</dt><dd>${t.clarify}</dd></div>
        <div><dt>回答できず</dt><dd>${t.fallback}</dd></div>
        <div><dt>役に立った</dt><dd>${t.votes ? percent(t.helpful / t.votes) : '—'}</dd></div>
      </dl>
      <h4>「いいえ」の理由</h4>
      <dl class="totals" aria-label="「いいえ」の理由ごとの件数">
        ${[...REASONS, 'none' as const].map((r) => html`<div><dt>${reasonLabel(r === 'none' ? null : r)}</dt><dd>${s.unhelpfulReasons[r]}</dd></div>`)}
      </dl>
      <h4>日ごとの質問数</h4>
      <table>
        <thead><tr><th>日付</th><th class="num">合計</th><th></th><th class="num">回答</th><th class="num">聞き返し</th><th class="num">回答できず</th><th class="num">雑談</th></tr></thead>
        <tbody>
          ${s.perDay.map(
            (d) => html`<tr>
              <td>${d.day}</td><td class="num">${d.total}</td><td><meter min="0" max=${max} value=${d.total} aria-label="${d.day}の質問数"></meter></td>
              <td class="num">${d.answer}</td><td class="num">${d.clarify}</td><td class="num">${d.fallback}</td><td class="num">${d.smalltalk}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <h4>よく回答した記事</h4>
      <table>
        <thead><tr><th>記事</th><th class="num">回答数</th></tr></thead>
        <tbody>${s.topArticles.map((a) => html`<tr><td>${a.title}</td><td class="num">${a.count}</td></tr>`)}</tbody>
      </table>
      <h4>記事ごとの「役に立った」率</h4>
      <table>
        <thead><tr><th>記事</th><th class="num">評価数</th><th class="num">役に立った</th></tr></thead>
        <tbody>${s.helpfulness.map((a) => html`<tr><td>${a.title}</td><td class="num">${a.votes}</td><td class="num">${percent(a.rate)}</td></tr>`)}</tbody>
      </table>
    </section>
  `;
}

/** The 「いいえ」 votes grouped by reason (in the order users are offered them, those without one last). */
export function groupByReason(items: FeedbackItem[]): { reason: UnhelpfulReason | null; items: FeedbackItem[] }[] {
  const unhelpful = items.filter((f) => !f.helpful);
  return [...REASONS, null]
    .map((reason) => ({ reason, items: unhelpful.filter((f) => (f.reason ?? null) === reason) }))
    .filter((g) => g.items.length > 0);
}

/** One group of votes; the question first, so that on a phone it keeps its width and the table scrolls sideways. */
function feedbackTable(items: FeedbackItem[], titles: Map<string, string>) {
  return html`<table>
    <thead><tr><th>質問</th><th>チャットの回答</th><th>コメント</th><th>日時</th></tr></thead>
    <tbody>
      ${items.map(
        (f) => html`<tr>
          <td>${f.question ?? '—'}</td>
          <td class="wide">${f.kind ? KIND_LABELS[f.kind] : ''}${f.answerId ? `：${titles.get(f.answerId) ?? '（削除された記事）'}` : ''}</td>
          <td class="wide">${f.comment ?? ''}</td>
          <td class="nowrap">${japanTime(f.at)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * The users' votes and comments, newest first as the server sends them; answers named by their title. The
 * 「いいえ」 come first, grouped by the reason the user chose, then the 「はい」.
 */
export function renderFeedback(items: FeedbackItem[] | null, titles: Map<string, string>) {
  if (!items) return nothing;
  const helpful = items.filter((f) => f.helpful);
  return html`
    <section aria-labelledby="feedback-title" tabindex="0">
      <h3 id="feedback-title">フィードバック</h3>
      ${items.length === 0
        ? html`<p>この期間のフィードバックはありません。</p>`
        : html`${groupByReason(items).map(
              (g) => html`<h4 data-reason=${g.reason ?? 'none'}>「いいえ」：${reasonLabel(g.reason)}（${g.items.length}件）</h4>
                ${feedbackTable(g.items, titles)}`,
            )}
            ${helpful.length ? html`<h4>「はい」（${helpful.length}件）</h4>${feedbackTable(helpful, titles)}` : nothing}`}
    </section>
  `;
}
