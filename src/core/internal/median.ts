// Medians of whole numbers of days without a general sort: a few values are sorted in
// place by insertion; many come as a histogram (value -> count), whose median needs one
// pass and no sort.

/** Median of the first m values of `x` (m >= 1), sorting them in place. */
export function medianOfSmall(x: Int32Array, m: number): number {
  if (m > 32) x.subarray(0, m).sort();
  else {
    for (let j = 1; j < m; j++) {
      const v = x[j];
      let q = j - 1;
      while (q >= 0 && x[q] > v) {
        x[q + 1] = x[q];
        q--;
      }
      x[q + 1] = v;
    }
  }
  const mid = m >> 1;
  return m % 2 === 1 ? x[mid] : (x[mid - 1] + x[mid]) / 2;
}

/**
 * Median of `total` whole numbers given as a histogram (`histogram[v]` = how many are v);
 * NaN for none.
 *
 * @example medianOfHistogram(Uint32Array.of(0, 2, 0, 1), 3) // 1 (the values 1, 1, 3)
 */
export function medianOfHistogram(histogram: Uint32Array, total: number): number {
  if (total === 0) return NaN;
  const lowRank = (total - 1) >> 1; // 0-based ranks of the middle value(s)
  const highRank = total >> 1;
  let low = NaN;
  let seen = 0;
  for (let v = 0; v < histogram.length; v++) {
    seen += histogram[v];
    if (Number.isNaN(low) && seen > lowRank) low = v;
    if (seen > highRank) return (low + v) / 2;
  }
  return low;
}
