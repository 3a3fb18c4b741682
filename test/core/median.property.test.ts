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
  it('gives the median of the first m values and leaves them sorted, for every m up to 40', () => {
    fc.assert(
      fc.property(
        fc.array(day, { minLength: 1, maxLength: 40 }),
        fc.array(day, { maxLength: 5 }),
        (values, tail) => {
          const x = Int32Array.from([...values, ...tail]);
          expect(medianOfSmall(x, values.length)).toBe(reference(values));
          expect(Array.from(x.subarray(0, values.length))).toEqual([...values].sort((a, b) => a - b));
          expect(Array.from(x.subarray(values.length))).toEqual(tail); // past m: untouched
        },
      ),
      { numRuns: 2000 },
    );
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
