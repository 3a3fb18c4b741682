import { html, nothing, svg, type TemplateResult } from 'lit';
import { styleMap } from '../../shared/style-map.js';
import { LIFECYCLE_SEGMENTS, type LifecycleSegmentNumber } from '../../core/lifecycle.js';
import type { Formatter } from '../../shared/format.js';
import { fill } from '../../shared/messages.js';
import type { LifecycleGridSegment } from './lifecycle-grid.events.js';
import type { messages } from './lifecycle-grid.messages.js';
import type { GridCell, GridView } from './lifecycle-grid.model.js';

// The 3 x 3 grid table (role="grid") and the "potential" button beside it: plain
// functions of what the element passes in, plus the keyboard movement between cells.

type Text = Record<keyof (typeof messages)['ru'], string>;

/** The "soon" icon: an hourglass, always next to the word. */
export function soonIcon(): TemplateResult {
  return svg`<svg viewBox="0 0 12 12" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor"
    stroke-width="1.4" stroke-linecap="round" d="M2.5 1h7M2.5 11h7M3.2 1.2c0 3 5.6 3.3 5.6 4.8S3.2 7.8 3.2 10.8M8.8 1.2c0 3-5.6 3.3-5.6 4.8s5.6 1.8 5.6 4.8"/></svg>`;
}

/** Rows of the grid, top to bottom. */
export const GRID_ROWS = ['active', 'falling-asleep', 'asleep'] as const;
type Row = (typeof GRID_ROWS)[number];
const ROW_CLASS = { active: 'active-row', 'falling-asleep': 'falling-row', asleep: 'asleep-row' } as const;

/** What the grid needs from the element. */
export interface GridContext {
  m: Text;
  f: Formatter;
  view: GridView;
  /** Accessible name of the grid. */
  label: string;
  /** Index 0..8 of the cell with the Tab stop. */
  active: number;
  selected: LifecycleGridSegment | undefined;
  segmentName: (segment: LifecycleGridSegment) => string;
  share: (fraction: number | null) => string;
  /** "клиент" / "клиента" / "клиентов" for a count. */
  clientWord: (n: number) => string;
  onSelect: (segment: LifecycleGridSegment) => void;
  onFocusCell: (index: number) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/**
 * The cell index (0..8) a key moves to from `index`, or undefined for other keys. Arrows
 * stop at the edges; Home / End go to the row's ends, with Ctrl to the first / last cell.
 */
export function moveInGrid(index: number, key: string, ctrl = false): number | undefined {
  const row = Math.floor(index / 3);
  const col = index % 3;
  switch (key) {
    case 'ArrowRight':
      return row * 3 + Math.min(col + 1, 2);
    case 'ArrowLeft':
      return row * 3 + Math.max(col - 1, 0);
    case 'ArrowDown':
      return Math.min(row + 1, 2) * 3 + col;
    case 'ArrowUp':
      return Math.max(row - 1, 0) * 3 + col;
    case 'Home':
      return ctrl ? 0 : row * 3;
    case 'End':
      return ctrl ? 8 : row * 3 + 2;
    default:
      return undefined;
  }
}

/** The grid table: column headers New / Promising / Regular, row headers by activity. */
export function renderGrid(ctx: GridContext): TemplateResult {
  const { m } = ctx;
  return html`<table
    class="grid"
    part="grid"
    role="grid"
    aria-label=${ctx.label}
    aria-describedby="summary note"
    @keydown=${ctx.onKeydown}
  >
    <thead>
      <tr>
        <td class="corner"></td>
        ${([m.colNew, m.colPromising, m.colRegular] as const).map(
          (name, i) =>
            html`<th
              scope="col"
              part="column-header column-header--${LIFECYCLE_SEGMENTS[(i + 1) as LifecycleSegmentNumber].stage}"
            >
              ${name}
            </th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${GRID_ROWS.map((activity, row) => renderRow(ctx, activity, row))}
    </tbody>
  </table>`;
}

function renderRow(ctx: GridContext, activity: Row, row: number): TemplateResult {
  const { m } = ctx;
  const name = [m.rowActive, m.rowFallingAsleep, m.rowAsleep][row];
  return html`<tr>
    <th scope="row" part="row-header row-header--${activity}">${rowIcon(activity)}${name}</th>
    ${[0, 1, 2].map((col) => renderCell(ctx, ctx.view.cells[row * 3 + col], activity))}
  </tr>`;
}

function renderCell(ctx: GridContext, cell: GridCell, activity: Row): TemplateResult {
  const { m, f } = ctx;
  const n = cell.segment as LifecycleSegmentNumber;
  const index = n - 1;
  const selected = ctx.selected === n;
  const stage = LIFECYCLE_SEGMENTS[n].stage;
  // The visible text is the accessible name; hidden punctuation and the word "clients"
  // make it read as "8. Уснувшие перспективные: 1 клиент, 25,00 %".
  return html`<td
    id="cell-${n}"
    role="gridcell"
    class="cell ${ROW_CLASS[activity]}"
    part="cell cell--${n} cell--${stage} cell--${activity}${selected ? ' cell--selected' : ''}"
    tabindex=${index === ctx.active ? 0 : -1}
    aria-selected=${selected ? 'true' : 'false'}
    @click=${() => ctx.onSelect(n)}
    @focus=${() => ctx.onFocusCell(index)}
  >
    <span class="name"
      ><span class="number">${n}</span><span class="sr-only">. </span
      ><span class="label">${ctx.segmentName(n)}</span><span class="sr-only">: </span></span
    >
    <span class="figures">
      <span class="count num">${f.count(cell.count)}</span
      ><span class="sr-only"> ${ctx.clientWord(cell.count)},</span>
      <span class="share num muted">${ctx.share(cell.share)}</span>
    </span>
    ${
      cell.soon > 0
        ? html`<span class="sr-only">; </span
            ><span class="soon" part="soon"
              >${soonIcon()}${fill(m.soonCount, { n: f.count(cell.soon) })}</span
            >`
        : nothing
    }
    <span class="bar" style=${styleMap({ width: `${((cell.share ?? 0) * 100).toFixed(2)}%` })}></span>
  </td>`;
}

/** "Potential" (no purchases) beside the grid: outside the shares, a button of its own. */
export function renderPotential(ctx: GridContext): TemplateResult {
  const { m, f } = ctx;
  const cell = ctx.view.potential;
  return html`<button
    type="button"
    class="potential"
    part="potential"
    aria-pressed=${ctx.selected === 'potential' ? 'true' : 'false'}
    @click=${() => ctx.onSelect('potential')}
  >
    <span class="name">${m.potential}</span>
    <span class="hint">${m.potentialHint}<span class="sr-only">:</span></span>
    <span class="count num">${f.count(cell.count)}</span
    ><span class="sr-only"> ${ctx.clientWord(cell.count)}</span>
  </button>`;
}

/** Row icons, so a row is not told by colour alone (its header text says it too). */
function rowIcon(activity: Row): TemplateResult {
  const shape =
    activity === 'active'
      ? svg`<circle cx="6" cy="6" r="4.5" class="fill"></circle>`
      : activity === 'falling-asleep'
        ? svg`<path d="M6 1.5a4.5 4.5 0 1 0 0 9z" class="fill"></path><circle cx="6" cy="6" r="4.5" class="ring"></circle>`
        : svg`<circle cx="6" cy="6" r="4.5" class="ring"></circle>`;
  return html`<svg
    class="row-icon row-icon--${activity}"
    width="12"
    height="12"
    viewBox="0 0 12 12"
    aria-hidden="true"
    focusable="false"
  >
    ${shape}
  </svg>`;
}
