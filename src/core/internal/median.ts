// Medians of whole numbers of days without a general sort: a few values are sorted in
// place by an insertion without branches on the data; many come as a histogram (value ->
// count), whose median needs one pass and no sort.

/**
 * Median of the first m values of `x` (m >= 1, each of magnitude below 2^30: days and gaps
 * between days), sorting them in place. Up to 16 values by an insertion without branches
 * on the data: a client's gaps come in no order, and the branches of a plain insertion sort
 * guess wrong about once per value; inserting v moves each place q to max(x[q - 1],
 * min(x[q], v)), worked out with integer arithmetic. More values by the typed array's sort.
 *
 * @example medianOfSmall(Int32Array.of(31, 28, 30, 90), 4) // 30.5
 */
export function medianOfSmall(x: Int32Array, m: number): number {
  if (m > 16) x.subarray(0, m).sort();
  else {
    for (let j = 1; j < m; j++) {
      const v = x[j];
      // d & (d >> 31) is min(d, 0) and d & ~(d >> 31) max(d, 0), for d well inside int32.
      // At q = j, x[j] is v itself: the step gives max(x[j - 1], v).
      for (let q = j; q > 0; q--) {
        let d = x[q] - v;
        const low = v + (d & (d >> 31));
        d = x[q - 1] - low;
        x[q] = low + (d & ~(d >> 31));
      }
      const d = x[0] - v;
      x[0] = v + (d & (d >> 31));
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
