import { css } from 'lit';

export const styles = css`
  :host {
    --_high: var(--pulse-abc-xyz-matrix-high-color, var(--_green));
    --_medium: var(--pulse-abc-xyz-matrix-medium-color, var(--_yellow));
    --_low: var(--pulse-abc-xyz-matrix-low-color, var(--_s8));
    --_lost: var(--pulse-abc-xyz-matrix-lost-color, var(--_red));
    --_better: var(--pulse-abc-xyz-matrix-better-color, var(--_gain));
    --_worse: var(--pulse-abc-xyz-matrix-worse-color, var(--_loss));
    --_cell-height: var(--pulse-abc-xyz-matrix-cell-min-height, 78px);
    --_tint: var(--pulse-abc-xyz-matrix-tint, 16%);
    --_cls-a: var(--pulse-abc-xyz-matrix-a-color, var(--_s1));
    --_cls-b: var(--pulse-abc-xyz-matrix-b-color, var(--_s2));
    --_cls-c: var(--pulse-abc-xyz-matrix-c-color, var(--_s8));
    padding: 12px;
  }
  figure {
    margin: 0;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 8px 16px;
    margin-bottom: 10px;
  }
  .head h3 {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  .head .periods {
    color: var(--_muted);
    font-weight: 400;
  }
  [role='tablist'] {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  [role='tab'] {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 0;
    border-left: 1px solid var(--_border);
    padding: 4px 12px;
    cursor: pointer;
  }
  [role='tab']:first-child {
    border-left: 0;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--_accent);
    color: var(--_bg);
  }
  [role='tab']:focus-visible {
    outline-offset: -3px;
  }
  .matrix-view {
    display: flex;
    flex-wrap: wrap;
    gap: 16px;
    align-items: flex-start;
  }
  .grid-wrap {
    flex: 3 1 440px;
    min-width: 0;
    overflow-x: auto;
    container-type: inline-size;
  }
  table.grid {
    width: 100%;
    border-collapse: separate;
    border-spacing: 4px;
    table-layout: fixed;
  }
  .grid th {
    font-weight: 600;
    text-align: center;
    padding: 4px;
    vertical-align: middle;
  }
  .grid thead th:first-child,
  .grid tbody th {
    width: 6.8em;
  }
  .grid th small {
    display: block;
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.82em;
  }
  .cell {
    --_c: var(--_low);
    min-height: var(--_cell-height);
    height: var(--_cell-height);
    padding: 6px 8px;
    vertical-align: top;
    border-radius: var(--_radius);
    border-left: 4px solid var(--_c);
    background: color-mix(in srgb, var(--_c) var(--_tint), var(--_bg));
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .cell.high {
    --_c: var(--_high);
  }
  .cell.medium {
    --_c: var(--_medium);
  }
  .cell.lost {
    --_c: var(--_lost);
  }
  .cell.potential {
    border-left-style: dashed;
  }
  .cell.zero {
    background: var(--_surface);
    color: var(--_muted);
  }
  .cell:hover {
    box-shadow: inset 0 0 0 1px var(--_border);
  }
  .cell[aria-selected='true'] {
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .cell:focus-visible {
    outline-offset: 1px;
  }
  .cell-top {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 6px;
    align-items: baseline;
  }
  .cell-key {
    font-weight: 700;
    overflow-wrap: normal;
  }
  .cell-count {
    font-size: 1.25em;
    font-weight: 700;
  }
  .cell-figures {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 8px;
    font-size: 0.88em;
  }
  .cell-title {
    display: block;
    margin-top: 2px;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .cell.zero .cell-title,
  .cell.zero .cell-figures {
    display: none;
  }
  .reading {
    flex: 1 1 220px;
    min-width: 0;
    padding: 10px 12px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .reading h4 {
    margin: 0 0 6px;
    font-size: 1em;
    font-weight: 600;
  }
  .reading p {
    margin: 0 0 6px;
  }
  .muted {
    color: var(--_muted);
  }
  table.data thead th {
    position: sticky;
    top: 0;
    background: var(--_bg);
  }
  /* A phone: a compact grid. Headers and cell names break between words only; each cell shows
     its key, count and share (its amount, client word and reading title stay for screen
     readers; the reading panel shows the selected cell's); below 340 px the grid scrolls. */
  @container (max-width: 440px) {
    table.grid {
      min-width: 320px;
      border-spacing: 3px;
      /* Columns as wide as their words: "Потенциальные" and "нерегулярно" get the room they
         need from the shorter ones instead of breaking in the middle. */
      table-layout: auto;
    }
    .grid th {
      font-size: 0.75em;
      padding: 2px 1px;
      overflow-wrap: normal;
    }
    .grid thead th:first-child,
    .grid tbody th {
      width: 4.4em;
    }
    .cell {
      padding: 4px 5px;
      font-size: 0.85em;
      overflow-wrap: normal;
    }
    .cell-top {
      gap: 0 4px;
    }
    .cell.potential .cell-key,
    .cell.lost .cell-key {
      flex: 1 0 100%;
      font-size: 0.8em;
    }
    .cell-top .muted,
    .cell-figures .num:first-child,
    .cell-title {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
`;
