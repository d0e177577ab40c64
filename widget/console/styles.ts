/**
 * Styles shared by the console's elements (adopted stylesheets: allowed under our strict CSP). Colours, type
 * scale, spacing and radius are the shared design tokens (`--cp-*`, widget/design/tokens.ts), which the
 * /agent page loads from /assets/tokens.css and which inherit into every shadow root; they switch to the
 * dark palette with the system.
 */
import { css } from 'lit';

export const shared = css`
  :host {
    display: block;
    color: var(--cp-color-fg);
    font-family: var(--cp-font-family);
    font-size: var(--cp-font-size-base);
    line-height: var(--cp-line-height);
  }
  /* Elements with their own display (grid, flex) must still vanish when hidden. */
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3 {
    margin: var(--cp-space-1) 0 var(--cp-space-2);
    line-height: 1.35;
  }
  h2 {
    font-size: var(--cp-font-size-lg);
  }
  h3 {
    font-size: var(--cp-font-size-md);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
  }
  button {
    min-height: 40px;
    padding: var(--cp-space-1) var(--cp-space-4);
    border: 1px solid var(--cp-color-accent);
    border-radius: var(--cp-radius-md);
    background: var(--cp-color-accent);
    color: var(--cp-color-accent-fg);
    cursor: pointer;
  }
  button.secondary {
    background: var(--cp-color-bg);
    color: var(--cp-color-accent);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  :focus-visible {
    outline: 3px solid var(--cp-color-focus);
    outline-offset: 2px;
  }
  input,
  select,
  textarea {
    min-height: 40px;
    padding: var(--cp-space-1) var(--cp-space-2);
    border: 1px solid var(--cp-color-muted);
    border-radius: var(--cp-radius-md);
    background: var(--cp-color-bg);
    color: inherit;
  }
  a {
    color: var(--cp-color-accent);
  }
  .muted {
    color: var(--cp-color-muted);
    font-size: var(--cp-font-size-sm);
  }
  .error {
    padding: var(--cp-space-2) var(--cp-space-3);
    border-left: 4px solid var(--cp-color-error-fg);
    background: var(--cp-color-error-bg);
    color: var(--cp-color-fg);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: var(--cp-space-1) var(--cp-space-2);
    border-bottom: 1px solid var(--cp-color-border);
    text-align: left;
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: right;
    white-space: nowrap;
  }
  mark {
    background: var(--cp-color-mark-bg);
    color: inherit;
    padding: 0 1px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
