/**
 * The article pages (/kb) as a clerk sees them (issue 14): a search box that works without JavaScript, the
 * chat on the page, the way back to the support site, dark mode, and link addresses on paper.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from '@playwright/test';
import { luminance } from './look-helpers.ts';
import { ask } from './widget-helpers.ts';

const site = parse(readFileSync('content/site.yaml', 'utf8')) as { supportSiteUrl: string };

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search box finds articles and the results lead to them', async ({ page }) => {
    await page.goto('/kb/');
    await page.getByRole('searchbox', { name: '記事を検索' }).fill('パスワード 有効期限');
    await page.getByRole('button', { name: '検索' }).click();
    await expect(page).toHaveURL(/\/kb\/search\?q=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('「パスワード 有効期限」の検索結果');
    await expect(page.getByRole('searchbox', { name: '記事を検索' })).toHaveValue('パスワード 有効期限');
    const first = page.locator('.search-results .result-title').first();
    await expect(first).toBeVisible();
    await expect(page.locator('.search-results mark').first()).toBeVisible();
    const title = (await first.innerText()).trim();
    await first.click();
    await expect(page).toHaveURL(/\/kb\/[a-z0-9-]+#[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });

  test('an empty or over-long query gets a readable page, not an error', async ({ page }) => {
    await page.goto('/kb/search?q=');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('記事を検索');
    const res = await page.goto(`/kb/search?q=${'証明書'.repeat(80)}`);
    expect(res!.status()).toBe(400);
    await expect(page.getByRole('alert')).toContainText('200文字以内');
    await expect(page.getByRole('searchbox', { name: '記事を検索' })).toBeVisible();
  });
});

test('every page links back to the support site from its header', async ({ page }) => {
  for (const url of ['/kb/', '/kb/kj-password-lost', '/kb/search?q=証明書']) {
    await page.goto(url);
    const back = page.getByRole('banner').getByRole('link', { name: 'サポートサイトへ戻る' });
    await expect(back).toHaveAttribute('href', site.supportSiteUrl);
    await expect(back).toBeVisible();
  }
});

test('the chat widget is on the article page and answers there', async ({ page }) => {
  await page.goto('/kb/certificate');
  await page.getByRole('button', { name: 'チャットで質問する' }).click();
  await expect(page.getByRole('dialog', { name: 'ヘルプデスク チャット' })).toBeVisible();
  const reply = await ask(page, '代理人証明書は使えますか');
  await expect(reply.locator('.answer')).toHaveAttribute('data-id', 'proxy-certificate');
});

test('dark mode: the pages turn dark with the system, like the widget and the console', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const url of ['/', '/kb/', '/kb/kj-password-lost', '/kb/search?q=証明書', '/agent']) {
    await page.goto(url);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const fg = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(luminance(bg), `${url} background ${bg}`).toBeLessThan(0.05);
    expect(luminance(fg), `${url} text ${fg}`).toBeGreaterThan(0.7);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/kb/');
  expect(luminance(await page.evaluate(() => getComputedStyle(document.body).backgroundColor))).toBeGreaterThan(0.9);
});

test('printing shows where links lead, and leaves out the search box, the chat and the header links', async ({ page, baseURL }) => {
  await page.goto('/kb/who-can-use');
  await page.emulateMedia({ media: 'print' });
  const after = (selector: string) => page.locator(selector).first().evaluate((a) => getComputedStyle(a, '::after').content);
  // A link to another article prints its full address; an external one its URL.
  expect(await after('.article-body a[href^="/kb/"]')).toMatch(new RegExp(`^" ${baseURL}/kb/[a-z0-9-]+(#[a-z0-9-]+)? "$`));
  expect(await after('.contact a[href^="https://"]:not([data-bare-url])')).toContain('https://');
  for (const hidden of ['.site-search', '.back-link', 'careplan-help', '.breadcrumbs']) await expect(page.locator(hidden).first()).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  expect(await after('.article-body a[href^="/kb/"]')).toBe('none');
});
