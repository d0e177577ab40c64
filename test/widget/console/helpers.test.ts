import { describe, expect, it, vi } from 'vitest';
import { safeSnippet } from '../../../widget/console/snippet.ts';
import { isSlashShortcut, moveIndex } from '../../../widget/console/list-nav.ts';
import { debounce } from '../../../widget/console/debounce.ts';
import { loadToken, saveToken } from '../../../widget/console/token-store.ts';
import { japanTime, percent, reasonLabel } from '../../../widget/console/format.ts';
import { groupByReason } from '../../../widget/console/insights-tables.ts';
import type { FeedbackItem } from '../../../widget/console/api.ts';

describe('safeSnippet', () => {
  it('keeps <mark> and escapes any other tag', () => {
    expect(safeSnippet('a <mark>KJ</mark> &amp; <img src=x onerror=alert(1)><script>')).toBe(
      'a <mark>KJ</mark> &amp; &lt;img src=x onerror=alert(1)>&lt;script>',
    );
    expect(safeSnippet('<mark onclick=x>y</mark>')).toBe('&lt;mark onclick=x>y</mark>');
  });
});

describe('moveIndex', () => {
  it('moves and wraps', () => {
    expect(moveIndex(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveIndex(2, 3, 'ArrowDown')).toBe(0);
    expect(moveIndex(0, 3, 'ArrowUp')).toBe(2);
    expect(moveIndex(1, 3, 'ArrowUp')).toBe(0);
    expect(moveIndex(0, 0, 'ArrowDown')).toBe(-1);
  });
});

describe('isSlashShortcut', () => {
  it('fires only for a bare / outside text fields', () => {
    expect(isSlashShortcut({ key: '/' }, false)).toBe(true);
    expect(isSlashShortcut({ key: '/' }, true)).toBe(false);
    expect(isSlashShortcut({ key: '/', ctrlKey: true }, false)).toBe(false);
    expect(isSlashShortcut({ key: 'a' }, false)).toBe(false);
  });
});

describe('debounce', () => {
  it('calls once with the last arguments after the pause, and can be cancelled', () => {
    vi.useFakeTimers();
    try {
      const fn = vi.fn();
      const d = debounce(fn, 120);
      d('k');
      d('kj');
      vi.advanceTimersByTime(119);
      expect(fn).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(fn).toHaveBeenCalledExactlyOnceWith('kj');
      d('x');
      d.cancel();
      vi.advanceTimersByTime(500);
      expect(fn).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('token store', () => {
  it('saves, loads and removes the token, and survives blocked storage', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
    saveToken('abc', storage);
    expect(loadToken(storage)).toBe('abc');
    saveToken('', storage);
    expect(loadToken(storage)).toBe('');
    const blocked = { getItem: () => { throw new Error('SecurityError'); } };
    expect(loadToken(blocked)).toBe('');
  });
});

describe('format', () => {
  it('formats rates and Japan-time timestamps', () => {
    expect(percent(0.8333)).toBe('83%');
    expect(japanTime('2026-03-31T15:05:00.000Z')).toBe('2026-04-01 00:05');
    expect(japanTime('not a date')).toBe('not a date');
  });
});

describe('unhelpful reasons in the insights', () => {
  const vote = (queryId: string, helpful: boolean, reason: FeedbackItem['reason'] = null): FeedbackItem => ({
    queryId, at: '2026-04-01T00:00:00.000Z', helpful, reason, comment: null, question: 'q', kind: 'answer', answerId: 'a',
  });

  it('labels each reason in Japanese, 「理由なし」 without one', () => {
    expect(reasonLabel('irrelevant')).toBe('関係のない回答だった');
    expect(reasonLabel('not-solved')).toBe('関係はあるが解決しなかった');
    expect(reasonLabel('other')).toBe('その他');
    expect(reasonLabel(null)).toBe('理由なし');
  });

  it('groups the いいえ by reason in the offered order, those without one last, leaving out the はい and empty groups', () => {
    const groups = groupByReason([vote('1', false, 'other'), vote('2', true), vote('3', false), vote('4', false, 'irrelevant'), vote('5', false, 'other')]);
    expect(groups.map((g) => [g.reason, g.items.map((i) => i.queryId)])).toEqual([
      ['irrelevant', ['4']],
      ['other', ['1', '5']],
      [null, ['3']],
    ]);
  });
});
