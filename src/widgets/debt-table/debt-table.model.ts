import {
  collectionKpi,
  DEFAULT_KPI_STEPS,
  type CollectionKpi,
  type CollectionKpiStep,
} from '../../core/collection.js';
import { calendarOf, parseDate, type DayNumber } from '../../core/dates.js';
import {
  agingBuckets,
  debtDepth,
  DEBT_DEPTH_MODES,
  type DebtDepthMode,
  type DebtDepthResult,
} from '../../core/debt.js';
import { PulseDataError } from '../../core/errors.js';
import { enumOption, numberOption } from '../../core/options.js';
import { paymentWindow, type PaymentWindow } from '../../core/payments.js';
import { rowData, type RowData } from '../../core/inputs/debt-table-check.js';
import { DEBT_TABLE_LEVELS, type DebtTableInput, type DebtTableLevel } from './debt-table.schema.js';

// The element's computation: each row measured by the core (depth of debt, collection
// ratio, payment window, aging), then grouped department → owner → client. Group sums
// are computed when first asked for (a screen shows a few groups of thousands of rows).

/**
 * Options of `<pulse-debt-table>`.
 *
 * @example { depthMode: 'ceil', depthAlert: 2, kpiSteps: [{ from: 0, kpi: 0 }, { from: 0.9, kpi: 0.3 }] }
 */
export interface DebtTableOptions {
  /** How the depth is measured from `charges`: `'fraction'` (default), `'ceil'` or `'ratio'`. */
  depthMode?: DebtDepthMode;
  /** Rows whose depth of debt is this many months or more are flagged. Default 3. */
  depthAlert?: number;
  /** KPI steps of the collection view. Default: < 75 % → 0, 75 % → 0,1, 85 % → 0,2. */
  kpiSteps?: CollectionKpiStep[];
  /** Smallest mean resultant length of a regular payer (0..1). Default 0.5. */
  minR?: number;
  /** Fewest months with payments to compute a payment window from. Default 3. */
  minPayments?: number;
}

/** A client row with what the core measured. */
export interface ClientRow extends RowData {
  /** Depth of debt in months; `null` with neither charges nor a last month's charge. */
  depth: DebtDepthResult | null;
  /** The depth reaches `depthAlert`. */
  alert: boolean;
  /** fact / plan; `null` without both or with a plan of 0. */
  completeness: number | null;
  /** Expected payment window; `null` with fewer than `minPayments` months of payments. */
  window: PaymentWindow | null;
  /** Months with a payment. */
  paidMonths: number;
  /** Outstanding by aging bucket (not due, 1-30, 31-60, 61-90, 91+) and in total; `null` without invoices. Filled by {@link fillAging}. */
  aging?: number[] | null;
}

/** A group of rows (or the whole table, level `total`). */
export interface GroupNode {
  level: DebtTableLevel | 'total';
  /** The department or owner; `null` for rows without a department (and for the total). */
  key: string | null;
  /** Unique in the tree. */
  id: string;
  /** Sub-groups; `null` when the node holds the client rows directly. */
  groups: GroupNode[] | null;
  /** Every client row under the node, in input order. */
  rows: ClientRow[];
  /** Memoised sums, by field. */
  sums: Map<string, number | null>;
}

/** What the table computes from its input. */
export interface DebtTableResult {
  asOf: DayNumber;
  rows: ClientRow[];
  root: GroupNode;
  levels: DebtTableLevel[];
  columns: readonly string[] | undefined;
  depthAlert: number;
  /** Rows whose depth reaches `depthAlert`. */
  alerts: number;
  /** Some depth is a lower bound (`≥`). */
  lowerBounds: boolean;
  steps: readonly CollectionKpiStep[];
  /** Which companion views have data. */
  has: { collection: boolean; regularity: boolean; aging: boolean };
  /** Set once aging was computed. */
  aged: boolean;
  asOfText: string;
}

/** Runs `fn`, renaming the core's option paths (`steps[1].from` → `options.kpiSteps[1].from`). */
function renamed<T>(fn: () => T, from: string, to: string): T {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof PulseDataError)) throw e;
    throw new PulseDataError(e.issues.map((i) => ({ ...i, path: i.path.replace(from, to) })));
  }
}

/**
 * Measures each row and groups them. Options are checked first, so a bad option is an
 * error naming it (`options.depthAlert`) even when no row uses it.
 *
 * @throws {PulseDataError} for a bad option.
 */
export function computeTable(input: DebtTableInput, options: DebtTableOptions = {}): DebtTableResult {
  const mode = enumOption(options, 'depthMode', Object.values(DEBT_DEPTH_MODES), 'fraction');
  const depthAlert = numberOption(options, 'depthAlert', 3, { min: 0 });
  const steps = options.kpiSteps ?? DEFAULT_KPI_STEPS;
  renamed(() => collectionKpi(0, 1, steps), 'steps', 'options.kpiSteps');
  const windowOptions = { minR: options.minR, minPayments: options.minPayments };
  if (windowOptions.minR !== undefined || windowOptions.minPayments !== undefined)
    paymentWindow([], windowOptions);

  const rows = input.rows.map((raw): ClientRow => {
    const r = rowData(raw);
    const charges = r.charges?.length
      ? [...r.charges].sort((a, b) => b.month - a.month).map((c) => c.amount)
      : null;
    const depth = charges
      ? debtDepth(r.debt, charges, { mode })
      : r.lastMonthCharge !== null
        ? debtDepth(r.debt, [r.lastMonthCharge], { mode: 'ratio' })
        : null;
    const days = r.payments?.length ? firstPaymentDays(r.payments) : [];
    return {
      ...r,
      // Months listed in calendar order, whatever order the host sent.
      debtMonths: r.debtMonths && [...r.debtMonths].sort((a, b) => a - b),
      unconfirmedMonths: r.unconfirmedMonths && [...r.unconfirmedMonths].sort((a, b) => a - b),
      depth,
      alert: depth !== null && depth.months !== null && depth.months >= depthAlert,
      completeness: hasCollection(r) ? collectionKpi(r.fact as number, r.plan as number).ratio : null,
      window: days.length ? paymentWindow(days, windowOptions) : null,
      paidMonths: days.length,
    };
  });
  const levels = [...new Set<DebtTableLevel>(input.groupBy ?? DEBT_TABLE_LEVELS)];
  return {
    asOf: parseDate(input.asOf) as DayNumber,
    asOfText: input.asOf,
    rows,
    root: group('total', null, '', rows, levels),
    levels,
    columns: input.columns,
    depthAlert,
    alerts: rows.filter((r) => r.alert).length,
    lowerBounds: rows.some((r) => r.depth?.atLeast),
    steps,
    has: {
      collection: rows.some((r) => r.plan !== null || r.fact !== null || r.advance !== null),
      regularity: rows.some((r) => r.payments !== null),
      aging: rows.some((r) => r.invoices !== null),
    },
    aged: false,
  };
}

const calendar = new Map<DayNumber, ReturnType<typeof calendarOf>>();
const calendarDay = (day: DayNumber) => {
  let c = calendar.get(day);
  if (!c) {
    if (calendar.size > 50_000) calendar.clear();
    calendar.set(day, (c = calendarOf(day)));
  }
  return c;
};

/**
 * The core's `paymentDays` for dates the row check already read: the day of month of
 * each month's first payment (amounts of 0 or less left out), months in calendar order.
 * The core's version parses every date string again, which for 20 000 clients with a
 * year of payments each is most of the table's computing time.
 */
export function firstPaymentDays(payments: readonly { day: DayNumber; amount: number | null }[]): number[] {
  const first = new Map<number, DayNumber>();
  for (const { day, amount } of payments) {
    if (amount !== null && amount <= 0) continue;
    const c = calendarDay(day);
    const month = c.year * 12 + c.month - 1;
    const known = first.get(month);
    if (known === undefined || day < known) first.set(month, day);
  }
  return [...first.keys()].sort((a, b) => a - b).map((m) => calendarDay(first.get(m) as DayNumber).day);
}

/** The group tree over `rows` (the table's `root`): by the first level, then each group by the rest. */
export function groupRows(rows: ClientRow[], levels: readonly DebtTableLevel[]): GroupNode {
  return group('total', null, '', rows, levels);
}

/** Groups rows by the first level, then each group by the rest, in order of first appearance. */
function group(
  level: GroupNode['level'],
  key: string | null,
  id: string,
  rows: ClientRow[],
  levels: readonly DebtTableLevel[],
): GroupNode {
  const node: GroupNode = { level, key, id, groups: null, rows, sums: new Map() };
  const [next, ...rest] = levels;
  if (next) {
    const byKey = new Map<string | null, ClientRow[]>();
    for (const r of rows) {
      const k = r[next];
      const list = byKey.get(k);
      if (list) list.push(r);
      else byKey.set(k, [r]);
    }
    node.groups = [...byKey].map(([k, list]) => group(next, k, `${id}/${next}:${k ?? ''}`, list, rest));
  }
  return node;
}

/** Computes the aging buckets of every row with invoices (once; the aging view needs them). */
export function fillAging(result: DebtTableResult): void {
  if (result.aged) return;
  for (const r of result.rows) {
    if (!r.invoices) {
      r.aging = null;
      continue;
    }
    const a = agingBuckets(r.invoices, { asOf: result.asOfText });
    r.aging = [...a.buckets.map((b) => b.amount), a.total.amount];
  }
  result.aged = true;
  // Sums taken before (a sort by an aging column in another view) saw no aging yet.
  const forget = (node: GroupNode): void => {
    node.sums.clear();
    node.groups?.forEach(forget);
  };
  forget(result.root);
}

/**
 * The sum of a field over a group's rows, `null` when no row has it (memoised).
 * For collection ratios only rows with both plan and fact count.
 */
export function sumOf(
  node: GroupNode,
  field: string,
  value: (r: ClientRow) => number | null | undefined,
): number | null {
  if (node.sums.has(field)) return node.sums.get(field) as number | null;
  let sum: number | null = null;
  for (const r of node.rows) {
    const v = value(r);
    if (v !== null && v !== undefined) sum = (sum ?? 0) + v;
  }
  node.sums.set(field, sum);
  return sum;
}

/** The row has both a plan and a fact, so it counts in the collection ratio. */
const hasCollection = (r: RowData) => r.plan !== null && r.fact !== null;

/** Sum of fact / sum of plan of a group (rows with both) and its KPI step; `null` without such rows. */
export function groupCollection(node: GroupNode, steps: readonly CollectionKpiStep[]): CollectionKpi | null {
  const plan = sumOf(node, 'kpiPlan', (r) => (hasCollection(r) ? r.plan : null));
  const fact = sumOf(node, 'kpiFact', (r) => (hasCollection(r) ? r.fact : null));
  return plan === null || fact === null ? null : collectionKpi(fact, plan, steps);
}
