import { describeValue } from './errors.js';
import { IssueList } from './internal/issues.js';
import { isOptionsObject } from './internal/read.js';
import { numberOption } from './options.js';

// Rounding shares so they add up (domain.md, "Channel shares"): the largest-remainder
// method, in integer units. shares.ts re-exports it; channelShares rounds its percents here.

/** Most decimals {@link roundShares} accepts (units of 10^-decimals must stay exact integers). */
export const MAX_SHARE_DECIMALS = 10;

// A total in units of 10^-decimals must be an exact integer in a double.
const MAX_UNITS = 2 ** 50;

/** Options of {@link roundShares}. */
export interface RoundSharesOptions {
  /**
   * What the rounded results add up to. Default 100 (percentages). Must be a whole number
   * of units of 10^-decimals.
   *
   * @example roundShares([1, 1, 1], { total: 1, decimals: 2 }) // [0.34, 0.33, 0.33]
   */
  total?: number;
  /**
   * Decimals of each result, 0 to {@link MAX_SHARE_DECIMALS}. Default 0.
   *
   * @example roundShares([1, 2], { decimals: 1 }) // [33.3, 66.7]
   */
  decimals?: number;
}

/**
 * Rounds non-negative values to shares of `total` (percentages by default) that add up to
 * exactly `total`, by the largest-remainder method: every item gets the floor of its exact
 * share, and the units still missing go to the items with the largest remainders; ties go
 * to the earlier item. Each result is therefore its exact share rounded down or up, never
 * further. The work is done in integer units of 10^-decimals, so floating-point error
 * cannot break the sum: the results, as units, sum to `total` exactly (as JavaScript
 * numbers with decimals the sum equals `total` up to the usual floating-point error).
 *
 * All-zero input (or an empty array) gives all zeros: there are no shares to distribute,
 * and the results cannot sum to `total`.
 *
 * A negative, NaN or infinite value, or a non-number, is a {@link PulseDataError} naming
 * `values[i]`; every bad value is listed.
 *
 * @example roundShares([1, 1, 1]) // [34, 33, 33]
 * @example roundShares([2.3, 6.27]) // [27, 73]
 * @example roundShares([0, 0]) // [0, 0]
 */
export function roundShares(values: readonly number[], options: RoundSharesOptions = {}): number[] {
  const issues = new IssueList();
  if (!Array.isArray(values)) {
    issues.add('values', `expected an array of numbers, got ${describeValue(values)}`);
  } else {
    values.forEach((v: unknown, i) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        issues.add(`values[${i}]`, `expected a finite number, got ${describeValue(v)}`);
      } else if (v < 0) {
        issues.add(`values[${i}]`, `expected a value of 0 or more, got ${v}`);
      }
    });
  }
  const { scale, units } = readTotal(options, issues);
  issues.throwIfAny();
  return largestRemainder(values, units).map((u) => u / scale);
}

/** Reads `total` and `decimals`; returns the scale 10^decimals and the total in units. */
function readTotal(
  options: RoundSharesOptions | undefined,
  issues: IssueList,
): { scale: number; units: number } {
  if (!isOptionsObject(options, 'options', issues)) return { scale: 1, units: 100 };
  const decimals = issues.read(
    () => numberOption(options, 'decimals', 0, { min: 0, max: MAX_SHARE_DECIMALS, integer: true }),
    0,
  );
  const total = issues.read(() => numberOption(options, 'total', 100, { min: 0 }), 100);
  const scale = 10 ** decimals;
  const units = Math.round(total * scale);
  if (Math.abs(units - total * scale) > 1e-6 * Math.max(1, units)) {
    issues.add(
      'options.total',
      `expected a multiple of ${1 / scale} (options.decimals is ${decimals}), got ${total}`,
    );
  } else if (units > MAX_UNITS) {
    issues.add('options.total', `too large to round at ${decimals} decimals, got ${total}`);
  }
  return { scale, units };
}

/**
 * The largest-remainder method on validated values, in integer units. Values are divided
 * by their maximum first, so very large values cannot overflow to Infinity.
 */
function largestRemainder(values: readonly number[], units: number): number[] {
  const n = values.length;
  let max = 0;
  for (const v of values) if (v > max) max = v;
  const out = new Array<number>(n).fill(0);
  if (max === 0) return out;
  let sum = 0;
  for (const v of values) sum += v / max;
  // Remainders are compared as integers of 1e-9, so two items whose exact shares differ
  // only by floating-point noise tie, and the tie goes to the earlier item.
  const rank = new Float64Array(n);
  let assigned = 0;
  for (let i = 0; i < n; i++) {
    let exact = (values[i] / max / sum) * units;
    const nearest = Math.round(exact);
    // 17.000000000000004 is 17: snap noise so it does not take or lose a unit.
    if (Math.abs(exact - nearest) <= Math.max(1e-9, exact * 1e-12)) exact = nearest;
    const floor = Math.floor(exact);
    out[i] = floor;
    assigned += floor;
    rank[i] = Math.round((exact - floor) * 1e9);
  }
  let left = units - assigned;
  if (left === 0) return out;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => rank[b] - rank[a] || a - b);
  // left is in 0..n by construction; the loop for a negative left (floors that overshoot
  // through noise) takes units back from the smallest remainders, defensively.
  for (let k = 0; left > 0 && k < n; k++, left--) out[order[k]] += 1;
  for (let k = n - 1; left < 0 && k >= 0; k--) {
    if (out[order[k]] > 0) {
      out[order[k]] -= 1;
      left++;
    }
  }
  return out;
}
