/** Small pure formatting helpers for the widget (no DOM, unit-tested). */
import type { AskResult } from './types.ts';

/** The server's limit on a question, after trimming (issue: 1–500 characters). */
export const MAX_QUESTION_LENGTH = 500;

/** A `tel:` URL from a displayed number such as 「0120-584-708」. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/**
 * Makes a server-given URL usable from the embedding page: root-relative paths are joined to the API base
 * (the page may live on another host); only http(s) and relative URLs pass, anything else becomes '#'.
 */
export function resolveUrl(base: string, url: string): string {
  const u = url.trim();
  if (/^https?:\/\//i.test(u)) return u;
  if (u.startsWith('/') && !u.startsWith('//')) return base.replace(/\/+$/, '') + u;
  if (u.startsWith('#')) return u;
  return '#';
}

/**
 * Rewrites root-relative links in the server's answer HTML the same way (`href="/kb/…"` → base + path),
 * so an answer embedded on another site still links to our pages. The HTML itself comes from the server
 * (rendered Markdown, raw HTML off); user text never goes through here.
 */
export function absolutizeLinks(html: string, base: string): string {
  const b = base.replace(/\/+$/, '');
  if (!b) return html;
  return html.replace(/(\s(?:href|src)=")\/(?!\/)/g, `$1${b}/`);
}

/** Text made safe to place inside HTML (the five characters HTML gives a meaning). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** 「2024-01-10」 → 「2024年1月10日」; anything else is returned unchanged. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** The question to send: trimmed; `null` when empty. */
export function cleanQuestion(text: string): string | null {
  const q = text.trim();
  return q ? q : null;
}

/** Japanese message when a question is over the server's limit, else null. */
export function lengthProblem(text: string): string | null {
  const n = text.trim().length;
  return n > MAX_QUESTION_LENGTH ? `質問は${MAX_QUESTION_LENGTH}文字以内で入力してください（いま${n}文字）。` : null;
}

/**
 * The reply's message as shown: '' for an answer whose message only names its title (「…」についてご案内します),
 * since the card shows the title — once.
 */
export function shownMessage(result: AskResult): string {
  const a = result.answer;
  return result.kind === 'answer' && a && result.message.includes(`「${a.title}」`) ? '' : result.message;
}

/** What the polite live region reads out for a bot reply: short, without the whole article, the title once. */
export function announcement(result: AskResult): string {
  const parts = [shownMessage(result)];
  if (result.kind === 'answer' && result.answer) parts.push(`${result.answer.title}。${result.answer.summary}`);
  if (result.kind === 'clarify' && result.options.length) parts.push(`候補: ${result.options.map((o) => o.title).join('、')}`);
  if (result.contact) parts.push(`ヘルプデスク ${result.contact.phone}`);
  return parts.filter(Boolean).join(' ');
}

/** A random id of 32 hex characters (fits the API's sessionId rule `[A-Za-z0-9_-]{1,64}`). */
export function randomId(random: (a: Uint8Array) => Uint8Array = (a) => globalThis.crypto.getRandomValues(a)): string {
  // getRandomValues, unlike randomUUID, also works on plain-http embedding pages.
  return Array.from(random(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
