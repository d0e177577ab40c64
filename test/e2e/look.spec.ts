/**
 * Every surface — the demo page, the article index, an article, the search results, the console and the
 * chat panel — at 375×667 and 1280×800, light and dark: main elements inside the viewport, no sideways
 * scrolling, no console errors (the favicon included), no serious or critical axe findings, and a
 * screenshot saved with the results. Then: one look across the three products.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { palettes } from '../../widget/design/tokens.ts';
import { SIZES, collectErrors, expectInViewport, expectNoSidewaysScroll, screenshot, seriousAxeFindings } from './look-helpers.ts';
import { ask, openPanel } from './widget-helpers.ts';

interface Surface {
  url: string;
  /** Brings the surface into the state a person looks at, then names its main elements. */
  show(page: Page): Promise<Record<string, Locator>>;
}

const pageChrome = (page: Page) => ({
  header: page.locator('.site-header'),
  search: page.getByRole('searchbox', { name: '記事を検索' }),
  launcher: page.getByRole('button', { name: 'チャットで質問する' }),
});

const SURFACES: Record<string, Surface> = {
  demo: {
    url: '/',
    show: async (page) => ({ ...pageChrome(page), title: page.locator('#hero-title') }),
  },
  'kb-index': {
    url: '/kb/',
    show: async (page) => ({ ...pageChrome(page), back: page.locator('.back-link'), title: page.locator('h1') }),
  },
  'kb-article': {
    url: '/kb/kj-password-lost',
    show: async (page) => ({ ...pageChrome(page), back: page.locator('.back-link'), title: page.locator('h1'), summary: page.locator('.summary') }),
  },
  'kb-search': {
    url: '/kb/search?q=パスワード',
    show: async (page) => ({ ...pageChrome(page), title: page.locator('h1'), count: page.locator('.result-count'), first: page.locator('.result-title').first() }),
  },
  console: {
    url: '/agent',
    show: async (page) => {
      await page.getByRole('combobox', { name: '記事を検索' }).fill('パスワード');
      const first = page.getByRole('listbox', { name: '検索結果' }).getByRole('option').first();
      await expect(first).toBeVisible();
      return {
        tabs: page.getByRole('tablist'),
        search: page.getByRole('combobox', { name: '記事を検索' }),
        category: page.getByRole('combobox', { name: 'カテゴリで絞り込む' }),
        count: page.locator('kb-search [role="status"]'),
      };
    },
  },
  widget: {
    url: '/',
    show: async (page) => {
      await page.getByRole('button', { name: 'チャットで質問する' }).click();
      const panel = page.locator('careplan-help [part="panel"]');
      await expect(page.locator('careplan-help [part="chip"]').first()).toBeVisible();
      await panel.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
      return {
        panel,
        heading: page.locator('careplan-help [part="heading"]'),
        phone: page.locator('careplan-help [part="header-phone"]'),
        close: page.getByRole('button', { name: 'チャットを閉じる' }),
        notices: page.locator('careplan-help [part="notices"] summary'),
        chip: page.locator('careplan-help [part="chip"]').first(),
        input: page.getByRole('textbox', { name: '質問を入力' }),
        send: page.getByRole('button', { name: '送信' }),
      };
    },
  },
};

for (const [name, surface] of Object.entries(SURFACES)) {
  for (const size of SIZES) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${name} ${size.width}×${size.height} ${scheme}: in the viewport, no console errors, axe clean`, async ({ page }, testInfo) => {
        const errors = collectErrors(page);
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(surface.url);
        await expectInViewport(page, await surface.show(page));
        await expectNoSidewaysScroll(page);
        await screenshot(page, testInfo, `${name}-${size.width}x${size.height}-${scheme}`);
        expect(await seriousAxeFindings(page)).toEqual([]);
        if (name === 'widget') {
          // The panel with an answer in it, as a clerk reads it.
          await ask(page, 'KJのパスワードを忘れてしまいました');
          await screenshot(page, testInfo, `${name}-answer-${size.width}x${size.height}-${scheme}`);
          expect(await seriousAxeFindings(page)).toEqual([]);
        }
        expect(errors).toEqual([]);
      });
    }
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the console's article view, preview and insights at both sizes (${scheme}): in sight, axe clean, no console errors`, async ({ page }, testInfo) => {
    // Three views at two sizes, each through axe: on a busy 2-core machine that is more than the default 30 s.
    test.slow();
    const errors = collectErrors(page);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/agent');
    await page.evaluate(() => sessionStorage.setItem('careplan-agent-console:token', 'e2e-admin-token'));
    for (const size of SIZES) {
      const tag = `${size.width}x${size.height}-${scheme}`;
      await page.setViewportSize(size);
      await page.goto('/agent');
      await page.getByRole('combobox', { name: '記事を検索' }).fill('KJ パスワード');
      await page.getByRole('listbox', { name: '検索結果' }).getByRole('option').first().click();
      // The article opens at its top: title and 「回答をコピー」 in sight, and on a wide screen the tabs stay.
      await expectInViewport(page, { title: page.locator('kb-article #article-title'), copy: page.getByRole('button', { name: '回答をコピー' }) });
      if (size.width > 860) await expectInViewport(page, { tabs: page.getByRole('tablist') });
      await screenshot(page, testInfo, `console-article-${tag}`);
      expect(await seriousAxeFindings(page)).toEqual([]);

      await page.getByRole('tab', { name: '回答プレビュー' }).click();
      await expectInViewport(page, { question: page.getByRole('textbox', { name: '質問' }) });
      expect(await seriousAxeFindings(page)).toEqual([]);

      await page.getByRole('tab', { name: 'インサイト' }).click();
      await expect(page.getByRole('heading', { name: /^概要/ })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await screenshot(page, testInfo, `console-insights-${tag}`);
      expect(await seriousAxeFindings(page)).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
}

/** A `#rrggbb` token as the `rgb(r, g, b)` a computed style reports. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`one look (${scheme}): the pages, the console and the widget share the header colour, the accent and the font`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const tokens = palettes[scheme];
    const styleOf = (locator: Locator, prop: 'backgroundColor' | 'fontFamily') => locator.evaluate((el, p) => getComputedStyle(el)[p], prop);

    await page.goto('/kb/');
    const font = await styleOf(page.locator('body'), 'fontFamily');
    expect(await styleOf(page.locator('.site-header'), 'backgroundColor')).toBe(rgb(tokens.headerBg));

    await page.goto('/agent');
    expect(await styleOf(page.locator('.console-header'), 'backgroundColor')).toBe(rgb(tokens.headerBg));
    expect(await styleOf(page.getByRole('tab', { selected: true }), 'backgroundColor')).toBe(rgb(tokens.accent));
    expect(await styleOf(page.locator('agent-console'), 'fontFamily')).toBe(font);

    await openPanel(page);
    expect(await styleOf(page.locator('careplan-help [part="header"]'), 'backgroundColor')).toBe(rgb(tokens.headerBg));
    expect(await styleOf(page.getByRole('button', { name: '送信' }), 'backgroundColor')).toBe(rgb(tokens.accent));
    expect(await styleOf(page.locator('careplan-help [part="panel"]'), 'fontFamily')).toBe(font);
    expect(await styleOf(page.locator('.site-header'), 'backgroundColor')).toBe(rgb(tokens.headerBg));
  });
}
