import type { CsvCell } from '../../shared/csv.js';
import type { Formatter } from '../../shared/format.js';
import { fill } from '../../shared/messages.js';
import type { DebtTableMessages } from './debt-table.messages.js';
import {
  groupCollection,
  sumOf,
  type ClientRow,
  type DebtTableResult,
  type GroupNode,
} from './debt-table.model.js';
import type { DebtTableColumn, DebtTableView } from './debt-table.schema.js';

/** What a cell needs to print itself. */
export interface Ctx {
  m: DebtTableMessages;
  f: Formatter;
  result: DebtTableResult;
}

/** A column: how it sorts, prints, exports and sums. */
export interface ColumnDef {
  key: DebtTableColumn;
  /** Width class of the column (`w-money` ...). */
  w: string;
  /** Numbers: right-aligned, exported as numbers. */
  num?: boolean;
  /** The row's value to sort by (and to export, for numbers). */
  value: (r: ClientRow) => number | string | null;
  /** The row's cell text (default: `fmt` of the value, or the value). */
  text?: (r: ClientRow, c: Ctx) => string;
  /** Prints a number of the column (rows and groups). */
  fmt?: (v: number | null, c: Ctx) => string;
  /** The group's value (sums); columns without it leave group cells empty. */
  group?: (g: GroupNode, c: Ctx) => number | null;
  /** Why the row is flagged in this column (shown with an icon), or null. */
  flag?: (r: ClientRow, c: Ctx) => string | null;
  /** The CSV cell, when it is neither the number nor the text. */
  csv?: (r: ClientRow, c: Ctx) => CsvCell;
  /** Numbers are exported times this (100: a ratio in percent units). */
  scale?: number;
}

const money = (v: number | null, c: Ctx) => c.f.money(v);
const date = (v: number | null, c: Ctx) => c.f.date(v);

function moneyColumn(
  key: DebtTableColumn,
  get: (r: ClientRow) => number | null | undefined,
  summed = true,
): ColumnDef {
  const value = (r: ClientRow) => get(r) ?? null;
  return {
    key,
    w: 'money',
    num: true,
    value,
    fmt: money,
    group: summed ? (g) => sumOf(g, key, value) : undefined,
  };
}

function monthsColumn(key: 'debtMonths' | 'unconfirmedMonths'): ColumnDef {
  return {
    key,
    w: 'months',
    // A list sorts by its length.
    value: (r) => r[key]?.length ?? null,
    text: (r, c) => (r[key]?.length ? (r[key] as number[]).map((m) => c.f.month(m)).join(', ') : '—'),
  };
}

const dateColumn = (key: DebtTableColumn, get: (r: ClientRow) => number | null | undefined): ColumnDef => ({
  key,
  w: 'date',
  value: (r) => get(r) ?? null,
  fmt: date,
  csv: (r, c) => (get(r) == null ? null : c.f.date(get(r))),
});

const agingColumn = (key: DebtTableColumn, i: number) => moneyColumn(key, (r) => r.aging?.[i]);

/** The collection ratio below which the KPI is the lowest step (75 % by default). */
export function kpiFloor(c: Ctx): number | null {
  const steps = c.result.steps;
  return steps.find((s) => s.kpi > steps[0].kpi)?.from ?? null;
}

/** The lowest day of the window first: `[22 – 8]` (it wraps over the month end when from > to). */
const windowText = (r: ClientRow) => (r.window?.from == null ? '—' : `[${r.window.from} – ${r.window.to}]`);

export const COLUMNS: Record<DebtTableColumn, ColumnDef> = {
  client: { key: 'client', w: 'client', value: (r) => r.name },
  id: { key: 'id', w: 'id', value: (r) => r.id },
  department: {
    key: 'department',
    w: 'text',
    value: (r) => r.department,
    text: (r, c) => r.department ?? c.m.noDepartment,
  },
  owner: { key: 'owner', w: 'text', value: (r) => r.owner },
  debt: moneyColumn('debt', (r) => r.debt),
  debtMonths: monthsColumn('debtMonths'),
  depth: {
    key: 'depth',
    w: 'short',
    num: true,
    value: (r) => r.depth?.months ?? null,
    text: (r, c) => (r.depth?.atLeast ? '≥ ' : '') + c.f.fixed(r.depth?.months ?? null, 2),
    flag: (r, c) => (r.alert ? fill(c.m.depthFlag, { n: c.f.count(c.result.depthAlert, 2) }) : null),
    csv: (r, c) => (r.depth?.atLeast ? `≥ ${c.f.fixed(r.depth.months, 2)}` : (r.depth?.months ?? null)),
  },
  unconfirmedMonths: monthsColumn('unconfirmedMonths'),
  lastPaymentDate: dateColumn('lastPaymentDate', (r) => r.lastPayment?.date),
  lastPaymentAmount: moneyColumn('lastPaymentAmount', (r) => r.lastPayment?.amount, false),
  lastUpdate: dateColumn('lastUpdate', (r) => r.lastUpdate),
  lastLogin: dateColumn('lastLogin', (r) => r.lastLogin),
  lastMonthCharge: moneyColumn('lastMonthCharge', (r) => r.lastMonthCharge),
  plan: moneyColumn('plan', (r) => r.plan),
  advance: moneyColumn('advance', (r) => r.advance),
  fact: moneyColumn('fact', (r) => r.fact),
  completeness: {
    key: 'completeness',
    w: 'short',
    num: true,
    value: (r) => r.completeness,
    fmt: (v, c) => c.f.percent(v, 2),
    group: (g, c) => groupCollection(g, c.result.steps)?.ratio ?? null,
    flag: (r, c) => {
      const floor = kpiFloor(c);
      return r.completeness !== null && floor !== null && r.completeness < floor
        ? fill(c.m.kpiFlag, { p: c.f.percent(floor, 0) })
        : null;
    },
    // Exported in percent units: 90,53.
    scale: 100,
  },
  kpi: {
    key: 'kpi',
    w: 'short',
    num: true,
    // The KPI is an owner's (a group's); client rows leave it empty.
    value: () => null,
    text: () => '',
    fmt: (v, c) => c.f.count(v, 2),
    group: (g, c) => groupCollection(g, c.result.steps)?.kpi ?? null,
  },
  window: { key: 'window', w: 'window', value: (r) => r.window?.from ?? null, text: windowText },
  deviation: {
    key: 'deviation',
    w: 'short',
    num: true,
    value: (r) => r.window?.sd ?? null,
    fmt: (v, c) => c.f.fixed(v, 1),
  },
  regularity: {
    key: 'regularity',
    w: 'status',
    value: (r) => r.window?.r ?? null,
    text: (r, c) => (r.window ? (r.window.regular ? `✓ ${c.m.regular}` : c.m.irregular) : '—'),
    flag: (r, c) => (r.window && !r.window.regular ? c.m.irregularFlag : null),
    csv: (r, c) => (r.window ? (r.window.regular ? c.m.regular : c.m.irregular) : null),
  },
  payments: {
    key: 'payments',
    w: 'short',
    num: true,
    value: (r) => (r.payments ? r.paidMonths : null),
    fmt: (v, c) => c.f.count(v),
  },
  notDue: agingColumn('notDue', 0),
  days1to30: agingColumn('days1to30', 1),
  days31to60: agingColumn('days31to60', 2),
  days61to90: agingColumn('days61to90', 3),
  days91plus: agingColumn('days91plus', 4),
  outstanding: agingColumn('outstanding', 5),
};

const ID_AND_GROUPS = ['id', 'department', 'owner'] as const;

/** The columns of each view, in order (the chooser may hide all but the client). */
export const VIEW_COLUMNS: Record<DebtTableView, readonly DebtTableColumn[]> = {
  debts: [
    'client',
    ...ID_AND_GROUPS,
    'debt',
    'debtMonths',
    'depth',
    'unconfirmedMonths',
    'lastPaymentDate',
    'lastPaymentAmount',
    'lastUpdate',
    'lastLogin',
    'lastMonthCharge',
  ],
  collection: ['client', ...ID_AND_GROUPS, 'plan', 'debt', 'advance', 'fact', 'completeness', 'kpi'],
  regularity: [
    'client',
    ...ID_AND_GROUPS,
    'window',
    'deviation',
    'regularity',
    'payments',
    'lastPaymentDate',
    'lastPaymentAmount',
  ],
  aging: [
    'client',
    ...ID_AND_GROUPS,
    'debt',
    'notDue',
    'days1to30',
    'days31to60',
    'days61to90',
    'days91plus',
    'outstanding',
  ],
};

/** Shown unless the host's `columns` or the chooser says otherwise: not the id, nor a level the rows are grouped by. */
export function shownByDefault(key: DebtTableColumn, result: DebtTableResult): boolean {
  if (result.columns) return key === 'client' || result.columns.includes(key);
  return key !== 'id' && !(result.levels as readonly string[]).includes(key);
}

/** The view's columns (client first) and whether each is shown: the user's choice, else the default. */
export function viewColumns(
  view: DebtTableView,
  chosen: ReadonlyMap<DebtTableColumn, boolean>,
  result: DebtTableResult,
): [DebtTableColumn, boolean][] {
  return VIEW_COLUMNS[view].map((k) => [k, k === 'client' || (chosen.get(k) ?? shownByDefault(k, result))]);
}

/** A row's cell text. */
export function cellText(col: ColumnDef, r: ClientRow, c: Ctx): string {
  if (col.text) return col.text(r, c);
  const v = col.value(r);
  return col.fmt ? col.fmt(v as number | null, c) : v === null ? '—' : String(v);
}

/** A group's cell text ('' for columns without a group value). */
export function groupText(col: ColumnDef, g: GroupNode, c: Ctx): string {
  return col.group && col.fmt ? col.fmt(col.group(g, c), c) : '';
}

// Rounded to 4 decimals: sums of kopecks carry float noise (161 492.00000000003).
const scaled = (v: CsvCell, scale = 1) => (typeof v === 'number' ? Math.round(v * scale * 1e4) / 1e4 : v);

/** A row's CSV cell: numbers as numbers, the rest as printed ('—' as empty). */
export function csvCell(col: ColumnDef, r: ClientRow, c: Ctx): CsvCell {
  if (col.csv) return scaled(col.csv(r, c));
  if (col.num) return scaled(col.value(r), col.scale);
  const text = cellText(col, r, c);
  return text === '—' ? null : text;
}

/** A group's CSV cell: its number, or empty. */
export function groupCsvCell(col: ColumnDef, g: GroupNode, c: Ctx): CsvCell {
  return col.group ? scaled(col.group(g, c), col.scale) : null;
}
