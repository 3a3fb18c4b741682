import {
  ABC_XYZ_CELLS,
  type AbcBoundary,
  type AbcClass,
  type AbcItem,
  type AbcOptions,
  type AbcResult,
  type AbcResultItem,
  type AbcXyzCellKey,
  type AbcXyzStatus,
  type XyzClass,
  type XyzItem,
  type XyzOptions,
  type XyzResult,
  type XyzResultItem,
  type XyzSigma,
} from './abc-xyz-types.js';
import { fail } from './errors.js';
import {
  ABC_OF,
  abcClassAt,
  abcCut,
  CELL_OF,
  inOrder,
  nullIfNaN,
  rankAbc,
  XYZ_OF,
  type AbcSettings,
} from './internal/abc-xyz-kernels.js';
import {
  KEPT_MATRIX_SETTINGS,
  readAbcSettings,
  readMatrixSettings,
  readXyzSettings,
} from './internal/abc-xyz-options.js';
import { keepShape } from './internal/shapes.js';
import {
  FLAGS,
  PERIODS,
  POTENTIAL,
  readAbcItems,
  readSeriesRows,
  TEXTS,
  type SeriesRows,
} from './internal/abc-xyz-read.js';
import { IssueList } from './internal/issues.js';
import { orderByValue } from './internal/radix-sort.js';
import { LooseItem } from './internal/abc-xyz-item.js';

export * from './abc-xyz-types.js';

// ABC and XYZ classification and the ABC/XYZ matrix (domain.md, "ABC", "XYZ", "The ABC/XYZ
// matrix and transitions"). Built for a million rows: input is read once into typed arrays
// (internal/abc-xyz-read.ts), the order comes from a radix sort of indices
// (internal/radix-sort.ts), and result objects are made once, at the end. The classes,
// options and item types are in abc-xyz-types.ts; the transitions between two matrices
// (compareAbcXyz) are in abc-xyz-matrix.ts.

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
    const periods = rows.word[4 * i + PERIODS];
    const sd = rows.stat[2 * i];
    const xyz = rows.word[4 * i + FLAGS] & 3;
    out[i] = {
      id: rows.ids[i],
      periods,
      mean: periods > 0 ? rows.sum[i] / periods : null,
      sd: nullIfNaN(sd),
      cv: xyz ? sd / (rows.sum[i] / periods) : null,
      xyz: XYZ_OF[xyz],
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
  return matrixOf(data, abcSettings);
}

/**
 * The matrix from the read rows, in one walk down `items` order: the classified clients
 * by value, then the lost ones, then the potential ones (each in value order). Each step
 * makes the client's ABC class from the running sum (no arrays by input index), its
 * object, and adds it to its cell, so `items` and the cells' id lists are written in
 * sequence. The positive values are the first of the value order; their total is summed
 * in that order, so it and the last cumulative share (exactly 1) do not depend on the
 * input order. One loop per function: V8 then reuses each loop's optimised code from call
 * to call, where a function of several loops is recompiled as each loop is reached.
 */
function matrixOf(data: SeriesRows, s: AbcSettings): AbcXyzMatrixResult {
  const { ids, sum } = data;
  const n = ids.length;
  // From here `sum` holds the values in the order (item order for the classified).
  const order = orderByValue(sum, ids, sum);
  const positives = countPositives(sum);
  const total = sumInOrder(sum, positives);
  if (total === Infinity) fail('rows', 'the values add up beyond 1.7e308: no shares can be computed');
  const out = matrixWalk(n);
  addClassified(data, order, positives, total, s, out);
  addUnclassified(data, order, positives, 0, out);
  addUnclassified(data, order, positives, POTENTIAL, out);
  const { lists, values } = out;
  const cells = {} as Record<AbcXyzCellKey, AbcXyzCell>;
  for (const key of Object.values(ABC_XYZ_CELLS)) cells[key] = { count: 0, value: 0, ids: [] };
  for (let code = 1; code < 16; code++) {
    if (code === 3) continue;
    const key = code === LOST ? 'lost' : code === POTENTIAL_CODE ? 'potential' : CELL_OF[code];
    cells[key] = { count: lists[code].length, value: values[code], ids: lists[code] };
  }
  return { items: out.items, cells, total, count: n };
}

/**
 * The matrix as it is made: `items` in order, and per cell code (abc * 4 + xyz for
 * classified clients, LOST, POTENTIAL_CODE) the ids and the sum of values.
 */
interface MatrixWalk {
  items: AbcXyzItem[];
  lists: string[][];
  values: Float64Array;
}

function matrixWalk(n: number): MatrixWalk {
  return { items: new Array(n), lists: Array.from({ length: 16 }, () => []), values: new Float64Array(16) };
}

// Kept (see keepShape): what the loops of abcXyzMatrix read besides the rows.
keepShape(matrixWalk(0));
keepShape(abcCut(KEPT_MATRIX_SETTINGS.abc));

/** How many of the sorted values are positive (they come first). */
function countPositives(sorted: Float64Array): number {
  let positives = 0;
  while (positives < sorted.length && sorted[positives] > 0) positives++;
  return positives;
}

/** The sum of the first `count` sorted values, in order. */
function sumInOrder(sorted: Float64Array, count: number): number {
  let total = 0;
  for (let q = 0; q < count; q++) total += sorted[q];
  return total;
}

/** The classified clients: the first `positives` of the order, items 0 to positives - 1. */
function addClassified(
  data: SeriesRows,
  order: Uint32Array,
  positives: number,
  total: number,
  s: AbcSettings,
  out: MatrixWalk,
): void {
  const { sum, word, texts } = data;
  const { items, lists, values } = out;
  const cut = abcCut(s);
  let running = 0;
  for (let q = 0; q < positives; q++) {
    const i = order[q];
    const v = sum[q];
    const previous = running / total;
    // Same additions in the same order as the total: the last cumulative share is exactly 1.
    running += v;
    const cum = running / total;
    const cls = q === 0 && s.topIsA ? 1 : abcClassAt(cut, previous, cum);
    const code = cls * 4 + (word[4 * i + FLAGS] & 3);
    items[q] = classifiedItem(data, i, v, cls, code, total, cum);
    lists[code].push(texts[TEXTS * i] as string);
    values[code] += v;
  }
}

/**
 * The lost clients (`wanted` 0) or the potential ones (`wanted` POTENTIAL) among the
 * non-positive values of the order, in that order, after the items made so far.
 */
function addUnclassified(
  data: SeriesRows,
  order: Uint32Array,
  positives: number,
  wanted: number,
  out: MatrixWalk,
): void {
  const { sum, stat, word, texts } = data;
  const { items, lists, values } = out;
  const code = wanted ? POTENTIAL_CODE : LOST;
  const status = wanted ? 'potential' : 'lost';
  let q = positives + (wanted ? lists[LOST].length : 0);
  for (let k = positives; k < order.length; k++) {
    const i = order[k];
    if ((word[4 * i + FLAGS] & POTENTIAL) !== wanted) continue;
    const v = sum[k];
    const m = word[4 * i + PERIODS];
    const id = texts[TEXTS * i] as string;
    items[q++] = new LooseItem(
      id,
      texts[TEXTS * i + 1],
      texts[TEXTS * i + 2],
      status,
      status,
      v,
      null,
      null,
      null,
      m,
      m > 0 ? v / m : null,
      nullIfNaN(stat[2 * i]),
      null,
      null,
    );
    lists[code].push(id);
    values[code] += v;
  }
}

/** The item of classified row `i`: value `v`, ABC class `cls`, cell `code`, cumulative share `cum`. */
function classifiedItem(
  data: SeriesRows,
  i: number,
  v: number,
  cls: number,
  code: number,
  total: number,
  cum: number,
): AbcXyzItem {
  const m = data.word[4 * i + PERIODS];
  const deviation = data.stat[2 * i];
  const texts = data.texts;
  const c = code & 3;
  return c
    ? {
        id: texts[TEXTS * i] as string,
        name: texts[TEXTS * i + 1],
        owner: texts[TEXTS * i + 2],
        status: 'classified',
        cell: CELL_OF[code],
        value: v,
        share: v / total,
        cumulativeShare: cum,
        abc: ABC_OF[cls],
        periods: m,
        mean: v / m,
        sd: deviation,
        cv: deviation / (v / m),
        xyz: XYZ_OF[c],
      }
    : new LooseItem(
        texts[TEXTS * i] as string,
        texts[TEXTS * i + 1],
        texts[TEXTS * i + 2],
        'classified',
        CELL_OF[code],
        v,
        v / total,
        cum,
        ABC_OF[cls],
        m,
        m > 0 ? v / m : null,
        nullIfNaN(deviation),
        null,
        null,
      );
}

/** Cell codes of lost and potential clients (classified ones are abc * 4 + xyz, 4..15). */
const LOST = 1;
const POTENTIAL_CODE = 2;
