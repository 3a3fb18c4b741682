import { css, html, nothing, type TemplateResult } from 'lit';
import type { AbcXyzCellKey, AbcXyzItem } from '../../core/abc-xyz.js';
import { fill } from '../../shared/messages.js';
import { CLIENT_PAGE, type ClientColumn, type ClientSort } from './abc-xyz-matrix.model.js';
import { clientsText, valueText, type TextContext } from './abc-xyz-matrix.text.js';

/** A client's share of the total, with more decimals for tiny shares (0,004 % rather than 0,0 %). */
function shareText(ctx: TextContext, share: number | null): string {
  const digits = share === null || share >= 0.01 ? 1 : share >= 0.001 ? 2 : 3;
  return ctx.format.percent(share, digits);
}

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

/**
 * The client list of a chosen cell: a sortable table with CSV export (design: real <table>,
 * aria-sort). A lazily loaded part of the element, first needed when a cell is chosen; keep
 * what the synchronous CSV needs in the eager model (`clientCsvRows`).
 */
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
                      ${fill(m.showMore, { n: format.count(Math.min(CLIENT_PAGE, rest)) })}
                    </button>
                  </p>`
                : nothing
            }`
    }
  </section>`;
}

/**
 * The styles of the client list, adopted into the element's shadow root with the part (they are
 * not in the element's eager stylesheet).
 */
export const clientsStyles = css`
  .clients h4 {
    margin: 0 0 6px;
    font-size: 1em;
    font-weight: 600;
  }
  .clients {
    margin-top: 14px;
  }
  .clients-head {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: baseline;
    justify-content: space-between;
  }
  .actions {
    display: inline-flex;
    gap: 6px;
  }
  button.action,
  button.more {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 3px 10px;
    cursor: pointer;
  }
  .table-wrap {
    max-height: var(--pulse-abc-xyz-matrix-list-height, 420px);
    overflow: auto;
    margin-top: 6px;
  }
  table.data th button {
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
  }
  .sort-mark {
    display: inline-block;
    width: 1em;
    color: var(--_muted);
  }
`;
