import { describe, expect, it } from 'vitest';
import { COMPOSITION_END_WINDOW_MS, decideEnter, initialImeState, shouldCloseOnEscape, type KeyLike } from '../../widget/src/ime.ts';

const key = (over: Partial<KeyLike> = {}): KeyLike => ({ key: 'Enter', shiftKey: false, isComposing: false, keyCode: 13, timeStamp: 10_000, ...over });

describe('decideEnter', () => {
  it('sends on a plain Enter', () => {
    expect(decideEnter(key(), initialImeState())).toBe('send');
  });

  it('breaks the line on Shift+Enter', () => {
    expect(decideEnter(key({ shiftKey: true }), initialImeState())).toBe('newline');
  });

  it('never sends the Enter that confirms a conversion (isComposing)', () => {
    expect(decideEnter(key({ isComposing: true }), initialImeState())).toBe('compose');
  });

  it('never sends on keyCode 229, whatever the key says', () => {
    expect(decideEnter(key({ keyCode: 229 }), initialImeState())).toBe('compose');
    expect(decideEnter(key({ key: 'Process', keyCode: 229 }), initialImeState())).toBe('compose');
  });

  it('never sends between compositionstart and compositionend even if the event says otherwise', () => {
    expect(decideEnter(key(), { composing: true, compositionEndedAt: -Infinity })).toBe('compose');
  });

  it('ignores the Enter right after compositionend (Safari order) but sends a later one', () => {
    const state = { composing: false, compositionEndedAt: 10_000 };
    expect(decideEnter(key({ timeStamp: 10_000 }), state)).toBe('compose');
    expect(decideEnter(key({ timeStamp: 10_000 + COMPOSITION_END_WINDOW_MS - 1 }), state)).toBe('compose');
    expect(decideEnter(key({ timeStamp: 10_000 + COMPOSITION_END_WINDOW_MS }), state)).toBe('send');
  });

  it('leaves other keys alone', () => {
    expect(decideEnter(key({ key: 'a', keyCode: 65 }), initialImeState())).toBe('other');
    expect(decideEnter(key({ key: 'a', keyCode: 65, isComposing: true }), initialImeState())).toBe('other');
  });
});

describe('shouldCloseOnEscape', () => {
  it('closes on Escape', () => {
    expect(shouldCloseOnEscape({ key: 'Escape', isComposing: false, keyCode: 27 }, initialImeState())).toBe(true);
  });

  it('does not close while Escape cancels a conversion', () => {
    expect(shouldCloseOnEscape({ key: 'Escape', isComposing: true, keyCode: 27 }, initialImeState())).toBe(false);
    expect(shouldCloseOnEscape({ key: 'Escape', isComposing: false, keyCode: 229 }, initialImeState())).toBe(false);
    expect(shouldCloseOnEscape({ key: 'Escape', isComposing: false, keyCode: 27 }, { composing: true, compositionEndedAt: 0 })).toBe(false);
  });

  it('ignores other keys', () => {
    expect(shouldCloseOnEscape({ key: 'Enter', isComposing: false, keyCode: 13 }, initialImeState())).toBe(false);
  });
});
