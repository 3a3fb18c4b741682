import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paymentDays, paymentWindow } from '../../src/core/payments.js';

const day = fc.integer({ min: 1, max: 31 });
const days = fc.array(day, { minLength: 3, maxLength: 24 });
const rotate = (d: number, k: number) => ((d - 1 + k) % 31) + 1;

describe('paymentWindow properties', () => {
  it('rotates with the days: shifting every day by k shifts the mean and the window by k, sd and R unchanged', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 1, max: 30 }), (ds, k) => {
        const a = paymentWindow(ds)!;
        const b = paymentWindow(ds.map((d) => rotate(d, k)))!;
        if (a.mean === null) return;
        expect(b.r).toBeCloseTo(a.r, 9);
        expect(b.sd!).toBeCloseTo(a.sd!, 6);
        // Circular difference of the means, in days.
        const diff = ((((b.mean! - a.mean! - k) % 31) + 31 + 15.5) % 31) - 15.5;
        expect(Math.abs(diff)).toBeLessThan(1e-6);
        // The rounded ends move with the mean, unless an end sits on a half day (a rounding tie).
        const tie = [a.mean! - a.sd!, a.mean! + a.sd!].some((x) => Math.abs((x % 1) - 0.5) < 1e-6);
        const whole = a.from === 1 && a.to === 31;
        if (!tie && !whole) expect([b.from, b.to]).toEqual([rotate(a.from!, k), rotate(a.to!, k)]);
      }),
    );
  });

  it('does not depend on the order of the days', () => {
    fc.assert(
      fc.property(
        days.chain((l) => fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length }))),
        ([ds, shuffled]) => {
          const a = paymentWindow(ds)!;
          const b = paymentWindow(shuffled)!;
          expect(b.r).toBeCloseTo(a.r, 9);
          if (a.mean !== null) expect(b.mean!).toBeCloseTo(a.mean, 6);
        },
      ),
    );
  });

  it('keeps every output in range, never NaN or Infinity', () => {
    fc.assert(
      fc.property(fc.array(day, { maxLength: 40 }), (ds) => {
        const w = paymentWindow(ds);
        if (ds.length < 3) {
          expect(w).toBeNull();
          return;
        }
        expect(w!.r).toBeGreaterThanOrEqual(0);
        expect(w!.r).toBeLessThanOrEqual(1);
        expect(w!.regular).toBe(w!.r >= 0.5 - 1e-9);
        if (w!.mean === null) {
          expect([w!.sd, w!.from, w!.to, w!.regular]).toEqual([null, null, null, false]);
          return;
        }
        expect(w!.mean).toBeGreaterThanOrEqual(1);
        expect(w!.mean).toBeLessThan(32);
        expect(Number.isFinite(w!.sd)).toBe(true);
        expect(w!.sd).toBeGreaterThanOrEqual(0);
        for (const end of [w!.from!, w!.to!]) {
          expect(Number.isInteger(end)).toBe(true);
          expect(end).toBeGreaterThanOrEqual(1);
          expect(end).toBeLessThanOrEqual(31);
        }
      }),
    );
  });

  it('a single repeated day gives sd 0 and the window [d - d]', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 3, max: 12 }), (d, n) => {
        expect(paymentWindow(Array.from({ length: n }, () => d))).toEqual({
          mean: d,
          sd: 0,
          r: 1,
          from: d,
          to: d,
          regular: true,
          count: n,
        });
      }),
    );
  });
});

describe('paymentDays properties', () => {
  const payment = fc.record({
    offset: fc.integer({ min: 0, max: 730 }),
    amount: fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.constant(0), fc.constant(-10)),
  });
  const toDate = (offset: number) => new Date(Date.UTC(2023, 0, 1 + offset)).toISOString().slice(0, 10);

  it('gives one day per month with a positive payment, the earliest, whatever the order', () => {
    fc.assert(
      fc.property(
        fc
          .array(payment, { maxLength: 40 })
          .chain((l) => fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length }))),
        ([list, shuffled]) => {
          const toPayments = (l: typeof list) => l.map((p) => ({ date: toDate(p.offset), amount: p.amount }));
          const a = paymentDays(toPayments(list));
          expect(paymentDays(toPayments(shuffled))).toEqual(a);
          const positive = list.filter((p) => p.amount > 0).map((p) => toDate(p.offset));
          const months = new Set(positive.map((d) => d.slice(0, 7)));
          expect(a).toHaveLength(months.size);
          const expected = [...months]
            .sort()
            .map((m) => Math.min(...positive.filter((d) => d.startsWith(m)).map((d) => Number(d.slice(8)))));
          expect(a).toEqual(expected);
        },
      ),
    );
  });
});
