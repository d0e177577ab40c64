/** Styles of the <careplan-help> shell: the host's placement and the launcher with its badge. */
import { css } from 'lit';

export const launcherCss = css`
  :host {
    font-family: var(--_font);
    font-size: var(--_text-base);
    color: var(--_fg);
    line-height: var(--_line-height);
  }
  :host(:not([position='inline'])) {
    position: fixed;
    bottom: var(--_offset);
    right: var(--_offset);
    z-index: var(--_z);
  }
  :host([position='bottom-left']) {
    right: auto;
    left: var(--_offset);
  }
  .launcher {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-height: 48px;
    padding: var(--_space-2) var(--_space-4);
    border: 0;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-fg);
    font-size: var(--_text-base);
    font-weight: 700;
    box-shadow: 0 4px 14px rgb(0 0 0 / 25%);
  }
  .launcher svg {
    width: 1.4em;
    height: 1.4em;
    fill: currentColor;
  }
  .launcher-note {
    padding: 0 var(--_space-2);
    border-radius: 999px;
    background: var(--_accent-fg);
    color: var(--_accent);
    font-size: var(--_text-sm);
  }
  .badge {
    position: absolute;
    top: -6px;
    left: -6px;
    min-width: 24px;
    height: 24px;
    padding: 0 6px;
    box-sizing: border-box;
    border: 2px solid var(--_accent-fg);
    border-radius: 999px;
    background: var(--_badge-bg);
    color: #ffffff;
    font-size: var(--_text-sm);
    line-height: 20px;
    text-align: center;
  }
  :host([open]) .launcher {
    display: none;
  }
`;
