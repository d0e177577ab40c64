/**
 * Keeps Tab and Shift+Tab inside the open dialog (issue 14: Tab from 送信 went to the page behind while the
 * panel stayed open). The browser moves focus as usual inside the panel; only at either end does focus wrap
 * around, from the last element to the first and back.
 */

/** What Tab can reach. Elements inside a closed <details> are filtered out by `reachable`. */
const TABBABLE = 'a[href], button:not([disabled]), textarea:not([disabled]), input:not([disabled]), select:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The elements of `root` that Tab reaches, in document order: rendered, not disabled, tabindex ≥ 0. */
export function reachable(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(TABBABLE)).filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0);
}

/**
 * Where focus should go instead of the browser's next element: the first element when Tab leaves the last,
 * the last when Shift+Tab leaves the first; `null` lets the browser move focus (it stays inside). Pure.
 */
export function wrapTarget<T>(items: T[], current: T | null, backwards: boolean): T | null {
  if (items.length === 0) return null;
  const i = current === null ? -1 : items.indexOf(current);
  // Focus outside the list (the page behind, or nothing): bring it back in at the end Tab heads for.
  if (i === -1) return current === null ? (backwards ? items[items.length - 1]! : items[0]!) : null;
  if (backwards && i === 0) return items[items.length - 1]!;
  if (!backwards && i === items.length - 1) return items[0]!;
  return null;
}

/**
 * Handles a Tab keydown inside `container` (a modal dialog): wraps focus at either end. Returns whether it
 * took the key. `root` is the document or shadow root the container lives in (where activeElement is).
 */
export function keepTabInside(e: KeyboardEvent, container: HTMLElement, root: Document | ShadowRoot): boolean {
  if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return false;
  const active = root.activeElement as HTMLElement | null;
  const target = wrapTarget(reachable(container), active && container.contains(active) ? active : null, e.shiftKey);
  if (!target) return false;
  e.preventDefault();
  target.focus();
  return true;
}
