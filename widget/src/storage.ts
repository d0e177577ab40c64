/**
 * The conversation in sessionStorage: it survives a page change within the tab and goes with the tab.
 * Nothing is written before the first question (issue: stored only after the first question).
 * Storage can be missing, full or blocked (private modes, sandboxed iframes): every call then degrades
 * to "not stored" instead of breaking the widget.
 */
import type { Conversation, Message } from './types.ts';

/** The subset of the Web Storage API we use, so tests can pass a Map-backed fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Oldest messages are dropped beyond this, to stay far below storage quotas. */
export const MAX_STORED_MESSAGES = 60;

/** Shown instead of a question that seemed to hold a password, which we never persist. */
export const REDACTED_TEXT = '（パスワードなどが含まれている可能性があるため、この入力は保存していません）';

/** One key per API base, so two widgets talking to different services don't mix conversations. */
export function storageKey(api: string): string {
  return `careplan-help:v1:${api || 'same-origin'}`;
}

/** The key of the panel's view state (view-state.ts): beside its conversation's, and cleared with it. */
export function viewKey(conversationKey: string): string {
  return `${conversationKey}:view`;
}

function isMessage(m: unknown): m is Message {
  if (!m || typeof m !== 'object') return false;
  const o = m as Record<string, unknown>;
  if (typeof o.id !== 'string') return false;
  if (o.role === 'user' || o.role === 'error') return typeof o.text === 'string';
  if (o.role === 'bot') {
    const r = o.result as Record<string, unknown> | undefined;
    return !!r && typeof r.queryId === 'string' && typeof r.kind === 'string' && typeof r.message === 'string';
  }
  return false;
}

/** Reads a stored conversation; anything malformed counts as none. */
export function loadConversation(storage: StorageLike | null, key: string): Conversation | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const data = JSON.parse(raw) as Partial<Conversation>;
    if (typeof data.sessionId !== 'string' || !Array.isArray(data.messages)) return null;
    const messages = data.messages.filter(isMessage);
    if (messages.length === 0) return null;
    // A vote that was in flight when the page changed did not finish: offer it again.
    for (const m of messages) if (m.role === 'bot' && m.feedback === 'sending') m.feedback = 'none';
    return { sessionId: data.sessionId, messages };
  } catch {
    return null;
  }
}

/**
 * Writes the conversation, unless it has no question yet. Questions flagged `secret-detected` by the
 * server are replaced by REDACTED_TEXT, so a password typed by mistake does not sit in storage.
 * Returns whether it was written.
 */
export function saveConversation(storage: StorageLike | null, key: string, conversation: Conversation): boolean {
  if (!storage || !conversation.messages.some((m) => m.role === 'user')) return false;
  const messages = redactSecrets(conversation.messages).slice(-MAX_STORED_MESSAGES);
  try {
    storage.setItem(key, JSON.stringify({ sessionId: conversation.sessionId, messages }));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the conversation (「会話をリセット」) and the panel's view state that belongs to it. */
export function clearConversation(storage: StorageLike | null, key: string): void {
  try {
    storage?.removeItem(key);
    storage?.removeItem(viewKey(key));
  } catch {
    /* blocked storage: nothing was stored either */
  }
}

/** Replaces each question whose answer carried the `secret-detected` notice. Pure. */
export function redactSecrets(messages: Message[]): Message[] {
  return messages.map((m, i) => {
    if (m.role !== 'user') return m;
    const reply = messages.slice(i + 1).find((n) => n.role !== 'user');
    const secret = reply?.role === 'bot' && reply.result.notices.some((n) => n.code === 'secret-detected');
    return secret ? { ...m, text: REDACTED_TEXT } : m;
  });
}

/** sessionStorage, or null where touching it throws (blocked cookies/storage). */
export function sessionStore(): StorageLike | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** Whether a conversation is stored for this key (the launcher then says a conversation is waiting). */
export function hasConversation(storage: StorageLike | null, key: string): boolean {
  try {
    return !!storage?.getItem(key);
  } catch {
    return false;
  }
}
