/** Styles of <careplan-help-messages>, adopted by the <careplan-help> shadow root. */
import { css } from 'lit';

export const messageCss = css`
  careplan-help-messages {
    display: block;
  }
  .msg {
    margin: 0 0 0.75rem;
    overflow-wrap: anywhere;
  }
  .msg p {
    margin: 0 0 0.4rem;
  }
  .user {
    margin-left: 15%;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius) var(--_radius) 2px var(--_radius);
    background: var(--_accent);
    color: var(--_accent-fg);
    white-space: pre-wrap;
  }
  .bot,
  .error {
    margin-right: 4%;
    padding: 0.6rem 0.75rem;
    border-radius: var(--_radius) var(--_radius) var(--_radius) 2px;
    background: var(--_surface);
  }
  .notice {
    padding: 0.35rem 0.6rem;
    border-radius: 6px;
    background: var(--_notice-bg);
    color: var(--_notice-fg);
    font-weight: 700;
    font-size: 0.9rem;
  }
  .answer {
    margin: 0.4rem 0;
    padding: 0.5rem 0.7rem;
    border-radius: 8px;
    background: var(--_bg);
  }
  .answer-title {
    font-weight: 700;
  }
  .answer-body {
    font-size: 0.95rem;
  }
  .answer-body :is(h2, h3, h4) {
    margin: 0.8rem 0 0.3rem;
    font-size: 1rem;
  }
  .answer-body :is(ol, ul) {
    margin: 0.3rem 0;
    padding-left: 1.4em;
  }
  .answer-body :is(table) {
    display: block;
    overflow-x: auto;
    border-collapse: collapse;
  }
  .answer-body :is(td, th) {
    border: 1px solid var(--_border);
    padding: 0.2rem 0.4rem;
  }
  .options,
  .related ul {
    margin: 0.3rem 0;
    padding: 0;
    list-style: none;
  }
  .options li + li {
    margin-top: 0.4rem;
  }
  .options button,
  .feedback button,
  .retry {
    min-height: 44px;
    padding: 0.35rem 0.9rem;
    border: 1px solid var(--_accent);
    border-radius: 8px;
    background: var(--_bg);
    color: var(--_accent);
    text-align: left;
  }
  .options button {
    width: 100%;
  }
  .related-label {
    font-size: 0.85rem;
    font-weight: 700;
    color: var(--_muted);
  }
  .related li {
    margin: 0.2rem 0;
  }
  .feedback {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  [data-feedback]:focus {
    outline: none;
  }
  [data-feedback]:focus-visible {
    outline: 2px solid var(--_accent);
  }
  .feedback-done {
    margin-top: 0.5rem;
    color: var(--_muted);
  }
  .error-text {
    color: var(--_error-fg);
    font-weight: 700;
  }
  .typing {
    display: inline-flex;
    gap: 4px;
    padding: 0.7rem 0.9rem;
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
