import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../../shared/messages.js';
import { COLUMNS, kpiFloor, type Ctx } from './debt-table.columns.js';
import type { TableSort } from './debt-table.grid.js';
import { sumOf, type GroupNode } from './debt-table.model.js';
import type { DebtTableView } from './debt-table.schema.js';
import type { Order } from './debt-table.tree.js';

/** The group's name: the department (or "no department") or the owner; the total's word. */
export function groupName(g: GroupNode, c: Ctx): string {
  return g.level === 'total' ? c.m.total : (g.key ?? c.m.noDepartment);
}

/** `2 клиента` */
export function clientsText(n: number, c: Ctx): string {
  return c.f.countOf(n, {
    one: c.m.clientOne,
    few: c.m.clientFew,
    many: c.m.clientMany,
    other: c.m.clientMany,
  });
}

/** The screen reader summary: clients, total debt on the date, deep debts, and the keys. */
export function summaryText(c: Ctx): string {
  const { m, f, result } = c;
  return `${fill(m.summary, {
    clients: clientsText(result.rows.length, c),
    debt: f.money(sumOf(result.root, 'debt', (r) => r.debt)),
    date: f.date(result.asOf),
  })} ${fill(m.deep, { n: f.count(result.depthAlert, 2), clients: clientsText(result.alerts, c) })} ${m.instructions}`;
}

/** What the flag icon means in the view (and what "≥" means): words beside the icon. */
export function renderLegend(view: DebtTableView, c: Ctx): TemplateResult | typeof nothing {
  const { m, f } = c;
  const floor = kpiFloor(c);
  const notes: Record<DebtTableView, string[]> = {
    debts: [
      fill(m.depthFlag, { n: f.count(c.result.depthAlert, 2) }),
      ...(c.result.lowerBounds ? [m.atLeast] : []),
    ],
    collection: floor !== null ? [fill(m.kpiFlag, { p: f.percent(floor, 0) })] : [],
    regularity: [m.irregularFlag],
    aging: [],
  };
  const [flag, ...rest] = notes[view];
  return flag
    ? html`<p class="legend" part="legend">
        <span><span class="flag" aria-hidden="true">!</span> — ${flag}</span>
        ${rest.map((t) => html`<span>${t}</span>`)}
      </p>`
    : nothing;
}

/**
 * How a sort orders the tree: rows by the column's value; groups by their sum in that
 * column, or by name for the name columns, else in input order. No sort: input order.
 */
export function orderOf(sort: TableSort | undefined, c: Ctx): Order | undefined {
  if (!sort) return undefined;
  const col = COLUMNS[sort.key];
  const byName = col.key === 'client' || col.key === 'department' || col.key === 'owner';
  return {
    row: col.value,
    group: (g) => (col.group ? col.group(g, c) : byName ? groupName(g, c) : null),
    descending: sort.descending,
    collator: new Intl.Collator(c.f.locale, { sensitivity: 'base', numeric: true }),
  };
}
