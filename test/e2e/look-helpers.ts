/**
 * Shared steps for the browser tests that check what a person sees: console errors, axe findings, boxes in
 * the viewport, screenshots, and the visible text of a surface (through shadow roots).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** The two sizes every surface is checked at (issue 14). */
export const SIZES = [
  { name: 'mobile', width: 375, height: 667 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/** Collects console errors and uncaught exceptions from now on (a 404 favicon shows up here too). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${msg.text()} @ ${msg.location().url}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

/** axe findings of impact serious or critical, as readable lines (empty when clean). */
export async function seriousAxeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Asserts that each element is rendered and lies wholly inside the viewport (no scrolling needed). */
export async function expectInViewport(page: Page, elements: Record<string, Locator>): Promise<void> {
  const { width, height } = page.viewportSize()!;
  for (const [name, locator] of Object.entries(elements)) {
    await expect(locator, name).toBeVisible();
    const box = (await locator.boundingBox())!;
    expect(box, `${name} in ${width}×${height}`).toBeTruthy();
    const outside = box.x < -0.5 || box.y < -0.5 || box.x + box.width > width + 0.5 || box.y + box.height > height + 0.5;
    expect(outside, `${name} at ${JSON.stringify(box)} is outside ${width}×${height}`).toBe(false);
  }
}

/** Asserts that the page does not scroll sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, 'page scrolls sideways').toBeLessThanOrEqual(client);
}

/** Saves a screenshot with the test's results and attaches it to the report. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/**
 * The visible text under `selector` (the first match, searched through shadow roots), skipping subtrees
 * that match `skip` — e.g. article bodies, whose words are content, not the interface.
 */
export function visibleText(page: Page, selector: string, skip: string): Promise<string> {
  return page.evaluate(
    ([selector, skip]) => {
      const find = (root: Document | ShadowRoot): Element | null => {
        const direct = root.querySelector(selector);
        if (direct) return direct;
        for (const el of root.querySelectorAll('*')) {
          const found = el.shadowRoot && find(el.shadowRoot);
          if (found) return found;
        }
        return null;
      };
      const out: string[] = [];
      const walk = (node: Node) => {
        if (node instanceof Element) {
          if (skip && node.matches(skip)) return;
          if (node.checkVisibility && !node.checkVisibility()) return;
          if (node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
        }
        if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) out.push(node.textContent.trim());
        node.childNodes.forEach(walk);
      };
      const start = find(document);
      if (start) walk(start);
      return out.join(' ');
    },
    [selector, skip] as const,
  );
}

/** Words of Latin letters agents and clerks know as such; anything else in the interface is developer talk. */
export const KNOWN_LATIN = new Set(['KJ', 'ID', 'CSV', 'PC', 'WEB', 'TOP', 'OS', 'URL', 'Enter', 'Shift']);

/** Latin words (2+ letters) in `text` that are not in KNOWN_LATIN. */
export function foreignWords(text: string): string[] {
  return [...new Set(text.match(/[A-Za-z_]{2,}/g) ?? [])].filter((w) => !KNOWN_LATIN.has(w));
}

/** The relative luminance of a computed `rgb(…)` colour, 0 (black) to 1 (white). */
export function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
