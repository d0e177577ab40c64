/**
 * The agents' console as an agent sees it (issue 14): one panel per tab, the URL hash switching tabs,
 * Japanese only with no developer details, a mail text without nested brackets, no empty gap above the
 * article, and a table of contents without the title.
 */
import { expect, test, type Page } from '@playwright/test';
import { foreignWords, visibleText } from './look-helpers.ts';

const TABS = [
  ['search', '記事を検索'],
  ['preview', '回答プレビュー'],
  ['insights', 'インサイト'],
] as const;

/** The tab panels a person can see. */
function visiblePanels(page: Page) {
  return page.locator('agent-console [role="tabpanel"]').filter({ visible: true });
}

async function searchAndOpen(page: Page, query: string): Promise<void> {
  await page.getByRole('combobox', { name: '記事を検索' }).fill(query);
  const first = page.getByRole('listbox', { name: '検索結果' }).getByRole('option').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page.locator('kb-article #article-title')).toBeVisible();
}

test('each tab shows exactly one panel, also after a search, and it starts at the top of the page', async ({ page }) => {
  await page.goto('/agent');
  await searchAndOpen(page, 'KJ パスワード');
  for (const [id, name] of TABS) {
    await page.getByRole('tab', { name }).click();
    await expect(visiblePanels(page)).toHaveCount(1);
    await expect(visiblePanels(page)).toHaveAttribute('id', `panel-${id}`);
    // The panel begins right under the tabs, not below a search panel that should have gone.
    const tabs = (await page.getByRole('tablist').boundingBox())!;
    const panel = (await visiblePanels(page).boundingBox())!;
    expect(panel.y - (tabs.y + tabs.height)).toBeLessThan(40);
  }
});

test('changing the URL hash on the open page switches the tab', async ({ page }) => {
  await page.goto('/agent');
  await expect(page.getByRole('tab', { name: '記事を検索' })).toHaveAttribute('aria-selected', 'true');
  for (const [id, name] of [['insights', 'インサイト'], ['preview', '回答プレビュー'], ['search', '記事を検索']] as const) {
    await page.evaluate((hash) => (location.hash = hash), id);
    await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
    await expect(visiblePanels(page)).toHaveAttribute('id', `panel-${id}`);
  }
});

test('agents see Japanese only: no timings, ids or server settings in the search, the article and the insights', async ({ page }) => {
  await page.goto('/agent');
  await searchAndOpen(page, 'KJ パスワード');
  await expect(page.locator('kb-search [role="status"]')).toHaveText(/^\d+件/);
  // Interface text only: the articles' own words (snippets, titles, bodies) are content.
  const searchTab = await visibleText(page, 'agent-console', '.snippet, .title, .body, .summary, #article-title, nav li a:not(.deep), ul a');
  expect(foreignWords(searchTab)).toEqual([]);

  await page.getByRole('tab', { name: 'インサイト' }).click();
  await expect(page.getByLabel('管理トークン')).toBeVisible();
  expect(foreignWords(await visibleText(page, 'insights-view', ''))).toEqual([]);
});

test('the ask preview speaks Japanese only: no Latin words but those of the question, the lexicon and the articles', async ({ page }) => {
  await page.goto('/agent#preview');
  await page.evaluate(() => sessionStorage.setItem('careplan-agent-console:token', 'e2e-admin-token'));
  await page.reload();
  const result = page.getByRole('region', { name: 'プレビュー結果' });
  // A rule's answer, a class word (Mac), an other system with a Latin name, a typed ID and password.
  for (const question of ['KJのパスワードを忘れました', 'Macで使えますか', 'e-Taxのパスワードを忘れた', 'KJ123456789012 パスワード Abc12345']) {
    await page.getByRole('textbox', { name: '質問' }).fill(question);
    await page.getByRole('button', { name: '試す' }).click();
    await expect(result.getByTestId('decided-by')).toBeVisible();
    await expect(result).toContainText(question.slice(0, 2).toLowerCase() === 'kj' ? '正規化' : '判定の理由');
    // The interface's own words: question words (.term), titles, the bot's reply and links are content.
    const ui = await visibleText(page, 'ask-preview section', '.term, .title, .reply, a');
    expect(foreignWords(ui), question).toEqual([]);
    // No timing either (issue 14: agents see Japanese only, the timing goes nowhere).
    expect(ui).not.toMatch(/\d\s*ms\b|処理時間/);
  }
});

test('the copied mail text never nests brackets, and the hours get their own line', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const contact = (await (await request.get('/api/suggestions')).json()).contact as { phone: string; hours: string };
  await page.goto('/agent');
  // An article whose links sit inside brackets (「…（[介護ソフトの確認](/kb/care-software)）」).
  await searchAndOpen(page, '地域包括支援センター 利用できますか');
  await page.getByRole('button', { name: '回答をコピー' }).click();
  await expect(page.locator('kb-article').getByRole('status')).toContainText('コピーしました');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`電話: ${contact.phone}\n受付時間: ${contact.hours}`);
  const nested = copied.split('\n').filter((line) => {
    let depth = 0;
    return [...line].some((c) => (depth += c === '（' ? 1 : c === '）' ? -1 : 0) > 1);
  });
  expect(nested).toEqual([]);
});

test('the article has no empty gap for the copy message, and its contents leave out the title', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/agent');
  await searchAndOpen(page, '利用開始までの流れ');
  const title = (await page.locator('kb-article #article-title').innerText()).trim();
  const header = page.locator('kb-article header');
  const summary = page.locator('kb-article .summary');
  const gap = async () => (await summary.boundingBox())!.y - ((await header.boundingBox())!.y + (await header.boundingBox())!.height);
  expect(await gap()).toBeLessThan(24);
  await page.getByRole('button', { name: '回答をコピー' }).click();
  await expect(page.locator('kb-article').getByRole('status')).toContainText('コピーしました');
  expect(await gap()).toBeLessThan(24);

  const toc = page.getByRole('navigation', { name: 'この記事の見出し' });
  const entries = await toc.locator('li > a:not(.deep)').allInnerTexts();
  expect(entries.length).toBeGreaterThan(1);
  expect(entries).not.toContain(title);
});
