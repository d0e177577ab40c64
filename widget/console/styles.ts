/** Styles shared by the console's elements (adopted stylesheets: allowed under our strict CSP). */
import { css } from 'lit';

export const shared = css`
  :host {
    display: block;
    color: var(--ac-fg, #1c2430);
    font: 15px/1.6 system-ui, 'Hiragino Sans', 'Noto Sans JP', 'Yu Gothic UI', sans-serif;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3 {
    margin: 0.2em 0 0.5em;
    line-height: 1.35;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
  }
  button {
    min-height: 36px;
    padding: 0.3em 0.9em;
    border: 1px solid var(--ac-accent, #0b5cad);
    border-radius: 6px;
    background: var(--ac-accent, #0b5cad);
    color: #fff;
    cursor: pointer;
  }
  button.secondary {
    background: #fff;
    color: var(--ac-accent, #0b5cad);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  :focus-visible {
    outline: 3px solid var(--ac-focus, #f0a500);
    outline-offset: 2px;
  }
  input,
  select,
  textarea {
    padding: 0.4em 0.6em;
    border: 1px solid #8a94a3;
    border-radius: 6px;
    background: #fff;
    color: inherit;
  }
  a {
    color: var(--ac-accent, #0b5cad);
  }
  .muted {
    color: #5b6573;
    font-size: 0.9em;
  }
  .error {
    padding: 0.6em 0.8em;
    border-left: 4px solid #b3261e;
    background: #fdecea;
  }
  .status {
    min-height: 1.6em;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.35em 0.5em;
    border-bottom: 1px solid #dde2e8;
    text-align: left;
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: right;
    white-space: nowrap;
  }
  mark {
    background: #ffe58a;
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
