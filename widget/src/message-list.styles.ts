/** Styles of <careplan-help-messages>, adopted by the <careplan-help> shadow root. */
import { css } from 'lit';

export const messageCss = css`
  careplan-help-messages {
    display: block;
  }
  .msg {
    margin: 0 0 var(--_space-3);
    overflow-wrap: anywhere;
    font-size: var(--_text-base);
  }
  .msg p {
    margin: 0 0 var(--_space-2);
  }
  .user {
    margin-left: 15%;
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius) var(--_radius) 2px var(--_radius);
    background: var(--_accent);
    color: var(--_accent-fg);
    white-space: pre-wrap;
  }
  /* Bot replies take the whole width: the answer card's lines are what must fit in sight. */
  .bot,
  .error {
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius) var(--_radius) var(--_radius) 2px;
    background: var(--_surface);
  }
  .notice {
    padding: var(--_space-1) var(--_space-2);
    border-radius: var(--_radius-sm);
    background: var(--_notice-bg);
    color: var(--_notice-fg);
    font-weight: 700;
    font-size: var(--_text-sm);
  }
  /* The card is the bubble's content, not a box inside it: the width goes to the text. */
  .answer {
    margin: 0;
  }
  .answer-title {
    margin: 0 0 var(--_space-1);
    font-size: var(--_text-base);
    font-weight: 700;
    line-height: 1.5;
  }
  .msg .answer-section {
    margin: 0 0 var(--_space-1);
    font-size: var(--_text-base);
    font-weight: 700;
    color: var(--_muted);
  }
  .answer-body {
    font-size: var(--_text-base);
  }
  .answer-body > :last-child {
    margin-bottom: 0;
  }
  /* 「詳しく見る」 and the folded related articles share one row; unfolded, the list takes the next line. */
  .answer-links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0 var(--_space-3);
    margin-top: var(--_space-1);
  }
  .more {
    padding: var(--_space-2) 0;
    font-weight: 700;
  }
  .more::after {
    content: ' ›';
  }
  .answer-links .related {
    margin: 0;
    border: 0;
  }
  .answer-links .related[open] {
    flex-basis: 100%;
  }
  .answer-body :is(h2, h3, h4) {
    margin: var(--_space-3) 0 var(--_space-1);
    font-size: var(--_text-base);
  }
  .answer-body :is(code, kbd, samp) {
    font-size: inherit;
  }
  .answer-body :is(ol, ul) {
    margin: var(--_space-1) 0;
    padding-left: 1.4em;
  }
  .answer-body :is(table) {
    display: block;
    overflow-x: auto;
    border-collapse: collapse;
  }
  .answer-body :is(td, th) {
    border: 1px solid var(--_border);
    padding: var(--_space-1) var(--_space-2);
  }
  .options,
  .related ul {
    margin: var(--_space-1) 0;
    padding: 0;
    list-style: none;
  }
  .options li + li {
    margin-top: var(--_space-2);
  }
  .options button,
  .feedback button,
  .retry {
    min-height: var(--_tap);
    padding: var(--_space-1) var(--_space-4);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius-sm);
    background: var(--_bg);
    color: var(--_accent);
    text-align: left;
  }
  .options button {
    width: 100%;
  }
  .related-label {
    font-size: var(--_text-sm);
    font-weight: 700;
    color: var(--_muted);
  }
  .related {
    margin-top: var(--_space-1);
    border-top: 1px solid var(--_border);
  }
  .related summary {
    padding: var(--_space-2) 0;
    font-size: var(--_text-sm);
    font-weight: 700;
    color: var(--_muted);
    cursor: pointer;
  }
  .related li {
    margin: var(--_space-1) 0;
  }
  .error-text {
    color: var(--_error-fg);
    font-weight: 700;
  }
  .typing {
    display: inline-flex;
    gap: 4px;
    padding: var(--_space-3) var(--_space-4);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .typing span {
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--_muted);
    animation: cp-blink 1.2s infinite ease-in-out both;
  }
  .typing span:nth-child(2) {
    animation-delay: 0.2s;
  }
  .typing span:nth-child(3) {
    animation-delay: 0.4s;
  }
  @keyframes cp-blink {
    0%,
    80%,
    100% {
      opacity: 0.25;
    }
    40% {
      opacity: 1;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .typing span {
      animation: none;
      opacity: 0.6;
    }
  }
`;
