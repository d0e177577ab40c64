/** Keyboard movement through a result list: ↑ ↓ wrap around; -1 means nothing is active. */
export function moveIndex(current: number, length: number, key: 'ArrowUp' | 'ArrowDown'): number {
  if (length === 0) return -1;
  if (key === 'ArrowDown') return current < 0 || current >= length - 1 ? 0 : current + 1;
  return current <= 0 ? length - 1 : current - 1;
}

/** Whether a `/` keypress should focus the search box: not while the user types somewhere else. */
export function isSlashShortcut(event: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }, typingTarget: boolean): boolean {
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingTarget;
}
