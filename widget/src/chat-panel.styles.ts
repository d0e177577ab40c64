/** Styles of <careplan-help-panel>, adopted by the <careplan-help> shadow root. */
import { css } from 'lit';

export const panelCss = css`
  careplan-help-panel[hidden] {
    display: none;
  }
  .panel {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    width: min(var(--_width), calc(100vw - 2 * var(--_offset)));
    height: min(var(--_height), calc(100vh - 2 * var(--_offset)));
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 10px 40px rgb(0 0 0 / 28%);
    overflow: hidden;
    animation: cp-in var(--_motion) ease-out;
  }
  :host([position='inline']) .panel {
    width: 100%;
    box-shadow: none;
    animation: none;
  }
  @keyframes cp-in {
    from {
      opacity: 0;
      transform: translateY(12px);
    }
  }
  @media (max-width: 479.98px) {
    :host(:not([position='inline'])[open]) {
      inset: 0;
    }
    :host(:not([position='inline'])) .panel {
      position: fixed;
      inset: 0 0 auto 0;
      width: 100%;
      height: 100vh;
      height: var(--_vvh, 100dvh);
      border: 0;
      border-radius: 0;
    }
  }
  .header {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.6rem 0.75rem 0.6rem 1rem;
    background: var(--_accent);
    color: var(--_accent-fg);
  }
  .header h2 {
    flex: 1;
    margin: 0;
    font-size: 1rem;
  }
  .header button {
    min-height: 44px;
    border: 1px solid currentColor;
    border-radius: 8px;
    background: transparent;
    color: inherit;
    padding: 0 0.6rem;
    font-size: 0.85rem;
  }
  .header .close {
    min-width: 44px;
    border: 0;
    font-size: 1.6rem;
    line-height: 1;
  }
  .header :focus-visible {
    outline-color: var(--_accent-fg);
  }
  .important {
    padding: 0.4rem 1rem;
    background: var(--_notice-bg);
    color: var(--_notice-fg);
    font-size: 0.85rem;
  }
  .important summary {
    min-height: 24px;
    font-weight: 700;
    cursor: pointer;
  }
  .important ul {
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    max-height: 7.5em;
    overflow-y: auto;
  }
  .important li + li {
    margin-top: 0.25rem;
  }
  .important a {
    color: inherit;
    font-weight: 700;
  }
  .important .date {
    margin-left: 0.4em;
    white-space: nowrap;
  }
  .scroll {
    /* The offset parent of the messages, so they can be scrolled to by offsetTop. */
    position: relative;
    flex: 1;
    overflow-y: auto;
    padding: 0.75rem 1rem;
    overscroll-behavior: contain;
  }
  .welcome p {
    margin: 0 0 0.5rem;
  }
  .chips-label {
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
  }
  .chip {
    min-height: 44px;
    padding: 0.35rem 0.9rem;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_accent);
    text-align: left;
  }
  .composer {
    display: flex;
    gap: 0.5rem;
    padding: 0.6rem 0.75rem 0.25rem;
    border-top: 1px solid var(--_border);
  }
  .composer textarea {
    flex: 1;
    min-height: 2.8em;
    max-height: 8em;
    resize: vertical;
    padding: 0.5rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_bg);
    color: var(--_fg);
    font-family: inherit;
    /* 16px or more, or iOS Safari zooms the page when the box gets focus. */
    font-size: max(16px, 1rem);
    line-height: 1.5;
  }
  .send {
    min-width: 4.5em;
    min-height: 44px;
    align-self: flex-end;
    border: 0;
    border-radius: 8px;
    background: var(--_accent);
    color: var(--_accent-fg);
    font-weight: 700;
  }
  .send:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  .hint,
  .input-error {
    margin: 0;
    padding: 0 0.9rem 0.5rem;
    font-size: 0.78rem;
    color: var(--_muted);
  }
  .input-error {
    color: var(--_error-fg);
    font-weight: 700;
  }
`;
