import { css } from 'lit';
import { mixStyles } from './traffic-light-pool.mix-styles.js';

// Layout, lamps, lights, bars and the toolbar; the mix table and the explanation are in
// traffic-light-pool.mix-styles.ts, the client table (loaded with it) in traffic-light-pool.table-styles.ts.
const poolStyles = css`
  :host {
    --_light-size: var(--pulse-traffic-light-pool-light-size, 18px);
    --_light-gap: var(--pulse-traffic-light-pool-light-gap, 3px);
    --_explain-w: var(--pulse-traffic-light-pool-explain-width, 400px);
    --_glyph: var(--pulse-traffic-light-pool-glyph-color, var(--_bg));
    --_glyph-yellow: var(--pulse-traffic-light-pool-glyph-yellow-color, #1f2328);
    --_target-mark: var(--pulse-traffic-light-pool-target-color, var(--_text));
    container-type: inline-size;
    padding: 12px;
  }
  figure {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }

  /* Lamps: shape + glyph per colour, so colour is never the only channel. */
  .lamp {
    width: 1.05em;
    height: 1.05em;
    vertical-align: -0.18em;
    flex: none;
    overflow: visible;
  }
  .lamp--red .shape {
    fill: var(--_red);
  }
  .lamp--yellow .shape {
    fill: var(--_yellow);
  }
  .lamp--green .shape {
    fill: var(--_green);
  }
  .glyph {
    fill: none;
    stroke: var(--_glyph);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .lamp--yellow .glyph {
    stroke: var(--_glyph-yellow);
  }
  .glyph-dot {
    fill: var(--_glyph-yellow);
  }

  /* Toolbar: view tabs, colour filter, owner filter. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    margin: 12px 0 10px;
  }
  .tabs {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  [role='tab'] {
    border: 0;
    background: transparent;
    color: var(--_text);
    font: inherit;
    padding: 4px 12px;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--_accent);
    color: var(--_bg);
    font-weight: 600;
  }
  .filters {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .filter,
  .more,
  .back,
  .pager button,
  .none button {
    display: inline-flex;
    align-items: center;
    gap: 5px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    padding: 2px 10px;
    cursor: pointer;
  }
  .filter[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--_surface);
    font-weight: 600;
  }
  .pager button[disabled] {
    opacity: 0.5;
    cursor: default;
  }
  .owner-filter {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 2px 6px;
    max-width: 16em;
  }
  .shown {
    margin-left: auto;
    font-size: 0.9em;
  }

  /* The panel and the explanation beside it on wide hosts. */
  .body {
    display: grid;
    gap: 16px;
    min-width: 0;
  }
  .panel {
    min-width: 0;
  }
  @container (min-width: 860px) {
    .body.with-explain {
      grid-template-columns: minmax(0, 1fr) var(--_explain-w);
    }
    .body.with-explain .explain {
      position: sticky;
      top: 8px;
      align-self: start;
    }
  }

  /* Lights grouped by owner. */
  .group {
    margin: 0 0 12px;
  }
  .group-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 10px;
    margin: 0 0 4px;
  }
  .group-name {
    font-weight: 600;
  }
  .counts {
    display: inline-flex;
    gap: 10px;
    font-size: 0.9em;
  }
  .count-item {
    display: inline-flex;
    align-items: center;
    gap: 3px;
    white-space: nowrap;
  }
  .lights {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_light-gap);
  }
  .light {
    position: relative;
    display: inline-flex;
    width: var(--_light-size);
    height: var(--_light-size);
    border-radius: 4px;
    cursor: pointer;
  }
  .light .lamp {
    width: 100%;
    height: 100%;
    vertical-align: top;
  }
  .light:hover .lamp {
    transform: scale(1.18);
  }
  .light[aria-selected='true'] {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  .light--soon::after,
  .soon-dot {
    content: '';
    position: absolute;
    top: -2px;
    right: -2px;
    width: 7px;
    height: 7px;
    border-radius: 50%;
    background: var(--_text);
    border: 1px solid var(--_bg);
  }
  .soon-dot {
    position: static;
    display: inline-block;
    vertical-align: middle;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 14px;
    margin: 8px 0 0;
    font-size: 0.85em;
  }
  .more,
  .back {
    margin: 4px 0 8px;
  }
  .none {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    padding: 12px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
  }

  /* Per-owner bars of a large pool. */
  .aggregated-note {
    margin: 0 0 8px;
    font-size: 0.9em;
  }
  .bars {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 2px;
  }
  .bar-row {
    display: grid;
    grid-template-columns: minmax(90px, 180px) minmax(80px, 1fr) 4em auto;
    align-items: center;
    gap: 10px;
    width: 100%;
    border: 0;
    border-radius: 4px;
    background: none;
    color: var(--_text);
    font: inherit;
    text-align: left;
    padding: 4px 6px;
    cursor: pointer;
  }
  .bar-row:hover {
    background: var(--_surface);
  }
  .bar-owner {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: var(--_accent);
  }
  .bar-track {
    display: block;
    height: 16px;
  }
  .bar-fill {
    display: flex;
    height: 100%;
    border-radius: 3px;
    overflow: hidden;
  }
  .bar-total {
    text-align: right;
  }
  .seg {
    display: block;
    height: 100%;
  }
  .seg--red {
    background: var(--_red);
  }
  .seg--yellow {
    background: var(--_yellow);
  }
  .seg--green {
    background: var(--_green);
  }
  @container (max-width: 520px) {
    .bar-row {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .bar-track {
      grid-column: 1 / -1;
      grid-row: 2;
    }
    .bar-row > :last-child {
      display: none;
    }
  }

  /* Tooltip in the top layer. */
  .tooltip[popover] {
    inset: auto;
    margin: 0;
    border: 0;
    position: fixed;
  }
  .tooltip .muted-tip {
    opacity: 0.8;
  }
`;

// An array, not a css`` with interpolations: the build's CSS minifier cannot parse those.
export const styles = [poolStyles, mixStyles];
