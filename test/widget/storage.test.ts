import { describe, expect, it } from 'vitest';
import {
  MAX_STORED_MESSAGES,
  REDACTED_TEXT,
  clearConversation,
  loadConversation,
  redactSecrets,
  saveConversation,
  storageKey,
  type StorageLike,
} from '../../widget/src/storage.ts';
import type { AskResult, Message } from '../../widget/src/types.ts';

function memoryStorage(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

const throwing: StorageLike = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

const result = (over: Partial<AskResult> = {}): AskResult => ({
  queryId: 'q1', kind: 'answer', intent: null, confidence: 1, message: 'm', answer: null, options: [], related: [], contact: null, notices: [], reference: null, ...over,
});
const user = (id: string, text: string): Message => ({ role: 'user', id, text });
const bot = (id: string, over: Partial<AskResult> = {}): Message => ({ role: 'bot', id, result: result(over), feedback: 'none' });

describe('storage', () => {
  const key = storageKey('');

  it('uses one key per API base', () => {
    expect(storageKey('')).not.toBe(storageKey('https://h.example'));
  });

  it('stores nothing before the first question', () => {
    const s = memoryStorage();
    expect(saveConversation(s, key, { sessionId: 's', messages: [] })).toBe(false);
    expect(s.map.size).toBe(0);
  });

  it('round-trips a conversation', () => {
    const s = memoryStorage();
    const messages = [user('1', 'KJのパス'), bot('2')];
    expect(saveConversation(s, key, { sessionId: 's', messages })).toBe(true);
    expect(loadConversation(s, key)).toEqual({ sessionId: 's', messages });
  });

  it('reset removes it', () => {
    const s = memoryStorage();
    saveConversation(s, key, { sessionId: 's', messages: [user('1', 'q')] });
    clearConversation(s, key);
    expect(loadConversation(s, key)).toBeNull();
  });

  it('treats malformed data as no conversation and drops malformed messages', () => {
    const s = memoryStorage();
    s.map.set(key, '{not json');
    expect(loadConversation(s, key)).toBeNull();
    s.map.set(key, JSON.stringify({ sessionId: 1, messages: [] }));
    expect(loadConversation(s, key)).toBeNull();
    s.map.set(key, JSON.stringify({ sessionId: 's', messages: [{ role: 'bot', id: 'x' }, { role: 'user', id: 'u', text: 'q' }, 'junk'] }));
    expect(loadConversation(s, key)?.messages).toEqual([user('u', 'q')]);
  });

  it('turns a vote left in flight back into an open vote', () => {
    const s = memoryStorage();
    saveConversation(s, key, { sessionId: 's', messages: [user('1', 'q'), { ...(bot('2') as Extract<Message, { role: 'bot' }>), feedback: 'sending' }] });
    const m = loadConversation(s, key)!.messages[1]!;
    expect(m.role === 'bot' && m.feedback).toBe('none');
  });

  it('keeps only the newest messages', () => {
    const s = memoryStorage();
    const messages = Array.from({ length: MAX_STORED_MESSAGES + 10 }, (_, i) => user(String(i), `q${i}`));
    saveConversation(s, key, { sessionId: 's', messages });
    const loaded = loadConversation(s, key)!.messages;
    expect(loaded).toHaveLength(MAX_STORED_MESSAGES);
    expect(loaded[0]!.id).toBe('10');
  });

  it('never stores a question the server flagged as holding a password', () => {
    const s = memoryStorage();
    const messages = [user('1', 'KJ080899999999 パスワードはabc123'), bot('2', { notices: [{ code: 'secret-detected', message: 'x' }] }), user('3', '電子証明書'), bot('4')];
    saveConversation(s, key, { sessionId: 's', messages });
    const raw = s.map.get(key)!;
    expect(raw).not.toContain('abc123');
    expect(raw).not.toContain('KJ080899999999');
    expect(raw).toContain('電子証明書');
    expect(loadConversation(s, key)!.messages[0]).toEqual(user('1', REDACTED_TEXT));
  });

  it('redactSecrets leaves questions without the notice alone', () => {
    const messages = [user('1', 'q'), bot('2')];
    expect(redactSecrets(messages)).toEqual(messages);
  });

  it('degrades to "not stored" when storage is missing or throws', () => {
    expect(saveConversation(null, key, { sessionId: 's', messages: [user('1', 'q')] })).toBe(false);
    expect(saveConversation(throwing, key, { sessionId: 's', messages: [user('1', 'q')] })).toBe(false);
    expect(loadConversation(throwing, key)).toBeNull();
    expect(() => clearConversation(throwing, key)).not.toThrow();
  });
});
