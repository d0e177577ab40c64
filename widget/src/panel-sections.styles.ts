/**
 * Styles of the panel's sections (panel-sections.ts): the header with the phone, the folded 【重要】
 * notices, the conversation area with the welcome and chips, and the reset/undo controls.
 */
import { css } from 'lit';

export const sectionsCss = css`
  .header {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
    padding: var(--_space-2) var(--_space-2) var(--_space-2) var(--_space-4);
    background: var(--_header-bg);
    color: var(--_header-fg);
  }
  .header-text {
    flex: 1;
    min-width: 0;
  }
  .header h2 {
    margin: 0;
    font-size: var(--_text-md);
    line-height: 1.4;
  }
  .header-contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-3);
    margin: 0;
    font-size: var(--_text-sm);
    line-height: 1.5;
  }
  .header-contact a {
    color: inherit;
    font-weight: 700;
    font-size: var(--_text-base);
  }
  .header .close {
    flex: none;
    min-width: var(--_tap);
    min-height: var(--_tap);
    border: 0;
    border-radius: var(--_radius-sm);
    background: transparent;
    color: inherit;
    font-size: var(--_text-xxl);
    line-height: 1;
  }
  .header :focus-visible {
    outline-color: var(--_header-fg);
  }
  .important {
    border-bottom: 1px solid var(--_border);
    background: var(--_notice-bg);
    color: var(--_notice-fg);
    font-size: var(--_text-sm);
  }
  .important summary {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-height: var(--_tap);
    box-sizing: border-box;
    padding: 0 var(--_space-4);
    font-weight: 700;
    cursor: pointer;
    list-style: none;
  }
  .important summary::-webkit-details-marker {
    display: none;
  }
  .important summary::before {
    content: '';
    width: 0.5em;
    height: 0.5em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform var(--_motion);
  }
  .important[open] summary::before {
    transform: rotate(45deg);
  }
  .important summary:focus-visible {
    outline-offset: -3px;
  }
  .important ul {
    margin: 0;
    padding: 0 var(--_space-4) var(--_space-3);
    list-style: none;
    /* All notices in sight at once; only an unusually long list scrolls. */
    max-height: 45vh;
    overflow-y: auto;
  }
  .important li + li {
    margin-top: var(--_space-2);
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
    padding: var(--_space-3) var(--_space-4);
    overscroll-behavior: contain;
  }
  .scroll:focus-visible {
    outline-offset: -3px;
  }
  .welcome p {
    margin: 0 0 var(--_space-2);
  }
  .welcome-contact {
    padding: var(--_space-2) var(--_space-3);
    border-left: 4px solid var(--_accent);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
  }
  .welcome-contact a {
    font-weight: 700;
  }
  .chips-label {
    font-size: var(--_text-sm);
    color: var(--_muted);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: 0 0 var(--_space-3);
    padding: 0;
    list-style: none;
  }
  .chip {
    min-height: var(--_tap);
    padding: var(--_space-1) var(--_space-4);
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_accent);
    text-align: left;
  }
  .reset-row {
    display: flex;
    justify-content: center;
    margin: var(--_space-2) 0;
  }
  .reset,
  .undo button {
    min-height: var(--_tap);
    padding: 0 var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_bg);
    color: var(--_fg);
    font-size: var(--_text-sm);
  }
  .undo {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
    margin: 0 0 var(--_space-3);
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
    font-size: var(--_text-sm);
  }
  .undo button {
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 700;
  }
`;
