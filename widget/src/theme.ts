/**
 * The widget's design tokens. Host pages theme the widget ONLY through the documented
 * `--careplan-help-*` custom properties (they inherit into the shadow root) and `::part()`.
 * Internally every rule reads the private `--_*` copies, so defaults live in one place.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_accent: var(--careplan-help-accent, #0a58a8);
    --_accent-fg: var(--careplan-help-accent-contrast, #ffffff);
    --_bg: var(--careplan-help-background, #ffffff);
    --_fg: var(--careplan-help-text, #1b1f24);
    --_muted: var(--careplan-help-muted, #4f5965);
    --_surface: var(--careplan-help-surface, #f1f4f8);
    --_border: var(--careplan-help-border, #c5ced9);
    --_notice-bg: var(--careplan-help-notice-background, #fff3dc);
    --_notice-fg: var(--careplan-help-notice-text, #5a3a00);
    --_error-fg: var(--careplan-help-error-text, #a1151f);
    --_radius: var(--careplan-help-radius, 12px);
    --_font: var(--careplan-help-font-family, system-ui, 'Hiragino Sans', 'Noto Sans JP', 'Yu Gothic UI', sans-serif);
    --_z: var(--careplan-help-z-index, 2147483000);
    --_width: var(--careplan-help-panel-width, 390px);
    --_height: var(--careplan-help-panel-height, 620px);
    --_offset: var(--careplan-help-offset, 20px);
    --_motion: 160ms;
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--careplan-help-accent, #8cc2ff);
      --_accent-fg: var(--careplan-help-accent-contrast, #0b1a2b);
      --_bg: var(--careplan-help-background, #1b1e23);
      --_fg: var(--careplan-help-text, #eef1f5);
      --_muted: var(--careplan-help-muted, #b7c0cb);
      --_surface: var(--careplan-help-surface, #262b32);
      --_border: var(--careplan-help-border, #48515c);
      --_notice-bg: var(--careplan-help-notice-background, #3a2e14);
      --_notice-fg: var(--careplan-help-notice-text, #ffe3a8);
      --_error-fg: var(--careplan-help-error-text, #ffb4b9);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion: 0ms;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
`;
