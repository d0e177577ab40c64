/**
 * Issue 13 as people see it, at 375×667 and 1280×800, light and dark: the answer card, the feedback reason,
 * the contact card with 「会話をコピー」 and the console's conversation view — in sight, axe clean, no console
 * errors, and a screenshot of each saved with the results (look at them).
 */
import { expect, test } from '@playwright/test';
import { SIZES, collectErrors, expectInViewport, expectNoSidewaysScroll, screenshot, seriousAxeFindings } from './look-helpers.ts';
import { askWithResponse, openPanel } from './widget-helpers.ts';

for (const size of SIZES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${size.width}×${size.height} ${scheme}: answer card, feedback reason, contact + copy, console conversation`, async ({ page, context }, testInfo) => {
      // Four screens, axe on each, two page loads: about 11 s alone and over 25 s beside the other specs on
      // two cores, against the default 30 s.
      test.slow();
      const tag = `${size.width}x${size.height}-${scheme}`;
      const errors = collectErrors(page);
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await openPanel(page);

      const { reply, result } = await askWithResponse(page, 'KJのパスワードを忘れてしまいました');
      await expectInViewport(page, { title: reply.locator('.answer-title') });
      await screenshot(page, testInfo, `widget-card-${tag}`);
      expect(await seriousAxeFindings(page)).toEqual([]);

      await reply.getByRole('button', { name: 'いいえ' }).click();
      const reasons = reply.getByRole('group', { name: /どの点が合いませんでしたか/ });
      await expect(reasons).toBeFocused();
      await reply.getByRole('textbox', { name: 'コメント（任意）' }).fill('再発行のページが見つかりません');
      await reasons.getByRole('button', { name: 'その他' }).scrollIntoViewIfNeeded();
      await screenshot(page, testInfo, `widget-feedback-reason-${tag}`);
      expect(await seriousAxeFindings(page)).toEqual([]);

      await reasons.getByRole('button', { name: '関係はあるが解決しなかった' }).click();
      const copy = reply.getByRole('button', { name: '会話をコピー' });
      await copy.click();
      await expect(reply.getByRole('status')).toHaveText(/コピーしました/);
      await expectInViewport(page, { copy, confirmation: reply.getByRole('status') });
      await screenshot(page, testInfo, `widget-contact-copy-${tag}`);
      expect(await seriousAxeFindings(page)).toEqual([]);

      await page.goto('/agent#insights');
      await page.evaluate(() => sessionStorage.setItem('careplan-agent-console:token', 'e2e-admin-token'));
      await page.reload();
      const lookup = page.locator('conversation-lookup');
      await lookup.getByRole('textbox', { name: '受付番号' }).fill(result.reference!);
      await lookup.getByRole('button', { name: '表示' }).click();
      const turns = lookup.getByRole('list');
      await expect(turns).toContainText('いいえ（関係はあるが解決しなかった）');
      await turns.scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(page);
      await screenshot(page, testInfo, `console-conversation-${tag}`);
      expect(await seriousAxeFindings(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}
