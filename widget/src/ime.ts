/**
 * Enter-key decisions for the question box, safe with Japanese input methods.
 *
 * The Enter that confirms a kana→kanji conversion must never send. Browsers signal it differently:
 * Chrome/Firefox set `isComposing` on that keydown; older engines only report keyCode 229; Safari fires
 * `compositionend` *before* the keydown, whose `isComposing` is then already false. So we guard on all
 * three, the last one by ignoring an Enter that arrives within a short window after compositionend.
 */

/** The parts of a KeyboardEvent the decision needs (a plain object in unit tests). */
export interface KeyLike {
  key: string;
  shiftKey: boolean;
  isComposing: boolean;
  keyCode: number;
  /** The event's time, in the same clock as `compositionEndedAt` (performance.now / event.timeStamp). */
  timeStamp: number;
}

export interface ImeState {
  /** Between compositionstart and compositionend. */
  composing: boolean;
  /** timeStamp of the last compositionend, or -Infinity. */
  compositionEndedAt: number;
}

/** How long after compositionend an Enter still counts as the confirming one (ms). */
export const COMPOSITION_END_WINDOW_MS = 100;

/** `send`: submit; `newline`: let the textarea break the line; `compose`: the IME owns it; `other`: not Enter. */
export type EnterDecision = 'send' | 'newline' | 'compose' | 'other';

/** Decides what an Enter keydown means. Pure. */
export function decideEnter(e: KeyLike, state: ImeState): EnterDecision {
  const isEnter = e.key === 'Enter' || e.keyCode === 13;
  // keyCode 229 is "the IME is handling this key"; its `key` may not even be 'Enter'.
  if (e.isComposing || e.keyCode === 229 || state.composing) return isEnter || e.keyCode === 229 ? 'compose' : 'other';
  if (!isEnter) return 'other';
  if (e.timeStamp - state.compositionEndedAt < COMPOSITION_END_WINDOW_MS) return 'compose';
  return e.shiftKey ? 'newline' : 'send';
}

/** Whether Escape should close the panel: not while it cancels a conversion. Pure. */
export function shouldCloseOnEscape(e: Pick<KeyLike, 'key' | 'isComposing' | 'keyCode'>, state: ImeState): boolean {
  return e.key === 'Escape' && !e.isComposing && e.keyCode !== 229 && !state.composing;
}

/** A fresh state: nothing composed yet. */
export function initialImeState(): ImeState {
  return { composing: false, compositionEndedAt: Number.NEGATIVE_INFINITY };
}
