import { html, nothing, type TemplateResult } from 'lit';
import type { AbcXyzCellKey, AbcXyzMatrixResult } from '../../core/abc-xyz.js';
import { fill } from '../../shared/messages.js';
import type { GridCell } from './abc-xyz-matrix.model.js';
import type { AbcXyzReading } from './abc-xyz-matrix.readings.js';
import { clientWord, valueText, type TextContext } from './abc-xyz-matrix.text.js';

/** What the matrix grid shows and how it answers. */
export interface GridView {
  ctx: TextContext;
  matrix: AbcXyzMatrixResult;
  grid: GridCell[][];
  label: string;
  thresholds: { abc: readonly [number, number]; xyz: readonly [number, number]; minPeriods: number };
  /** The cell with the roving tab stop, and the selected one. */
  active: AbcXyzCellKey;
  selected?: AbcXyzCellKey;
  reading: (key: AbcXyzCellKey) => AbcXyzReading;
  onKeydown: (event: KeyboardEvent) => void;
  onSelect: (key: AbcXyzCellKey) => void;
  onFocus: (key: AbcXyzCellKey) => void;
}

/**
 * The matrix as an ARIA grid on a real table: column headers X / Y / Z (and "no XYZ" when
 * needed) with their cv thresholds, row headers A / B / C with their cumulative shares, and
 * the lost and the potential clients in a bottom row. One cell is the Tab stop. Each cell is
 * described by its reading (kept in a hidden block, so it is not part of the cell's name).
 */
export function renderGrid(v: GridView): TemplateResult {
  const { m, format: f } = v.ctx;
  const t = v.thresholds;
  const columns = v.grid[0].length;
  const colHeads = [
    { label: m.colX, hint: `cv ≤ ${f.percent(t.xyz[0], 0)}` },
    { label: m.colY, hint: `cv ≤ ${f.percent(t.xyz[1], 0)}` },
    { label: m.colZ, hint: `cv > ${f.percent(t.xyz[1], 0)}` },
    { label: m.noXyz, hint: fill(m.noXyzHint, { n: t.minPeriods }) },
  ].slice(0, columns);
  const rowHeads = [
    { label: 'A', hint: fill(m.upTo, { p: f.percent(t.abc[0], 0) }) },
    { label: 'B', hint: fill(m.upTo, { p: f.percent(t.abc[1], 0) }) },
    { label: 'C', hint: fill(m.above, { p: f.percent(t.abc[1], 0) }) },
    { label: m.outside, hint: '' },
  ];
  return html`<table class="grid" role="grid" part="grid" aria-label=${v.label} @keydown=${v.onKeydown}>
      <thead>
        <tr>
          <th scope="col">${m.corner}</th>
          ${colHeads.map((c) => html`<th scope="col">${c.label}<small>${c.hint}</small></th>`)}
        </tr>
      </thead>
      <tbody>
        ${v.grid.map(
          (row, r) =>
            html`<tr>
              <th scope="row">
                ${rowHeads[r].label}${rowHeads[r].hint ? html`<small>${rowHeads[r].hint}</small>` : nothing}
              </th>
              ${row.map((cell) => renderCell(v, cell))}
            </tr>`,
        )}
      </tbody>
    </table>
    <div hidden>
      ${v.grid.flat().map((g) => {
        const reading = v.reading(g.key);
        return html`<span id=${`reading-${g.key}`}
          >${reading.title ? `${reading.title}. ${reading.text}` : ''}</span
        >`;
      })}
    </div>`;
}

function renderCell(v: GridView, g: GridCell): TemplateResult {
  const { ctx, matrix } = v;
  const { m, format: f } = ctx;
  const cell = matrix.cells[g.key];
  const reading = v.reading(g.key);
  const outside = g.key === 'lost' || g.key === 'potential';
  // Lost and potential clients bring nothing to the total: their share is undefined.
  const share = outside || matrix.total <= 0 ? null : cell.value / matrix.total;
  const selected = v.selected === g.key;
  const tone = g.key === 'lost' ? 'lost' : (reading.priority ?? 'medium');
  const label = g.key === 'lost' ? m.lost : g.key === 'potential' ? m.potential : g.key;
  return html`<td
    role="gridcell"
    id=${`cell-${g.key}`}
    colspan=${g.span}
    class="cell ${tone} ${g.key} ${cell.count === 0 ? 'zero' : ''}"
    part="cell cell--${g.key.toLowerCase()}${selected ? ' cell--selected' : ''}"
    tabindex=${g.key === v.active ? 0 : -1}
    aria-selected=${selected ? 'true' : 'false'}
    aria-describedby=${`reading-${g.key}`}
    @click=${() => v.onSelect(g.key)}
    @focus=${() => v.onFocus(g.key)}
  >
    <div class="cell-top">
      <span class="cell-key">${label}</span>
      <span
        ><span class="cell-count num">${f.count(cell.count)}</span>
        <span class="muted">${clientWord(ctx, cell.count)}</span></span
      >
    </div>
    <div class="cell-figures">
      <span class="num">${valueText(ctx, cell.value)}</span>
      <span class="num" title=${m.ofTotal}>${f.percent(share)}</span>
    </div>
    <span class="cell-title">${reading.title}</span>
  </td>`;
}
