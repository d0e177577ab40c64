/**
 * Styles of <careplan-help-panel> — the frame and the question box — adopted by the <careplan-help> shadow
 * root; its sections (header, notices, chips, reset) are styled in panel-sections.styles.ts. Sizes come from
 * the shared type scale: nothing a user reads is under `--_text-sm` (14 px), answers and the question box
 * are `--_text-base` (16 px).
 */
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
    font-size: var(--_text-base);
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
    /* A phone's on-screen keyboard has no Shift+Enter: the hint keeps one line, the room goes to answers. */
    .hint .keys {
      display: none;
    }
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
  .composer {
    display: flex;
    gap: var(--_space-2);
    padding: var(--_space-2) var(--_space-3) var(--_space-1);
    border-top: 1px solid var(--_border);
  }
  .composer textarea {
    flex: 1;
    /* One line, as tall as the send button: on a phone every line the box does not need goes to the answer. */
    box-sizing: border-box;
    min-height: var(--_tap);
    max-height: 8em;
    /* No resize grip: the box grows with its text where the browser can (field-sizing), else it scrolls. */
    resize: none;
    field-sizing: content;
    padding: var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_bg);
    color: var(--_fg);
    font-family: inherit;
    /* 16px or more, or iOS Safari zooms the page when the box gets focus. */
    font-size: max(16px, var(--_text-base));
    line-height: 1.5;
  }
  .send {
    min-width: 4.5em;
    min-height: var(--_tap);
    align-self: flex-end;
    border: 0;
    border-radius: var(--_radius-sm);
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
    padding: 0 var(--_space-3) var(--_space-2);
    font-size: var(--_text-sm);
    line-height: 1.5;
    color: var(--_muted);
  }
  .input-error {
    color: var(--_error-fg);
    font-weight: 700;
  }
`;
