import { css } from 'lit';

/** Styles of the owner breakdown table. */
export const ownersStyles = css`
  .owners-section {
    margin-top: 16px;
  }
  .owners-title {
    margin: 0 0 6px;
    font-size: 1em;
    font-weight: 600;
  }
  .scroll {
    overflow-x: auto;
    /* The containing block of the cells' visually hidden texts (position: absolute): without
       it they escape the scroll container and widen the page. */
    position: relative;
  }
  .owners-scroll:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  table.owners {
    border-collapse: collapse;
    min-width: 100%;
  }
  .owners th,
  .owners td {
    padding: 4px 8px;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  .owners thead th {
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
    text-align: right;
    vertical-align: bottom;
  }
  .owners thead th:first-child,
  .owners tbody th {
    text-align: left;
  }
  .owners tbody th {
    font-weight: 500;
    min-width: 9em;
  }
  .owners .sub {
    display: block;
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_muted);
  }
  .cell {
    text-align: right;
    cursor: pointer;
  }
  .cell:hover {
    background: var(--_surface);
  }
  .cell[aria-selected='true'] {
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .cell-main,
  .cell-conv {
    display: block;
  }
  .cell-conv {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .worst-cell .cell-conv,
  .worst-cell .cell-main {
    color: var(--_lost);
    font-weight: 600;
  }
  .worst {
    font-size: 0.8em;
    color: var(--_lost);
  }
  .note {
    margin: 6px 0 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
`;
