import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from '../../shared/style-map.js';
import { cellText, groupText, type ColumnDef, type Ctx } from './debt-table.columns.js';
import type { GroupNode } from './debt-table.model.js';
import type { DebtTableColumn } from './debt-table.schema.js';
import { clientsText, groupName } from './debt-table.text.js';
import type { Item } from './debt-table.tree.js';

/** The sort the user chose; none keeps the input order. */
export interface TableSort {
  key: DebtTableColumn;
  descending: boolean;
}

/** What the table needs from the element. */
export interface GridProps {
  c: Ctx;
  columns: readonly ColumnDef[];
  items: readonly Item[];
  /** The rendered window of lines: [start, end). */
  start: number;
  end: number;
  rowHeight: number;
  sort?: TableSort;
  /** The line with tabindex 0. */
  tabStop: number;
  selected?: string;
  collapsed: ReadonlySet<string>;
  label: string;
  onSort: (key: DebtTableColumn) => void;
  onClick: (event: MouseEvent) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onFocusIn: (event: FocusEvent) => void;
}

function header(p: GridProps, col: ColumnDef): TemplateResult {
  const label = p.c.m[col.key];
  const dir = p.sort?.key === col.key ? (p.sort.descending ? 'descending' : 'ascending') : 'none';
  return html`<th scope="col" part="header header--${col.key}" class=${col.num ? 'num' : ''} aria-sort=${dir}>
    <button type="button" part="sort-button" @click=${() => p.onSort(col.key)}>
      ${label}<span class="sort-mark" aria-hidden="true"
        >${dir === 'none' ? '' : dir === 'descending' ? '↓' : '↑'}</span
      >
    </button>
  </th>`;
}

/** The group cells of a group (or the total): its sums, or empty. */
function groupCells(p: GridProps, g: GroupNode): TemplateResult[] {
  return p.columns
    .slice(1)
    .map(
      (col) =>
        html`<td part="cell cell--${col.key}" class=${col.num ? 'num' : ''}>${groupText(col, g, p.c)}</td>`,
    );
}

function groupLabel(p: GridProps, g: GroupNode, expanded: boolean): TemplateResult {
  return html`<span class="toggle" aria-hidden="true">${expanded ? '▾' : '▸'}</span>${groupName(g, p.c)}
    <span class="count">· ${clientsText(g.rows.length, p.c)}</span>`;
}

// One template for group and client lines: scrolling re-uses the same <tr> elements.
function line(p: GridProps, it: Item, i: number): TemplateResult {
  const { group: g, row: r } = it;
  const expanded = g ? !p.collapsed.has(g.id) : false;
  const selected = r !== undefined && r.id === p.selected;
  const cols = p.columns.slice(1);
  // Why each cell is flagged: a row is flagged when a column on screen flags it.
  const flags = r ? cols.map((col) => col.flag?.(r, p.c) ?? null) : [];
  const part = g
    ? `group-row group-row--${g.level}`
    : `row${flags.some((f) => f) ? ' row--alert' : ''}${selected ? ' row--selected' : ''}`;
  return html`<tr
    data-i=${i}
    tabindex=${i === p.tabStop ? 0 : -1}
    class="line lvl-${it.level} ${g ? 'group' : ''} ${selected ? 'selected' : ''}"
    part=${part}
    aria-rowindex=${i + 2}
    aria-level=${it.level}
    aria-posinset=${it.pos}
    aria-setsize=${it.size}
    aria-expanded=${g ? String(expanded) : nothing}
    aria-selected=${r ? String(selected) : nothing}
  >
    <th
      scope="row"
      part="cell cell--client"
      title=${r ? r.name : `${groupName(g, p.c)} · ${clientsText(g.rows.length, p.c)}`}
    >
      ${g ? groupLabel(p, g, expanded) : r.name}
    </th>
    ${
      g
        ? groupCells(p, g)
        : cols.map((col, k) => {
            const text = cellText(col, r, p.c);
            const flag = flags[k];
            return html`<td
              part="cell cell--${col.key}${flag ? ' cell--flagged' : ''}"
              class=${col.num ? 'num' : ''}
              title=${flag ?? (col.num ? nothing : text)}
            >
              ${
                flag
                  ? html`<span class="flag" aria-hidden="true">!</span><span class="sr-only">${flag}: </span>`
                  : nothing
              }${text}
            </td>`;
          })
    }
  </tr>`;
}

function spacer(lines: number, p: GridProps): TemplateResult | typeof nothing {
  return lines > 0
    ? html`<tr class="spacer" aria-hidden="true" style=${styleMap({ height: `${lines * p.rowHeight}px` })}>
        <td colspan=${p.columns.length}></td>
      </tr>`
    : nothing;
}

/**
 * The grouped table as a treegrid on a real <table>: a sticky header with sort buttons,
 * only the lines in view (plus a margin) between two spacer rows, and the grand total
 * in a sticky footer. aria-rowcount / aria-rowindex give the whole table's size.
 */
export function renderGrid(p: GridProps, root: GroupNode): TemplateResult {
  const n = p.items.length;
  return html`<table
    role="treegrid"
    part="table"
    aria-label=${p.label}
    aria-describedby="summary"
    aria-rowcount=${n + 2}
    aria-colcount=${p.columns.length}
  >
    <colgroup>
      ${p.columns.map((col) => {
        // A sum is never cut: its column is at least as wide as the grand total (digits are tabular).
        const total = col.num ? groupText(col, root, p.c).length : 0;
        return html`<col
          class="w-${col.w}"
          style=${styleMap(total ? { width: `max(var(--_w), ${total + 3}ch)` } : {})}
        />`;
      })}
    </colgroup>
    <thead>
      <tr aria-rowindex="1">
        ${p.columns.map((col) => header(p, col))}
      </tr>
    </thead>
    <tbody @click=${p.onClick} @keydown=${p.onKeydown} @focusin=${p.onFocusIn}>
      ${spacer(p.start, p)} ${p.items.slice(p.start, p.end).map((it, k) => line(p, it, p.start + k))}
      ${spacer(n - p.end, p)}
    </tbody>
    <tfoot>
      <tr part="total-row" aria-rowindex=${n + 2}>
        <th scope="row" part="cell cell--client">
          ${p.c.m.total} <span class="count">· ${clientsText(root.rows.length, p.c)}</span>
        </th>
        ${groupCells(p, root)}
      </tr>
    </tfoot>
  </table>`;
}
