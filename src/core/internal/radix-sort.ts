import { compareStrings } from './compare.js';

// The order of the ABC ranking: value descending, then id ascending.

/** Above this many items the order comes from a radix sort; below, from Array#sort. */
const RADIX_FROM = 2048;

/** Bits of one radix digit: 2048 buckets, so the scattered writes of a pass stay in cache. */
const DIGIT = 11;
const BUCKETS = 1 << DIGIT;

/** The order of {@link sortByValue}, and the values in that order. */
export interface ValueOrder {
  /** Item indices, value descending, then id ascending. */
  order: Uint32Array;
  /** `values[order[k]]` for each k: read in sequence, not by a jump per item. */
  sorted: Float64Array;
}

/**
 * Indices ordered by value descending, then id ascending (plain `<` on strings). A
 * comparator sort of a million indices takes seconds in the worst case; a stable LSD radix
 * sort on the 64-bit keys takes a fraction, and only runs of equal values are then sorted by id.
 */
export function orderByValue(values: Float64Array, ids: readonly string[]): Uint32Array {
  return sortByValue(values, ids).order;
}

/**
 * {@link orderByValue}, with the values in that order. `-0` counts as `0`; the values must
 * not be NaN.
 */
export function sortByValue(values: Float64Array, ids: readonly string[]): ValueOrder {
  const n = values.length;
  if (n < RADIX_FROM) {
    const list = Array.from({ length: n }, (_, i) => i);
    list.sort((a, b) => values[b] - values[a] || compareStrings(ids[a], ids[b]));
    const order = Uint32Array.from(list);
    const sorted = new Float64Array(n);
    for (let k = 0; k < n; k++) sorted[k] = values[order[k]];
    return { order, sorted };
  }
  const sorted = new Float64Array(n);
  const order = radixDescending(values, sorted);
  // Runs of equal values (equal keys: the sorted values are compared in sequence) by id.
  // The ids are compared by a numeric prefix key first, made in index order (the strings
  // are read in sequence); only equal keys compare the strings.
  const keys = prefixKeys(ids);
  let start = 0;
  for (let k = 1; k <= n; k++) {
    if (k < n && sorted[k] === sorted[start]) continue;
    if (k - start > 16) {
      const run = Array.from(order.subarray(start, k)).sort(
        (a, b) => keys[a] - keys[b] || compareStrings(ids[a], ids[b]),
      );
      order.set(run, start);
    } else if (k - start > 1) {
      // Short runs (the usual case): insertion sort in place, no garbage.
      for (let p = start + 1; p < k; p++) {
        const x = order[p];
        const key = keys[x];
        let q = p - 1;
        while (q >= start) {
          const y = order[q];
          const other = keys[y];
          if (other < key || (other === key && !(ids[y] > ids[x]))) break;
          order[q + 1] = y;
          q--;
        }
        order[q + 1] = x;
      }
    }
    start = k;
  }
  return { order, sorted };
}

/**
 * Stable LSD radix sort of indices by value descending, {@link DIGIT} bits a pass. Only
 * the digits that differ between keys get a pass, and the low halves of the keys move only
 * when they differ (whole numbers below 2^21 fit in the high half): a million amounts in
 * rubles take three passes. Writes the values in the new order to `sorted`.
 */
function radixDescending(values: Float64Array, sorted: Float64Array): Uint32Array {
  const n = values.length;
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  let idx = new Uint32Array(n);
  // Digits 0..2 are the low half (11, 11, 10 bits), 3..5 the high half.
  const counts = new Uint32Array(6 * BUCKETS);
  let loDiff = 0;
  let hiDiff = 0;
  let lo0 = 0;
  let hi0 = 0;
  for (let i = 0; i < n; i++) {
    // IEEE 754 bits to an unsigned key that sorts ascending with the value, then inverted
    // for descending: negative values flip every bit, others flip the sign bit. -0 is 0.
    let h = bits[2 * i + 1];
    let l = bits[2 * i];
    if (h === 0x80000000 && l === 0) h = 0;
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    h = ~h >>> 0;
    l = ~l >>> 0;
    if (i === 0) {
      lo0 = l;
      hi0 = h;
    }
    loDiff |= l ^ lo0;
    hiDiff |= h ^ hi0;
    lo[i] = l;
    hi[i] = h;
    idx[i] = i;
    counts[l & 0x7ff]++;
    counts[BUCKETS + ((l >>> 11) & 0x7ff)]++;
    counts[2 * BUCKETS + (l >>> 22)]++;
    counts[3 * BUCKETS + (h & 0x7ff)]++;
    counts[4 * BUCKETS + ((h >>> 11) & 0x7ff)]++;
    counts[5 * BUCKETS + (h >>> 22)]++;
  }
  const moveLo = loDiff !== 0;
  let lo2 = moveLo ? new Uint32Array(n) : lo;
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
  // The keys back to values, in order (the inverse of the mapping above).
  const out = new Uint32Array(sorted.buffer, sorted.byteOffset, n * 2);
  for (let k = 0; k < n; k++) {
    let h = ~hi[k] >>> 0;
    let l = ~(moveLo ? lo[k] : lo0) >>> 0;
    if (h & 0x80000000) {
      h = (h & 0x7fffffff) >>> 0;
    } else {
      h = ~h >>> 0;
      l = ~l >>> 0;
    }
    out[2 * k] = l;
    out[2 * k + 1] = h;
  }
  return idx;
}

/**
 * A number per id that orders as the id does wherever two numbers differ: its first six
 * code units, a byte each (code unit + 1; 0 past the end). A code unit above 253 is
 * written as 255 and ends the key, so equal keys only say "compare the strings".
 */
function prefixKeys(ids: readonly string[]): Float64Array {
  const n = ids.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i];
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
    }
    keys[i] = key;
  }
  return keys;
}
