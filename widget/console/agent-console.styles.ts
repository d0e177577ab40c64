/** Styles of <agent-console>: the tabs and the search tab's two columns (one on narrow screens). */
import { css } from 'lit';

export const consoleCss = css`
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cp-space-1);
    margin-bottom: var(--cp-space-4);
    border-bottom: 2px solid var(--cp-color-border);
  }
  [role='tab'] {
    min-height: var(--cp-tap);
    border: 0;
    border-radius: var(--cp-radius-md) var(--cp-radius-md) 0 0;
    background: transparent;
    color: inherit;
    padding: var(--cp-space-2) var(--cp-space-4);
  }
  [role='tab'][aria-selected='true'] {
    background: var(--cp-color-accent);
    color: var(--cp-color-accent-fg);
  }
  .search {
    display: grid;
    grid-template-columns: minmax(18em, 2fr) 3fr;
    gap: var(--cp-space-5);
    align-items: start;
  }
  kb-article {
    position: sticky;
    top: var(--cp-space-2);
    max-height: calc(100vh - var(--cp-space-4));
    overflow: auto;
    padding-right: var(--cp-space-2);
  }
  @media (max-width: 480px) {
    [role='tab'] {
      padding: var(--cp-space-2);
    }
  }
  @media (max-width: 860px) {
    .search {
      grid-template-columns: 1fr;
    }
    kb-article {
      position: static;
      max-height: none;
    }
  }
`;
