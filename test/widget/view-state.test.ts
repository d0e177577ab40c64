import { describe, expect, it } from 'vitest';
import { clearConversation, storageKey, viewKey, type StorageLike } from '../../widget/src/storage.ts';
import { loadView, saveView, shouldRestoreOpen } from '../../widget/src/view-state.ts';

function memoryStorage(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe('view state', () => {
  const key = storageKey('');
  const view = { open: true, page: '/kb/contact', unread: 2 };

  it('is written only while a conversation is stored, and read back', () => {
    const s = memoryStorage();
    expect(saveView(s, key, view)).toBe(false);
    expect(s.map.size).toBe(0);
    s.setItem(key, '{"sessionId":"x","messages":[]}');
    expect(saveView(s, key, view)).toBe(true);
    expect(loadView(s, key)).toEqual(view);
  });

  it('goes with its conversation on reset', () => {
    const s = memoryStorage();
    s.setItem(key, '{}');
    saveView(s, key, view);
    clearConversation(s, key);
    expect(s.map.has(viewKey(key))).toBe(false);
    expect(s.map.has(key)).toBe(false);
  });

  it('treats anything malformed as no view, and a bad unread count as 0', () => {
    const s = memoryStorage();
    for (const raw of ['nope', '{"open":"yes","page":"/"}', 'null', '[]']) {
      s.setItem(viewKey(key), raw);
      expect(loadView(s, key)).toBeNull();
    }
    s.setItem(viewKey(key), '{"open":false,"page":"/","unread":-3}');
    expect(loadView(s, key)).toEqual({ open: false, page: '/', unread: 0 });
    expect(loadView(null, key)).toBeNull();
  });

  it('reopens on the same page always, on another page only where the panel does not cover it', () => {
    expect(shouldRestoreOpen(view, '/kb/contact', false)).toBe(true);
    expect(shouldRestoreOpen(view, '/kb/other', true)).toBe(true);
    expect(shouldRestoreOpen(view, '/kb/other', false)).toBe(false);
    expect(shouldRestoreOpen({ ...view, open: false }, '/kb/contact', true)).toBe(false);
  });
});
