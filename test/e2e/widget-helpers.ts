/** Shared steps for the widget's browser tests (through the real server started by playwright.config.ts). */
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

export interface AnswerEventDetail {
  queryId: string;
  kind: string;
  id: string | null;
}

/** Records the widget's host-page events in `window.__cpEvents` (the init script bypasses the page's CSP). */
export async function recordEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cpEvents: { type: string; detail: unknown }[] };
    w.__cpEvents = [];
    for (const type of ['careplan-help:open', 'careplan-help:close', 'careplan-help:answer']) {
      document.addEventListener(type, (e) => w.__cpEvents.push({ type, detail: (e as CustomEvent).detail ?? null }));
    }
  });
}

/** The events recorded so far. */
export function events(page: Page): Promise<{ type: string; detail: AnswerEventDetail | null }[]> {
  return page.evaluate(() => (window as unknown as { __cpEvents: { type: string; detail: AnswerEventDetail | null }[] }).__cpEvents);
}

/** Opens the demo page and the panel with a click; returns the question box. */
export async function openPanel(page: Page): Promise<Locator> {
  await page.goto('/');
  await page.getByRole('button', { name: 'チャットで質問する' }).click();
  const input = page.getByRole('textbox', { name: '質問を入力' });
  await expect(input).toBeFocused();
  return input;
}

/** The bot messages, newest last. */
export function botMessages(page: Page): Locator {
  return page.locator('careplan-help .msg.bot');
}

/** Types a question, presses Enter and waits for the ask response; returns the bot message it produced. */
export async function ask(page: Page, question: string): Promise<Locator> {
  const input = page.getByRole('textbox', { name: '質問を入力' });
  const before = await botMessages(page).count();
  await input.fill(question);
  const response = page.waitForResponse((r) => r.url().endsWith('/api/ask') && r.request().method() === 'POST');
  await input.press('Enter');
  expect((await response).status()).toBe(200);
  await expect(botMessages(page)).toHaveCount(before + 1);
  // By index, not .last(): the locator must keep pointing at this reply when more arrive.
  return botMessages(page).nth(before);
}

/** The helpdesk contact as the server publishes it (content/site), so tests hard-code no phone number. */
export async function serverContact(request: APIRequestContext): Promise<{ phone: string; hours: string; formUrl: string }> {
  const res = await request.get('/api/suggestions');
  expect(res.ok()).toBe(true);
  return (await res.json()).contact;
}

/** The deepest focused element (through shadow roots), described by tag, part and text. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    if (!a) return '';
    return `${a.tagName.toLowerCase()}|${a.getAttribute('part') ?? ''}|${(a.textContent ?? '').trim()}`;
  });
}
