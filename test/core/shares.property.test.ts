import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { channelShares, OTHER_KEY, roundShares } from '../../src/core/shares.js';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const amounts = fc.array(fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }), {
  maxLength: 30,
});
const decimals = fc.integer({ min: 0, max: 3 });

describe('roundShares(values) properties', () => {
  it('sums to exactly options.total (in units of 10^-decimals) whenever the values sum above 0', () => {
    fc.assert(
      fc.property(amounts, decimals, fc.integer({ min: 0, max: 1000 }), (values, d, total) => {
        fc.pre(sum(values) > 0);
        const scale = 10 ** d;
        const r = roundShares(values, { total, decimals: d });
        expect(sum(r.map((x) => Math.round(x * scale)))).toBe(total * scale);
        if (d === 0) expect(sum(r)).toBe(total);
      }),
    );
  });

  it('keeps every result within one unit of its exact share, and never NaN or Infinity', () => {
    fc.assert(
      fc.property(amounts, decimals, (values, d) => {
        const r = roundShares(values, { decimals: d });
        const s = sum(values);
        r.forEach((x, i) => {
          expect(Number.isFinite(x)).toBe(true);
          const exact = s > 0 ? (values[i] / s) * 100 : 0;
          expect(Math.abs(x - exact)).toBeLessThan(10 ** -d + 1e-6);
        });
      }),
    );
  });

  it('never gives a larger value a smaller result', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { maxLength: 30 }), (values) => {
        const r = roundShares(values);
        for (let a = 0; a < values.length; a++) {
          for (let b = 0; b < values.length; b++) {
            if (values[a] > values[b]) expect(r[a]).toBeGreaterThanOrEqual(r[b]);
          }
        }
      }),
    );
  });

  it('does not depend on order, except between items whose remainders tie', () => {
    // Whole values up to 100, at most 10 of them: the exact remainder of an item is
    // (v * 100 mod S) / S, computed without rounding, so ties are known exactly.
    const shuffled = fc
      .array(fc.tuple(fc.nat(100), fc.double({ min: 0, max: 1, noNaN: true })), {
        minLength: 1,
        maxLength: 10,
      })
      .map((pairs) => ({
        values: pairs.map((p) => p[0]),
        order: pairs.map((_, i) => i).sort((a, b) => pairs[a][1] - pairs[b][1] || a - b),
      }));
    fc.assert(
      fc.property(shuffled, ({ values, order }) => {
        const s = sum(values);
        fc.pre(s > 0);
        const direct = roundShares(values);
        const permuted = roundShares(order.map((i) => values[i]));
        const remainder = values.map((v) => (v * 100) % s);
        order.forEach((i, k) => {
          const tied = remainder.some((rm, j) => j !== i && rm === remainder[i]);
          if (!tied) expect(permuted[k]).toBe(direct[i]);
        });
        // and the number of items rounded up is the same either way
        const ups = (r: number[], vs: number[]) =>
          r.filter((x, i) => x > Math.floor((vs[i] * 100) / s)).length;
        expect(
          ups(
            permuted,
            order.map((i) => values[i]),
          ),
        ).toBe(ups(direct, values));
      }),
    );
  });
});

const item = fc.record({ value: fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true }) });
const set = fc
  .array(item, { maxLength: 20 })
  .map((xs) => xs.map((x, i) => ({ key: `k${i}`, value: x.value })));
const options = fc.record(
  {
    otherBelow: fc.double({ min: 0, max: 1, noNaN: true }),
    decimals: fc.integer({ min: 0, max: 2 }),
    sort: fc.constantFrom('input' as const, 'value' as const),
  },
  { requiredKeys: [] },
);

describe('channelShares(input) properties', () => {
  it('gives each set percents summing to exactly 100, shares summing to 1, and no NaN', () => {
    fc.assert(
      fc.property(set, set, options, (gains, losses, opts) => {
        const r = channelShares({ gains, losses }, opts);
        const scale = 10 ** (opts.decimals ?? 0);
        for (const [slices, total] of [
          [r.gains, r.gainsTotal],
          [r.losses, r.lossesTotal],
        ] as const) {
          for (const s of slices) {
            expect(Number.isNaN(s.value) || Number.isNaN(s.share ?? 0) || Number.isNaN(s.percent ?? 0)).toBe(
              false,
            );
          }
          if (total > 0) {
            expect(sum(slices.map((s) => Math.round(s.percent! * scale)))).toBe(100 * scale);
            expect(sum(slices.map((s) => s.share!))).toBeCloseTo(1, 9);
            for (const s of slices)
              expect(Math.abs(s.percent! - s.share! * 100)).toBeLessThan(1 / scale + 1e-6);
          } else {
            expect(slices.every((s) => s.share === null && s.percent === null)).toBe(true);
          }
        }
        expect(r.net).toBe(r.gainsTotal - r.lossesTotal);
      }),
    );
  });

  it('puts every input slice in exactly one place, and only small slices, at least two, into other', () => {
    fc.assert(
      fc.property(set, options, (gains, opts) => {
        const r = channelShares({ gains }, opts);
        const placed = r.gains.flatMap((s) => (s.key === OTHER_KEY ? s.members!.map((m) => m.key) : [s.key]));
        expect(placed.slice().sort()).toEqual(gains.map((g) => g.key).sort());
        const other = r.gains.find((s) => s.key === OTHER_KEY);
        const below = (opts.otherBelow ?? 0.02) - 1e-9;
        if (other) {
          expect(r.gains[r.gains.length - 1]).toBe(other);
          expect(other.members!.length).toBeGreaterThanOrEqual(2);
          expect(other.members!.every((m) => m.share < below)).toBe(true);
          expect(other.value).toBeCloseTo(sum(other.members!.map((m) => m.value)), 6);
        } else {
          expect(r.gains.filter((s) => s.share !== null && s.share < below).length).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('with sort: value, gives the same slices whatever the input order', () => {
    fc.assert(
      fc.property(set, (gains) => {
        const a = channelShares({ gains }, { sort: 'value' });
        const b = channelShares({ gains: gains.slice().reverse() }, { sort: 'value' });
        expect(b.gains.map((s) => [s.key, s.percent])).toEqual(a.gains.map((s) => [s.key, s.percent]));
        expect(b.gainsTotal).toBeCloseTo(a.gainsTotal, 6);
      }),
    );
  });
});
