import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { medianOfHistogram, medianOfSmall } from '../../src/core/internal/median.js';

/** The median by the definition: sort a copy, take the middle value or the mean of the two. */
function reference(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// Day numbers and gaps between them: the magnitudes medianOfSmall is documented for, with
// many ties (small values) as well as spread ones.
const day = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: -(2 ** 29), max: 2 ** 29 }));

describe('medianOfSmall(x, m) properties', () => {
  it('gives the median of the first m values and leaves the smallest up to it in order, for every m up to 40', () => {
    fc.assert(
      fc.property(
        fc.array(day, { minLength: 1, maxLength: 40 }),
        fc.array(day, { maxLength: 5 }),
        (values, tail) => {
          const x = Int32Array.from([...values, ...tail]);
          const m = values.length;
          const sorted = [...values].sort((a, b) => a - b);
          expect(medianOfSmall(x, m)).toBe(reference(values));
          // All m sorted, except by the network (5 to 9 values): the first five.
          const ordered = m >= 5 && m <= 9 ? 5 : m;
          expect(Array.from(x.subarray(0, ordered))).toEqual(sorted.slice(0, ordered));
          expect(Array.from(x.subarray(m))).toEqual(tail); // past m: untouched
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('orders the five smallest of every input of 0s and 1s from 5 to 9 values (the network, by the 0-1 principle)', () => {
    // A comparator network puts the k smallest of any input in order exactly when it does
    // so for every input of 0s and 1s: these 2^5 + ... + 2^9 inputs prove it for all.
    for (let m = 5; m <= 9; m++) {
      for (let bits = 0; bits < 1 << m; bits++) {
        const values = Array.from({ length: m }, (_, i) => (bits >> i) & 1);
        const x = Int32Array.from(values);
        expect(medianOfSmall(x, m)).toBe(reference(values));
        expect(Array.from(x.subarray(0, 5))).toEqual([...values].sort((a, b) => a - b).slice(0, 5));
      }
    }
  });

  it('agrees with medianOfHistogram on whole numbers of days', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 30 }), (values) => {
        const histogram = new Uint32Array(201);
        for (const v of values) histogram[v]++;
        expect(medianOfHistogram(histogram, values.length)).toBe(
          medianOfSmall(Int32Array.from(values), values.length),
        );
      }),
    );
  });
});
