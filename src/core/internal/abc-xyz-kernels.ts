import { fail } from '../errors.js';
import { EPSILON } from '../numbers.js';
import type { AbcBoundary, AbcXyzCellKey } from '../abc-xyz-types.js';

// The kernels of ABC and XYZ on typed arrays. Classes are small integers: 0 none, 1 A/X,
// 2 B/Y, 3 C/Z; a matrix cell is `abc * 4 + xyz`.

/** The ABC class of each class code. */
export const ABC_OF = [null, 'A', 'B', 'C'] as const;
/** The XYZ class of each class code. */
export const XYZ_OF = [null, 'X', 'Y', 'Z'] as const;
/** The matrix cell of each code `abc * 4 + xyz` of a classified client. */
export const CELL_OF: readonly AbcXyzCellKey[] = [
  'A',
  'A',
  'A',
  'A',
  'A',
  'AX',
  'AY',
  'AZ',
  'B',
  'BX',
  'BY',
  'BZ',
  'C',
  'CX',
  'CY',
  'CZ',
];

/** The ABC options, read and checked. */
export interface AbcSettings {
  low: number;
  high: number;
  boundary: AbcBoundary;
  topIsA: boolean;
}

/** The XYZ options, read and checked. */
export interface XyzSettings {
  low: number;
  high: number;
  sample: boolean;
  minPeriods: number;
}

/** `made[order[from]]`, ..., `made[order[to - 1]]`. */
export function inOrder<T>(made: readonly T[], order: Uint32Array, from: number, to: number): T[] {
  const out: T[] = new Array(to - from);
  for (let k = from; k < to; k++) out[k - from] = made[order[k]];
  return out;
}

/** ABC of the positive values, by item index. */
export interface AbcRanks {
  /** Sum of the positive values. */
  total: number;
  /** How many values are positive: they are the first of the order. */
  positives: number;
  share: Float64Array;
  cumulative: Float64Array;
  /** Class, 0 for the values that are not positive. */
  abc: Uint8Array;
}

/**
 * Share, cumulative share and class of the positive values, walking `order` (value
 * descending). Summing in this order makes the total and the last cumulative share
 * (exactly 1) independent of the input order.
 */
/** The ABC thresholds of `s` with the tolerance folded in (see {@link abcClassAt}). */
export interface AbcCut {
  inclusive: boolean;
  /** Compare the cumulative share before the item ('before'), not after it. */
  before: boolean;
  low: number;
  high: number;
}

/** The thresholds of `s` ready for {@link abcClassAt}. */
export function abcCut(s: AbcSettings): AbcCut {
  const inclusive = s.boundary === 'inclusive';
  return {
    inclusive,
    before: s.boundary === 'before',
    low: inclusive ? s.low + EPSILON : s.low - EPSILON,
    high: inclusive ? s.high + EPSILON : s.high - EPSILON,
  };
}

/**
 * The ABC class (1 = A, 2 = B, 3 = C) of an item whose cumulative share is `previous` before
 * it and `cum` with it: the one rule of classifyAbc and abcXyzMatrix.
 */
export function abcClassAt(c: AbcCut, previous: number, cum: number): 1 | 2 | 3 {
  const x = c.before ? previous : cum;
  return c.inclusive ? (x <= c.low ? 1 : x <= c.high ? 2 : 3) : x < c.low ? 1 : x < c.high ? 2 : 3;
}

export function rankAbc(order: Uint32Array, values: Float64Array, s: AbcSettings, label: string): AbcRanks {
  const n = order.length;
  const share = new Float64Array(n);
  const cumulative = new Float64Array(n);
  const abc = new Uint8Array(n);
  let total = 0;
  let positives = 0;
  while (positives < n && values[order[positives]] > 0) total += values[order[positives++]];
  if (total === Infinity) fail(label, 'the values add up beyond 1.7e308: no shares can be computed');
  const cut = abcCut(s);
  let running = 0;
  for (let k = 0; k < positives; k++) {
    const i = order[k];
    const v = values[i];
    const previous = running / total;
    // Same additions in the same order as the total: the last cumulative share is exactly 1.
    running += v;
    const cum = running / total;
    share[i] = v / total;
    cumulative[i] = cum;
    abc[i] = abcClassAt(cut, previous, cum);
  }
  if (positives > 0 && s.topIsA) abc[order[0]] = 1;
  return { total, positives, share, cumulative, abc };
}

/** XYZ class (1..3) of a cv, 0 for NaN (undefined). */
export function xyzClass(cv: number, s: XyzSettings): number {
  if (Number.isNaN(cv)) return 0;
  return cv <= s.low + EPSILON ? 1 : cv <= s.high + EPSILON ? 2 : 3;
}

/** `null` for NaN, the stand-in for null in the typed columns. */
export function nullIfNaN(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}
