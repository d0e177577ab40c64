/**
 * Accessibility, layout and theming in real Chromium: axe-core with the panel closed and open, dialog
 * semantics, the polite live region, full screen on a phone, 16 px input, dark mode, reduced motion,
 * and screenshots (mobile 375×667, desktop) saved with the test results.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { ask, events, openPanel, recordEvents } from './widget-helpers.ts';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('careplan-help').analyze();
  const page_ = await new AxeBuilder({ page }).analyze();
  const all = [...results.violations, ...page_.violations];
  return all
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('axe: no serious or critical violation with the panel closed', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'チャットで質問する' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe: no serious or critical violation with the panel open, answer, clarify and fallback shown', async ({ page }) => {
  // Three asks and two axe runs: 17 s beside the other specs on two cores, against the default 30 s.
  test.slow();
  await openPanel(page);
  await expect(page.locator('careplan-help [part="chip"]').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await ask(page, 'KJのパスワードを忘れてしまいました');
  await ask(page, 'ログインできません');
  await ask(page, '明日の天気を教えてください');
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe: dark mode passes too', async ({ page }) => {
  test.slow();
  await page.emulateMedia({ colorScheme: 'dark' });
  await openPanel(page);
  await ask(page, '代理人証明書は使えますか');
  expect(await seriousViolations(page)).toEqual([]);
});

test('dialog semantics, open/close events and a polite live region that reads the reply', async ({ page }) => {
  await recordEvents(page);
  const launcher = page.getByRole('button', { name: 'チャットで質問する' });
  await page.goto('/');
  await expect(launcher).toHaveAttribute('aria-expanded', 'false');
  await launcher.click();
  const dialog = page.getByRole('dialog', { name: 'ヘルプデスク チャット' });
  await expect(dialog).toBeVisible();
  const live = dialog.locator('[role="status"][aria-live="polite"]');
  await expect(live).toHaveCount(1);
  await ask(page, '事業所ごとに電子証明書は必要？');
  await expect(live).toContainText('電子証明書');
  await dialog.getByRole('button', { name: 'チャットを閉じる' }).click();
  await expect(dialog).toBeHidden();
  await expect(launcher).toBeFocused();
  expect((await events(page)).map((e) => e.type)).toEqual(['careplan-help:open', 'careplan-help:answer', 'careplan-help:close']);
});

test('the host page drives the attributes: open, heading, position="inline"', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const el = document.querySelector('careplan-help')!;
    el.setAttribute('heading', 'お問い合わせチャット');
    el.setAttribute('open', '');
  });
  await expect(page.getByRole('dialog', { name: 'お問い合わせチャット' })).toBeVisible();
  await page.evaluate(() => document.querySelector('careplan-help')!.removeAttribute('open'));
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.evaluate(() => document.querySelector('careplan-help')!.setAttribute('position', 'inline'));
  await expect(page.getByRole('region', { name: 'お問い合わせチャット' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'チャットで質問する' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'チャットを閉じる' })).toHaveCount(0);
  expect(await page.locator('careplan-help').evaluate((el) => getComputedStyle(el).position)).toBe('static');
});

test('mobile 375×667: full screen, 16 px input, screenshot', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/');
  await screenshot(page, testInfo, 'widget-mobile-375x667-closed');
  await page.getByRole('button', { name: 'チャットで質問する' }).click();
  const panel = page.locator('careplan-help [part="panel"]');
  await expect(panel).toBeVisible();
  await panel.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
  const box = (await panel.boundingBox())!;
  expect([box.x, box.y, box.width, box.height].map(Math.round)).toEqual([0, 0, 375, 667]);
  const input = page.getByRole('textbox', { name: '質問を入力' });
  const fontSize = await input.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(16);
  const inputBox = (await input.boundingBox())!;
  expect(inputBox.y + inputBox.height).toBeLessThanOrEqual(667);
  await screenshot(page, testInfo, 'widget-mobile-375x667-open');
  await ask(page, 'KJのパスワードを忘れてしまいました');
  await screenshot(page, testInfo, 'widget-mobile-375x667-answer');
});

test('desktop: a floating panel, screenshot', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openPanel(page);
  const box = (await page.locator('careplan-help [part="panel"]').boundingBox())!;
  expect(box.width).toBeLessThan(500);
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  await ask(page, '明日の天気を教えてください');
  await screenshot(page, testInfo, 'widget-desktop-1280x800-fallback');
});

test('prefers-reduced-motion turns animations off; prefers-color-scheme switches the palette', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'dark' });
  await openPanel(page);
  const panel = page.locator('careplan-help [part="panel"]');
  expect(await panel.evaluate((el) => getComputedStyle(el).animationDuration)).toBe('0s');
  const darkBg = await panel.evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  const lightBg = await panel.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(lightBg).toBe('rgb(255, 255, 255)');
  expect(darkBg).not.toBe(lightBg);
});

test('theming through documented custom properties and parts; no style attributes anywhere', async ({ page }) => {
  await openPanel(page);
  await ask(page, 'KJのパスワードを忘れてしまいました');
  const styled = await page.evaluate(() => {
    const host = document.querySelector('careplan-help')!;
    const all = [host, ...host.shadowRoot!.querySelectorAll('*')];
    return all.filter((el) => el.hasAttribute('style')).map((el) => el.tagName);
  });
  expect(styled).toEqual([]);
  // A host page re-themes through the documented property and a part, from a stylesheet file (strict CSP).
  await page.route('**/assets/host-theme.css', (route) =>
    route.fulfill({
      contentType: 'text/css',
      body: 'careplan-help { --careplan-help-accent: rgb(0, 100, 0); } careplan-help::part(send-button) { border-radius: 0px; }',
    }),
  );
  const loaded = page.waitForResponse('**/assets/host-theme.css');
  await page.evaluate(() => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/assets/host-theme.css';
    document.head.append(link);
  });
  await loaded;
  const send = page.locator('careplan-help [part="send-button"]');
  await expect.poll(() => send.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 100, 0)');
  expect(await send.evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('0px');
});
