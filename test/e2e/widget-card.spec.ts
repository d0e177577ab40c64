/**
 * The answer card as a clerk sees it (issue 13 §1, §2), at 375×667 and 1280×800: for the five intents the
 * card and 「解決しましたか？」 are in sight within one screen of the message area (measured on the real
 * layout), the title is shown once, 「詳しく見る」 opens answer.url at its top or at the card's section, a
 * topic change after an answer gets the new topic, and a clarify option shows a card, never the article.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SIZES } from './look-helpers.ts';
import { INTENTS, askWithResponse, botMessages, openPanel } from './widget-helpers.ts';

interface Box {
  top: number;
  bottom: number;
}

/** Viewport boxes of a locator's element, of the conversation area, and its visible height. */
async function geometry(page: Page, card: Locator, vote: Locator): Promise<{ area: Box; card: Box; vote: Box }> {
  const box = async (l: Locator) => {
    const b = (await l.boundingBox())!;
    return { top: b.y, bottom: b.y + b.height };
  };
  const area = await page.locator('careplan-help .scroll').evaluate((el) => {
    const r = el.getBoundingClientRect();
    // The visible height of the scroll box: its client area, not its content.
    return { top: r.top + el.clientTop, bottom: r.top + el.clientTop + el.clientHeight };
  });
  return { area, card: await box(card), vote: await box(vote) };
}

/** Occurrences of `needle` in `text`. */
const count = (text: string, needle: string) => text.split(needle).length - 1;

for (const size of SIZES) {
  test(`${size.width}×${size.height}: each intent's card and 「解決しましたか？」 are in sight within one screen, the title shown once`, async ({ page }) => {
    await page.setViewportSize(size);
    const figures: string[] = [];
    for (const [question, article] of INTENTS) {
      await page.goto('/');
      await page.evaluate(() => sessionStorage.clear());
      await openPanel(page);
      const { reply, result } = await askWithResponse(page, question);
      const card = reply.locator('.answer');
      await expect(card).toHaveAttribute('data-id', article);
      const vote = reply.getByRole('group', { name: '解決しましたか？' });
      await expect(vote).toBeVisible();
      const g = await geometry(page, card, vote);
      const screen = g.area.bottom - g.area.top;
      // The card starts in sight when it arrives (the panel scrolls to the reply's top)...
      expect(g.card.top, `${article}: card top in sight`).toBeGreaterThanOrEqual(g.area.top - 1);
      expect(g.card.top, `${article}: card top in sight`).toBeLessThan(g.area.bottom - 40);
      // ...and scrolling the message area by at most one screen brings the whole vote into sight.
      expect(g.vote.bottom - g.area.bottom, `${article}: scroll needed to reach the vote`).toBeLessThanOrEqual(screen);
      // ...and the card, 「詳しく見る」, the related articles and the vote fit in one screen of it together.
      expect(g.vote.bottom - g.card.top, `${article}: card and vote within one screen`).toBeLessThanOrEqual(screen);
      figures.push(`${article} ${((g.vote.bottom - g.card.top) / screen).toFixed(2)}`);

      // The title once: not repeated in a message line or in the link text.
      const title = result.answer!.title;
      expect(count(await reply.innerText(), title), `${article}: title shown once`).toBe(1);
      await expect(card.getByRole('heading', { name: title })).toBeVisible();
      await expect(card.getByRole('link', { name: '詳しく見る' })).toHaveAttribute('href', result.answer!.url);
      expect(result.answer!.url).not.toContain('#notes');
      // 「詳しく見る」 and the related articles close the card, and the vote comes directly below it.
      await expect(card.locator('.answer-links [part="related"] summary')).toHaveText(/^関連する記事（\d件）$/);
      await expect(reply.locator('.answer + careplan-help-feedback [part="feedback"]')).toBeVisible();
    }
    // A figure for the report: the card from its title to the vote, in screens of the message area.
    console.log(`card + vote height in screens at ${size.width}×${size.height}: ${figures.join(', ')}`);
  });

  test(`${size.width}×${size.height}: a member the answer's article does not list is said so above the card, in sight`, async ({ page }) => {
    await page.setViewportSize(size);
    await openPanel(page);
    const { reply, result } = await askWithResponse(page, 'iPadで使えますか');
    await expect(reply.locator('.answer')).toHaveAttribute('data-id', 'pc-environment');
    const line = reply.locator('p.text');
    await expect(line).toHaveText('「iPad」は、PC環境の条件に挙がっていません。');
    await expect(line).toBeInViewport();
    // The title still once: in the card, not in the line.
    expect(count(await reply.innerText(), result.answer!.title)).toBe(1);
  });

  test(`${size.width}×${size.height}: a topic change after an answer gets the new topic`, async ({ page }) => {
    await page.setViewportSize(size);
    await openPanel(page);
    const first = await askWithResponse(page, '代理人証明書は使えますか');
    await expect(first.reply.locator('.answer')).toHaveAttribute('data-id', 'proxy-certificate');
    // The follow-up context is sent, and the engine still answers the message's own topic.
    const second = await askWithResponse(page, 'KJのパスワードを忘れました');
    expect(second.sent.previous).toBe('proxy-certificate');
    await expect(second.reply.locator('.answer')).toHaveAttribute('data-id', 'kj-password-lost');
    const third = await askWithResponse(page, '事業所ごとに電子証明書は必要？');
    expect(third.sent.previous).toBe('kj-password-lost');
    await expect(third.reply.locator('.answer')).toHaveAttribute('data-id', 'certificate-per-office');
  });
}

test('「詳しく見る」 opens the article at the card\'s section, or at its top', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openPanel(page);
  const { reply, result } = await askWithResponse(page, 'KJのパスワードを忘れた。セキュリティ用メールアドレスを登録していない場合は？');
  const a = result.answer!;
  if (a.section) await expect(reply.locator('[part="answer-section"]')).toHaveText(a.section.title);
  const expected = new URL(a.url, page.url()).href;
  await reply.getByRole('link', { name: '詳しく見る' }).click();
  await expect(page).toHaveURL(expected);
  const anchor = a.url.split('#')[1];
  if (anchor) {
    const target = page.locator(`[id="${anchor}"]`);
    await expect(target).toBeInViewport();
  } else {
    expect(await page.evaluate(() => scrollY)).toBe(0);
  }
});

test('a clarify option shows a card — the ask\'s card for its title, or the article\'s summary — never the whole article', async ({ page, request }) => {
  await openPanel(page);
  const { reply } = await askWithResponse(page, 'IDがわからない');
  await expect(reply).toHaveAttribute('data-kind', 'clarify');
  const options = reply.locator('button[part="option"]');
  const n = await options.count();
  expect(n).toBeGreaterThanOrEqual(2);
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  const squash = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e]!).replace(/\s+/g, '');
  for (let i = 0; i < n; i++) {
    const option = options.nth(i);
    const id = (await option.getAttribute('data-id'))!;
    const title = (await option.innerText()).trim();
    await option.click();
    await expect(botMessages(page)).toHaveCount(i + 2);
    const card = botMessages(page).last().locator('.answer');
    await expect(card).toHaveAttribute('data-id', id);
    const shown = squash(await card.locator('.answer-body').innerText());
    const article = await (await request.get(`/api/articles/${id}`)).json();
    const asked = await (await request.post('/api/ask', { data: { question: title } })).json();
    const expected = asked.answer?.id === id ? squash(asked.answer.html) : squash(article.summary);
    expect(shown).toBe(expected);
    expect(shown.length).toBeLessThan(squash(article.html).length);
  }
});
