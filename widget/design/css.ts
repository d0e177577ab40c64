/**
 * The design tokens (tokens.ts) as CSS, in the two forms the surfaces need:
 * - `pageTokensCss()`: `--cp-*` custom properties on `:root`, served as /assets/tokens.css to the article
 *   pages, the demo page and the console (whose shadow roots inherit them);
 * - `widgetTokensCss()`: the widget's private `--_*` properties on `:host`, each defaulting to the token
 *   unless the host page set the documented `--careplan-help-*` property.
 * Both switch to the dark palette under `prefers-color-scheme: dark`. Pure string builders (no DOM).
 */
import { fontFamily, fontSizes, lineHeight, palettes, radii, space, tapTarget, type Palette } from './tokens.ts';

/** `noticeBg` → `notice-bg`. */
function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function declarations(entries: [string, string][]): string {
  return entries.map(([name, value]) => `${name}:${value};`).join('');
}

/** The palette as `--cp-color-*` declarations. */
function pageColours(p: Palette): [string, string][] {
  return Object.entries(p).map(([key, value]) => [`--cp-color-${kebab(key)}`, value]);
}

/** Sizes that do not change with the colour scheme. */
function pageScale(): [string, string][] {
  return [
    ...Object.entries(fontSizes).map(([k, v]): [string, string] => [`--cp-font-size-${k}`, v]),
    ...Object.entries(space).map(([k, v]): [string, string] => [`--cp-space-${k}`, v]),
    ...Object.entries(radii).map(([k, v]): [string, string] => [`--cp-radius-${k}`, v]),
    ['--cp-font-family', fontFamily],
    ['--cp-line-height', lineHeight],
    ['--cp-tap', tapTarget],
  ];
}

/** The one rule every page shares: the document takes the tokens' colours and type. */
const BASE = 'body{margin:0;background:var(--cp-color-bg);color:var(--cp-color-fg);font-family:var(--cp-font-family);font-size:var(--cp-font-size-base);line-height:var(--cp-line-height);}';

/** The stylesheet of /assets/tokens.css: the tokens, light and dark, and the base rule that applies them. */
export function pageTokensCss(): string {
  return [
    '/* Generated from widget/design/tokens.ts: edit the tokens there, not here. */',
    `:root{color-scheme:light dark;${declarations([...pageColours(palettes.light), ...pageScale()])}}`,
    `@media (prefers-color-scheme: dark){:root{${declarations(pageColours(palettes.dark))}}}`,
    BASE,
    '',
  ].join('\n');
}

/**
 * The widget's documented colour properties (`--careplan-help-<name>`, README) and the private property and
 * token each one sets. Host pages theme the widget only through these names.
 */
export const WIDGET_COLOURS: [publicName: string, privateName: string, token: keyof Palette][] = [
  ['accent', 'accent', 'accent'],
  ['accent-contrast', 'accent-fg', 'accentFg'],
  ['background', 'bg', 'bg'],
  ['text', 'fg', 'fg'],
  ['muted', 'muted', 'muted'],
  ['surface', 'surface', 'surface'],
  ['border', 'border', 'border'],
  ['header-background', 'header-bg', 'headerBg'],
  ['header-text', 'header-fg', 'headerFg'],
  ['notice-background', 'notice-bg', 'noticeBg'],
  ['notice-text', 'notice-fg', 'noticeFg'],
  ['error-text', 'error-fg', 'errorFg'],
  ['badge-background', 'badge-bg', 'badgeBg'],
];

function widgetColours(p: Palette): [string, string][] {
  return WIDGET_COLOURS.map(([pub, priv, token]) => [`--_${priv}`, `var(--careplan-help-${pub},${p[token]})`]);
}

/** The `:host` rules of the widget's constructed stylesheet. */
export function widgetTokensCss(): string {
  const scale: [string, string][] = [
    ...Object.entries(fontSizes).map(([k, v]): [string, string] => [`--_text-${k}`, v]),
    ...Object.entries(space).map(([k, v]): [string, string] => [`--_space-${k}`, v]),
    ['--_radius', `var(--careplan-help-radius,${radii.lg})`],
    ['--_radius-sm', radii.md],
    ['--_font', `var(--careplan-help-font-family,${fontFamily})`],
    ['--_line-height', lineHeight],
    ['--_tap', tapTarget],
  ];
  return [
    `:host{color-scheme:light dark;${declarations([...widgetColours(palettes.light), ...scale])}}`,
    `@media (prefers-color-scheme: dark){:host{${declarations(widgetColours(palettes.dark))}}}`,
  ].join('\n');
}
