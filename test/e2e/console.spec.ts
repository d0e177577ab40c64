/**
 * The agents' console at /agent, through the real server (see playwright.config.ts): search as you type
 * with the keyboard, copy an answer for a mail, the ask preview, and the insights behind the admin token.
 */
import { expect, test, type Page } from '@playwright/test';

const TOKEN = 'e2e-admin-token';

/** Fails the test on any CSP violation the page reports. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  return violations;
}

test('search as you type, keyboard navigation, category filter and the article', async ({ page }) => {
  const csp = watchCsp(page);
  await page.goto('/agent');
  await expect(page.getByRole('tab', { name: '記事を検索' })).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: '記事を検索' });
  await expect(box).toBeFocused();

  // Under load a pause in typing lets an intermediate search run: wait for the final one to be on screen.
  const finalSearch = page.waitForResponse((r) => r.url().includes('/api/search') && new URL(r.url()).searchParams.get('q') === 'KJ パスワード');
  await box.pressSequentially('KJ パスワード', { delay: 30 });
  // A figure for the report, not an assertion: from the last keystroke to the final results on screen
  // (debounce, request, render; measured from the test process, so it includes Playwright's round trips).
  const typed = performance.now();
  const { total } = (await (await finalSearch).json()) as { total: number };
  const options = page.getByRole('listbox', { name: '検索結果' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText(`${total}件`);
  console.log(`console search: final results on screen ${(performance.now() - typed).toFixed(0)} ms after the last keystroke`);

  await expect(options.first().locator('mark').first()).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText('件');

  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  const firstTitle = (await options.first().locator('.title').innerText()).split('\n')[0]!.replace(/\s*›.*$/, '').trim();
  await page.keyboard.press('Enter');

  const article = page.locator('kb-article article');
  await expect(article.getByRole('heading', { level: 2 }).first()).toContainText(firstTitle.slice(0, 8));
  const toc = page.getByRole('navigation', { name: 'この記事の見出し' });
  await expect(toc.getByRole('link').first()).toBeVisible();
  const deepLink = toc.getByRole('link', { name: /公開ページで開く/ }).first();
  await expect(deepLink).toHaveAttribute('href', /^\/kb\/[a-z0-9-]+#[a-z0-9-]+$/);

  // The category filter: every hit carries the chosen category's label.
  await page.getByRole('combobox', { name: 'カテゴリで絞り込む' }).selectOption({ label: '電子証明書' });
  const filtered = page.waitForResponse((r) => r.url().includes('/api/search') && new URL(r.url()).searchParams.get('q') === '証明書' && new URL(r.url()).searchParams.has('category'));
  await box.fill('証明書');
  await filtered;
  await expect(options.first()).toBeVisible();
  // Retried until the filtered list is on screen: the previous query's results stay until it renders.
  await expect.poll(async () => [...new Set(await options.locator('.tag').allInnerTexts())]).toEqual(['電子証明書']);

  expect(csp).toEqual([]);
});

test('「回答をコピー」 puts a mail-ready text with steps and the helpdesk contact on the clipboard', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const contact = (await (await request.get('/api/suggestions')).json()).contact as { phone: string; hours: string; formUrl: string };
  await page.goto('/agent');
  await page.getByRole('combobox', { name: '記事を検索' }).fill('パスワード 再発行');
  const first = page.getByRole('listbox', { name: '検索結果' }).getByRole('option').first();
  await expect(first).toBeVisible();
  await first.click();
  const title = await page.locator('kb-article #article-title').innerText();

  await page.getByRole('button', { name: '回答をコピー' }).click();
  await expect(page.locator('kb-article').getByRole('status')).toContainText('コピーしました');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith(`【${title}】`)).toBe(true);
  expect(copied).toMatch(/^1\. /m); // numbered steps survive as text
  expect(copied).toContain(`電話: ${contact.phone}\n受付時間: ${contact.hours}`);
  expect(copied).toContain(contact.formUrl);
  expect(copied).not.toMatch(/<[a-z/]/i);
});

test('the ask preview shows kind, intent, confidence and what decided', async ({ page }) => {
  await page.goto('/agent');
  await page.evaluate((t) => sessionStorage.setItem('careplan-agent-console:token', t), TOKEN);
  await page.reload();
  await page.getByRole('tab', { name: '回答プレビュー' }).click();
  await page.getByRole('textbox', { name: '質問' }).fill('KJのパスワードを忘れました');
  await page.getByRole('button', { name: '試す' }).click();
  const result = page.getByRole('region', { name: 'プレビュー結果' });
  await expect(result.locator('[data-kind]')).toHaveAttribute('data-kind', /answer|clarify/);
  await expect(result).toContainText('確信度');
  await expect(result.getByTestId('decided-by')).toHaveText('記事の判定ルールが成立');
  // The structured trace, in Japanese: how the question was read, the candidates and their reasons.
  await expect(result).toContainText('検索した文');
  await expect(result.getByRole('table')).toContainText('確率');
  await expect(result).not.toContainText(/ruleFires|searchRelative|decidedBy/);
});

test('insights: token asked once, unanswered questions first, then summary and feedback', async ({ page, request }) => {
  const csp = watchCsp(page);
  // A question the bot cannot answer, unique to this run.
  const marker = `火星への引っ越し手続き${Date.now().toString(36).slice(-4)}について`;
  const asked = await request.post('/api/ask', { data: { question: marker } });
  expect(asked.ok()).toBe(true);
  expect(['fallback', 'clarify']).toContain((await asked.json()).kind);

  await page.goto('/agent#insights');
  await page.getByLabel('管理トークン').fill('wrong-token');
  await page.getByRole('button', { name: '表示する' }).click();
  await expect(page.getByRole('alert')).toContainText('管理トークンが正しくありません');

  await page.getByLabel('管理トークン').fill(TOKEN);
  await page.getByRole('button', { name: '表示する' }).click();
  const headings = page.locator('insights-view h3');
  await expect(headings.first()).toHaveText('回答できなかった質問');
  await expect(page.locator('insights-view section').first().getByRole('cell', { name: marker })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^概要/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'フィードバック' })).toBeVisible();

  // Kept for the tab: a reload does not ask again.
  await page.reload();
  await expect(page.getByLabel('管理トークン')).toHaveCount(0);
  await expect(page.locator('insights-view section').first().getByRole('cell', { name: marker })).toBeVisible();

  // The CSV download carries the BOM.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSVをダウンロード' }).click();
  const file = await (await download).path();
  const bytes = (await import('node:fs')).readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain(marker);

  expect(csp).toEqual([]);
});
