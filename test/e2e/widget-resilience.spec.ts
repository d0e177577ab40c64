/**
 * When the service cannot answer: offline (requests aborted), rate-limited (429) or failing (5xx), the
 * widget says so in Japanese, shows the helpdesk phone from content, and offers a retry that works.
 * The page, the widget and /api/suggestions come from the real server; only /api/ask is made to fail.
 */
import { expect, test } from '@playwright/test';
import { botMessages, openPanel, serverContact } from './widget-helpers.ts';

test('offline: a clear message, the phone number and a retry that works once back online', async ({ page, request }) => {
  const contact = await serverContact(request);
  const input = await openPanel(page);
  await expect(page.locator('careplan-help [part="chip"]').first()).toBeVisible(); // suggestions (and the contact) loaded
  await page.route('**/api/ask', (route) => route.abort('internetdisconnected'));
  await input.fill('KJのパスワードを忘れてしまいました');
  await input.press('Enter');
  const error = page.locator('careplan-help .msg.error');
  await expect(error).toContainText('通信できませんでした');
  await expect(error.getByRole('link', { name: contact.phone })).toHaveAttribute('href', `tel:${contact.phone.replace(/[^\d+]/g, '')}`);
  await expect(page.locator('careplan-help [role="status"]')).toContainText('通信できませんでした');

  await page.unroute('**/api/ask');
  await error.getByRole('button', { name: 'もう一度送信する' }).click();
  await expect(error).toHaveCount(0);
  await expect(botMessages(page)).toHaveCount(1);
  await expect(botMessages(page).locator('.answer')).toHaveAttribute('data-id', 'kj-password-lost');
  // The question is shown once, not repeated by the retry.
  await expect(page.locator('careplan-help .msg.user')).toHaveCount(1);
});

test('429: asks the user to wait, with the phone and a retry', async ({ page, request }) => {
  const contact = await serverContact(request);
  const input = await openPanel(page);
  await expect(page.locator('careplan-help [part="chip"]').first()).toBeVisible();
  await page.route('**/api/ask', (route) =>
    route.fulfill({
      status: 429,
      contentType: 'application/json',
      headers: { 'retry-after': '60' },
      body: JSON.stringify({ error: { code: 'rate-limited', message: '短時間に多くの質問が送られました。' } }),
    }),
  );
  await input.fill('代理人証明書は使えますか');
  await input.press('Enter');
  const error = page.locator('careplan-help .msg.error');
  await expect(error).toContainText('少し待ってから');
  await expect(error).toContainText(contact.phone);
  await expect(error.getByRole('button', { name: 'もう一度送信する' })).toBeVisible();
});

test('5xx: a server fault is explained without internals, with a retry', async ({ page }) => {
  const input = await openPanel(page);
  await expect(page.locator('careplan-help [part="chip"]').first()).toBeVisible();
  await page.route('**/api/ask', (route) => route.fulfill({ status: 503, contentType: 'text/html', body: '<h1>Service Unavailable</h1>' }));
  await input.fill('代理人証明書は使えますか');
  await input.press('Enter');
  const error = page.locator('careplan-help .msg.error');
  await expect(error).toContainText('ただいま回答できません');
  await expect(error).not.toContainText('Service Unavailable');
  await expect(error.getByRole('button', { name: 'もう一度送信する' })).toBeVisible();
});

test('a question the server rejects gets its Japanese reason and no useless retry', async ({ page }) => {
  const input = await openPanel(page);
  // The widget stops over-long questions itself, so swap the body on the way to the real server to get its
  // own 400 `question-too-long`: the server's Japanese message must be shown as is, without a retry button.
  await page.route('**/api/ask', async (route) => {
    const res = await route.fetch({ postData: JSON.stringify({ question: 'あ'.repeat(501) }) });
    await route.fulfill({ response: res });
  });
  await input.fill('KJのパスワード');
  await input.press('Enter');
  const error = page.locator('careplan-help .msg.error');
  await expect(error).toBeVisible();
  const text = (await error.locator('.error-text').textContent())!.trim();
  expect(text).toMatch(/500/);
  await expect(error.getByRole('button', { name: 'もう一度送信する' })).toHaveCount(0);
});
