import { css } from 'lit';

export const styles = css`
  :host {
    --_height: var(--pulse-debt-table-height, 480px);
    --_row-h: var(--pulse-debt-table-row-height, 32px);
    --_alert: var(--pulse-debt-table-alert-color, var(--_red));
    --_group-bg: var(--pulse-debt-table-group-bg, var(--_surface));
    --_selected-bg: var(--pulse-debt-table-selected-bg, color-mix(in srgb, var(--_accent) 14%, var(--_bg)));
    padding: 12px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    margin-bottom: 8px;
  }
  [role='tablist'] {
    display: flex;
    gap: 2px;
    border-bottom: 1px solid var(--_border);
  }
  button,
  summary {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  [role='tab'] {
    border: 0;
    border-bottom: 2px solid transparent;
    background: none;
    padding: 4px 10px;
    color: var(--_muted);
  }
  [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--_accent);
    color: var(--_text);
    font-weight: 600;
  }
  .actions {
    display: flex;
    gap: 8px;
    align-items: flex-start;
    margin-left: auto;
  }
  .actions > button,
  summary {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    padding: 3px 10px;
  }
  details {
    position: relative;
  }
  fieldset {
    position: absolute;
    right: 0;
    z-index: 5;
    display: grid;
    gap: 2px;
    min-width: 220px;
    margin: 4px 0 0;
    padding: 8px 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  fieldset label {
    display: flex;
    gap: 6px;
    align-items: center;
    white-space: nowrap;
  }
  .status {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .scroller {
    max-height: var(--_height);
    overflow: auto;
    /* Contains the visually hidden texts inside (position: absolute), which would otherwise
       escape the scroll box and widen the page. */
    position: relative;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overscroll-behavior: contain;
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    /* Fixed layout: the <col> widths hold while lines scroll in and out. Width 1px: the
       table is as wide as its columns (or the box). */
    table-layout: fixed;
    width: 1px;
    min-width: 100%;
  }
  col {
    width: var(--_w);
  }
  .w-client {
    --_w: 20em;
  }
  .w-text {
    --_w: 11em;
  }
  .w-id {
    --_w: 6.5em;
  }
  .w-money {
    --_w: 9.5em;
  }
  .w-date {
    --_w: 8em;
  }
  .w-months {
    --_w: 14em;
  }
  .w-short {
    --_w: 7em;
  }
  .w-window {
    --_w: 7em;
  }
  .w-status {
    --_w: 9.5em;
  }
  th,
  td {
    padding: 0 8px;
    border-bottom: 1px solid var(--_border);
    text-align: left;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    font-weight: 400;
    /* Opaque: the sticky header, footer and client column cover what scrolls under them. */
    background: var(--_cell-bg, var(--_bg));
  }
  .num {
    text-align: right;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 3;
    padding: 0;
    vertical-align: bottom;
    white-space: normal;
  }
  thead button {
    display: block;
    width: 100%;
    border: 0;
    background: none;
    padding: 6px 8px;
    text-align: inherit;
    font-weight: 600;
    white-space: normal;
    hyphens: auto;
  }
  .sort-mark {
    margin-left: 2px;
  }
  tbody tr,
  tfoot tr {
    height: var(--_row-h);
  }
  th[scope='row'] {
    position: sticky;
    left: 0;
    z-index: 1;
  }
  thead th:first-child {
    left: 0;
    z-index: 4;
  }
  .line {
    cursor: pointer;
  }
  .line:hover {
    --_cell-bg: var(--_surface);
  }
  /* The ring is drawn on the cells: the sticky client cell would cover a row outline. */
  .line:focus-visible {
    outline: none;
  }
  .line:focus-visible > * {
    box-shadow:
      inset 0 2px var(--_focus),
      inset 0 -2px var(--_focus);
  }
  .line:focus-visible > :first-child {
    box-shadow:
      inset 2px 2px var(--_focus),
      inset 0 -2px var(--_focus);
  }
  .line:focus-visible > :last-child {
    box-shadow:
      inset -2px 2px var(--_focus),
      inset 0 -2px var(--_focus);
  }
  .group,
  tfoot > tr {
    --_cell-bg: var(--_group-bg);
  }
  .group > *,
  tfoot > tr > * {
    font-weight: 600;
  }
  .lvl-2 > th[scope='row'] {
    padding-left: 24px;
  }
  .lvl-3 > th[scope='row'] {
    padding-left: 40px;
  }
  .toggle {
    display: inline-block;
    width: 1.1em;
  }
  .count {
    color: var(--_muted);
    font-weight: 400;
  }
  .selected {
    --_cell-bg: var(--_selected-bg);
  }
  [part~='row--alert'] > th[scope='row'] {
    box-shadow: inset 3px 0 0 var(--_alert);
  }
  .flag {
    display: inline-block;
    width: 1.25em;
    height: 1.25em;
    margin-right: 4px;
    border-radius: 50%;
    background: var(--_alert);
    color: #fff;
    font-weight: 700;
    font-size: 0.8em;
    line-height: 1.25em;
    text-align: center;
    vertical-align: 0.1em;
  }
  tfoot > tr > * {
    position: sticky;
    bottom: 0;
    z-index: 2;
    border-top: 1px solid var(--_border);
  }
  tfoot th[scope='row'] {
    z-index: 3;
  }
  .spacer td {
    padding: 0;
    border: 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 8px 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
`;
