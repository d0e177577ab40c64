import { describe, expect, it } from 'vitest';
import { wrapTarget } from '../../widget/src/focus-trap.ts';

describe('wrapTarget', () => {
  const items = ['close', 'notices', 'body', 'chip', 'input', 'send'];

  it('wraps Tab from the last element to the first, and Shift+Tab from the first to the last', () => {
    expect(wrapTarget(items, 'send', false)).toBe('close');
    expect(wrapTarget(items, 'close', true)).toBe('send');
  });

  it('lets the browser move focus everywhere in between', () => {
    for (const current of items.slice(0, -1)) expect(wrapTarget(items, current, false)).toBeNull();
    for (const current of items.slice(1)) expect(wrapTarget(items, current, true)).toBeNull();
  });

  it('brings focus from nowhere to the end Tab heads for, and leaves an unlisted element inside alone', () => {
    expect(wrapTarget(items, null, false)).toBe('close');
    expect(wrapTarget(items, null, true)).toBe('send');
    expect(wrapTarget(items, 'feedback-group', false)).toBeNull();
  });

  it('does nothing without focusable elements', () => {
    expect(wrapTarget([], null, false)).toBeNull();
  });
});
