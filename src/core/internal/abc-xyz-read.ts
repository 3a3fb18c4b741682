import { describeValue } from '../errors.js';
import { EPSILON } from '../numbers.js';
import { xyzClass, type XyzSettings } from './abc-xyz-kernels.js';
import { checkId, readIds } from './ids.js';
import type { IssueList } from './issues.js';
import { readAmount, readText } from './read.js';

// Reading the input of classifyAbc, classifyXyz and abcXyzMatrix: one pass, every issue
// collected, values into typed arrays.

/** Reads the items of classifyAbc: ids, and values (0 for a bad one). */
export function readAbcItems(items: unknown, issues: IssueList): { ids: string[]; values: Float64Array } {
  if (!Array.isArray(items)) {
    issues.add('items', `expected an array of items, got ${describeValue(items)}`);
    return { ids: [], values: new Float64Array(0) };
  }
  const n = items.length;
  const { ids, duplicates } = readIds(items);
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

/**
 * Per-row series statistics, the matrix columns, and the parsed ids. Small columns rather
 * than one wide array: typed arrays live outside the JS heap, and V8 starts a full garbage
 * collection once more than 64MB of them are allocated, which at a million rows costs more
 * than the whole sort. What the matrix reads of a row in value order (a jump each) sits
 * together: sd, periods and flags in one 16-byte record, id, name and owner side by side,
 * so a row costs two cache misses, not six.
 */
export interface SeriesRows {
  ids: string[];
  /** Sum of the values (the matrix then sorts it in place: see matrixOf). */
  sum: Float64Array;
  /** Per row `i`, a 16-byte record: the standard deviation at `stat[2 * i]` (NaN for none). */
  stat: Float64Array;
  /**
   * The same records as 32-bit words: the number of values at `word[4 * i + PERIODS]`, the
   * flags at `word[4 * i + FLAGS]`: XYZ class (0..3) + {@link POTENTIAL} for a row with
   * `everPurchased: false`.
   */
  word: Uint32Array;
  /** Per row, id, name and owner (matrix rows only). */
  texts: (string | null)[];
}

/** The flag of a potential client in {@link SeriesRows.word}; the low two bits are the XYZ class. */
export const POTENTIAL = 4;

/** Where in its four words of {@link SeriesRows.word} a row keeps its number of values. */
export const PERIODS = 2;

/** Where in its four words of {@link SeriesRows.word} a row keeps its flags. */
export const FLAGS = 3;

/** {@link SeriesRows.texts} holds this many entries per row: id, name, owner. */
export const TEXTS = 3;

/** Reads XYZ items or matrix rows (`matrix` adds name, owner and everPurchased). */
export function readSeriesRows(
  rows: unknown,
  label: 'items' | 'rows',
  matrix: boolean,
  s: XyzSettings,
  issues: IssueList,
): SeriesRows {
  const n = Array.isArray(rows) ? rows.length : 0;
  const records = new ArrayBuffer(16 * n);
  const { ids, duplicates } = readIds(Array.isArray(rows) ? rows : []);
  const out: SeriesRows = {
    ids,
    sum: new Float64Array(n),
    stat: new Float64Array(records),
    word: new Uint32Array(records),
    texts: matrix ? new Array(TEXTS * n) : [],
  };
  if (!Array.isArray(rows)) {
    issues.add(label, `expected an array of ${label}, got ${describeValue(rows)}`);
    return out;
  }
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
      out.texts[TEXTS * i] = out.ids[i];
      out.texts[TEXTS * i + 1] = readText(r.name, label, i, 'name', issues);
      out.texts[TEXTS * i + 2] = readText(r.owner, label, i, 'owner', issues);
      const ever = r.everPurchased;
      if (ever === false) out.word[4 * i + FLAGS] = POTENTIAL;
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
    out.word[4 * i + PERIODS] = m;
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
  out.stat[2 * i] = sd;
  out.word[4 * i + FLAGS] |= xyzClass(cv, s);
  return true;
}
