import { compareStrings } from './compare.js';

// The order of the ABC ranking: value descending, then id ascending.

/** Above this many items the order comes from a radix sort; below, from Array#sort. */
const RADIX_FROM = 2048;

/**
 * Indices ordered by value descending, then id ascending (plain `<` on strings). A
 * comparator sort of a million indices takes seconds in the worst case; a stable LSD radix
 * sort on the 64-bit keys takes a fraction, and only runs of equal values are then sorted by id.
 */
export function orderByValue(values: Float64Array, ids: readonly string[]): Uint32Array {
  const n = values.length;
  if (n < RADIX_FROM) {
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => values[b] - values[a] || compareStrings(ids[a], ids[b]));
    return Uint32Array.from(order);
  }
  const order = radixDescending(values);
  let start = 0;
  for (let k = 1; k <= n; k++) {
    if (k < n && values[order[k]] === values[order[start]]) continue;
    if (k - start > 16) {
      const run = Array.from(order.subarray(start, k)).sort((a, b) => compareStrings(ids[a], ids[b]));
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
