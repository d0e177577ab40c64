/** Styles of <kb-search>: the search bar and the result list (adopted stylesheet: allowed under our strict CSP). */
import { css } from 'lit';

export const searchCss = css`
  .bar {
    display: flex;
    gap: var(--cp-space-2);
    flex-wrap: wrap;
  }
  input {
    flex: 1 1 12em;
    min-width: 0;
    font-size: var(--cp-font-size-md);
  }
  select {
    flex: 0 1 auto;
    max-width: 100%;
  }
  .status,
  .keys {
    margin: var(--cp-space-2) 0;
  }
  .status:empty {
    margin: 0;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    padding: var(--cp-space-2) var(--cp-space-3);
    border-bottom: 1px solid var(--cp-color-border);
    border-left: 4px solid transparent;
    cursor: pointer;
  }
  li[aria-selected='true'] {
    background: var(--cp-color-accent-soft);
    border-left-color: var(--cp-color-accent);
  }
  .title {
    font-weight: 700;
  }
  .snippet {
    margin: var(--cp-space-1) 0 0;
    font-size: var(--cp-font-size-sm);
  }
  .tag {
    display: inline-block;
    margin-left: var(--cp-space-1);
    padding: 0 var(--cp-space-2);
    border-radius: var(--cp-radius-sm);
    background: var(--cp-color-surface);
    color: var(--cp-color-muted);
    font-size: var(--cp-font-size-sm);
    font-weight: 400;
  }
`;
