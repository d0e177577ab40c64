/**
 * The design tokens of every surface — the chat widget, the agents' console, the article pages and the demo
 * page — in one place. Pure data: `css.ts` turns them into the pages' CSS custom properties (served as
 * /assets/tokens.css) and into the widget's constructed stylesheet, so a colour changed here changes all
 * three surfaces.
 *
 * Colours were chosen for WCAG AA: text colours reach 4.5:1 on `bg` and `surface` of their own scheme,
 * `accentFg` on `accent` and `headerFg` on `headerBg` too (checked by axe in the browser tests).
 */

/** One colour scheme. Every scheme has every key (the type makes a missing dark colour a type error). */
export interface Palette {
  /** Links, buttons, the user's chat bubbles. */
  accent: string;
  /** Text on `accent`. */
  accentFg: string;
  /** A faint tint of the accent: selected rows, summaries. */
  accentSoft: string;
  /** Page and panel background. */
  bg: string;
  /** Raised areas on `bg`: bot messages, tables of contents, cards. */
  surface: string;
  /** Body text. */
  fg: string;
  /** Secondary text: dates, labels, hints. */
  muted: string;
  /** Lines and input borders. */
  border: string;
  /** The title bar of every surface. */
  headerBg: string;
  headerFg: string;
  /** 【重要】 notices. */
  noticeBg: string;
  noticeFg: string;
  /** Error text and its box. */
  errorFg: string;
  errorBg: string;
  /** Search highlights (`<mark>`). */
  markBg: string;
  /** Keyboard focus ring. */
  focus: string;
  /** The count of new replies on the chat launcher (white text). */
  badgeBg: string;
}

export const palettes: { light: Palette; dark: Palette } = {
  light: {
    accent: '#0a58a8',
    accentFg: '#ffffff',
    accentSoft: '#eaf2fb',
    bg: '#ffffff',
    surface: '#f1f4f8',
    fg: '#1b1f24',
    muted: '#4f5965',
    border: '#c5ced9',
    headerBg: '#0a58a8',
    headerFg: '#ffffff',
    noticeBg: '#fff3dc',
    noticeFg: '#5a3a00',
    errorFg: '#a1151f',
    errorBg: '#fdecea',
    markBg: '#ffe58a',
    focus: '#0a58a8',
    badgeBg: '#b3261e',
  },
  dark: {
    accent: '#8cc2ff',
    accentFg: '#0b1a2b',
    accentSoft: '#1d2b3b',
    bg: '#16191d',
    surface: '#23282f',
    fg: '#eef1f5',
    muted: '#b7c0cb',
    border: '#4a535e',
    headerBg: '#1c3552',
    headerFg: '#eef1f5',
    noticeBg: '#3a2e14',
    noticeFg: '#ffe3a8',
    errorFg: '#ffb4b9',
    errorBg: '#3b1d20',
    markBg: '#6b5500',
    focus: '#8cc2ff',
    badgeBg: '#b3261e',
  },
};

/**
 * Type scale in px. `sm` is the smallest text anyone reads (hints, dates, labels: issue 14 asks for 14 px at
 * least, for older staff); `base` is body text and every answer; the rest are headings.
 */
export const fontSizes = {
  sm: '14px',
  base: '16px',
  md: '18px',
  lg: '20px',
  xl: '24px',
  xxl: '28px',
} as const;

/** Spacing steps in px (4-px grid). */
export const space = {
  1: '4px',
  2: '8px',
  3: '12px',
  4: '16px',
  5: '24px',
  6: '32px',
  7: '48px',
} as const;

/** Corner radii. */
export const radii = {
  sm: '4px',
  md: '8px',
  lg: '12px',
  pill: '999px',
} as const;

/** Japanese system fonts first (Windows, macOS, Android/Linux), then the generic family. */
export const fontFamily = "system-ui, -apple-system, 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic UI', Meiryo, 'Noto Sans JP', sans-serif";

/** Body line height: Japanese text reads better with generous leading. */
export const lineHeight = '1.7';

/** Smallest tap target (WCAG 2.5.5 / Apple HIG), for buttons and links that stand alone. */
export const tapTarget = '44px';
