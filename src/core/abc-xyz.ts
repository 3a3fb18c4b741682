import { describeValue, fail, PulseDataError, type PulseIssue } from './errors.js';
import { amountProblem, EPSILON, parseAmount } from './numbers.js';
import { booleanOption, enumOption, numberOption, pairOption } from './options.js';

// ABC and XYZ classification and the ABC/XYZ matrix (domain.md, "ABC", "XYZ", "The ABC/XYZ
// matrix and transitions"). Built for a million rows: input is read once into typed arrays,
// the order comes from a radix sort of indices, and result objects are made once, at the end.
// The transitions between two matrices (compareAbcXyz) are in abc-xyz-matrix.ts.

/** The ABC classes, A the most valuable. @example ABC_CLASSES.A // 'A' */
export const ABC_CLASSES = { A: 'A', B: 'B', C: 'C' } as const;
/**
 * One of {@link ABC_CLASSES}.
 *
 * @example const top: AbcClass = 'A';
 */
export type AbcClass = (typeof ABC_CLASSES)[keyof typeof ABC_CLASSES];

/** The XYZ classes, X the most stable. @example XYZ_CLASSES.X // 'X' */
export const XYZ_CLASSES = { X: 'X', Y: 'Y', Z: 'Z' } as const;
/**
 * One of {@link XYZ_CLASSES}.
 *
 * @example const steady: XyzClass = 'X';
 */
export type XyzClass = (typeof XYZ_CLASSES)[keyof typeof XYZ_CLASSES];

/**
 * How a cumulative share is compared with an ABC threshold (see {@link AbcOptions.boundary}).
 *
 * @example classifyAbc(items, { boundary: ABC_BOUNDARIES.before })
 */
export const ABC_BOUNDARIES = { inclusive: 'inclusive', strict: 'strict', before: 'before' } as const;
/**
 * One of {@link ABC_BOUNDARIES}.
 *
 * @example const boundary: AbcBoundary = 'before';
 */
export type AbcBoundary = (typeof ABC_BOUNDARIES)[keyof typeof ABC_BOUNDARIES];

/**
 * Which standard deviation XYZ uses: `'population'` divides by n, `'sample'` by n − 1.
 *
 * @example classifyXyz(items, { sigma: XYZ_SIGMAS.sample })
 */
export const XYZ_SIGMAS = { population: 'population', sample: 'sample' } as const;
/**
 * One of {@link XYZ_SIGMAS}.
 *
 * @example const sigma: XyzSigma = 'sample';
 */
export type XyzSigma = (typeof XYZ_SIGMAS)[keyof typeof XYZ_SIGMAS];

/**
 * Where a client of the matrix stands: `'classified'` (a positive value in the period),
 * `'lost'` (none, but it bought before) or `'potential'` (it never bought).
 *
 * @example matrix.items.filter((i) => i.status === ABC_XYZ_STATUSES.lost)
 */
export const ABC_XYZ_STATUSES = { classified: 'classified', lost: 'lost', potential: 'potential' } as const;
/**
 * One of {@link ABC_XYZ_STATUSES}.
 *
 * @example matrix.items.filter((i) => i.status === 'lost')
 */
export type AbcXyzStatus = (typeof ABC_XYZ_STATUSES)[keyof typeof ABC_XYZ_STATUSES];

/**
 * The cells of the ABC/XYZ matrix: the nine `AX`..`CZ`; `A`, `B`, `C` for a classified
 * client whose XYZ is not defined (fewer than `minPeriods` values); `lost`; `potential`.
 * Every client is in exactly one cell.
 *
 * @example Object.values(ABC_XYZ_CELLS).map((key) => matrix.cells[key].count)
 */
export const ABC_XYZ_CELLS = {
  AX: 'AX',
  AY: 'AY',
  AZ: 'AZ',
  BX: 'BX',
  BY: 'BY',
  BZ: 'BZ',
  CX: 'CX',
  CY: 'CY',
  CZ: 'CZ',
  A: 'A',
  B: 'B',
  C: 'C',
  lost: 'lost',
  potential: 'potential',
} as const;
/**
 * One of {@link ABC_XYZ_CELLS}.
 *
 * @example matrix.cells['AX' satisfies AbcXyzCellKey].count
 */
export type AbcXyzCellKey = (typeof ABC_XYZ_CELLS)[keyof typeof ABC_XYZ_CELLS];

/** Default ABC thresholds on the cumulative share. @example classifyAbc(items, { thresholds: [...DEFAULT_ABC_THRESHOLDS] }) */
export const DEFAULT_ABC_THRESHOLDS: readonly [number, number] = [0.8, 0.95];
/** Default XYZ thresholds on cv, a fraction. @example classifyXyz(items, { thresholds: [...DEFAULT_XYZ_THRESHOLDS] }) */
export const DEFAULT_XYZ_THRESHOLDS: readonly [number, number] = [0.1, 0.25];

/**
 * One input item of {@link classifyAbc}.
 *
 * @example { id: 'c1', value: '1 500,00' }
 */
export interface AbcItem {
  /** Unique id: a non-empty string, or a number (turned into a string). */
  id: string | number;
  /** The amount: a number or a number string such as `"1 234,56"`. 0 or less gets no class. */
  value: number | string;
}

/**
 * Options of {@link classifyAbc}.
 *
 * @example classifyAbc(items, { thresholds: [0.7, 0.9], boundary: 'strict', topIsA: false })
 */
export interface AbcOptions {
  /**
   * Cumulative-share thresholds `[A, B]`, fractions with 0 <= A <= B <= 1. Default `[0.8, 0.95]`.
   *
   * @example classifyAbc(items, { thresholds: [0.7, 0.9] })
   */
  thresholds?: readonly [number, number];
  /**
   * `'inclusive'` (default): cumulativeShare <= threshold stays in the class. `'strict'`:
   * only < does. `'before'`: the cumulative share before the item decides, so the item
   * that crosses a threshold stays in the higher class. All compared with a tolerance of 1e-9.
   *
   * @example classifyAbc(items, { boundary: 'before' })
   */
  boundary?: AbcBoundary;
  /**
   * The largest item is always A, so a single dominant client is not C. Default true.
   *
   * @example classifyAbc([{ id: 'big', value: 99 }, { id: 'small', value: 1 }], { topIsA: false })[0].abc // 'C'
   */
  topIsA?: boolean;
}

/**
 * One result item of {@link classifyAbc}.
 *
 * @example { id: 'c1', value: 1500, share: 0.375, cumulativeShare: 0.375, abc: 'A' }
 */
export interface AbcResultItem {
  id: string;
  value: number;
  /** value / total of the positive values; `null` for a value of 0 or less or a zero total. */
  share: number | null;
  /** Share of this item and every item before it in the order; `null` where `share` is. */
  cumulativeShare: number | null;
  /** `null` for a value of 0 or less. */
  abc: AbcClass | null;
}

/**
 * Result of {@link classifyAbc}: every item, by value descending, then id ascending.
 *
 * @example classifyAbc(items).filter((i) => i.abc === 'A').map((i) => i.id)
 */
export type AbcResult = AbcResultItem[];

/**
 * ABC classification: items are sorted by value descending, then id ascending (ids
 * compared as strings by code unit); `share = value / total` of the positive values and
 * `cumulativeShare` includes the item itself. With the default thresholds an item is A
 * while cumulativeShare <= 0.8, B while <= 0.95, else C (tolerance 1e-9). Items of 0 or
 * less get `abc: null` and are not part of the total. Equal values are ordered by id, so
 * two tied items on a boundary can get different classes; the result never depends on
 * the input order.
 *
 * Throws one {@link PulseDataError} listing every bad item (`items[3].value`), duplicate
 * id (naming both indices) and bad option (`options.thresholds`).
 *
 * @example
 * classifyAbc([{ id: 'a', value: 70 }, { id: 'b', value: 20 }, { id: 'c', value: 10 }])
 *   .map((i) => i.abc); // ['A', 'B', 'C'] (cumulative shares 0.7, 0.9, 1)
 */
export function classifyAbc(items: readonly AbcItem[], options: AbcOptions = {}): AbcResult {
  const issues = new IssueList();
  const { ids, values } = readAbcItems(items, issues);
  const settings = readAbcSettings(options, 'options', 'thresholds', issues);
  issues.throwIfAny();
  const n = ids.length;
  const order = orderByValue(values, ids);
  const { share, cumulative, abc } = rankAbc(order, values, settings, 'items');
  // Objects are made in input order (the columns are read in sequence), then put in order.
  const made: AbcResultItem[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const cls = abc[i];
    made[i] = {
      id: ids[i],
      value: values[i],
      share: cls ? share[i] : null,
      cumulativeShare: cls ? cumulative[i] : null,
      abc: ABC_OF[cls],
    };
  }
  return inOrder(made, order, 0, n);
}

/**
 * One input item of {@link classifyXyz}: one value per sub-period (missing sub-periods are zeros).
 *
 * @example { id: 'c1', values: [900, 800, '700'] }
 */
export interface XyzItem {
  /** Unique id: a non-empty string, or a number (turned into a string). */
  id: string | number;
  /** One amount per sub-period: numbers or number strings. */
  values: readonly (number | string)[];
}

/**
 * Options of {@link classifyXyz}.
 *
 * @example classifyXyz(items, { thresholds: [0.15, 0.3], sigma: 'sample', minPeriods: 6 })
 */
export interface XyzOptions {
  /**
   * Upper bounds `[X, Y]` of cv (a fraction), inclusive, 0 <= X <= Y. Default `[0.1, 0.25]`.
   *
   * @example classifyXyz(items, { thresholds: [0.15, 0.4] })
   */
  thresholds?: readonly [number, number];
  /**
   * `'population'` (default, divides by n) or `'sample'` (divides by n − 1).
   *
   * @example classifyXyz([{ id: 'a', values: [900, 800, 700] }], { sigma: 'sample' })[0].sd // 100
   */
  sigma?: XyzSigma;
  /**
   * Fewest values that give a cv, an integer of 1 or more. Default 3.
   *
   * @example classifyXyz([{ id: 'a', values: [5, 6] }], { minPeriods: 2 })[0].xyz // 'X' (cv 0.09)
   */
  minPeriods?: number;
}

/**
 * One result item of {@link classifyXyz}.
 *
 * @example { id: 'c1', periods: 3, mean: 800, sd: 81.65, cv: 0.1021, xyz: 'Y' }
 */
export interface XyzResultItem {
  id: string;
  /** Number of values (sub-periods). */
  periods: number;
  /** Mean of the values; `null` when there are none. */
  mean: number | null;
  /** Standard deviation; `null` when there are no values (or one, with `sigma: 'sample'`). */
  sd: number | null;
  /** sd / mean as a fraction; `null` when mean <= 0, sd is null or periods < minPeriods. */
  cv: number | null;
  /** `null` where cv is. */
  xyz: XyzClass | null;
}

/**
 * Result of {@link classifyXyz}: one item per input item, in input order.
 *
 * @example classifyXyz(items).filter((i) => i.xyz === null) // too few periods or no sales
 */
export type XyzResult = XyzResultItem[];

/**
 * XYZ classification by the coefficient of variation of each item's values:
 * `cv = sd / mean` (population sd by default), cv <= 0.10 -> X, <= 0.25 -> Y, else Z
 * (upper bounds inclusive, tolerance 1e-9). A mean of 0 or less, or fewer than
 * `minPeriods` values, gives `cv: null, xyz: null`. A sum that is 0 up to floating-point
 * error (|sum| <= 1e-9 x the sum of |values|) counts as exactly 0.
 *
 * Throws one {@link PulseDataError} listing every bad value (`items[2].values[5]`),
 * duplicate id and bad option.
 *
 * @example
 * classifyXyz([{ id: 'a', values: [900, 800, 700] }]);
 * // [{ id: 'a', periods: 3, mean: 800, sd: 81.649…, cv: 0.10206…, xyz: 'Y' }]
 */
export function classifyXyz(items: readonly XyzItem[], options: XyzOptions = {}): XyzResult {
  const issues = new IssueList();
  const settings = readXyzSettings(options, 'options', 'thresholds', issues);
  const rows = readSeriesRows(items, 'items', false, settings, issues);
  issues.throwIfAny();
  const n = rows.ids.length;
  const out: XyzResultItem[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const periods = rows.periods[i];
    out[i] = {
      id: rows.ids[i],
      periods,
      mean: periods > 0 ? rows.sum[i] / periods : null,
      sd: nullIfNaN(rows.sd[i]),
      cv: rows.xyz[i] ? rows.sd[i] / (rows.sum[i] / periods) : null,
      xyz: XYZ_OF[rows.xyz[i]],
    };
  }
  return out;
}

/**
 * One client (or product) row of {@link abcXyzMatrix}.
 *
 * @example { id: 'c1', name: 'Нео-Пак, ООО', owner: 'Иванова', values: [500, 500, 500] }
 */
export interface AbcXyzRow {
  /** Unique id: a non-empty string, or a number (turned into a string). */
  id: string | number;
  /** Display name. */
  name?: string | null;
  /** The employee who owns the client. */
  owner?: string | null;
  /** One amount per sub-period (numbers or number strings); their sum is the ABC value. */
  values: readonly (number | string)[];
  /** `false` for a client that never bought: with no positive value it is potential, not lost. Default true. */
  everPurchased?: boolean;
}

/**
 * Options of {@link abcXyzMatrix}: the ABC and XYZ options, either nested (`abc`, `xyz`)
 * or flat (`abcThresholds`, `boundary`, `topIsA`, `xyzThresholds`, `sigma`, `minPeriods`).
 * Giving one side both ways, or a flat `thresholds` (ambiguous), is an error.
 *
 * @example abcXyzMatrix(rows, { abc: { thresholds: [0.7, 0.9] }, xyz: { sigma: 'sample' } })
 * @example abcXyzMatrix(rows, { abcThresholds: [0.7, 0.9], sigma: 'sample' })
 */
export interface AbcXyzOptions {
  /** @example { abc: { boundary: 'before' } } */
  abc?: AbcOptions;
  /** @example { xyz: { minPeriods: 6 } } */
  xyz?: XyzOptions;
  /** Flat form of `abc.thresholds`. @example { abcThresholds: [0.7, 0.9] } */
  abcThresholds?: readonly [number, number];
  /** Flat form of `abc.boundary`. @example { boundary: 'strict' } */
  boundary?: AbcBoundary;
  /** Flat form of `abc.topIsA`. @example { topIsA: false } */
  topIsA?: boolean;
  /** Flat form of `xyz.thresholds`. @example { xyzThresholds: [0.15, 0.4] } */
  xyzThresholds?: readonly [number, number];
  /** Flat form of `xyz.sigma`. @example { sigma: 'sample' } */
  sigma?: XyzSigma;
  /** Flat form of `xyz.minPeriods`. @example { minPeriods: 6 } */
  minPeriods?: number;
}

/**
 * One client of an {@link AbcXyzMatrixResult}, with everything a widget lists.
 *
 * @example matrix.items.map((i) => `${i.name ?? i.id}: ${i.cell}`)
 */
export interface AbcXyzItem {
  id: string;
  name: string | null;
  owner: string | null;
  status: AbcXyzStatus;
  /** The cell that counts this client. */
  cell: AbcXyzCellKey;
  /** Sum of the row's values (0 up to floating-point error counts as 0). */
  value: number;
  /** value / total; `null` unless classified. */
  share: number | null;
  /** `null` unless classified. */
  cumulativeShare: number | null;
  /** `null` unless classified. */
  abc: AbcClass | null;
  /** Number of values (sub-periods). */
  periods: number;
  mean: number | null;
  sd: number | null;
  cv: number | null;
  xyz: XyzClass | null;
}

/**
 * One cell of the matrix: its clients and the sum of their values.
 *
 * @example matrix.cells.AX // { count: 2, value: 2400, ids: ['c1', 'c2'] }
 */
export interface AbcXyzCell {
  count: number;
  value: number;
  /** Client ids, in item order. */
  ids: string[];
}

/**
 * Result of {@link abcXyzMatrix}.
 *
 * @example const { items, cells, total } = abcXyzMatrix(rows);
 */
export interface AbcXyzMatrixResult {
  /** Classified clients by value descending, then id ascending; then lost ones; then potential ones (same order). */
  items: AbcXyzItem[];
  /** Every key of {@link ABC_XYZ_CELLS}, empty cells included. */
  cells: Record<AbcXyzCellKey, AbcXyzCell>;
  /** Sum of the classified clients' values: the denominator of `share`. */
  total: number;
  /** Number of clients (rows). */
  count: number;
}

/**
 * The ABC/XYZ matrix: each row's ABC value is the sum of its values and its XYZ comes
 * from the values (see {@link classifyAbc}, {@link classifyXyz}). A row whose sum is not
 * positive is `'lost'`, or `'potential'` when it says `everPurchased: false`; it is
 * outside ABC and XYZ. The cells `AX`..`CZ`, `A`/`B`/`C` (XYZ undefined), `lost` and
 * `potential` count every client exactly once, with the sum of values and the ids.
 *
 * Throws one {@link PulseDataError} listing every bad row field (`rows[3].values[1]`),
 * duplicate id and bad option (`options.abc.thresholds`).
 *
 * @example
 * const m = abcXyzMatrix([
 *   { id: 'c1', values: [500, 500, 500] },
 *   { id: 'c7', values: [0, 0, 0] },
 *   { id: 'c8', values: [0, 0, 0], everPurchased: false },
 * ]);
 * m.cells.AX.ids; // ['c1']
 * m.cells.lost.ids; // ['c7']
 * m.cells.potential.ids; // ['c8']
 */
export function abcXyzMatrix(rows: readonly AbcXyzRow[], options: AbcXyzOptions = {}): AbcXyzMatrixResult {
  const issues = new IssueList();
  const { abc: abcSettings, xyz: xyzSettings } = readMatrixSettings(options, issues);
  const data = readSeriesRows(rows, 'rows', true, xyzSettings, issues);
  issues.throwIfAny();
  const { ids, sum, names, owners, potential } = data;
  const n = ids.length;
  const order = orderByValue(sum, ids);
  const { total, positives, share, cumulative, abc } = rankAbc(order, sum, abcSettings, 'rows');

  // Objects are made in input order (the columns are read in sequence), then put in order.
  const made: AbcXyzItem[] = new Array(n);
  const code = new Uint8Array(n); // index into CELL_OF, read again in value order below
  for (let i = 0; i < n; i++) {
    const cls = abc[i];
    const xyz = data.xyz[i];
    code[i] = cls * 4 + xyz;
    const unclassified = potential[i] ? 'potential' : 'lost';
    const periods = data.periods[i];
    made[i] = {
      id: ids[i],
      name: names[i],
      owner: owners[i],
      status: cls ? 'classified' : unclassified,
      cell: cls ? CELL_OF[cls * 4 + xyz] : unclassified,
      value: sum[i],
      share: cls ? share[i] : null,
      cumulativeShare: cls ? cumulative[i] : null,
      abc: ABC_OF[cls],
      periods,
      mean: periods > 0 ? sum[i] / periods : null,
      sd: nullIfNaN(data.sd[i]),
      cv: xyz ? data.sd[i] / (sum[i] / periods) : null,
      xyz: XYZ_OF[xyz],
    };
  }
  // The classified clients are the first `positives` of the order; the lost ones go
  // before the potential ones, each keeping the value order. Cells are filled in the same
  // order from the typed columns (reading the objects back would be a cache miss each).
  const items: AbcXyzItem[] = new Array(n);
  const cells = {} as Record<AbcXyzCellKey, AbcXyzCell>;
  for (const key of Object.values(ABC_XYZ_CELLS)) cells[key] = { count: 0, value: 0, ids: [] };
  const byCode = CELL_OF.map((key) => cells[key]);
  let k = 0;
  for (let pass = 0; pass < 3; pass++) {
    const unclassified = pass === 1 ? cells.lost : cells.potential;
    for (let q = pass === 0 ? 0 : positives, end = pass === 0 ? positives : n; q < end; q++) {
      const i = order[q];
      if (pass > 0 && potential[i] !== pass - 1) continue;
      items[k++] = made[i];
      const cell = pass === 0 ? byCode[code[i]] : unclassified;
      cell.count++;
      cell.value += sum[i];
      cell.ids.push(ids[i]);
    }
  }
  return { items, cells, total, count: n };
}

// ---------------------------------------------------------------------------------------
// Kernels on typed arrays. Classes are small integers: 0 none, 1 A/X, 2 B/Y, 3 C/Z.

const ABC_OF = [null, 'A', 'B', 'C'] as const;
const XYZ_OF = [null, 'X', 'Y', 'Z'] as const;
const CELL_OF: readonly AbcXyzCellKey[] = [
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

interface AbcSettings {
  low: number;
  high: number;
  boundary: AbcBoundary;
  topIsA: boolean;
}

interface XyzSettings {
  low: number;
  high: number;
  sample: boolean;
  minPeriods: number;
}

/** `made[order[from]]`, ..., `made[order[to - 1]]`. */
function inOrder<T>(made: readonly T[], order: Uint32Array, from: number, to: number): T[] {
  const out: T[] = new Array(to - from);
  for (let k = from; k < to; k++) out[k - from] = made[order[k]];
  return out;
}

/** ABC of the positive values, by item index. */
interface AbcRanks {
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
function rankAbc(order: Uint32Array, values: Float64Array, s: AbcSettings, label: string): AbcRanks {
  const n = order.length;
  const share = new Float64Array(n);
  const cumulative = new Float64Array(n);
  const abc = new Uint8Array(n);
  let total = 0;
  let positives = 0;
  while (positives < n && values[order[positives]] > 0) total += values[order[positives++]];
  if (total === Infinity) fail(label, 'the values add up beyond 1.7e308: no shares can be computed');
  // Thresholds with the tolerance folded in; 'before' compares the share before the item.
  const inclusive = s.boundary === 'inclusive';
  const before = s.boundary === 'before';
  const low = inclusive ? s.low + EPSILON : s.low - EPSILON;
  const high = inclusive ? s.high + EPSILON : s.high - EPSILON;
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
    const x = before ? previous : cum;
    abc[i] = inclusive ? (x <= low ? 1 : x <= high ? 2 : 3) : x < low ? 1 : x < high ? 2 : 3;
  }
  if (positives > 0 && s.topIsA) abc[order[0]] = 1;
  return { total, positives, share, cumulative, abc };
}

/** XYZ class (1..3) of a cv, 0 for NaN (undefined). */
function xyzClass(cv: number, s: XyzSettings): number {
  if (Number.isNaN(cv)) return 0;
  return cv <= s.low + EPSILON ? 1 : cv <= s.high + EPSILON ? 2 : 3;
}

/** Above this many items the order comes from a radix sort; below, from Array#sort. */
const RADIX_FROM = 2048;

/**
 * Indices ordered by value descending, then id ascending (plain `<` on strings). A
 * comparator sort of a million indices takes seconds in the worst case; a stable LSD radix
 * sort on the 64-bit keys takes a fraction, and only runs of equal values are then sorted by id.
 */
function orderByValue(values: Float64Array, ids: readonly string[]): Uint32Array {
  const n = values.length;
  if (n < RADIX_FROM) {
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => values[b] - values[a] || compareIds(ids[a], ids[b]));
    return Uint32Array.from(order);
  }
  const order = radixDescending(values);
  let start = 0;
  for (let k = 1; k <= n; k++) {
    if (k < n && values[order[k]] === values[order[start]]) continue;
    if (k - start > 16) {
      const run = Array.from(order.subarray(start, k)).sort((a, b) => compareIds(ids[a], ids[b]));
      order.set(run, start);
    } else {
      // Short runs (the usual case): insertion sort in place, no garbage.
      for (let p = start + 1; p < k; p++) {
        const x = order[p];
        const id = ids[x];
        let q = p - 1;
        while (q >= start && ids[order[q]] > id) {
          order[q + 1] = order[q];
          q--;
        }
        order[q + 1] = x;
      }
    }
    start = k;
  }
  return order;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stable LSD radix sort of indices by value descending, 16 bits a pass, 4 passes at most. */
function radixDescending(values: Float64Array): Uint32Array {
  const n = values.length;
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  let idx = new Uint32Array(n);
  const counts = new Uint32Array(4 * 65536);
  for (let i = 0; i < n; i++) {
    // IEEE 754 bits to an unsigned key that sorts ascending with the value, then inverted
    // for descending: negative values flip every bit, others flip the sign bit.
    let h = bits[2 * i + 1];
    let l = bits[2 * i];
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    h = ~h >>> 0;
    l = ~l >>> 0;
    lo[i] = l;
    hi[i] = h;
    idx[i] = i;
    counts[l & 0xffff]++;
    counts[65536 + (l >>> 16)]++;
    counts[131072 + (h & 0xffff)]++;
    counts[196608 + (h >>> 16)]++;
  }
  let lo2 = new Uint32Array(n);
  let hi2 = new Uint32Array(n);
  let idx2 = new Uint32Array(n);
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 65536;
    let sum = 0;
    let skip = false;
    for (let d = 0; d < 65536; d++) {
      const c = counts[base + d];
      if (c === n) {
        skip = true; // every key has this digit: the pass would not move anything
        break;
      }
      counts[base + d] = sum;
      sum += c;
    }
    if (skip) continue;
    const src = pass < 2 ? lo : hi;
    const shift = (pass & 1) * 16;
    for (let i = 0; i < n; i++) {
      const p = counts[base + ((src[i] >>> shift) & 0xffff)]++;
      lo2[p] = lo[i];
      hi2[p] = hi[i];
      idx2[p] = idx[i];
    }
    [lo, lo2] = [lo2, lo];
    [hi, hi2] = [hi2, hi];
    [idx, idx2] = [idx2, idx];
  }
  return idx;
}

// ---------------------------------------------------------------------------------------
// Reading input: one pass, every issue collected, values into typed arrays.

function readAbcItems(items: unknown, issues: IssueList): { ids: string[]; values: Float64Array } {
  if (!Array.isArray(items)) {
    issues.add('items', `expected an array of items, got ${describeValue(items)}`);
    return { ids: [], values: new Float64Array(0) };
  }
  const n = items.length;
  const ids = idKeys(items);
  const duplicates = earlierDuplicates(ids);
  const values = new Float64Array(n);
  for (let i = 0; i < n && !issues.full; i++) {
    const item: unknown = items[i];
    if (item === null || typeof item !== 'object') {
      issues.add(`items[${i}]`, `expected an object with id and value, got ${describeValue(item)}`);
      continue;
    }
    const { id, value } = item as Record<string, unknown>;
    checkId(ids, duplicates, id, 'items', i, issues);
    let v =
      typeof value === 'number' && Number.isFinite(value)
        ? value
        : readAmount(value, `items[${i}].value`, issues);
    if (v === 0) v = 0; // no -0
    values[i] = v;
  }
  return { ids, values };
}

/** Per-row series statistics, the matrix columns, and the parsed ids. */
interface SeriesRows {
  ids: string[];
  sum: Float64Array;
  periods: Uint32Array;
  sd: Float64Array;
  xyz: Uint8Array;
  names: (string | null)[];
  owners: (string | null)[];
  potential: Uint8Array;
}

/** Reads XYZ items or matrix rows (`matrix` adds name, owner and everPurchased). */
function readSeriesRows(
  rows: unknown,
  label: 'items' | 'rows',
  matrix: boolean,
  s: XyzSettings,
  issues: IssueList,
): SeriesRows {
  const n = Array.isArray(rows) ? rows.length : 0;
  const out: SeriesRows = {
    ids: Array.isArray(rows) ? idKeys(rows) : [],
    sum: new Float64Array(n),
    periods: new Uint32Array(n),
    sd: new Float64Array(n),
    xyz: new Uint8Array(n),
    names: matrix ? new Array(n) : [],
    owners: matrix ? new Array(n) : [],
    potential: new Uint8Array(matrix ? n : 0),
  };
  if (!Array.isArray(rows)) {
    issues.add(label, `expected an array of ${label}, got ${describeValue(rows)}`);
    return out;
  }
  const duplicates = earlierDuplicates(out.ids);
  let scratch = new Float64Array(64);
  for (let i = 0; i < n && !issues.full; i++) {
    const row: unknown = rows[i];
    if (row === null || typeof row !== 'object') {
      issues.add(`${label}[${i}]`, `expected an object with id and values, got ${describeValue(row)}`);
      continue;
    }
    const r = row as Record<string, unknown>;
    checkId(out.ids, duplicates, r.id, label, i, issues);
    if (matrix) {
      out.names[i] = readText(r.name, label, i, 'name', issues);
      out.owners[i] = readText(r.owner, label, i, 'owner', issues);
      const ever = r.everPurchased;
      if (ever === false) out.potential[i] = 1;
      else if (ever !== undefined && ever !== true) {
        issues.add(`${label}[${i}].everPurchased`, `expected true or false, got ${describeValue(ever)}`);
      }
    }
    const vs = r.values;
    if (!Array.isArray(vs)) {
      issues.add(`${label}[${i}].values`, `expected an array of numbers, got ${describeValue(vs)}`);
      continue;
    }
    const m = vs.length;
    if (m > scratch.length) scratch = new Float64Array(Math.max(m, scratch.length * 2));
    let sum = 0;
    let gross = 0;
    for (let j = 0; j < m; j++) {
      const v: unknown = vs[j];
      const x =
        typeof v === 'number' && Number.isFinite(v)
          ? v
          : readAmount(v, `${label}[${i}].values[${j}]`, issues);
      scratch[j] = x;
      sum += x;
      gross += Math.abs(x);
    }
    // Returns that cancel sales leave floating-point dust (0.1 + 0.2 - 0.3); it is 0.
    if (Math.abs(sum) <= EPSILON * gross && gross !== Infinity) sum = 0;
    out.sum[i] = sum;
    out.periods[i] = m;
    if (!Number.isFinite(sum) || !seriesStats(scratch, m, sum, s, out, i)) {
      issues.add(`${label}[${i}].values`, 'too large: the values add up or spread beyond 1.7e308');
    }
  }
  return out;
}

/**
 * sd and XYZ class of one series (two-pass variance, for accuracy); NaN stands for null.
 * The results recompute mean = sum / n and cv = sd / mean with the same arithmetic, so
 * no columns are kept for them. False when the values are too large for an sd.
 */
function seriesStats(
  x: Float64Array,
  n: number,
  sum: number,
  s: XyzSettings,
  out: SeriesRows,
  i: number,
): boolean {
  const mean = n > 0 ? sum / n : NaN;
  let squares = 0;
  for (let j = 0; j < n; j++) {
    const d = x[j] - mean;
    squares += d * d;
  }
  const divisor = s.sample ? n - 1 : n;
  let sd = divisor > 0 ? Math.sqrt(squares / divisor) : NaN;
  if (sd === Infinity) {
    // Squares of values beyond 1e154 overflow: scale by the largest deviation first.
    let scale = 0;
    for (let j = 0; j < n; j++) scale = Math.max(scale, Math.abs(x[j] - mean));
    squares = 0;
    for (let j = 0; j < n; j++) {
      const d = (x[j] - mean) / scale;
      squares += d * d;
    }
    sd = scale * Math.sqrt(squares / divisor);
    if (!Number.isFinite(sd)) return false;
  }
  const cv = n >= s.minPeriods && mean > 0 && !Number.isNaN(sd) ? sd / mean : NaN;
  out.sd[i] = sd;
  out.xyz[i] = xyzClass(cv, s);
  return true;
}

function nullIfNaN(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}

/** Pass 0: each row's id as a string; `''` when the row or its id is not valid. */
function idKeys(rows: readonly unknown[]): string[] {
  const n = rows.length;
  const keys: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    const id = row !== null && typeof row === 'object' ? (row as { id?: unknown }).id : undefined;
    keys[i] = typeof id === 'string' ? id : typeof id === 'number' && Number.isFinite(id) ? String(id) : '';
  }
  return keys;
}

/** Records a bad id, or a duplicate one naming the first index, in row order. */
function checkId(
  keys: readonly string[],
  duplicates: Int32Array | null,
  id: unknown,
  label: string,
  i: number,
  issues: IssueList,
): void {
  if (keys[i] === '') {
    issues.add(`${label}[${i}].id`, `expected a non-empty string or number id, got ${describeValue(id)}`);
  } else if (duplicates !== null && duplicates[i] >= 0) {
    issues.add(
      `${label}[${i}].id`,
      `duplicate id ${JSON.stringify(keys[i])}, also at ${label}[${duplicates[i]}]`,
    );
  }
}

/**
 * For each key, the index of its first occurrence when that is earlier, else -1; `null`
 * when all keys are distinct. `''` keys are skipped. A Map of a million strings costs
 * several times more (mostly in garbage collection) than sorting 32-bit hashes of the keys
 * by two radix passes and comparing keys only within runs of equal hashes.
 */
function earlierDuplicates(keys: readonly string[]): Int32Array | null {
  const n = keys.length;
  let out: Int32Array | null = null;
  if (n < RADIX_FROM) {
    const seen = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const key = keys[i];
      if (key === '') continue;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else (out ??= new Int32Array(n).fill(-1))[i] = first;
    }
    return out;
  }
  const hash = new Uint32Array(n);
  const low = new Uint32Array(65536);
  const high = new Uint32Array(65536);
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    // FNV-1a over at most the first 64 code units; equal hashes are compared in full.
    let h = 0x811c9dc5 ^ key.length;
    for (let j = 0, end = Math.min(key.length, 64); j < end; j++)
      h = Math.imul(h ^ key.charCodeAt(j), 0x01000193);
    h >>>= 0;
    hash[i] = h;
    low[h & 0xffff]++;
    high[h >>> 16]++;
  }
  for (let d = 0, a = 0, b = 0; d < 65536; d++) {
    const x = low[d];
    const y = high[d];
    low[d] = a;
    high[d] = b;
    a += x;
    b += y;
  }
  const byLow = new Uint32Array(n);
  for (let i = 0; i < n; i++) byLow[low[hash[i] & 0xffff]++] = i;
  const order = new Uint32Array(n); // by hash, then index (the passes are stable)
  for (let q = 0; q < n; q++) {
    const i = byLow[q];
    order[high[hash[i] >>> 16]++] = i;
  }
  for (let start = 0; start < n;) {
    const h = hash[order[start]];
    let end = start + 1;
    while (end < n && hash[order[end]] === h) end++;
    for (let q = start + 1; q < end; q++) {
      const key = keys[order[q]];
      if (key === '') continue;
      for (let p = start; p < q; p++) {
        if (keys[order[p]] === key) {
          (out ??= new Int32Array(n).fill(-1))[order[q]] = order[p];
          break;
        }
      }
    }
    start = end;
  }
  return out;
}

function readText(v: unknown, label: string, i: number, field: string, issues: IssueList): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  issues.add(`${label}[${i}].${field}`, `expected a string, got ${describeValue(v)}`);
  return null;
}

/** A number string (or a bad value) by the input rules; records the issue and gives 0. */
function readAmount(v: unknown, path: string, issues: IssueList): number {
  const problem = amountProblem(v);
  if (problem === null) return parseAmount(v) || 0;
  issues.add(path, problem);
  return 0;
}

// ---------------------------------------------------------------------------------------
// Options.

function readAbcSettings(
  options: unknown,
  prefix: string,
  thresholdsKey: string,
  issues: IssueList,
): AbcSettings {
  const s: AbcSettings = { low: 0.8, high: 0.95, boundary: 'inclusive', topIsA: true };
  if (!isOptionsObject(options, prefix, issues)) return s;
  [s.low, s.high] = readThresholds(options, thresholdsKey, DEFAULT_ABC_THRESHOLDS, 1, prefix, issues);
  s.boundary = issues.read(
    () => enumOption(options, 'boundary', Object.values(ABC_BOUNDARIES), 'inclusive'),
    'inclusive',
    prefix,
  );
  s.topIsA = issues.read(() => booleanOption(options, 'topIsA', true), true, prefix);
  return s;
}

function readXyzSettings(
  options: unknown,
  prefix: string,
  thresholdsKey: string,
  issues: IssueList,
): XyzSettings {
  const s: XyzSettings = { low: 0.1, high: 0.25, sample: false, minPeriods: 3 };
  if (!isOptionsObject(options, prefix, issues)) return s;
  [s.low, s.high] = readThresholds(options, thresholdsKey, DEFAULT_XYZ_THRESHOLDS, Infinity, prefix, issues);
  s.sample =
    issues.read(
      () => enumOption(options, 'sigma', Object.values(XYZ_SIGMAS), 'population'),
      'population',
      prefix,
    ) === 'sample';
  s.minPeriods = issues.read(
    () => numberOption(options, 'minPeriods', 3, { min: 1, integer: true }),
    3,
    prefix,
  );
  return s;
}

function readThresholds(
  options: Record<string, unknown>,
  key: string,
  fallback: readonly [number, number],
  max: number,
  prefix: string,
  issues: IssueList,
): [number, number] {
  const pair = issues.read<[number, number]>(
    () => pairOption(options, key, fallback),
    [fallback[0], fallback[1]],
    prefix,
  );
  if (pair[0] < 0 || pair[1] > max) {
    const range = max === Infinity ? '0 or more' : `between 0 and ${max}`;
    issues.add(`${prefix}.${key}`, `expected thresholds ${range}, got [${pair[0]}, ${pair[1]}]`);
    return [fallback[0], fallback[1]];
  }
  return pair;
}

const FLAT_ABC = ['abcThresholds', 'boundary', 'topIsA'] as const;
const FLAT_XYZ = ['xyzThresholds', 'sigma', 'minPeriods'] as const;

function readMatrixSettings(options: unknown, issues: IssueList): { abc: AbcSettings; xyz: XyzSettings } {
  if (!isOptionsObject(options, 'options', issues)) {
    return {
      abc: readAbcSettings(undefined, '', '', issues),
      xyz: readXyzSettings(undefined, '', '', issues),
    };
  }
  if (options.thresholds !== undefined) {
    issues.add(
      'options.thresholds',
      'ambiguous here: use abcThresholds and xyzThresholds, or abc.thresholds and xyz.thresholds',
    );
  }
  const both = (nested: 'abc' | 'xyz', flat: readonly string[]) => {
    const given = flat.filter((k) => options[k] !== undefined);
    if (options[nested] !== undefined && given.length > 0) {
      issues.add(
        `options.${nested}`,
        `give these options either in options.${nested} or flat (${given.join(', ')}), not both`,
      );
    }
    return options[nested] !== undefined;
  };
  const abc = both('abc', FLAT_ABC)
    ? readAbcSettings(options.abc, 'options.abc', 'thresholds', issues)
    : readAbcSettings(options, 'options', 'abcThresholds', issues);
  const xyz = both('xyz', FLAT_XYZ)
    ? readXyzSettings(options.xyz, 'options.xyz', 'thresholds', issues)
    : readXyzSettings(options, 'options', 'xyzThresholds', issues);
  return { abc, xyz };
}

function isOptionsObject(
  options: unknown,
  path: string,
  issues: IssueList,
): options is Record<string, unknown> {
  if (options === undefined) return false;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    issues.add(path, `expected an object, got ${describeValue(options)}`);
    return false;
  }
  return true;
}

/** Most issues one error lists; reading stops there. */
const MAX_ISSUES = 100;

/** Collects issues so one {@link PulseDataError} can list them all. */
class IssueList {
  private readonly list: PulseIssue[] = [];
  full = false;

  add(path: string, message: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ path, message });
    else if (!this.full) {
      this.full = true;
      this.list.push({ path: '', message: `more than ${MAX_ISSUES} issues; reading stopped` });
    }
  }

  /** Runs an option reader that throws; records its issues (under `prefix`) and returns the fallback. */
  read<T>(reader: () => T, fallback: T, prefix = 'options'): T {
    try {
      return reader();
    } catch (e) {
      if (!(e instanceof PulseDataError)) throw e;
      for (const issue of e.issues) this.add(issue.path.replace(/^options(?=\.)/, prefix), issue.message);
      return fallback;
    }
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new PulseDataError(this.list);
  }
}
