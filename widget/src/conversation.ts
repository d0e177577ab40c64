/** Pure steps on the message list, so the panel's logic is unit-tested without a DOM. */
import { escapeHtml } from './format.ts';
import type { ArticleData, AskResult, Contact, FeedbackState, Message, UnhelpfulReason } from './types.ts';

/** The id of the last answer shown: sent as `previous` so a short follow-up keeps its topic. */
export function previousAnswerId(messages: Message[]): string | undefined {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.role === 'bot' && m.result.kind === 'answer' && m.result.answer) return m.result.answer.id;
  }
  return undefined;
}

/**
 * The option ids of the question back a typed message replies to: the last bot message's options when it
 * asked back (「KJのほう」 typed instead of pressing the button), else none.
 */
export function offeredOptionIds(messages: Message[]): string[] | undefined {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.role !== 'bot') continue;
    return m.result.kind === 'clarify' && m.result.options.length > 0 ? m.result.options.map((o) => o.id) : undefined;
  }
  return undefined;
}

/** The newest helpdesk contact the server sent, else `known` (from /api/suggestions), else null. */
export function latestContact(messages: Message[], known: Contact | null): Contact | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.role === 'bot' && m.result.contact) return m.result.contact;
  }
  return known;
}

/** Sets the vote state of one bot message, and the reason of an 「いいえ」 when one was chosen. */
export function withFeedback(messages: Message[], id: string, feedback: FeedbackState, reason?: UnhelpfulReason): Message[] {
  return messages.map((m) => (m.id === id && m.role === 'bot' ? { ...m, feedback, ...(reason ? { reason } : {}) } : m));
}

/** Drops one message (a retried error). */
export function withoutMessage(messages: Message[], id: string): Message[] {
  return messages.filter((m) => m.id !== id);
}

/** The detail of the `careplan-help:answer` event for the host page. */
export function answerEventDetail(result: AskResult): { queryId: string; kind: AskResult['kind']; id: string | null } {
  return { queryId: result.queryId, kind: result.kind, id: result.answer?.id ?? null };
}

/** Whether an ask result shows the article the user picked from clarify options. */
export function answersArticle(result: AskResult, id: string): boolean {
  return result.kind === 'answer' && result.answer?.id === id;
}

/**
 * The chosen clarify option as an answer, when asking its title did not land on it (a title can read like
 * another article's question). The card is the article's summary — its direct answer in one paragraph —
 * never the whole article; 「詳しく見る」 opens the rest. Keeps the ask's queryId, notices and reference
 * code, so feedback, the transcript and the `careplan-help:answer` event still refer to what was asked.
 */
export function articleAsAnswer(article: ArticleData, asked: AskResult): AskResult {
  return {
    ...asked,
    kind: 'answer',
    intent: null,
    confidence: 1,
    message: `「${article.title}」についてご案内します。`,
    answer: { id: article.id, title: article.title, summary: article.summary, html: `<p>${escapeHtml(article.summary)}</p>`, section: null, url: article.url },
    options: [],
    related: Array.isArray(article.related) ? article.related.filter((r) => r && typeof r.url === 'string') : [],
    contact: null,
  };
}
