/**
 * Styles of <careplan-help-feedback> — 「解決しましたか？」, the reasons after 「いいえ」 with the comment and its
 * counter, and the finished vote — adopted by the <careplan-help> shadow root.
 */
import { css } from 'lit';

export const feedbackCss = css`
  .feedback {
    display: flex;
    border-top: 1px solid var(--_border);
    padding-top: var(--_space-2);
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    margin-top: var(--_space-2);
  }
  [data-feedback]:focus {
    outline: none;
  }
  [data-feedback]:focus-visible {
    outline: 2px solid var(--_accent);
  }
  .feedback-done {
    margin-top: var(--_space-2);
    color: var(--_muted);
  }
  .vote-done {
    margin-top: var(--_space-2);
    padding-top: var(--_space-2);
    border-top: 1px solid var(--_border);
  }
  .vote-done .feedback-done {
    margin-top: 0;
  }
  .reasons {
    margin-top: var(--_space-2);
    padding-top: var(--_space-2);
    border-top: 1px solid var(--_border);
  }
  .reasons ul {
    margin: var(--_space-2) 0 0;
    padding: 0;
    list-style: none;
  }
  .reasons li + li {
    margin-top: var(--_space-2);
  }
  .reasons button {
    width: 100%;
    min-height: var(--_tap);
    padding: var(--_space-1) var(--_space-3);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius-sm);
    background: var(--_bg);
    color: var(--_accent);
    text-align: left;
  }
  .reasons button:disabled {
    opacity: 0.6;
  }
  .comment-label {
    display: block;
    font-size: var(--_text-sm);
    font-weight: 700;
  }
  .reasons textarea {
    box-sizing: border-box;
    width: 100%;
    margin-top: var(--_space-1);
    padding: var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-size: max(16px, var(--_text-base));
    resize: none;
    field-sizing: content;
    min-height: 2.8em;
    max-height: 8em;
  }
  .msg .counter {
    margin: 2px 0 0;
    font-size: var(--_text-sm);
    color: var(--_muted);
    text-align: right;
  }
  .msg .counter.error-text {
    color: var(--_error-fg);
  }
`;
