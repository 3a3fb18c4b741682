import { css } from 'lit';

export const styles = css`
  :host {
    --_bar: var(--pulse-funnel-bar-color, var(--_s1));
    --_open: var(--pulse-funnel-open-color, var(--_s5));
    --_won: var(--pulse-funnel-won-color, var(--_gain));
    --_lost: var(--pulse-funnel-lost-color, var(--_loss));
    --_ghost: var(--pulse-funnel-ghost-color, var(--_border));
    --_bar-h: var(--pulse-funnel-bar-height, 18px);
    --_label-w: var(--pulse-funnel-label-width, 16em);
    padding: 12px;
  }
  figure {
    margin: 0;
    container-type: inline-size;
  }
  .muted {
    color: var(--_muted);
  }

  /* Stage rows: one grid; the header, the list and each row share its columns (subgrid). */
  .grid {
    display: grid;
    grid-template-columns: minmax(6em, var(--_label-w)) minmax(80px, 1fr);
    column-gap: 12px;
  }
  .grid.cols-1 {
    grid-template-columns: minmax(6em, var(--_label-w)) minmax(80px, 1fr) repeat(1, auto);
  }
  .grid.cols-2 {
    grid-template-columns: minmax(6em, var(--_label-w)) minmax(80px, 1fr) repeat(2, auto);
  }
  .grid.cols-3 {
    grid-template-columns: minmax(6em, var(--_label-w)) minmax(80px, 1fr) repeat(3, auto);
  }
  .grid.cols-4 {
    grid-template-columns: minmax(6em, var(--_label-w)) minmax(80px, 1fr) repeat(4, auto);
  }
  .grid.cols-5 {
    grid-template-columns: minmax(6em, var(--_label-w)) minmax(80px, 1fr) repeat(5, auto);
  }
  .grid.cols-6 {
    grid-template-columns: minmax(6em, var(--_label-w)) minmax(80px, 1fr) repeat(6, auto);
  }
  .head,
  .stages,
  .stage {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
  .head {
    padding: 0 6px 4px;
    border-bottom: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.85em;
    align-items: end;
  }
  .head .num {
    text-align: right;
  }
  .stages {
    row-gap: 2px;
    padding-top: 4px;
  }
  .stage {
    align-items: center;
    row-gap: 2px;
    padding: 6px;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .stage:hover,
  .stage.active {
    background: var(--_surface);
  }
  .stage[aria-selected='true'] {
    box-shadow:
      inset 3px 0 0 var(--_accent),
      inset 0 0 0 1px var(--_accent);
    background: var(--_surface);
  }
  .stage[aria-selected='true'] .label {
    font-weight: 600;
  }
  .drop {
    grid-column: 2 / -1;
    font-size: 0.85em;
    color: var(--_lost);
  }
  .drop.rise {
    color: var(--_muted);
  }
  .label {
    grid-column: 1;
    overflow-wrap: anywhere;
  }
  .bar {
    grid-column: 2;
    display: block;
    width: 100%;
    height: var(--_bar-h);
  }
  .fig {
    text-align: right;
  }
  .fig--count {
    font-weight: 600;
  }
  /* Column titles inside each figure: read by screen readers, shown when the row stacks. */
  .fig-title {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .details {
    grid-column: 2 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 2px 14px;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .details .lost {
    color: var(--_lost);
  }
  .track {
    fill: transparent;
  }
  /* A checklist bar is a share of the base: the track shows the whole base. */
  .bar--checklist .track {
    fill: var(--_ghost);
    opacity: 0.5;
  }
  .ghost {
    fill: var(--_ghost);
  }
  .segment--reached,
  .segment--advanced,
  .segment--done {
    fill: var(--_bar);
  }
  .segment--open {
    fill: var(--_open);
  }
  .segment--won {
    fill: var(--_won);
  }
  .segment--lost {
    fill: var(--_lost);
  }

  /* Legend swatches of the bar parts. */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .key {
    display: inline-block;
    width: 10px;
    height: 10px;
    margin-right: 6px;
    border-radius: 2px;
    vertical-align: baseline;
  }
  .details .key {
    display: none;
  }
  .key--advanced {
    background: var(--_bar);
  }
  .key--won {
    background: var(--_won);
  }
  .key--open {
    background: var(--_open);
  }
  .key--lost {
    background: var(--_lost);
  }

  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 20px;
    margin: 10px 0 0;
    padding: 8px 10px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .summary .won {
    color: var(--_won);
  }
  .summary .lost {
    color: var(--_lost);
  }
  .summary strong {
    color: var(--_text);
  }
  .hint {
    margin: 0 0 8px;
    padding: 6px 10px;
    border-left: 4px solid var(--_yellow);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 0.9em;
  }

  :host([show-table]) .table-wrap {
    position: static;
    width: auto;
    height: auto;
    margin: 12px 0 0;
    clip: auto;
    overflow-x: auto;
    white-space: normal;
  }
  :host([show-table]) .table-wrap table {
    width: 100%;
  }

  /* Narrow: each stage stacks its label, its bar and its figures (with their titles). */
  @container (max-width: 520px) {
    .head {
      display: none;
    }
    .stage {
      display: flex;
      flex-wrap: wrap;
      gap: 2px 12px;
    }
    .label,
    .bar,
    .drop,
    .details {
      flex: 1 1 100%;
    }
    .fig {
      text-align: left;
    }
    .fig-title {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip: auto;
      margin-right: 4px;
      font-weight: 400;
      color: var(--_muted);
    }
    .fig:empty {
      display: none;
    }
  }
`;
