/**
 * 「会話をコピー」: the conversation as plain text that a clerk pastes into the inquiry form or reads out on
 * the phone — the reference code, each question as stored (a question that seemed to hold a password is
 * replaced, as in sessionStorage), what the bot answered (titles and absolute URLs) and the votes. Pure.
 */
import { REASON_LABELS } from './reasons.ts';
import { redactSecrets } from './storage.ts';
import type { Message } from './types.ts';

type BotMessage = Extract<Message, { role: 'bot' }>;

/** The conversation's reference code (`XXXX-XXXX`) from the newest reply that carries one, else null. */
export function conversationReference(messages: Message[]): string | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    // A truthiness test: replies stored before the code existed have no `reference` at all.
    if (m.role === 'bot' && m.result.reference) return m.result.reference;
  }
  return null;
}

/**
 * An absolute URL for a server path: joined to the API base, or to the page's origin when the base is
 * empty (the widget is served by the API's own host). Only http(s) URLs and root-relative paths are kept.
 */
export function absoluteUrl(url: string, base: string, origin: string): string {
  const u = url.trim();
  if (/^https?:\/\//i.test(u)) return u;
  if (!u.startsWith('/') || u.startsWith('//')) return '';
  const root = /^https?:\/\//i.test(base) ? base : origin + base;
  return root.replace(/\/+$/, '') + u;
}

/** What the bot did, in the lines that follow 「回答: 」. */
function replyLines(m: BotMessage, base: string, origin: string): string[] {
  const r = m.result;
  if (r.kind === 'answer' && r.answer) {
    const lines = [`回答: ${r.answer.title}${r.answer.section ? `（${r.answer.section.title}）` : ''}`];
    const url = absoluteUrl(r.answer.url, base, origin);
    if (url) lines.push(url);
    if (m.feedback === 'yes') lines.push('解決しましたか: はい');
    if (m.feedback === 'no') lines.push(`解決しましたか: いいえ${m.reason ? `（${REASON_LABELS[m.reason]}）` : ''}`);
    return lines;
  }
  if (r.kind === 'clarify') return [`回答: 聞き返し（${r.options.map((o) => o.title).join('／')}）`];
  if (r.kind === 'fallback') return ['回答: お答えできませんでした（ヘルプデスクのご案内）'];
  return [`回答: ${r.message}`];
}

export interface TranscriptOptions {
  /** The widget's `api` attribute ('' = the page's own origin). */
  base: string;
  /** `location.origin`, for root-relative URLs when `base` is empty. */
  origin: string;
  /** Panel heading, the first line. */
  heading: string;
}

/** The transcript as plain text (LF line ends, a blank line between turns). */
export function transcriptText(messages: Message[], { base, origin, heading }: TranscriptOptions): string {
  const reference = conversationReference(messages);
  const out = [`【${heading}】会話の記録`];
  if (reference) out.push(`受付番号: ${reference}`);
  let turn: string[] = [];
  const flush = () => {
    if (turn.length) out.push('', ...turn);
    turn = [];
  };
  for (const m of redactSecrets(messages)) {
    if (m.role === 'user') {
      flush();
      turn.push(`質問: ${m.text}`);
    } else if (m.role === 'bot') {
      turn.push(...replyLines(m, base, origin));
    } else {
      turn.push('回答: （送信できませんでした）');
    }
  }
  flush();
  return out.join('\n') + '\n';
}
