import { html, nothing, type TemplateResult } from 'lit';
import type { AbcXyzCellKey, AbcXyzItem } from '../../core/abc-xyz.js';
import type { CsvCell } from '../../shared/csv.js';
import { fill } from '../../shared/messages.js';
import type { ClientColumn, ClientSort } from './abc-xyz-matrix.model.js';
import {
  clientsText,
  shareText,
  valueText,
  type AbcXyzMessages,
  type TextContext,
} from './abc-xyz-matrix.text.js';

/** What the client list of a chosen cell shows and does. */
export interface ClientListView {
  cell: AbcXyzCellKey;
  cellName: string;
  /** The cell's clients in display order (all of them). */
  items: readonly AbcXyzItem[];
  /** How many rows are rendered. */
  limit: number;
  sort: ClientSort;
  ctx: TextContext;
  onSort: (column: ClientColumn) => void;
  onMore: () => void;
  onCsv: () => void;
  onClose: () => void;
  onKeydown: (event: KeyboardEvent) => void;
}

const PAGE_STEP = 100;

/** The client list of a chosen cell: a sortable table with CSV export (design: real <table>, aria-sort). */
export function renderClientList(v: ClientListView): TemplateResult {
  const { m, format } = v.ctx;
  const shown = v.items.slice(0, v.limit);
  const rest = v.items.length - shown.length;
  const titleId = 'clients-title';
  const header = (column: ClientColumn, label: string, numeric: boolean) => {
    const sorted = v.sort.column === column;
    const ariaSort = sorted ? (v.sort.descending ? 'descending' : 'ascending') : 'none';
    return html`<th scope="col" class=${numeric ? 'num' : ''} aria-sort=${ariaSort}>
      <button
        type="button"
        part="sort-button"
        @click=${() => v.onSort(column)}
        title=${fill(m.sortBy, { column: label })}
      >
        ${label}<span class="sort-mark" aria-hidden="true"
          >${sorted ? (v.sort.descending ? '↓' : '↑') : ''}</span
        >
      </button>
    </th>`;
  };
  return html`<section class="clients" part="clients" aria-labelledby=${titleId} @keydown=${v.onKeydown}>
    <div class="clients-head">
      <h4 id=${titleId}>
        ${fill(m.clientsOf, { cell: v.cellName })} · ${clientsText(v.ctx, v.items.length)}
      </h4>
      <span class="actions">
        <button
          type="button"
          class="action"
          part="csv-button"
          @click=${v.onCsv}
          ?disabled=${v.items.length === 0}
        >
          ${m.csv}
        </button>
        <button type="button" class="action" part="close-button" @click=${v.onClose}>${m.close}</button>
      </span>
    </div>
    ${
      v.items.length === 0
        ? html`<p class="muted">${m.noClients}</p>`
        : html`<div class="table-wrap">
              <table class="data" part="client-table">
                <caption class="sr-only">
                  ${fill(m.clientsOf, { cell: v.cellName })}
                </caption>
                <thead>
                  <tr>
                    ${header('name', m.client, false)} ${header('owner', m.owner, false)}
                    ${header('value', m.value, true)} ${header('share', m.share, true)}
                    ${header('cv', m.cv, true)}
                  </tr>
                </thead>
                <tbody>
                  ${shown.map(
                    (i) =>
                      html`<tr>
                        <th scope="row">${i.name ?? i.id}</th>
                        <td>${i.owner ?? '—'}</td>
                        <td class="num">${valueText(v.ctx, i.value)}</td>
                        <td class="num">${shareText(v.ctx, i.share)}</td>
                        <td class="num">${format.percent(i.cv)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            ${
              rest > 0
                ? html`<p>
                    <span class="muted"
                      >${fill(m.shown, { shown: format.count(shown.length), total: format.count(v.items.length) })}</span
                    >
                    <button type="button" class="more" part="more-button" @click=${v.onMore}>
                      ${fill(m.showMore, { n: format.count(Math.min(PAGE_STEP, rest)) })}
                    </button>
                  </p>`
                : nothing
            }`
    }
  </section>`;
}

/** How many more rows "show more" adds. */
export const CLIENT_PAGE = PAGE_STEP;

/** The CSV rows of a cell's clients: a header, then one row per client (shares and cv in percent). */
export function clientCsvRows(items: readonly AbcXyzItem[], m: AbcXyzMessages): CsvCell[][] {
  const pct = (x: number | null): number | null => (x === null ? null : Math.round(x * 1e6) / 1e4);
  return [
    [m.id, m.client, m.owner, m.value, m.sharePct, m.cvPct, m.abc, m.xyz, m.cell],
    ...items.map(
      (i) => [i.id, i.name, i.owner, i.value, pct(i.share), pct(i.cv), i.abc, i.xyz, i.cell] as CsvCell[],
    ),
  ];
}
