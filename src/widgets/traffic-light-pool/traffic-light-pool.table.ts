// A lazily loaded part (traffic-light-pool.component.ts): the table view, first needed when it
// is shown. Import it with import() only; `import type` is fine.
import { html, nothing, type TemplateResult } from 'lit';
import type { TrafficColor } from '../../core/traffic-light.js';
import type { Formatter } from '../../shared/format.js';
import { fill } from '../../shared/messages.js';
import { colorTag } from './traffic-light-pool.icons.js';
import type { PoolMessages } from './traffic-light-pool.messages.js';
import type { PoolClient, SortKey, TableSort, TrafficLightPoolResult } from './traffic-light-pool.model.js';

export { tableStyles } from './traffic-light-pool.table-styles.js';

/** What the table view needs from the element. */
export interface TableProps {
  m: PoolMessages;
  f: Formatter;
  result: TrafficLightPoolResult;
  /** The rows of the current page. */
  rows: PoolClient[];
  sort?: TableSort;
  page: number;
  pages: number;
  selectedId?: string;
  /** Row index (on the page) whose client button is the Tab stop. */
  tabStop: number;
  ownerName: (owner: string | null) => string;
  colorWord: (color: TrafficColor) => string;
  labelOf: (key: string) => string;
  onSort: (key: SortKey) => void;
  onSelect: (client: PoolClient) => void;
  onRowsKeydown: (event: KeyboardEvent) => void;
  onPage: (page: number) => void;
  /** The explanation of the selected client, shown in a row under it. */
  detail?: TemplateResult;
}

function sortHeader(
  p: TableProps,
  key: SortKey,
  text: string,
  extra: { rowspan?: number; num?: boolean } = {},
): TemplateResult {
  const dir = p.sort?.key === key ? p.sort.dir : undefined;
  return html`<th
    scope="col"
    rowspan=${extra.rowspan ?? 1}
    class=${extra.num ? 'num' : ''}
    aria-sort=${dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
  >
    <button type="button" class="sort" part="sort" @click=${() => p.onSort(key)}>
      <span>${text}</span
      ><span class="arrow" aria-hidden="true">${dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}</span>
    </button>
  </th>`;
}

function soonCell(p: TableProps, c: PoolClient): TemplateResult {
  const s = c.expiresSoon;
  if (!s) return html`<td class="muted">—</td>`;
  return html`<td class="soon-cell">
    ${s.keys.map(p.labelOf).join(', ')}${
      s.color !== c.color
        ? html` <span class="after">→ ${colorTag(s.color, p.colorWord(s.color))}</span>`
        : nothing
    }
  </td>`;
}

function row(p: TableProps, c: PoolClient, i: number): TemplateResult {
  const { result } = p;
  const selected = c.id === p.selectedId;
  return html`${mainRow(p, c, i, selected)}${
    selected && p.detail
      ? html`<tr class="detail-row" part="detail-row">
          <td colspan=${2 * result.indicators.length + 5}><div class="detail">${p.detail}</div></td>
        </tr>`
      : nothing
  }`;
}

function mainRow(p: TableProps, c: PoolClient, i: number, selected: boolean): TemplateResult {
  const { f, result } = p;
  return html`<tr class=${selected ? 'selected' : ''} part="row${selected ? ' row--selected' : ''}">
    <th scope="row">
      <button
        type="button"
        class="client-btn"
        data-roving="rows"
        data-i=${i}
        tabindex=${i === p.tabStop ? 0 : -1}
        aria-pressed=${selected ? 'true' : 'false'}
        @click=${() => p.onSelect(c)}
      >
        ${c.name || c.id}
      </button>
    </th>
    <td>${p.ownerName(c.owner)}</td>
    ${result.indicators.map((ind) => {
      const v = c.values[ind.key];
      return html`<td class="num ${v === null || v === undefined ? 'missing' : ''}">
        ${f.count(v ?? null, 2)}
      </td>`;
    })}
    ${result.indicators.map((ind) => {
      const e = c.earned[ind.key] ?? 0;
      return html`<td class="num earned ${e > 0 ? 'earned--yes' : 'earned--no'}">${f.count(e, 2)}</td>`;
    })}
    <td class="num sum">${f.count(c.score, 2)}</td>
    <td>${colorTag(c.color, p.colorWord(c.color))}</td>
    ${soonCell(p, c)}
  </tr>`;
}

/** The slide's table: client, raw values, earned weights, sum, colour, what expires soon. */
export function renderTable(p: TableProps): TemplateResult {
  const { m, result } = p;
  const n = result.indicators.length;
  return html`<div class="table-wrap" part="table-wrap">
      <table class="data pool-table" part="table">
        <caption class="sr-only">
          ${m.label}
        </caption>
        <colgroup>
          <col />
          <col />
        </colgroup>
        <colgroup span=${n}></colgroup>
        <colgroup span=${n}></colgroup>
        <colgroup>
          <col />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            ${sortHeader(p, 'name', m.client, { rowspan: 2 })}
            ${sortHeader(p, 'owner', m.owner, { rowspan: 2 })}
            <th scope="colgroup" colspan=${n} class="group-th">${m.values}</th>
            <th scope="colgroup" colspan=${n} class="group-th">${m.earned}</th>
            ${sortHeader(p, 'score', m.sum, { rowspan: 2, num: true })}
            ${sortHeader(p, 'color', m.color, { rowspan: 2 })}
            ${sortHeader(p, 'soon', m.expiresSoon, { rowspan: 2 })}
          </tr>
          <tr>
            ${result.indicators.map((ind) => sortHeader(p, `value:${ind.key}`, p.labelOf(ind.key), { num: true }))}
            ${result.indicators.map((ind) => sortHeader(p, `earned:${ind.key}`, p.labelOf(ind.key), { num: true }))}
          </tr>
        </thead>
        <tbody @keydown=${p.onRowsKeydown}>
          ${p.rows.map((c, i) => row(p, c, i))}
        </tbody>
      </table>
    </div>
    ${
      p.pages > 1
        ? html`<nav class="pager" part="pager" aria-label=${m.pages}>
            <button type="button" ?disabled=${p.page === 0} @click=${() => p.onPage(p.page - 1)}>
              ${m.prev}
            </button>
            <span>${fill(m.page, { page: p.f.count(p.page + 1), pages: p.f.count(p.pages) })}</span>
            <button type="button" ?disabled=${p.page >= p.pages - 1} @click=${() => p.onPage(p.page + 1)}>
              ${m.next}
            </button>
          </nav>`
        : nothing
    }`;
}
