import * as z from './internal/z.js';
import { describeValue, PulseDataError, type PulseIssue } from './errors.js';
import { amountProblem, EPSILON, parseAmount } from './numbers.js';
import { calendarOf, dateProblem, parseDate } from './dates.js';
import { parseOrThrow } from './schema.js';
import { IssueList } from './internal/issues.js';

/**
 * Options of {@link paymentWindow}.
 *
 * @example { minR: 0.6, minPayments: 4 }
 */
export interface PaymentWindowOptions {
  /**
   * Smallest mean resultant length R (0..1) of a regular payer. Default 0.5, which is a
   * circular standard deviation of about 5.8 days.
   * @example { minR: 0.7 }
   */
  minR?: number;
  /**
   * Fewest payments (months) to compute a window from; fewer give `null`. Default 3.
   * @example { minPayments: 6 }
   */
  minPayments?: number;
}

/**
 * The expected payment window of a client, on a 31-day circle.
 *
 * @example { mean: 30.4, sd: 8.7, r: 0.21, from: 22, to: 8, regular: false, count: 6 } // [22 - 8]
 */
export interface PaymentWindow {
  /**
   * Circular mean day, fractional, in [1, 32): 31.5 lies halfway between the 31st and
   * the next 1st. `null` when the days cancel out (R = 0).
   */
  mean: number | null;
  /** Circular standard deviation in days, sqrt(-2 ln R) x 31 / 2 pi; 0 when R = 1; `null` when R = 0. */
  sd: number | null;
  /** Mean resultant length, 0..1: 1 = always the same day, 0 = no preferred day. */
  r: number;
  /**
   * First day of the window, round(mean - sd) wrapped into 1..31; `from > to` means the
   * window wraps over the month end (`[28 - 2]`). A window of a month or more reads
   * 1..31. `null` when R = 0. A widget shows 31 as the last day of a shorter month.
   */
  from: number | null;
  /** Last day of the window, round(mean + sd) wrapped into 1..31; `null` when R = 0. */
  to: number | null;
  /** R >= minR (and R > 0). */
  regular: boolean;
  /** Number of days (payments) used. */
  count: number;
}

const DAYS = 31;
const TO_ANGLE = (2 * Math.PI) / DAYS;
const DEFAULT_MIN_R = 0.5;
const DEFAULT_MIN_PAYMENTS = 3;

const windowInput = z.object({
  days: z.array(z.number().check(z.int(), z.minimum(1), z.maximum(DAYS))),
  options: z.optional(
    z.nullable(
      z.object({
        minR: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
        minPayments: z.optional(z.number().check(z.int(), z.minimum(1))),
      }),
    ),
  ),
});

/**
 * The expected payment window from the day of month of each month's first payment.
 * Days become angles 2 pi (day - 1) / 31; the circular mean gives the expected day, the
 * circular standard deviation sqrt(-2 ln R) x 31 / 2 pi its spread; the window is
 * mean +- 1 sd, each end rounded to the nearest day (halves up) and wrapped into 1..31,
 * so it can wrap over the month end: `[28 - 2]`.
 *
 * - Fewer than `minPayments` (3) days: `null`.
 * - R < `minR` (0.5): `regular: false` (the window is still given).
 * - R = 1 (one day every month): sd 0, `from === to`.
 * - R = 0 (the days cancel out, e.g. 1 and 16.5 alternating): no mean direction and an
 *   infinite sd, so `mean`, `sd`, `from`, `to` are `null` and `regular` is false.
 *
 * @param days - Days of month 1..31, one per month; order does not matter.
 * @throws {PulseDataError} listing every issue: `days[2]`, `options.minR`.
 *
 * @example paymentWindow([22, 25, 28, 1, 5, 8]) // wraps: from 23, to 6 (from > to), mean 30.1, sd 6.7
 * @example paymentWindow([29, 29, 29]) // { mean: 29, sd: 0, r: 1, from: 29, to: 29, regular: true, count: 3 }
 * @example paymentWindow([5, 6]) // null
 */
export function paymentWindow(
  days: readonly number[],
  options?: PaymentWindowOptions | null,
): PaymentWindow | null {
  const plain =
    Array.isArray(days) &&
    days.every((d) => Number.isInteger(d) && d >= 1 && d <= DAYS) &&
    (options === undefined || options === null);
  const input = plain ? { days, options: null } : parseOrThrow(windowInput, { days, options });
  const minR = input.options?.minR ?? DEFAULT_MIN_R;
  const minPayments = input.options?.minPayments ?? DEFAULT_MIN_PAYMENTS;
  const n = input.days.length;
  if (n < minPayments || n === 0) return null;

  let c = 0;
  let s = 0;
  for (const day of input.days) {
    c += Math.cos((day - 1) * TO_ANGLE);
    s += Math.sin((day - 1) * TO_ANGLE);
  }
  c /= n;
  s /= n;
  const length = Math.min(1, Math.hypot(c, s));
  // Below the tolerance the sums are rounding noise: the days cancel out.
  if (length < EPSILON) return { mean: null, sd: null, r: 0, from: null, to: null, regular: false, count: n };
  // Within 1e-12 of 1 the days are identical up to rounding: sd is exactly 0.
  const r = 1 - length < 1e-12 ? 1 : length;
  const direction = wrapReal(Math.atan2(s, c) / TO_ANGLE);
  // R = 1 means one day every time: that whole day, without atan2's last-bit noise.
  const mean = r === 1 ? Math.round(direction) : direction;
  const sd = r === 1 ? 0 : Math.sqrt(-2 * Math.log(r)) / TO_ANGLE;
  const low = Math.round(mean - sd);
  const high = Math.round(mean + sd);
  const whole = high - low + 1 >= DAYS;
  return {
    mean,
    sd,
    r,
    from: whole ? 1 : wrapDay(low),
    to: whole ? DAYS : wrapDay(high),
    regular: r >= minR - EPSILON,
    count: n,
  };
}

/** An offset in days from day 1 (any real) as a day in [1, 32). */
function wrapReal(offset: number): number {
  const x = offset % DAYS;
  const y = x < 0 ? x + DAYS : x;
  // A mean a hair before day 1 (offset -1e-16) gives x + DAYS rounded to exactly DAYS: day 1.
  return (y >= DAYS ? 0 : y) + 1;
}

/** A whole day number (any integer) wrapped into 1..31. */
function wrapDay(day: number): number {
  return ((((day - 1) % DAYS) + DAYS) % DAYS) + 1;
}

/**
 * A payment for {@link paymentDays}: its date and, optionally, its amount.
 *
 * @example { date: '27.02.2024', amount: '20 000,00' }
 */
export interface Payment {
  /** `YYYY-MM-DD`, ISO date-time or `DD.MM.YYYY`. @example '2024-02-27' */
  date: string;
  /** A payment of 0 or less (a refund, a correction) is not a payment here. Missing: counts. */
  amount?: number | string | null;
}

/**
 * The day of month of each month's first payment, months in calendar order: the input
 * of {@link paymentWindow}. Payments may be date strings or `{date, amount}`; those with
 * an amount of 0 or less are left out (refunds, corrections).
 *
 * @throws {PulseDataError} listing every issue (past 100, a last one says reading stopped): `payments[2].date`,
 *   `payments[4].amount`, `payments[1]` (a bad date string). The 1C empty date is an
 *   issue here: a payment without a date cannot be placed in a month.
 *
 * @example paymentDays(['2024-01-25', '2024-01-05', '2024-02-27', { date: '03.03.2024', amount: 500 }]) // [5, 27, 3]
 * @example paymentWindow(paymentDays(client.payments))
 */
export function paymentDays(payments: readonly (Payment | string)[]): number[] {
  const issues = new IssueList();
  if (!Array.isArray(payments))
    throwIssues([{ path: 'payments', message: `expected an array, got ${describeValue(payments)}` }]);
  const firstByMonth = new Map<number, number>();
  for (let i = 0; i < payments.length && !issues.full; i++) {
    const payment = payments[i] as unknown;
    const isObject = payment !== null && typeof payment === 'object' && !Array.isArray(payment);
    if (!isObject && typeof payment !== 'string') {
      issues.add(`payments[${i}]`, `expected a date string or {date, amount}, got ${describeValue(payment)}`);
      continue;
    }
    const path = isObject ? `payments[${i}].date` : `payments[${i}]`;
    const date = isObject ? (payment as { date?: unknown }).date : payment;
    const problem = dateProblem(date);
    const day = problem ? null : parseDate(date);
    if (problem || day === null) {
      issues.add(path, problem ?? 'expected a date, got the empty date 0001-01-01');
    }
    let positive = true;
    const amount = isObject ? (payment as { amount?: unknown }).amount : undefined;
    if (amount !== undefined && amount !== null) {
      const amountIssue = amountProblem(amount);
      if (amountIssue) issues.add(`payments[${i}].amount`, amountIssue);
      else positive = parseAmount(amount) > 0;
    }
    if (day === null || !positive) continue;
    const c = calendarOf(day);
    const month = c.year * 12 + c.month - 1;
    const first = firstByMonth.get(month);
    if (first === undefined || day < first) firstByMonth.set(month, day);
  }
  issues.throwIfAny();
  return [...firstByMonth.keys()]
    .sort((a, b) => a - b)
    .map((month) => calendarOf(firstByMonth.get(month)!).day);
}

function throwIssues(issues: PulseIssue[]): never {
  throw new PulseDataError(issues);
}
