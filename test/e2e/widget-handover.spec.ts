/**
 * Feedback with a reason and the hand-over to a person (issue 13 §4): the greeting says that answers are
 * automatic and shows the helpdesk; 「いいえ」 asks why and posts the reason and comment; 「人と話したい」, a
 * fallback and 「いいえ」 offer the contact card and 「会話をコピー」 — a plain-text transcript with the reference
 * code, the questions as stored (a password replaced), titles and absolute URLs — and the reference code
 * typed into the console finds the conversation.
 */
import { expect, test, type Page } from '@playwright/test';
import { REDACTED_TEXT } from '../../widget/src/storage.ts';
import { REFERENCE, ask, askWithResponse, openPanel, serverContact } from './widget-helpers.ts';
import { foreignWords, visibleText } from './look-helpers.ts';

const ADMIN = { authorization: 'Bearer e2e-admin-token' };
const SECRET = 'Abc12345';

/** The console's insights tab, with the admin token kept for the tab as an agent's entry would keep it. */
async function openInsights(page: Page): Promise<void> {
  await page.goto('/agent#insights');
  await page.evaluate(() => sessionStorage.setItem('careplan-agent-console:token', 'e2e-admin-token'));
  await page.reload();
}

/** A conversation: a password typed by mistake, then an answer voted 「いいえ」 with a reason and a comment. */
async function conversationWithVote(page: Page, comment: string) {
  await openPanel(page);
  const secret = await askWithResponse(page, `パスワードは ${SECRET} です`);
  expect(secret.result.notices.map((n) => n.code)).toContain('secret-detected');
  const { reply, result } = await askWithResponse(page, 'KJのパスワードを忘れてしまいました');
  await reply.getByRole('button', { name: 'いいえ' }).click();
  await reply.getByRole('textbox', { name: 'コメント（任意）' }).fill(comment);
  const posted = page.waitForResponse((r) => r.url().endsWith('/api/feedback'));
  await reply.getByRole('button', { name: '関係はあるが解決しなかった' }).click();
  const res = await posted;
  expect(res.status()).toBe(200);
  expect(JSON.parse(res.request().postData()!)).toEqual({ queryId: result.queryId, helpful: false, reason: 'not-solved', comment });
  return { reply, result };
}

test('the greeting says that the answers are automatic and shows the helpdesk phone and hours', async ({ page, request }) => {
  const contact = await serverContact(request);
  await openPanel(page);
  const welcome = page.locator('careplan-help [part="welcome"]');
  await expect(welcome).toContainText('自動で回答します');
  const phone = welcome.getByRole('link', { name: contact.phone });
  await expect(phone).toHaveAttribute('href', `tel:${contact.phone.replace(/[^\d+]/g, '')}`);
  await expect(welcome).toContainText(contact.hours);
});

test('「いいえ」: the reason and the comment are posted and recorded; then the contact card, the reference code and 「会話をコピー」', async ({ page, request }) => {
  const comment = '再発行のページが見つかりません';
  const { reply, result } = await conversationWithVote(page, comment);
  const card = reply.locator('[part="feedback"] [part="contact-card"]');
  await expect(card).toBeVisible();
  await expect(card.locator('[part="reference"]')).toContainText(result.reference!);
  await expect(card.getByRole('button', { name: '会話をコピー' })).toBeVisible();

  const feedback = await (await request.get('/api/insights/feedback?helpful=false', { headers: ADMIN })).json();
  expect(feedback.items.find((i: { queryId: string }) => i.queryId === result.queryId)).toMatchObject({ helpful: false, reason: 'not-solved', comment });
  const summary = await (await request.get('/api/insights/summary?days=1', { headers: ADMIN })).json();
  expect(summary.unhelpfulReasons['not-solved']).toBeGreaterThanOrEqual(1);
});

test('a comment over 500 characters is counted and cannot be sent', async ({ page }) => {
  await openPanel(page);
  const reply = await ask(page, '代理人証明書は使えますか');
  await reply.getByRole('button', { name: 'いいえ' }).click();
  const box = reply.getByRole('textbox', { name: 'コメント（任意）' });
  await box.fill('あ'.repeat(500));
  await expect(reply.locator('.counter')).toHaveText('500/500文字');
  await expect(reply.getByRole('button', { name: 'その他' })).toBeEnabled();
  await box.fill('あ'.repeat(501));
  await expect(reply.locator('.counter')).toHaveText('501/500文字（長すぎます）');
  await expect(reply.getByRole('button', { name: 'その他' })).toBeDisabled();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
});

test('「人と話したい」 and a fallback offer the contact card and 「会話をコピー」', async ({ page, request }) => {
  const contact = await serverContact(request);
  await openPanel(page);
  for (const question of ['人と話したい', '明日の天気を教えてください']) {
    const { reply, result } = await askWithResponse(page, question);
    expect(['smalltalk', 'fallback']).toContain(result.kind);
    const card = reply.locator('[part="contact-card"]');
    await expect(card.getByRole('link', { name: contact.phone })).toBeVisible();
    await expect(card.locator('[part="reference"]')).toContainText(result.reference!);
    await expect(card.getByRole('button', { name: '会話をコピー' })).toBeVisible();
  }
});

test('「会話をコピー」 puts the transcript on the clipboard: reference code, redacted question, titles and absolute URLs', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { reply, result } = await conversationWithVote(page, 'コメント');
  expect(result.reference).toMatch(REFERENCE);
  await reply.getByRole('button', { name: '会話をコピー' }).click();
  await expect(reply.getByRole('status')).toHaveText(/コピーしました/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`受付番号: ${result.reference}`);
  expect(copied).toContain(`質問: ${REDACTED_TEXT}`);
  expect(copied).not.toContain(SECRET);
  expect(copied).toContain('質問: KJのパスワードを忘れてしまいました');
  expect(copied).toContain(`回答: ${result.answer!.title}\n${baseURL}${result.answer!.url}\n解決しましたか: いいえ（関係はあるが解決しなかった）`);
  expect(copied).not.toMatch(/<[a-z/]/i);
});

test('without the Clipboard API (plain http), the transcript is selected in a textarea and copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await openPanel(page);
  const { reply, result } = await askWithResponse(page, '明日の天気を教えてください');
  await reply.getByRole('button', { name: '会話をコピー' }).click();
  const area = reply.getByRole('textbox', { name: '会話の記録' });
  await expect(area).toBeVisible();
  await expect(area).toHaveValue(new RegExp(`受付番号: ${result.reference}`));
  await expect(area).toBeFocused();
  // Selected in full, so that a person can copy it if the browser would not.
  expect(await area.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd, el.value.length])).toEqual([0, (await area.inputValue()).length, (await area.inputValue()).length]);
  await expect(reply.getByRole('status')).toHaveText(/コピーしました|選択してあります/);
  // Chromium copies the selection: another page (with the Clipboard API) reads it back.
  const other = await context.newPage();
  await other.goto('/');
  expect(await other.evaluate(() => navigator.clipboard.readText())).toBe(await area.inputValue());
});

test('the reference code typed into the console finds the conversation; bad and unknown codes get a Japanese error', async ({ page }) => {
  const { result } = await conversationWithVote(page, 'コメント');
  const reference = result.reference!;
  await openInsights(page);
  const lookup = page.locator('conversation-lookup');
  const field = lookup.getByRole('textbox', { name: '受付番号' });
  // As an agent may type it: lower case without the hyphen, or full-width.
  const fullWidth = reference.toLowerCase().replace(/[0-9a-z-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  for (const typed of [reference.replace('-', '').toLowerCase(), fullWidth]) {
    await field.fill(typed);
    await field.press('Enter');
    await expect(lookup.getByRole('heading', { name: new RegExp(`受付番号 ${reference}`) })).toBeVisible();
    const rows = lookup.getByRole('listitem');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).not.toContainText(SECRET);
    await expect(rows.nth(0)).toContainText('回答できず');
    await expect(rows.nth(1)).toContainText('KJのパスワードを忘れてしまいました');
    await expect(rows.nth(1)).toContainText(result.answer!.title);
    await expect(rows.nth(1)).toContainText('いいえ（関係はあるが解決しなかった）');
  }
  await field.fill('ABC');
  await field.press('Enter');
  await expect(lookup.getByRole('alert')).toHaveText('受付番号は「XXXX-XXXX」の形（英数字8文字）で入力してください。');
  await expect(lookup.getByRole('listitem')).toHaveCount(0);
  await field.fill('ZZZZ-ZZZZ');
  await field.press('Enter');
  await expect(lookup.getByRole('alert')).toHaveText('この受付番号の会話は見つかりませんでした。番号をご確認ください。');
  await field.fill('');
  await field.press('Enter');
  await expect(lookup.getByRole('alert')).toHaveText('受付番号を入力してください。');
});

test('the insights group the 「いいえ」 by reason, in Japanese', async ({ page }) => {
  await conversationWithVote(page, 'コメント');
  await openInsights(page);
  const view = page.locator('insights-view');
  await expect(view.getByRole('heading', { name: '「いいえ」の理由' })).toBeVisible();
  await expect(view.locator('dl[aria-label="「いいえ」の理由ごとの件数"] dt')).toHaveText(['関係のない回答だった', '関係はあるが解決しなかった', 'その他', '理由なし']);
  const group = view.locator('h4[data-reason="not-solved"]');
  await expect(group).toHaveText(/^「いいえ」：関係はあるが解決しなかった（\d+件）$/);
  // Labels in Japanese only: the cells and values are what users asked and the articles' titles.
  await view.locator('conversation-lookup').getByRole('textbox', { name: '受付番号' }).fill('zzzz-zzzz');
  await view.locator('conversation-lookup').getByRole('button', { name: '表示' }).click();
  await expect(view.locator('conversation-lookup').getByRole('alert')).toBeVisible();
  expect(foreignWords(await visibleText(page, 'insights-view', 'td, dd, option, .code'))).toEqual([]);
});
