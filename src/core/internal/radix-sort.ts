import { compareStrings } from './compare.js';

// The order of the ABC ranking: value descending, then id ascending.

/** Above this many items the order comes from a radix sort; below, from Array#sort. */
const RADIX_FROM = 2048;

/** Bits of one radix digit: 2048 buckets, so the scattered writes of a pass stay in cache. */
const DIGIT = 11;
const BUCKETS = 1 << DIGIT;

/**
 * Indices ordered by value descending, then id ascending (plain `<` on strings). A
 * comparator sort of a million indices takes seconds in the worst case; a stable LSD radix
 * sort on the 64-bit keys takes a fraction, and only runs of equal values are then sorted
 * by id. `-0` counts as `0`; the values must not be NaN. The values in that order are
 * written to `sorted`, which may be `values` itself (the matrix reads them in order, in
 * sequence, and needs them by row no more).
 */
export function orderByValue(
  values: Float64Array,
  ids: readonly string[],
  sorted: Float64Array = new Float64Array(values.length),
): Uint32Array {
  const n = values.length;
  let order: Uint32Array;
  if (n < RADIX_FROM) {
    const list = Array.from({ length: n }, (_, i) => i);
    list.sort((a, b) => values[b] - values[a] || compareStrings(ids[a], ids[b]));
    order = Uint32Array.from(list);
    const copy = values.slice();
    for (let k = 0; k < n; k++) sorted[k] = copy[order[k]] || 0; // no -0, as the radix keys
    return order;
  }
  const spare: Uint32Array[] = [];
  order = radixDescending(values, sorted, spare);
  // The ids' prefix keys in the two spare key arrays of the sort (typed arrays live
  // outside the JS heap, and V8 starts a full garbage collection when more than 64MB of
  // them pile up), made in row order: the id strings are read in sequence, not by a jump each.
  const [high, low] = spare;
  for (let i = 0; i < n; i++) prefixKey(ids[i], high, low, i);
  sortRunsById(order, sorted, ids, high, low);
  return order;
}

/** The order of {@link sortByValue}, and the values in that order. */
export interface ValueOrder {
  /** Item indices, value descending, then id ascending. */
  order: Uint32Array;
  /** `values[order[k]]` for each k (`-0` read as `0`). */
  sorted: Float64Array;
}

/** {@link orderByValue}, with the values in that order in an array of their own. */
export function sortByValue(values: Float64Array, ids: readonly string[]): ValueOrder {
  const sorted = new Float64Array(values.length);
  return { order: orderByValue(values, ids, sorted), sorted };
}

/** Runs longer than this are sorted by Array#sort, shorter ones by insertion. */
const RUN = 16;

/**
 * Runs of equal values (found in `sorted`, read in sequence), by id: the prefix keys
 * (`high`, then `low`, see {@link prefixKey}) are compared, the strings only when the keys
 * are equal. Short runs (the usual case) by insertion sort in place, no garbage.
 */
function sortRunsById(
  order: Uint32Array,
  sorted: Float64Array,
  ids: readonly string[],
  high: Uint32Array,
  low: Uint32Array,
): void {
  const n = order.length;
  let start = 0;
  for (let k = 1; k <= n; k++) {
    if (k < n && sorted[k] === sorted[start]) continue;
    if (k - start > RUN) {
      const run = Array.from(order.subarray(start, k)).sort(
        (a, b) => high[a] - high[b] || low[a] - low[b] || compareStrings(ids[a], ids[b]),
      );
      order.set(run, start);
    } else if (k - start > 1) {
      for (let p = start + 1; p < k; p++) {
        const x = order[p];
        const h = high[x];
        const l = low[x];
        let q = p - 1;
        while (q >= start) {
          const y = order[q];
          const hy = high[y];
          if (hy < h || (hy === h && (low[y] < l || (low[y] === l && !(ids[y] > ids[x]))))) break;
          order[q + 1] = y;
          q--;
        }
        order[q + 1] = x;
      }
    }
    start = k;
  }
}

/**
 * Stable LSD radix sort of indices by value descending, {@link DIGIT} bits a pass. Only
 * the digits that differ between keys get a pass, and the low halves of the keys are only
 * kept and moved when they differ (whole numbers below 2^21 fit in the high half): a
 * million amounts in rubles take three passes. Writes the values in the new order to
 * `sorted` (which may be `values`: they are read in the first pass only), and its two
 * high-half key arrays, free again, to `spare`.
 */
function radixDescending(values: Float64Array, sorted: Float64Array, spare: Uint32Array[]): Uint32Array {
  const n = values.length;
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  let hi = new Uint32Array(n);
  let idx = new Uint32Array(n);
  // Digits 0..2 are the low half (11, 11, 10 bits), 3..5 the high half.
  const counts = new Uint32Array(6 * BUCKETS);
  let loDiff = 0;
  let hiDiff = 0;
  const lo0 = lowKey(bits[0], bits[1]);
  const hi0 = highKey(bits[0], bits[1]);
  for (let i = 0; i < n; i++) {
    const l = lowKey(bits[2 * i], bits[2 * i + 1]);
    const h = highKey(bits[2 * i], bits[2 * i + 1]);
    loDiff |= l ^ lo0;
    hiDiff |= h ^ hi0;
    hi[i] = h;
    idx[i] = i;
    counts[l & 0x7ff]++;
    counts[BUCKETS + ((l >>> 11) & 0x7ff)]++;
    counts[2 * BUCKETS + (l >>> 22)]++;
    counts[3 * BUCKETS + (h & 0x7ff)]++;
    counts[4 * BUCKETS + ((h >>> 11) & 0x7ff)]++;
    counts[5 * BUCKETS + (h >>> 22)]++;
  }
  // The low halves only when some differ: typed arrays live outside the JS heap, and
  // V8 starts a full garbage collection when more than 64MB of them pile up.
  const moveLo = loDiff !== 0;
  let lo = moveLo ? new Uint32Array(n) : hi;
  let lo2 = moveLo ? new Uint32Array(n) : hi;
  if (moveLo) for (let i = 0; i < n; i++) lo[i] = lowKey(bits[2 * i], bits[2 * i + 1]);
  let hi2 = new Uint32Array(n);
  let idx2 = new Uint32Array(n);
  for (let pass = 0; pass < 6; pass++) {
    const shift = (pass % 3) * DIGIT;
    const diff = pass < 3 ? loDiff : hiDiff;
    if (((diff >>> shift) & 0x7ff) === 0) continue; // every key has this digit
    const base = pass * BUCKETS;
    let sum = 0;
    for (let d = 0; d < BUCKETS; d++) {
      const c = counts[base + d];
      counts[base + d] = sum;
      sum += c;
    }
    const src = pass < 3 ? lo : hi;
    if (moveLo) {
      for (let i = 0; i < n; i++) {
        const p = counts[base + ((src[i] >>> shift) & 0x7ff)]++;
        lo2[p] = lo[i];
        hi2[p] = hi[i];
        idx2[p] = idx[i];
      }
      [lo, lo2] = [lo2, lo];
    } else {
      for (let i = 0; i < n; i++) {
        const p = counts[base + ((hi[i] >>> shift) & 0x7ff)]++;
        hi2[p] = hi[i];
        idx2[p] = idx[i];
      }
    }
    [hi, hi2] = [hi2, hi];
    [idx, idx2] = [idx2, idx];
  }
  // The keys back to values, in order (the inverse of highKey and lowKey): written in
  // sequence, and read so by the caller, instead of values[order[k]] a jump each.
  const out = new Uint32Array(sorted.buffer, sorted.byteOffset, n * 2);
  for (let k = 0; k < n; k++) {
    let h = ~hi[k] >>> 0;
    let l = ~(moveLo ? lo[k] : lo0) >>> 0;
    if (h & 0x80000000) h = (h & 0x7fffffff) >>> 0;
    else {
      h = ~h >>> 0;
      l = ~l >>> 0;
    }
    out[2 * k] = l;
    out[2 * k + 1] = h;
  }
  spare.push(hi, hi2);
  return idx;
}

// IEEE 754 bits (low word l, high word h) to an unsigned 64-bit key that sorts ascending
// with the value, then inverted for descending: negative values flip every bit, others
// flip the sign bit. -0 is 0.

/** The high half of the descending key of the double with words `l`, `h`. */
function highKey(l: number, h: number): number {
  if (h === 0x80000000 && l === 0) return 0x7fffffff;
  return h & 0x80000000 ? h : (h ^ 0x7fffffff) >>> 0;
}

/** The low half of the descending key of the double with words `l`, `h`. */
function lowKey(l: number, h: number): number {
  if (h === 0x80000000 && l === 0) return 0xffffffff;
  return h & 0x80000000 ? l : ~l >>> 0;
}

/**
 * Two numbers that order as the id does wherever they differ (`high` first, then `low`,
 * written at `at`): its first six code units, a byte each (code unit + 1; 0 past the end),
 * three in each. A code unit above 253 is written as 255 and ends the key, so equal keys
 * only say "compare the strings".
 */
function prefixKey(id: string, high: Uint32Array, low: Uint32Array, at: number): void {
  const length = id.length;
  let key = 0;
  let open = true;
  for (let j = 0; j < 6; j++) {
    let e = 0;
    if (open && j < length) {
      const c = id.charCodeAt(j);
      if (c < 254) e = c + 1;
      else {
        e = 255;
        open = false;
      }
    } else open = false;
    key = key * 256 + e;
    if (j === 2) {
      high[at] = key;
      key = 0;
    }
  }
  low[at] = key;
}
