import * as z from './internal/z.js';
import { uniqueIds } from './internal/unique-ids.js';
import { EPSILON } from './numbers.js';
import { amount, date, id, nonNegativeAmount, parseOrThrow, requiredDate } from './schema.js';

/**
 * How {@link debtDepth} measures depth:
 * - `fraction`: charges newest first, each fully covered month counts 1, the partly
 *   covered one its fraction (the default);
 * - `ceil`: the same, rounded up to whole months;
 * - `ratio`: debt / the latest non-zero charge.
 *
 * @example debtDepth(250, [100, 120, 80], { mode: DEBT_DEPTH_MODES.ceil })
 */
export const DEBT_DEPTH_MODES = { fraction: 'fraction', ceil: 'ceil', ratio: 'ratio' } as const;

/** `'fraction' | 'ceil' | 'ratio'`, see {@link DEBT_DEPTH_MODES}. */
export type DebtDepthMode = (typeof DEBT_DEPTH_MODES)[keyof typeof DEBT_DEPTH_MODES];

/**
 * Options of {@link debtDepth}.
 *
 * @example { mode: 'ceil' }
 */
export interface DebtDepthOptions {
  /** Default `'fraction'`. @example { mode: 'ratio' } */
  mode?: DebtDepthMode;
}

/**
 * Depth of a debt in months.
 *
 * @example { months: 2.375, atLeast: false }
 */
export interface DebtDepthResult {
  /**
   * Months of charges the debt covers; 0 when there is no debt; `null` when there is a
   * debt but no non-zero charge to measure it by.
   */
  months: number | null;
  /** The charges ran out before the debt did: `months` is a lower bound. */
  atLeast: boolean;
}

const depthInput = z.object({
  debt: amount(),
  charges: z.array(nonNegativeAmount()),
  options: z.optional(z.nullable(z.object({ mode: z.optional(z.enum(DEBT_DEPTH_MODES)) }))),
});

/**
 * Depth of a debt in months: the monthly charges are subtracted from the debt, newest
 * month first; each fully covered charge counts 1, the last, partly covered one counts
 * its fraction; months with a zero charge are skipped.
 *
 * - Debt <= 0: `{months: 0, atLeast: false}`.
 * - The charges run out before the debt: the months counted so far, `atLeast: true`.
 * - No non-zero charge at all (with a debt): `{months: null, atLeast: false}`, in every
 *   mode: there is nothing to measure the debt by.
 * - A debt that equals the charges it covers within 1e-9 counts whole months.
 *
 * @param debt - The debt; a number or a number string (`"1 000 000,00"`).
 * @param chargesNewestFirst - Monthly charges, the latest month first; each 0 or more.
 * @throws {PulseDataError} listing every issue: `debt`, `charges[2]`, `options.mode`.
 *
 * @example debtDepth(250, [100, 120, 80, 100]) // { months: 2.375, atLeast: false }
 * @example debtDepth(250, [100, 120, 80, 100], { mode: 'ceil' }) // { months: 3, atLeast: false }
 * @example debtDepth(250, [100, 0, 120], { mode: 'ratio' }) // { months: 2.5, atLeast: false }
 * @example debtDepth(500, [100, 120]) // { months: 2, atLeast: true }
 */
export function debtDepth(
  debt: number | string,
  chargesNewestFirst: readonly (number | string)[],
  options?: DebtDepthOptions | null,
): DebtDepthResult {
  // Fast path for a table of thousands of rows: plain numbers need no schema.
  const fast =
    typeof debt === 'number' &&
    Number.isFinite(debt) &&
    Array.isArray(chargesNewestFirst) &&
    chargesNewestFirst.every((c) => typeof c === 'number' && c >= 0 && c !== Infinity) &&
    (options === undefined ||
      options === null ||
      (typeof options === 'object' &&
        (options.mode === undefined || Object.hasOwn(DEBT_DEPTH_MODES, options.mode))));
  const input = fast
    ? {
        debt,
        charges: chargesNewestFirst as readonly number[],
        mode: options?.mode ?? DEBT_DEPTH_MODES.fraction,
      }
    : readDepthInput(debt, chargesNewestFirst, options);
  return depth(input.debt, input.charges, input.mode);
}

function readDepthInput(debt: unknown, charges: unknown, options: unknown) {
  const parsed = parseOrThrow(depthInput, { debt, charges, options });
  return {
    debt: parsed.debt,
    charges: parsed.charges,
    mode: parsed.options?.mode ?? DEBT_DEPTH_MODES.fraction,
  };
}

function depth(debt: number, charges: readonly number[], mode: DebtDepthMode): DebtDepthResult {
  if (debt <= 0) return { months: 0, atLeast: false };
  if (mode === DEBT_DEPTH_MODES.ratio) {
    const latest = charges.find((c) => c > 0);
    return { months: latest === undefined ? null : debt / latest, atLeast: false };
  }
  // Subtraction leaves residues (0.3 - 0.1 - 0.2 > 0): a remainder within the tolerance
  // of a charge covers it exactly.
  const tolerance = EPSILON * Math.max(1, debt);
  let remaining = debt;
  let months = 0;
  let charged = false;
  for (const charge of charges) {
    if (charge === 0) continue;
    charged = true;
    if (remaining > charge + tolerance) {
      months += 1;
      remaining -= charge;
    } else {
      months += remaining >= charge - tolerance ? 1 : remaining / charge;
      remaining = 0;
      break;
    }
  }
  if (!charged) return { months: null, atLeast: false };
  return { months: mode === DEBT_DEPTH_MODES.ceil ? Math.ceil(months) : months, atLeast: remaining > 0 };
}

/**
 * An invoice for {@link agingBuckets}.
 *
 * @example { id: 'СЧ-0042', dueDate: '10.05.2024', amount: '27 600,00', paid: 10000 }
 */
export interface AgingInvoice {
  /** Unique id (a number is read as its string). @example 'СЧ-0042' */
  id: string | number;
  /** Due date: `YYYY-MM-DD`, ISO date-time or `DD.MM.YYYY`; the 1C empty date: no due date. */
  dueDate: string;
  /** Invoiced amount, 0 or more. @example 27600 */
  amount: number | string;
  /** Paid so far, 0 or more; missing or `null`: nothing. @example 10000 */
  paid?: number | string | null;
}

/**
 * Options of {@link agingBuckets}.
 *
 * @example { asOf: '2024-07-18', edges: [30, 60, 90] }
 */
export interface AgingOptions {
  /** The date the days past due are counted to. Required. @example '18.07.2024' */
  asOf: string;
  /**
   * Inclusive upper bounds in days past due of all buckets but the last: whole numbers,
   * 1 or more, strictly ascending. Default `[30, 60, 90]` (1-30, 31-60, 61-90, 91+).
   * @example { edges: [15, 30] } // 1-15, 16-30, 31+
   */
  edges?: readonly number[];
}

/**
 * A group of invoices: count, outstanding amount and ids.
 *
 * @example { count: 2, amount: 45000, ids: ['a', 'b'] }
 */
export interface InvoiceGroup {
  count: number;
  /** Outstanding (amount - paid) summed; 0 for settled invoices. */
  amount: number;
  /** Invoice ids, in input order. */
  ids: string[];
}

/**
 * One aging bucket: invoices `from`..`to` days past due (both inclusive).
 *
 * @example { key: '31-60', from: 31, to: 60, count: 1, amount: 1200, share: 0.1, ids: ['7'] }
 */
export interface AgingBucket extends InvoiceGroup {
  /** Stable key: `'not-due'`, `'1-30'`, `'31-60'`, `'61-90'`, `'91+'` by default. */
  key: string;
  /** Lowest days past due; `null` for not due (no lower bound). */
  from: number | null;
  /** Highest days past due; `null` for the last bucket (no upper bound). */
  to: number | null;
  /** Share of the total outstanding amount; `null` when the total is 0. */
  share: number | null;
}

/**
 * Result of {@link agingBuckets}.
 *
 * @example { buckets: [...5 buckets], total, undated, settled }
 */
export interface AgingResult {
  /** Not due, then one bucket per edge, then the open-ended last one. */
  buckets: AgingBucket[];
  /** Every outstanding invoice: the buckets plus `undated`. */
  total: InvoiceGroup;
  /** Outstanding invoices with the 1C empty date as due date: they cannot be aged. */
  undated: InvoiceGroup;
  /** Invoices paid in full (or overpaid): not in the buckets nor the total; amount 0. */
  settled: InvoiceGroup;
}

const DEFAULT_EDGES: readonly number[] = [30, 60, 90];

const agingInput = z.object({
  invoices: z
    .array(
      z.object({
        id: id(),
        dueDate: date(),
        amount: nonNegativeAmount(),
        paid: z.optional(z.nullable(nonNegativeAmount())),
      }),
    )
    .check(uniqueIds('invoices')),
  options: z.object({
    asOf: requiredDate(),
    edges: z.optional(
      // One check for all edge rules, run even when an edge is not a number, so one error
      // lists them all (an int() check would stop the ascending check).
      z.array(z.number()).check(
        z.superRefine(
          (edges, ctx) => {
            const issue = (i: number, message: string) =>
              ctx.issues.push({ code: 'custom', message, input: edges[i], path: [i] });
            edges.forEach((edge, i) => {
              if (typeof edge !== 'number') return;
              if (!Number.isInteger(edge)) issue(i, `expected an integer, got ${edge}`);
              else if (edge < 1) issue(i, `expected at least 1, got ${edge}`);
              const previous = edges[i - 1];
              if (i > 0 && typeof previous === 'number' && !(edge > previous)) {
                issue(i, `expected more than the previous edge ${previous}, got ${edge}`);
              }
            });
          },
          { when: () => true },
        ),
      ),
    ),
  }),
});

/**
 * Ages invoices by days past due at asOf: not due (<= 0 days), 1-30, 31-60, 61-90 and
 * 91+ by default, upper bounds inclusive. Each bucket sums the outstanding amount
 * (amount - paid). Invoices paid in full are left out of the buckets and counted in
 * `settled`; an empty due date (1C `0001-01-01`) puts an invoice in `undated`.
 *
 * @throws {PulseDataError} listing every issue: `invoices[2].dueDate`,
 *   `invoices[4].id` (duplicate), `options.asOf`, `options.edges[1]`.
 *
 * @example
 * const r = agingBuckets(
 *   [{ id: 1, dueDate: '01.07.2024', amount: 100 }, { id: 2, dueDate: '2024-03-01', amount: 50, paid: 20 }],
 *   { asOf: '2024-07-18' },
 * );
 * r.buckets.map((b) => [b.key, b.amount]) // [['not-due', 0], ['1-30', 100], ['31-60', 0], ['61-90', 0], ['91+', 30]]
 */
export function agingBuckets(invoices: readonly AgingInvoice[], options: AgingOptions): AgingResult {
  const input = parseOrThrow(agingInput, { invoices, options });
  const asOf = input.options.asOf;
  const edges = input.options.edges ?? DEFAULT_EDGES;
  const groups: InvoiceGroup[] = Array.from({ length: edges.length + 2 }, group);
  const undated = group();
  const settled = group();
  const total = group();
  for (const invoice of input.invoices) {
    const outstanding = invoice.amount - (invoice.paid ?? 0);
    if (outstanding <= EPSILON * Math.max(1, invoice.amount)) {
      addTo(settled, invoice.id, 0);
      continue;
    }
    addTo(total, invoice.id, outstanding);
    if (invoice.dueDate === null) addTo(undated, invoice.id, outstanding);
    else addTo(groups[bucketOf(asOf - invoice.dueDate, edges)], invoice.id, outstanding);
  }
  const buckets = groups.map((g, i): AgingBucket => {
    const from = i === 0 ? null : i === 1 ? 1 : edges[i - 2] + 1;
    const to = i === 0 ? 0 : i <= edges.length ? edges[i - 1] : null;
    const key = from === null ? 'not-due' : to === null ? `${from}+` : `${from}-${to}`;
    return { key, from, to, ...g, share: total.amount === 0 ? null : g.amount / total.amount };
  });
  return { buckets, total, undated, settled };
}

function group(): InvoiceGroup {
  return { count: 0, amount: 0, ids: [] };
}

function addTo(g: InvoiceGroup, invoiceId: string, outstanding: number): void {
  g.count++;
  g.amount += outstanding;
  g.ids.push(invoiceId);
}

/** 0 for not due, i + 1 for the bucket ending at edges[i], edges.length + 1 past the last. */
function bucketOf(daysPastDue: number, edges: readonly number[]): number {
  if (daysPastDue <= 0) return 0;
  for (let i = 0; i < edges.length; i++) if (daysPastDue <= edges[i]) return i + 1;
  return edges.length + 1;
}
