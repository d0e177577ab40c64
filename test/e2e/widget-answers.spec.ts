/**
 * The widget through the real server: the five intents, a clarify round trip, a fallback with the contact
 * card, feedback recorded, the conversation kept across a page change and reset. The card's geometry, the
 * topic change and the hand-over: widget-card.spec.ts and widget-handover.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { INTENTS, ask, askWithResponse, botMessages, events, openPanel, recordEvents, serverContact } from './widget-helpers.ts';

test.beforeEach(async ({ page }) => {
  await recordEvents(page);
});

for (const [question, article] of INTENTS) {
  test(`「${question}」 shows the article ${article}`, async ({ page }) => {
    await openPanel(page);
    const reply = await ask(page, question);
    await expect(reply).toHaveAttribute('data-kind', 'answer');
    const answer = reply.locator('.answer');
    await expect(answer).toHaveAttribute('data-id', article);
    await expect(answer.getByRole('link', { name: '詳しく見る' })).toHaveAttribute('href', new RegExp(`^/kb/${article}(#[a-z0-9-]+)?$`));
    await expect(reply.getByRole('group', { name: '解決しましたか？' })).toBeVisible();
    // The user's words are shown as typed, as text.
    await expect(page.locator('careplan-help .msg.user .text').last()).toContainText(question);
    const answerEvents = (await events(page)).filter((e) => e.type === 'careplan-help:answer');
    expect(answerEvents.at(-1)?.detail).toMatchObject({ kind: 'answer', id: article });
    expect(answerEvents.at(-1)?.detail?.queryId).toBeTruthy();
  });
}

for (const question of ['ログインできません', '証明書']) {
  test(`clarify 「${question}」: options are buttons, and each click shows the chosen article`, async ({ page }) => {
    await openPanel(page);
    const reply = await ask(page, question);
    await expect(reply).toHaveAttribute('data-kind', 'clarify');
    const options = reply.locator('button[part="option"]');
    const count = await options.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < count; i++) {
      const chosen = options.nth(i);
      const id = (await chosen.getAttribute('data-id'))!;
      const title = (await chosen.textContent())!.trim();
      const response = page.waitForResponse((r) => r.url().endsWith('/api/ask'));
      await chosen.click();
      const body = JSON.parse((await response).request().postData()!);
      expect(body.question).toBe(title);
      expect(body.previous).toBeUndefined();
      await expect(botMessages(page)).toHaveCount(i + 2);
      const next = botMessages(page).last();
      await expect(next).toHaveAttribute('data-kind', 'answer');
      await expect(next.locator('.answer')).toHaveAttribute('data-id', id);
      expect((await events(page)).at(-1)?.detail).toMatchObject({ kind: 'answer', id });
    }
  });
}

test('a choice typed after a question back: the options go with it, and the chosen article is answered', async ({ page }) => {
  await openPanel(page);
  const asked = await ask(page, 'パスワード忘れた');
  await expect(asked).toHaveAttribute('data-kind', 'clarify');
  const offered = await asked.locator('button[part="option"]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-id')));
  expect(offered).toContain('kj-password-lost');
  const { reply, sent } = await askWithResponse(page, 'KJのほう');
  expect(sent.offered).toEqual(offered);
  await expect(reply).toHaveAttribute('data-kind', 'answer');
  await expect(reply.locator('.answer')).toHaveAttribute('data-id', 'kj-password-lost');
  await expect(reply.locator('.answer')).toBeVisible();
  // The next message replies to an answer, not to the question back: no options go with it.
  const next = await askWithResponse(page, '何日かかりますか');
  expect(next.sent.offered).toBeUndefined();
  expect(next.sent.previous).toBe('kj-password-lost');
});

test('fallback: an honest message and the contact card from content', async ({ page, request }) => {
  const contact = await serverContact(request);
  await openPanel(page);
  const reply = await ask(page, '明日の天気を教えてください');
  await expect(reply).toHaveAttribute('data-kind', 'fallback');
  await expect(reply.locator('.answer')).toHaveCount(0);
  const card = reply.locator('[part="contact-card"]');
  await expect(card.getByRole('link', { name: contact.phone })).toHaveAttribute('href', `tel:${contact.phone.replace(/[^\d+]/g, '')}`);
  await expect(card).toContainText(contact.hours);
  await expect(card.getByRole('link', { name: 'お問い合わせフォーム' })).toHaveAttribute('href', contact.formUrl);
  expect((await events(page)).at(-1)).toMatchObject({ type: 'careplan-help:answer', detail: { kind: 'fallback', id: null } });
});

test('feedback: いいえ asks why, and one tap on a reason posts the vote with it, recorded once, then the contact card', async ({ page, request }) => {
  await openPanel(page);
  const reply = await ask(page, 'KJのパスワードを忘れてしまいました');
  const queryId = (await events(page)).at(-1)!.detail!.queryId;
  let posts = 0;
  page.on('request', (r) => void (r.url().endsWith('/api/feedback') && posts++));
  await reply.getByRole('button', { name: 'いいえ' }).click();
  // Nothing is sent yet: the vote goes with its reason.
  const reasons = reply.getByRole('group', { name: /どの点が合いませんでしたか/ });
  await expect(reasons.getByRole('button')).toHaveText(['関係のない回答だった', '関係はあるが解決しなかった', 'その他']);
  await expect(reasons).toBeFocused();
  expect(posts).toBe(0);
  const posted = page.waitForResponse((r) => r.url().endsWith('/api/feedback'));
  await reasons.getByRole('button', { name: '関係のない回答だった' }).click();
  const res = await posted;
  expect(res.status()).toBe(200);
  expect(JSON.parse(res.request().postData()!)).toEqual({ queryId, helpful: false, reason: 'irrelevant' });
  await expect(reply.getByText('お役に立てず申し訳ありません')).toBeVisible();
  await expect(reply.locator('[part="feedback"] [part="contact-card"]')).toBeVisible();
  await expect(reply.getByRole('button', { name: 'はい' })).toHaveCount(0);
  await expect(reasons).toHaveCount(0);
  expect(posts).toBe(1);
  // Recorded in the insights store (the e2e server runs with ADMIN_TOKEN=e2e-admin-token), with its reason.
  const list = await request.get('/api/insights/feedback?helpful=false', { headers: { authorization: 'Bearer e2e-admin-token' } });
  expect(list.ok()).toBe(true);
  const items = (await list.json()).items as { queryId: string; reason: string | null }[];
  expect(items.filter((i) => i.queryId === queryId)).toEqual([expect.objectContaining({ reason: 'irrelevant' })]);
});

test('feedback: はい thanks the user', async ({ page }) => {
  await openPanel(page);
  const reply = await ask(page, '代理人証明書は使えますか');
  const posted = page.waitForResponse((r) => r.url().endsWith('/api/feedback'));
  await reply.getByRole('button', { name: 'はい' }).click();
  expect((await posted).status()).toBe(200);
  await expect(reply.getByText('ご回答ありがとうございました。')).toBeVisible();
});

test('the conversation survives a page change, is stored only after a question, and reset clears it', async ({ page }) => {
  const stored = () => page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('careplan-help:')).sort());
  await openPanel(page);
  expect(await stored()).toEqual([]);
  await ask(page, 'KJのパスワードを忘れてしまいました');
  // The conversation, and beside it how the panel looked (open), so a page change brings it back.
  expect(await stored()).toEqual(['careplan-help:v1:same-origin', 'careplan-help:v1:same-origin:view']);

  await page.reload();
  await expect(page.getByRole('dialog', { name: 'ヘルプデスク チャット' })).toBeVisible();
  await expect(page.locator('careplan-help .msg.user .text')).toHaveText(['KJのパスワードを忘れてしまいました']);
  await expect(botMessages(page).locator('.answer')).toHaveAttribute('data-id', 'kj-password-lost');

  await page.getByRole('button', { name: '会話をリセット' }).click();
  await expect(page.locator('careplan-help .msg')).toHaveCount(0);
  expect(await stored()).toEqual([]);
  await expect(page.getByRole('textbox', { name: '質問を入力' })).toBeFocused();
});

test('chips come from the server and ask their question', async ({ page, request }) => {
  const { questions } = await (await request.get('/api/suggestions')).json();
  await openPanel(page);
  const chips = page.locator('careplan-help [part="chip"]');
  await expect(chips).toHaveText(questions);
  await chips.first().click();
  await expect(page.locator('careplan-help .msg.user .text')).toHaveText([questions[0]]);
  await expect(botMessages(page)).toHaveCount(1);
});

test('user text is never rendered as HTML', async ({ page }) => {
  await openPanel(page);
  const attack = '<img src=x onerror="document.title=1"><b>太字</b> KJのパスワード';
  await ask(page, attack);
  await expect(page.locator('careplan-help .msg.user .text')).toHaveText([attack]);
  await expect(page.locator('careplan-help .msg.user img, careplan-help .msg.user b')).toHaveCount(0);
});
