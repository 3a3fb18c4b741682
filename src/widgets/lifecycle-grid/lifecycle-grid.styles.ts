import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--pulse-lifecycle-grid-gap, 6px);
    --_cell-min: var(--pulse-lifecycle-grid-cell-min-height, 84px);
    --_active: var(--pulse-lifecycle-grid-active-color, var(--_green));
    --_falling: var(--pulse-lifecycle-grid-falling-asleep-color, var(--_yellow));
    --_asleep: var(--pulse-lifecycle-grid-asleep-color, var(--_red));
    --_bar: var(--pulse-lifecycle-grid-bar-color, var(--_accent));
    --_soon: var(--pulse-lifecycle-grid-soon-color, var(--_loss));
    --_list-max: var(--pulse-lifecycle-grid-list-max-height, 420px);
    padding: 12px;
  }
  .figure {
    container-type: inline-size;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 16px;
    margin: 0 0 8px;
  }
  .head h3 {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
  }
  .filter {
    margin-left: auto;
    display: flex;
    align-items: center;
    gap: 6px;
  }
  select,
  button {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 3px 8px;
  }
  button {
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
  }
  .note {
    margin: 0 0 8px;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    align-items: stretch;
  }
  table.grid {
    flex: 1 1 420px;
    border-collapse: separate;
    border-spacing: var(--_gap);
    margin: calc(-1 * var(--_gap));
    table-layout: fixed;
    min-width: 0;
  }
  .grid th {
    font-weight: 600;
    font-size: 0.9em;
    color: var(--_muted);
    padding: 2px 4px;
  }
  .grid thead th {
    text-align: left;
  }
  .grid .corner {
    width: 8.5em;
  }
  .grid tbody th {
    text-align: right;
    vertical-align: middle;
    white-space: nowrap;
  }
  .row-icon {
    display: inline-block;
    margin-right: 4px;
    vertical-align: -1px;
  }
  .row-icon .fill {
    fill: currentColor;
  }
  .row-icon .ring {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .row-icon--active {
    color: var(--_active);
  }
  .row-icon--falling-asleep {
    color: var(--_falling);
  }
  .row-icon--asleep {
    color: var(--_asleep);
  }
  .cell,
  .potential {
    position: relative;
    min-height: var(--_cell-min);
    height: var(--_cell-min);
    padding: 6px 8px 10px;
    vertical-align: top;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    border-left-width: 4px;
    background: var(--_surface);
    cursor: pointer;
    overflow: hidden;
  }
  .cell.active-row {
    border-left-color: var(--_active);
    background: color-mix(in srgb, var(--_active) 9%, var(--_bg));
  }
  .cell.falling-row {
    border-left-color: var(--_falling);
    background: color-mix(in srgb, var(--_falling) 12%, var(--_bg));
  }
  .cell.asleep-row {
    border-left-color: var(--_asleep);
    background: color-mix(in srgb, var(--_asleep) 9%, var(--_bg));
  }
  .cell:hover,
  .potential:hover {
    border-color: var(--_accent);
  }
  .cell[aria-selected='true'],
  .potential[aria-pressed='true'] {
    outline: 3px solid var(--_accent);
    outline-offset: -1px;
  }
  .cell:focus-visible,
  .potential:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .name {
    display: block;
    font-weight: 600;
    line-height: 1.25;
  }
  .number {
    display: inline-block;
    min-width: 1.4em;
    margin-right: 4px;
    padding: 0 4px;
    border-radius: 999px;
    background: var(--_bg);
    border: 1px solid var(--_border);
    font-size: 0.8em;
    font-weight: 700;
    text-align: center;
  }
  .figures {
    display: flex;
    align-items: baseline;
    gap: 8px;
    margin-top: 4px;
  }
  .count {
    font-size: 1.5em;
    font-weight: 700;
  }
  .soon {
    display: inline-flex;
    align-items: center;
    gap: 3px;
    color: var(--_soon);
    font-size: 0.85em;
    font-weight: 600;
    white-space: nowrap;
  }
  .soon svg {
    width: 12px;
    height: 12px;
    flex: none;
  }
  .bar {
    position: absolute;
    left: 0;
    bottom: 0;
    height: 4px;
    width: 0;
    background: var(--_bar);
    opacity: 0.75;
  }
  .potential {
    flex: 0 0 auto;
    min-width: 10em;
    max-width: 14em;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    height: auto;
    text-align: left;
    border-left-color: var(--_border);
    border-style: dashed;
    border-left-style: solid;
  }
  .potential .hint {
    font-size: 0.85em;
    color: var(--_muted);
    font-weight: 400;
  }

  /* Narrow hosts: row headers turn vertical and the cells tighten, so the 3 x 3 grid fits. */
  @container (max-width: 540px) {
    .grid .corner {
      width: 1.8em;
    }
    .grid tbody th {
      writing-mode: vertical-rl;
      transform: rotate(180deg);
      text-align: center;
      padding: 4px 0;
    }
    .row-icon {
      margin: 0 0 4px;
    }
    .cell {
      padding: 4px 5px 8px;
      font-size: 0.88em;
    }
    .name {
      /* Whole words: a word too long for the cell breaks only as a last resort. */
      hyphens: manual;
      overflow-wrap: break-word;
    }
    .figures {
      flex-wrap: wrap;
      gap: 0 6px;
    }
    .count {
      font-size: 1.25em;
    }
  }
  /* A phone: the cells are too narrow for the names of their segments ("Перспективные"), which
     the row and column headers already give: the name stays for screen readers only, the cell
     shows its number, count and share. */
  @container (max-width: 440px) {
    .cell .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .grid thead th {
      font-size: 0.8em;
      padding: 2px;
      overflow-wrap: normal;
    }
    .cell .name {
      display: inline-block;
    }
  }
`;
