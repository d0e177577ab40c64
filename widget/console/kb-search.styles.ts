/** Styles of <kb-search>: the search bar and the result list (adopted stylesheet: allowed under our strict CSP). */
import { css } from 'lit';

export const searchCss = css`
  .bar {
    display: flex;
    gap: 0.5em;
    flex-wrap: wrap;
  }
  input {
    flex: 1 1 16em;
    font-size: 17px;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    padding: 0.55em 0.6em;
    border-bottom: 1px solid #e4e8ee;
    border-left: 4px solid transparent;
    cursor: pointer;
  }
  li[aria-selected='true'] {
    background: #eaf2fb;
    border-left-color: var(--ac-accent, #0b5cad);
  }
  .title {
    font-weight: 700;
  }
  .snippet {
    margin: 0.2em 0 0;
    font-size: 0.92em;
  }
  .tag {
    display: inline-block;
    margin-left: 0.4em;
    padding: 0 0.45em;
    border-radius: 4px;
    background: #eef1f5;
    font-size: 0.8em;
    font-weight: 400;
  }
`;
