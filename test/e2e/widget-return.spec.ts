/**
 * Coming back to a conversation (issue 14): after a page change the panel is as it was — open, at the last
 * reply — except that a phone does not cover the article a chat link opened; a reply that arrives while
 * the panel is closed puts a badge on the launcher.
 */
import { expect, test, type Page } from '@playwright/test';
import { ask, botMessages, openPanel } from './widget-helpers.ts';

/** Whether the top of the newest message is inside the visible part of the conversation. */
async function lastReplyInView(page: Page): Promise<boolean> {
  return page.locator('careplan-help .scroll').evaluate((box) => {
    const items = box.querySelectorAll('.msg');
    const last = items[items.length - 1]!.getBoundingClientRect();
    const view = box.getBoundingClientRect();
    return last.top >= view.top - 1 && last.top < view.bottom - 20;
  });
}

/** Two long answers, so that the newest one is far down the conversation. */
async function twoAnswers(page: Page) {
  await openPanel(page);
  await ask(page, 'KJのパスワードを忘れてしまいました');
  return ask(page, '代理人証明書は使えますか');
}

test('desktop: after following an article link, and after coming back, the panel is open at the last reply', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const reply = await twoAnswers(page);
  await reply.locator('[part="answer-link"]').click();
  await expect(page).toHaveURL(/\/kb\/proxy-certificate/);
  const dialog = page.getByRole('dialog', { name: 'ヘルプデスク チャット' });
  await expect(dialog).toBeVisible();
  await expect.poll(() => lastReplyInView(page)).toBe(true);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(dialog).toBeVisible();
  await expect.poll(() => lastReplyInView(page)).toBe(true);
});

test('phone: the article a chat link opens is not covered, the launcher says a conversation waits, and back brings the panel', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  const reply = await twoAnswers(page);
  await reply.locator('[part="answer-link"]').click();
  await expect(page).toHaveURL(/\/kb\/proxy-certificate/);
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('button', { name: 'チャットで質問する' })).toContainText('会話の続き');
  await page.goBack();
  await expect(page.getByRole('dialog', { name: 'ヘルプデスク チャット' })).toBeVisible();
  await expect.poll(() => lastReplyInView(page)).toBe(true);
});

test('a reply that arrives while the panel is closed puts a badge on the launcher', async ({ page }) => {
  const input = await openPanel(page);
  await page.route('**/api/ask', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  await input.fill('代理人証明書は使えますか');
  await input.press('Enter');
  await page.keyboard.press('Escape');
  const launcher = page.getByRole('button', { name: /チャットで質問する/ });
  await expect(launcher.locator('[part="badge"]')).toHaveText(/^1/);
  await expect(launcher).toHaveAccessibleName(/新しい回答 1件/);
  await launcher.click();
  await expect(botMessages(page)).toHaveCount(1);
  await expect.poll(() => lastReplyInView(page)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(launcher.locator('[part="badge"]')).toHaveCount(0);
});

