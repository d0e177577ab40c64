/**
 * The chat panel as a clerk sees it (issue 14): a modal dialog that keeps focus inside, reset with undo away
 * from ×, notices folded to one line, readable sizes, the phone in the header, and no resize grip. The panel
 * after a page change and the unread badge: widget-return.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { ask, botMessages, openPanel, serverContact } from './widget-helpers.ts';
import { SIZES, expectInViewport } from './look-helpers.ts';

interface FocusInfo {
  inWidget: boolean;
  key: string;
  inViewport: boolean;
}

/** What has focus: inside the widget or not, a short key (part, else tag), and whether it is in sight. */
function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    let a: Element | null = document.activeElement;
    const inWidget = a?.tagName === 'CAREPLAN-HELP';
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    if (!a) return { inWidget: false, key: '', inViewport: false };
    const r = a.getBoundingClientRect();
    const inViewport = r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1;
    const part = a.getAttribute('part')?.split(' ')[0];
    return { inWidget, key: part || a.tagName.toLowerCase(), inViewport };
  });
}

/** Presses `key` until focus is back on the question box; returns what got focus on the way. */
async function cycle(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<FocusInfo[]> {
  const seen: FocusInfo[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(key);
    const f = await focusInfo(page);
    seen.push(f);
    if (f.key === 'input' || !f.inWidget) break;
  }
  return seen;
}

/** Collapses repeats (several chips) so the order of the regions reads plainly. */
const regions = (seen: FocusInfo[]) => seen.map((f) => f.key).filter((k, i, all) => k !== all[i - 1]);

for (const size of SIZES) {
  test(`${size.name}: Tab and Shift+Tab cycle through header, notices, messages, chips and composer, never leaving the dialog`, async ({ page }) => {
    await page.setViewportSize(size);
    await openPanel(page);
    await expect(page.getByRole('dialog', { name: 'ヘルプデスク チャット' })).toHaveAttribute('aria-modal', 'true');
    await expect(page.locator('careplan-help [part="chip"]').first()).toBeVisible();

    const forward = await cycle(page, 'Tab');
    expect(forward.every((f) => f.inWidget), JSON.stringify(forward)).toBe(true);
    expect(regions(forward)).toEqual(['send-button', 'header-phone', 'close-button', 'summary', 'body', 'welcome-phone', 'chip', 'input']);
    // On a phone the panel covers the page: whatever has focus must be on screen.
    expect(forward.filter((f) => !f.inViewport && f.key !== 'chip')).toEqual([]);

    const backward = await cycle(page, 'Shift+Tab');
    expect(backward.every((f) => f.inWidget)).toBe(true);
    expect(regions(backward)).toEqual(['chip', 'welcome-phone', 'body', 'summary', 'close-button', 'header-phone', 'send-button', 'input']);
  });
}

test('with a conversation, Tab reaches the answer, the vote and 会話をリセット and still comes round', async ({ page }) => {
  await openPanel(page);
  await ask(page, '代理人証明書は使えますか');
  const seen = regions(await cycle(page, 'Tab'));
  expect(seen.at(-1)).toBe('input');
  for (const key of ['answer-link', 'button', 'reset-button']) expect(seen).toContain(key);
  expect(seen.indexOf('reset-button')).toBeGreaterThan(seen.indexOf('answer-link'));
});

test('会話をリセット sits away from ×, and 元に戻す brings the conversation back', async ({ page }) => {
  const stored = () => page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('careplan-help:')));
  await page.setViewportSize({ width: 375, height: 667 });
  await openPanel(page);
  await ask(page, 'KJのパスワードを忘れてしまいました');
  await expect(page.locator('careplan-help [part="header"] [part="reset-button"]')).toHaveCount(0);
  const reset = page.getByRole('button', { name: '会話をリセット' });
  const close = page.getByRole('button', { name: 'チャットを閉じる' });
  const [r, c] = [(await reset.boundingBox())!, (await close.boundingBox())!];
  expect(Math.hypot(r.x - c.x, r.y - c.y)).toBeGreaterThan(150);

  await reset.click();
  await expect(page.locator('careplan-help .msg')).toHaveCount(0);
  expect(await stored()).toEqual([]);
  // 「元に戻す」 is in sight, not scrolled away with the conversation it replaces.
  const undo = page.getByRole('button', { name: '元に戻す' });
  const view = (await page.locator('careplan-help .scroll').boundingBox())!;
  expect((await undo.boundingBox())!.y).toBeGreaterThanOrEqual(view.y);
  await undo.click();
  await expect(page.locator('careplan-help .msg.user .text')).toHaveText(['KJのパスワードを忘れてしまいました']);
  await expect(botMessages(page).locator('.answer')).toHaveAttribute('data-id', 'kj-password-lost');
  expect(await stored()).toContain('careplan-help:v1:same-origin');

  // A new question after a reset starts over for good: nothing left to bring back.
  await reset.click();
  await ask(page, '代理人証明書は使えますか');
  await expect(page.getByRole('button', { name: '元に戻す' })).toHaveCount(0);
});

test('the notices fold to one line with their count and unfold without being cut', async ({ page, request }) => {
  const { notices } = (await (await request.get('/api/suggestions')).json()) as { notices: unknown[] };
  expect(notices.length).toBeGreaterThan(1);
  await page.setViewportSize({ width: 375, height: 667 });
  await openPanel(page);
  const box = page.locator('careplan-help [part="notices"]');
  const summary = box.locator('summary');
  await expect(summary).toHaveText(`重要なお知らせ（${notices.length}件）`);
  expect((await box.boundingBox())!.height).toBeLessThanOrEqual(48);
  await expect(box.locator('[part="notice"]').first()).toBeHidden();

  await summary.click();
  const items = box.locator('[part="notice"]');
  await expect(items).toHaveCount(notices.length);
  const list = box.locator('ul');
  const [clipped, bottom] = await list.evaluate((ul) => [ul.scrollHeight > ul.clientHeight + 1, ul.getBoundingClientRect().bottom]);
  expect(clipped, 'the list scrolls inside itself').toBe(false);
  for (const item of await items.all()) expect((await item.boundingBox())!.y + (await item.boundingBox())!.height).toBeLessThanOrEqual(bottom + 1);
});

test('everything a user reads is at least 14 px, answers at least 16 px', async ({ page }) => {
  await openPanel(page);
  await page.locator('careplan-help [part="notices"] summary').click();
  await ask(page, 'KJのパスワードを忘れてしまいました');
  await ask(page, '明日の天気を教えてください');
  const sizes = await page.evaluate(() => {
    const root = document.querySelector('careplan-help')!.shadowRoot!;
    const out: { text: string; px: number; answer: boolean }[] = [];
    for (const el of root.querySelectorAll('*')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!.trim()).join('');
      if (!own || el.closest('.visually-hidden, [aria-hidden="true"]') || !el.checkVisibility()) continue;
      // The answer's own text: message, title, section, card and 「詳しく見る」 (the folded related list's label is a control).
      const answer = !!el.closest('.msg.bot .text, .answer-title, .answer-section, .answer-body, .answer-links .more');
      out.push({ text: own.slice(0, 20), px: parseFloat(getComputedStyle(el).fontSize), answer });
    }
    return out;
  });
  expect(sizes.length).toBeGreaterThan(20);
  expect(sizes.filter((s) => s.px < 14)).toEqual([]);
  const answers = sizes.filter((s) => s.answer);
  expect(answers.length).toBeGreaterThan(3);
  expect(answers.filter((s) => s.px < 16)).toEqual([]);
});

test('375×667: the helpdesk phone is in the header, in sight without scrolling', async ({ page, request }) => {
  const contact = await serverContact(request);
  await page.setViewportSize({ width: 375, height: 667 });
  await openPanel(page);
  const phone = page.locator('careplan-help [part="header"]').getByRole('link', { name: contact.phone });
  await expect(phone).toHaveAttribute('href', `tel:${contact.phone.replace(/[^\d+]/g, '')}`);
  await expect(page.locator('careplan-help [part="header"]')).toContainText(contact.hours);
  await expectInViewport(page, { phone });
});

test('the question box has no resize grip', async ({ page }) => {
  const input = await openPanel(page);
  expect(await input.evaluate((el) => getComputedStyle(el).resize)).toBe('none');
});
