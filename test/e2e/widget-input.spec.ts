/**
 * Keyboard and IME: Enter that confirms a Japanese conversion never sends; Shift+Enter breaks the line;
 * the whole journey works with the keyboard alone (open, ask, vote, close, focus back on the launcher).
 */
import { expect, test, type Page } from '@playwright/test';
import { botMessages, focused, openPanel } from './widget-helpers.ts';

type Step = ['compositionstart' | 'compositionend' | 'keydown', Record<string, unknown>?];

/**
 * Dispatches synthetic events on the question box inside the widget's shadow root, all in one task, as a
 * browser fires them: Safari's compositionend and the Enter keydown come a few milliseconds apart, and a
 * round trip to the page between them (over 100 ms on a busy machine) would not be what a user's browser does.
 */
async function dispatch(page: Page, ...steps: Step[]): Promise<void> {
  await page.evaluate((steps) => {
    const box = document.querySelector('careplan-help')!.shadowRoot!.querySelector('textarea')!;
    for (const [kind, init = {}] of steps) {
      const event =
        kind === 'keydown'
          ? new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, composed: true, cancelable: true, ...(init as KeyboardEventInit) })
          : new CompositionEvent(kind, { bubbles: true, composed: true, data: 'パスワード' });
      box.dispatchEvent(event);
    }
  }, steps);
}

/** Counts POST /api/ask requests the page makes. */
function countAsks(page: Page): { count: number } {
  const counter = { count: 0 };
  page.on('request', (r) => {
    if (r.url().endsWith('/api/ask') && r.method() === 'POST') counter.count += 1;
  });
  return counter;
}

test('Enter that confirms an IME conversion never sends', async ({ page }) => {
  const asks = countAsks(page);
  const input = await openPanel(page);
  await input.fill('KJのパスワード');

  // Chrome/Firefox order: keydown with isComposing while the conversion is open.
  await dispatch(page, ['compositionstart'], ['keydown', { isComposing: true, keyCode: 229 }], ['compositionend']);
  // Safari order: compositionend first, then a keydown Enter that no longer says isComposing.
  await dispatch(page, ['compositionstart'], ['compositionend'], ['keydown', { isComposing: false, keyCode: 13 }]);
  // Some engines only report keyCode 229 on an Enter the IME consumes (wait out the compositionend window).
  await page.waitForTimeout(250);
  await dispatch(page, ['keydown', { key: 'Enter', keyCode: 229 }]);
  expect(await page.evaluate(() => new KeyboardEvent('keydown', { keyCode: 229 } as KeyboardEventInit).keyCode)).toBe(229);

  await page.waitForTimeout(300);
  expect(asks.count).toBe(0);
  await expect(page.locator('careplan-help .msg')).toHaveCount(0);
  await expect(input).toHaveValue('KJのパスワード');

  // A real Enter after the conversion sends.
  await input.press('Enter');
  await expect(botMessages(page)).toHaveCount(1);
  expect(asks.count).toBe(1);
  await expect(input).toHaveValue('');
});

test('Shift+Enter breaks the line and does not send', async ({ page }) => {
  const asks = countAsks(page);
  const input = await openPanel(page);
  await input.pressSequentially('KJ');
  await input.press('Shift+Enter');
  await input.pressSequentially('パスワード');
  await expect(input).toHaveValue('KJ\nパスワード');
  await page.waitForTimeout(200);
  expect(asks.count).toBe(0);
});

test('a blank question is not sent; an over-long one is explained', async ({ page }) => {
  const asks = countAsks(page);
  const input = await openPanel(page);
  await input.fill('　 ');
  await input.press('Enter');
  await input.fill('あ'.repeat(501));
  await input.press('Enter');
  await expect(page.getByText('質問は500文字以内で入力してください（いま501文字）。')).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(asks.count).toBe(0);
});

test('keyboard only: open, ask, vote, close with Esc, focus back on the launcher', async ({ page }) => {
  await page.goto('/');
  // Tab through the page until the launcher has focus (it comes after the page content).
  for (let i = 0; i < 30 && !(await focused(page)).includes('|launcher|'); i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toContain('|launcher|');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'ヘルプデスク チャット' })).toBeVisible();
  expect(await focused(page)).toMatch(/^textarea\|input\|/);

  await page.keyboard.type('代理人証明書は使えますか');
  await page.keyboard.press('Enter');
  await expect(botMessages(page)).toHaveCount(1);
  await expect(botMessages(page).first()).toHaveAttribute('data-kind', 'answer');

  // Reach はい by Tab from the question box backwards (Shift+Tab walks up into the conversation).
  for (let i = 0; i < 40 && !(await focused(page)).endsWith('|はい'); i++) await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toMatch(/^button\|\|はい$/);
  const posted = page.waitForResponse((r) => r.url().endsWith('/api/feedback'));
  await page.keyboard.press('Enter');
  expect((await posted).status()).toBe(200);
  await expect(botMessages(page).first().getByText('ご回答ありがとうございました。')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(await focused(page)).toContain('|launcher|');
  await expect(page.getByRole('button', { name: 'チャットで質問する' })).toHaveAttribute('aria-expanded', 'false');
});

test('Esc during an IME conversion does not close the panel', async ({ page }) => {
  await openPanel(page);
  await dispatch(page, ['compositionstart'], ['keydown', { key: 'Escape', code: 'Escape', isComposing: true, keyCode: 229 }]);
  await expect(page.getByRole('dialog')).toBeVisible();
  await dispatch(page, ['compositionend']);
});
