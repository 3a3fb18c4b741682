import { css } from 'lit';

/**
 * The colour tag, the mix table and the client buttons: eager, the lights view shows them
 * too (the client table's and the explanation's own rules load with them).
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
`;
