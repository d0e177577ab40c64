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

/** A question that reaches each of the five intent articles (issue 13: their cards must fit in sight). */
export const INTENTS: [question: string, article: string][] = [
  ['KJのパスワードを忘れてしまいました', 'kj-password-lost'],
  ['パスワードの有効期限が切れていますと出る', 'password-expired'],
  ['利用申請が終わっているか確認したい', 'application-status'],
  ['事業所ごとに電子証明書は必要？', 'certificate-per-office'],
  ['代理人証明書は使えますか', 'proxy-certificate'],
];

/** The reference code format of the ask contract (Crockford base32, `XXXX-XXXX`). */
export const REFERENCE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

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
  return (await askWithResponse(page, question)).reply;
}

/** Like `ask`, and also returns what was sent and the JSON the server answered. */
export async function askWithResponse(page: Page, question: string): Promise<{ reply: Locator; sent: AskSent; result: AskJson }> {
  const input = page.getByRole('textbox', { name: '質問を入力' });
  const before = await botMessages(page).count();
  await input.fill(question);
  const response = page.waitForResponse((r) => r.url().endsWith('/api/ask') && r.request().method() === 'POST');
  await input.press('Enter');
  const res = await response;
  expect(res.status()).toBe(200);
  await expect(botMessages(page)).toHaveCount(before + 1);
  // By index, not .last(): the locator must keep pointing at this reply when more arrive.
  return { reply: botMessages(page).nth(before), sent: JSON.parse(res.request().postData()!), result: await res.json() };
}

/** The body the widget posted to /api/ask. */
export interface AskSent {
  question: string;
  sessionId?: string;
  previous?: string;
  offered?: string[];
}

/** The parts of the ask response the tests read. */
export interface AskJson {
  queryId: string;
  kind: string;
  answer: { id: string; title: string; html: string; url: string; section: { anchor: string; title: string } | null } | null;
  reference: string | null;
  notices: { code: string }[];
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
