/** The API reference in Chromium: Swagger UI works under the service's Content-Security-Policy. */
import { expect, test } from '@playwright/test';

test('the API reference at /docs lists every route group with no CSP violation', async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP ${e.violatedDirective} ${e.sourceFile}`));
  });
  page.on('console', (m) => {
    if (m.type() === 'error') violations.push(m.text());
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/docs');
  await expect(page.locator('.opblock').first()).toBeVisible();
  for (const path of ['/api/ask', '/api/feedback', '/api/insights/ask-preview', '/api/insights/conversations/{reference}', '/metrics']) {
    await expect(page.locator('.opblock-summary-path', { hasText: path }).first()).toBeVisible();
  }
  await page.locator('.opblock-summary-path', { hasText: '/api/ask' }).first().click();
  await expect(page.getByText('sessionId').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/docs-1280x800.png' });
  expect(violations).toEqual([]);
});
