/**
 * The widget's design tokens. Colours, type scale, spacing and radius come from the shared tokens
 * (widget/design/tokens.ts), the same values the console and the article pages use. Host pages theme the
 * widget ONLY through the documented `--careplan-help-*` custom properties (they inherit into the shadow
 * root) and `::part()`. Internally every rule reads the private `--_*` copies, so defaults live in one place.
 */
import { css, unsafeCSS } from 'lit';
import { widgetTokensCss } from '../design/css.ts';

export const tokens = css`
  ${unsafeCSS(widgetTokensCss())}
  :host {
    --_z: var(--careplan-help-z-index, 2147483000);
    --_width: var(--careplan-help-panel-width, 420px);
    --_height: var(--careplan-help-panel-height, 720px);
    --_offset: var(--careplan-help-offset, 20px);
    --_motion: 160ms;
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
