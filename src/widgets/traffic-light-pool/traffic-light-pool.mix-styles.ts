import { css } from 'lit';

/**
 * The colour tag, the mix table, the client buttons and the explanation: eager, the lights
 * view shows them too (the client table's own rules load with it: traffic-light-pool.table-styles.ts).
 */
export const mixStyles = css`
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

  /* Muted figures: earned nothing, value missing (the explanation and the table). */
  .earned--no,
  .missing {
    color: var(--_muted);
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
