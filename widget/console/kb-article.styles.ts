/** Styles of <kb-article>: header with 「回答をコピー」, summary, contents and body (adopted stylesheet). */
import { css } from 'lit';

export const articleCss = css`
  header {
    display: flex;
    gap: var(--cp-space-2) var(--cp-space-4);
    align-items: flex-start;
    justify-content: space-between;
    flex-wrap: wrap;
  }
  .copy {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--cp-space-1) 0;
  }
  /* The copy message sits beside the button: no empty line, and no room, is kept for it. */
  .copy .status {
    margin: 0;
    font-size: var(--cp-font-size-sm);
  }
  .copy .status:not(:empty) {
    margin-right: var(--cp-space-3);
  }
  .summary {
    margin: var(--cp-space-3) 0;
    padding: var(--cp-space-2) var(--cp-space-3);
    border-left: 4px solid var(--cp-color-accent);
    background: var(--cp-color-accent-soft);
  }
  nav ol {
    margin: var(--cp-space-1) 0 var(--cp-space-4);
    padding-left: 1.4em;
  }
  nav li {
    margin: 2px 0;
  }
  .deep {
    margin-left: var(--cp-space-2);
    font-size: var(--cp-font-size-sm);
  }
  .body :is(h2, h3) {
    margin-top: var(--cp-space-5);
    padding-bottom: var(--cp-space-1);
    border-bottom: 1px solid var(--cp-color-border);
    scroll-margin-top: var(--cp-space-2);
  }
  .body :target,
  .body .current {
    background: var(--cp-color-notice-bg);
    color: var(--cp-color-notice-fg);
  }
  .body :is(table) {
    display: block;
    overflow-x: auto;
  }
  textarea {
    width: 100%;
    min-height: 12em;
  }
`;
