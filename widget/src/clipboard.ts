/**
 * Copying text for 「会話をコピー」. The Clipboard API needs a secure context (https) and may be refused;
 * then the text is put in a textarea that the caller shows, selected, and `document.execCommand('copy')`
 * is tried — if even that fails, the selected text is in sight for the person to copy themselves.
 */

/** The parts of `navigator` used, so unit tests can pass a fake. */
export interface ClipboardHost {
  clipboard?: { writeText(text: string): Promise<void> };
}

/** Writes through the Clipboard API; false when it is missing or refuses. */
export async function writeClipboard(text: string, nav: ClipboardHost | undefined = globalThis.navigator): Promise<boolean> {
  if (!nav?.clipboard?.writeText) return false;
  try {
    await nav.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Selects the textarea's whole text and asks the browser to copy the selection; false when it could not. */
export function copySelection(area: HTMLTextAreaElement): boolean {
  area.focus();
  area.select();
  area.setSelectionRange(0, area.value.length);
  try {
    return area.ownerDocument.execCommand('copy');
  } catch {
    return false;
  }
}
