// A lazily loaded part (with traffic-light-pool.table.ts): adopted into the element's shadow
// root when the table view is first shown. Import it with import() only.
import { css } from 'lit';

/** The client table: its scroll box, headers, sort buttons, detail row and pager. */
export const tableStyles = css`
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
    /* Contains the visually hidden texts inside (position: absolute), which would otherwise
       escape the scroll box and widen the page. */
    position: relative;
  }
  .pool-table {
    font-size: 0.92em;
  }
  /* Child combinators: the explanation table nested in a detail row keeps its own rules. */
  .pool-table > * > tr > th,
  .pool-table > * > tr > td {
    white-space: nowrap;
  }
  .pool-table > thead > tr > th {
    vertical-align: bottom;
  }
  .pool-table > thead .group-th {
    text-align: center;
    font-weight: 600;
    color: var(--_muted);
  }
  .pool-table > tbody > tr > th {
    font-weight: 400;
  }
  .pool-table > tbody > tr.selected,
  .pool-table > tbody > tr.detail-row {
    background: var(--_surface);
  }
  .pool-table > tbody > tr.selected > * {
    border-bottom: 0;
  }
  .pool-table > tbody > tr.detail-row > td {
    padding: 0 8px 10px;
    white-space: normal;
    text-align: left;
  }
  .detail {
    position: sticky;
    left: 8px;
    max-width: min(640px, calc(100cqw - 40px));
    white-space: normal;
  }
  .sort {
    display: inline-flex;
    align-items: baseline;
    gap: 4px;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    padding: 0;
    cursor: pointer;
  }
  .sort .arrow {
    color: var(--_muted);
    font-size: 0.8em;
  }
  .sum {
    font-weight: 600;
  }
  .soon-cell .after {
    color: var(--_muted);
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 10px;
    margin-top: 8px;
  }
`;
