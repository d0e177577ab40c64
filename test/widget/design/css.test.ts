import { describe, expect, it } from 'vitest';
import { pageTokensCss, widgetTokensCss, WIDGET_COLOURS } from '../../../widget/design/css.ts';
import { fontSizes, palettes, radii, space } from '../../../widget/design/tokens.ts';

/** `name:value` pairs of one CSS block (the first `{…}` after `selector`, inside `within`). */
function declarations(css: string, within: 'light' | 'dark'): Map<string, string> {
  const block = within === 'light' ? /^[^@]*?\{([^}]*)\}/m.exec(css)![1]! : /@media \(prefers-color-scheme: dark\)\{[^{]*\{([^}]*)\}/.exec(css)![1]!;
  return new Map(
    block
      .split(';')
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')), d.slice(d.indexOf(':') + 1)]),
  );
}

describe('design tokens: one source for the pages, the console and the widget', () => {
  it('the pages get every colour of both palettes, and the whole scale', () => {
    const css = pageTokensCss();
    for (const scheme of ['light', 'dark'] as const) {
      const got = declarations(css, scheme);
      for (const [key, value] of Object.entries(palettes[scheme])) {
        const name = `--cp-color-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
        expect(got.get(name), `${scheme} ${name}`).toBe(value);
      }
    }
    const light = declarations(css, 'light');
    for (const [k, v] of Object.entries(fontSizes)) expect(light.get(`--cp-font-size-${k}`)).toBe(v);
    for (const [k, v] of Object.entries(space)) expect(light.get(`--cp-space-${k}`)).toBe(v);
    for (const [k, v] of Object.entries(radii)) expect(light.get(`--cp-radius-${k}`)).toBe(v);
  });

  it('the widget defaults to the same colours, and a host page can still override each one', () => {
    const css = widgetTokensCss();
    for (const scheme of ['light', 'dark'] as const) {
      const got = declarations(css, scheme);
      for (const [pub, priv, token] of WIDGET_COLOURS) {
        expect(got.get(`--_${priv}`), `${scheme} ${priv}`).toBe(`var(--careplan-help-${pub},${palettes[scheme][token]})`);
      }
    }
    const light = declarations(css, 'light');
    expect(light.get('--_text-sm')).toBe(fontSizes.sm);
    expect(light.get('--_text-base')).toBe(fontSizes.base);
  });

  it('nobody reads text under 14 px: the smallest step of the scale', () => {
    const px = Object.values(fontSizes).map((v) => parseFloat(v));
    expect(Math.min(...px)).toBeGreaterThanOrEqual(14);
    expect(parseFloat(fontSizes.base)).toBeGreaterThanOrEqual(16);
  });

  it('both palettes define the same colours', () => {
    expect(Object.keys(palettes.dark).sort()).toEqual(Object.keys(palettes.light).sort());
  });
});
