import { css } from 'lit';

/** The mix table, the client table and the explanation. */
export const tableStyles = css`
  .tag {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    white-space: nowrap;
  }

  /* Mix per owner and in total against the target. */
  .mix {
    overflow-x: auto;
    /* Contains the visually hidden texts inside (position: absolute), which would otherwise
       escape the scroll box and widen the page. */
    position: relative;
  }
  @container (max-width: 640px) {
    .mix-table .bar-col {
      display: none;
    }
  }
  .mix-table caption {
    text-align: left;
    padding: 0 0 6px;
  }
  .mix-title {
    font-weight: 600;
    margin-right: 10px;
  }
  .mix-table th,
  .mix-table td {
    vertical-align: middle;
  }
  .mix-table thead th {
    font-weight: 600;
    white-space: nowrap;
  }
  .mix-table tfoot th,
  .mix-table tfoot td {
    font-weight: 600;
    border-top: 2px solid var(--_border);
    border-bottom: 0;
  }
  .mix-table tr.chosen {
    background: var(--_surface);
  }
  .share {
    line-height: 1.25;
  }
  .share-value {
    font-weight: 600;
  }
  .share .count {
    color: var(--_muted);
    margin-left: 4px;
    font-weight: 400;
  }
  .dev {
    display: block;
    font-size: 0.82em;
    color: var(--_muted);
    font-weight: 400;
  }
  .share.off .share-value,
  .share.off .dev {
    color: var(--_danger);
    font-weight: 700;
  }
  .bar-col {
    width: 28%;
    min-width: 110px;
  }
  .mixbar {
    position: relative;
    display: flex;
    height: 12px;
    border-radius: 3px;
    background: var(--_surface);
  }
  .mixbar .seg:first-child {
    border-radius: 3px 0 0 3px;
  }
  .mixbar .seg:nth-last-child(3) {
    border-radius: 0 3px 3px 0;
  }
  .mark {
    position: absolute;
    top: -3px;
    bottom: -3px;
    width: 2px;
    margin-left: -1px;
    background: var(--_target-mark);
  }
  .meets {
    white-space: nowrap;
  }
  .meets .lamp {
    margin-right: 4px;
  }
  .owner-btn,
  .client-btn {
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: left;
    padding: 1px 4px;
    margin: -1px -4px;
    border-radius: 4px;
    cursor: pointer;
  }
  .owner-btn[aria-pressed='true'],
  .client-btn[aria-pressed='true'] {
    font-weight: 700;
    box-shadow: inset 0 -2px 0 var(--_accent);
  }

  /* The client table. */
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
  .earned--no,
  .missing {
    color: var(--_muted);
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

  /* Explanation of one client. */
  .explain {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 10px 12px;
    background: var(--_bg);
    min-width: 0;
    overflow-x: auto;
    /* Contains the visually hidden texts inside (position: absolute), which would otherwise
       escape the scroll box and widen the page. */
    position: relative;
  }
  .explain-head {
    display: flex;
    justify-content: space-between;
    align-items: flex-start;
    gap: 8px;
  }
  .explain-head h3 {
    margin: 0;
    font-size: 1.05em;
  }
  .close {
    border: 0;
    background: none;
    color: var(--_muted);
    font: inherit;
    padding: 2px 6px;
    border-radius: 4px;
    cursor: pointer;
  }
  .close:hover {
    background: var(--_surface);
  }
  .verdict {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
    margin: 8px 0;
  }
  .verdict .tag {
    font-weight: 700;
  }
  .explain-table {
    font-size: 0.92em;
  }
  .explain-table tbody th {
    font-weight: 400;
  }
  .explain-table tfoot th,
  .explain-table tfoot td {
    font-weight: 600;
    border-bottom: 0;
  }
  .explain-table tr.missing th {
    font-style: italic;
  }
  .flag {
    display: inline-block;
    font-size: 0.82em;
    line-height: 1.3;
    padding: 0 4px;
    border-radius: 3px;
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }
  .exp {
    display: block;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .exp--soon {
    color: var(--_text);
  }
  .exp--soon .flag {
    border-color: var(--_text);
    font-weight: 600;
  }
  .exp--expired {
    font-style: italic;
  }
  .notes {
    margin: 8px 0 0;
    padding-left: 1.2em;
    font-size: 0.92em;
  }
  .notes li + li {
    margin-top: 4px;
  }
`;
