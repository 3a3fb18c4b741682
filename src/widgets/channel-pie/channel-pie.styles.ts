import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--pulse-channel-pie-gap, 24px);
    --_donut-size: var(--pulse-channel-pie-size, 220px);
    --_other: var(--pulse-channel-pie-other-color, var(--_s8));
    padding: 12px;
  }
  figure {
    margin: 0;
  }
  .charts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    border-radius: var(--_radius);
  }
  .set {
    flex: 1 1 220px;
    min-width: 0;
  }
  .set h3 {
    margin: 0 0 6px;
    font-size: 1em;
    font-weight: 600;
  }
  .set h3 .total {
    color: var(--_muted);
    font-weight: 400;
  }
  svg {
    display: block;
    width: 100%;
    max-width: var(--_donut-size);
    height: auto;
    margin: 0 auto;
    overflow: visible;
  }
  .slice,
  .hatched {
    fill-rule: evenodd;
  }
  .slice {
    stroke: var(--_bg);
    stroke-width: 1;
    cursor: pointer;
  }
  .slice.active {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .slice[aria-pressed='true'] {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .hatch-line {
    stroke: var(--_bg);
    stroke-width: 1.5;
    opacity: 0.55;
  }
  .hatched {
    pointer-events: none;
  }
  .c1 {
    fill: var(--_s1);
    background: var(--_s1);
  }
  .c2 {
    fill: var(--_s2);
    background: var(--_s2);
  }
  .c3 {
    fill: var(--_s3);
    background: var(--_s3);
  }
  .c4 {
    fill: var(--_s4);
    background: var(--_s4);
  }
  .c5 {
    fill: var(--_s5);
    background: var(--_s5);
  }
  .c6 {
    fill: var(--_s6);
    background: var(--_s6);
  }
  .c7 {
    fill: var(--_s7);
    background: var(--_s7);
  }
  .c0 {
    fill: var(--_other);
    background: var(--_other);
  }
  .slice-label {
    font-size: 11px;
    font-weight: 600;
    fill: #fff;
    paint-order: stroke;
    stroke: rgb(0 0 0 / 0.45);
    stroke-width: 2px;
    pointer-events: none;
    text-anchor: middle;
    dominant-baseline: central;
  }
  .center-value {
    font-size: 20px;
    font-weight: 700;
    fill: var(--_text);
    text-anchor: middle;
  }
  .center-value--long {
    font-size: 15px;
  }
  .center-label {
    font-size: 11px;
    fill: var(--_muted);
    text-anchor: middle;
  }
  .legend {
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
    display: grid;
    gap: 2px;
  }
  .legend li {
    display: grid;
    grid-template-columns: 12px 1fr auto auto;
    gap: 8px;
    align-items: baseline;
    padding: 2px 4px;
    border-radius: 4px;
    cursor: pointer;
  }
  .legend li.active {
    background: var(--_surface);
  }
  .legend li.selected {
    outline: 2px solid var(--_accent);
  }
  .swatch {
    width: 12px;
    height: 12px;
    border-radius: 2px;
    align-self: center;
  }
  .swatch.hatched-swatch {
    background-image: repeating-linear-gradient(45deg, transparent 0 3px, rgb(255 255 255 / 0.55) 3px 4.5px);
  }
  .legend .members {
    grid-column: 2 / -1;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .muted {
    color: var(--_muted);
  }
  .balance {
    margin: 12px 0 0;
    font-weight: 600;
  }
  .balance .positive {
    color: var(--_gain);
  }
  .balance .negative {
    color: var(--_loss);
  }
  .tooltip[popover] {
    inset: auto;
    margin: 0;
    border: 0;
    position: fixed;
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
`;
