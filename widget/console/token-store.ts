/** The admin token, entered once per browser tab and kept in sessionStorage (gone when the tab closes). */

const KEY = 'careplan-agent-console:token';

/** Reads the token, or '' (also when storage is blocked). */
export function loadToken(storage: Pick<Storage, 'getItem'> | undefined = globalThis.sessionStorage): string {
  try {
    return storage?.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** Saves the token; an empty token removes it. */
export function saveToken(token: string, storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = globalThis.sessionStorage): void {
  try {
    if (token) storage?.setItem(KEY, token);
    else storage?.removeItem(KEY);
  } catch {
    // storage blocked: the token lives only in memory for this page
  }
}
