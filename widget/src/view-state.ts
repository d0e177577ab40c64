/**
 * The panel's view state beside its conversation in sessionStorage, so the panel comes back as it was after
 * a page change (issue 14): open or closed, on which page, and the replies that arrived while it was closed.
 */
import { hasConversation, viewKey, type StorageLike } from './storage.ts';

/** How the panel looked when the page was left. */
export interface ViewState {
  open: boolean;
  /** `location.pathname + location.search` of the page it was saved on. */
  page: string;
  unread: number;
}

/** Reads the view state; anything malformed counts as none. */
export function loadView(storage: StorageLike | null, key: string): ViewState | null {
  try {
    const data = JSON.parse(storage?.getItem(viewKey(key)) ?? 'null') as Partial<ViewState> | null;
    if (!data || typeof data.open !== 'boolean' || typeof data.page !== 'string') return null;
    const unread = typeof data.unread === 'number' && Number.isInteger(data.unread) && data.unread > 0 ? data.unread : 0;
    return { open: data.open, page: data.page, unread };
  } catch {
    return null;
  }
}

/**
 * Writes the view state, only while a conversation is stored (nothing is written before the first
 * question; a reset clears both). Returns whether it was written.
 */
export function saveView(storage: StorageLike | null, key: string, view: ViewState): boolean {
  try {
    if (!storage || !hasConversation(storage, key)) return false;
    storage.setItem(viewKey(key), JSON.stringify(view));
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether the panel opens by itself on this page load: it was open when the page was left, and either this
 * is the same page (coming back) or the screen is wide enough for the floating panel to leave the page
 * readable. On a phone the panel is full screen: opening it on the article a chat link led to would hide
 * that article, so there the launcher says a conversation is waiting instead. Pure.
 */
export function shouldRestoreOpen(view: ViewState, page: string, wide: boolean): boolean {
  return view.open && (view.page === page || wide);
}
