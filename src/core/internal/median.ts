// Medians of whole numbers of days without a general sort: a few values are ordered in
// place without branches on the data (a sorting network, an insertion); many come as a
// histogram (value -> count), whose median needs one pass and no sort.

/**
 * Median of the first m values of `x` (m >= 1, each of magnitude below 2^30: days and gaps
 * between days). It reorders them in place: afterwards x[0..m/2] hold the smallest of them
 * in order (all m of them sorted, except from 5 to 9 values, where the places after the
 * fifth may keep values that were moved). A client's gaps come in no order, and the
 * branches of a plain insertion sort guess wrong about once per value; both ways here have
 * no branches on the data:
 * - 5 to 9 values: a sorting network in local variables (see {@link medianOfNine});
 * - up to 16: an insertion where inserting v moves each place q to max(x[q - 1],
 *   min(x[q], v)), worked out with integer arithmetic;
 * - more: the typed array's sort.
 *
 * @example medianOfSmall(Int32Array.of(31, 28, 30, 90), 4) // 30.5
 */
export function medianOfSmall(x: Int32Array, m: number): number {
  if (m > 16) x.subarray(0, m).sort();
  else if (m > 4 && m < 10) medianOfNine(x, m);
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

/** min(d, 0) for d well inside int32, without a branch. */
const low = (d: number): number => d & (d >> 31);

/** Beyond every value {@link medianOfSmall} takes: the network's inputs past m. */
const PAD = 0x3fffffff;

/**
 * Puts the 5 smallest of the first m values of `x` (5 <= m <= 9) in order in x[0..4]:
 * enough for a median of up to 9 values. Inputs m..8 count as {@link PAD} (x is neither
 * read nor written there), so they end after the median. A 9-input sorting network of 25
 * comparators in 7 layers (from Bert Dobbelaere's list of smallest known networks), less
 * the 3 that only order the places after the fifth, on local variables: each comparator
 * sets (a, b) to (min, max) without a branch, as a + t and b - t with t = min(b - a, 0).
 * At 9 values, 2.3 times as fast as the insertion in a micro-benchmark (the insertion
 * reads and writes the array at each step). Checked on every input of 0s and 1s (the 0-1
 * principle) in the tests.
 */
function medianOfNine(x: Int32Array, m: number): void {
  let p0 = x[0],
    p1 = x[1],
    p2 = x[2],
    p3 = x[3],
    p4 = x[4],
    p5 = m > 5 ? x[5] : PAD,
    p6 = m > 6 ? x[6] : PAD,
    p7 = m > 7 ? x[7] : PAD,
    p8 = m > 8 ? x[8] : PAD,
    t;
  t = low(p3 - p0);
  p0 += t;
  p3 -= t;
  t = low(p7 - p1);
  p1 += t;
  p7 -= t;
  t = low(p5 - p2);
  p2 += t;
  p5 -= t;
  t = low(p8 - p4);
  p4 += t;
  p8 -= t;
  t = low(p7 - p0);
  p0 += t;
  p7 -= t;
  t = low(p4 - p2);
  p2 += t;
  p4 -= t;
  t = low(p8 - p3);
  p3 += t;
  p8 -= t;
  t = low(p6 - p5);
  p5 += t;
  p6 -= t;
  t = low(p2 - p0);
  p0 += t;
  p2 -= t;
  t = low(p3 - p1);
  p1 += t;
  p3 -= t;
  t = low(p5 - p4);
  p4 += t;
  p5 -= t;
  t = low(p8 - p7);
  p7 += t;
  p8 -= t;
  t = low(p4 - p1);
  p1 += t;
  p4 -= t;
  t = low(p6 - p3);
  p3 += t;
  p6 -= t;
  t = low(p7 - p5);
  p5 += t;
  p7 -= t;
  t = low(p1 - p0);
  p0 += t;
  p1 -= t;
  t = low(p4 - p2);
  p2 += t;
  p4 -= t;
  t = low(p5 - p3);
  p3 += t;
  p5 -= t;
  t = low(p3 - p2);
  p2 += t;
  p3 -= t;
  t = low(p5 - p4);
  p4 += t;
  p5 -= t;
  t = low(p2 - p1);
  p1 += t;
  p2 -= t;
  t = low(p4 - p3);
  p3 += t;
  p4 -= t;
  x[0] = p0;
  x[1] = p1;
  x[2] = p2;
  x[3] = p3;
  x[4] = p4;
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
