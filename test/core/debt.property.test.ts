import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agingBuckets, debtDepth, type AgingInvoice } from '../../src/core/debt.js';

// Amounts in roubles with kopecks, as the source systems keep them.
const money = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((k) => k / 100);
const charges = fc.array(
  fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: money(50_000) }),
  {
    maxLength: 12,
  },
);
const debt = fc.oneof(
  money(500_000),
  money(1_000).map((x) => -x),
);

describe('debtDepth properties', () => {
  it('never decreases when the debt grows (fraction and ceil)', () => {
    fc.assert(
      fc.property(
        charges,
        debt,
        money(100_000),
        fc.constantFrom('fraction' as const, 'ceil' as const),
        (cs, d, extra, mode) => {
          const a = debtDepth(d, cs, { mode });
          const b = debtDepth(d + extra, cs, { mode });
          if (a.months !== null && b.months !== null)
            expect(b.months).toBeGreaterThanOrEqual(a.months - 1e-9);
        },
      ),
    );
  });

  it('rebuilds the debt: whole months of charges plus the fraction of the next one', () => {
    fc.assert(
      fc.property(charges, debt, (cs, d) => {
        const { months, atLeast } = debtDepth(d, cs);
        const nonZero = cs.filter((c) => c > 0);
        if (d <= 0 || nonZero.length === 0) {
          expect(months).toBe(d <= 0 ? 0 : null);
          return;
        }
        const whole = Math.floor(months! + 1e-12);
        const covered = nonZero.slice(0, whole).reduce((s, c) => s + c, 0);
        const partial = whole < nonZero.length ? (months! - whole) * nonZero[whole] : 0;
        if (atLeast) {
          expect(months).toBe(nonZero.length);
          expect(d).toBeGreaterThan(covered);
        } else {
          expect(covered + partial).toBeCloseTo(d, 6);
        }
        expect(months).toBeLessThanOrEqual(nonZero.length);
      }),
    );
  });

  it("'ceil' is the fraction result rounded up; 'ratio' is debt / the latest non-zero charge", () => {
    fc.assert(
      fc.property(charges, debt, (cs, d) => {
        const fraction = debtDepth(d, cs);
        const ceil = debtDepth(d, cs, { mode: 'ceil' });
        expect(ceil.atLeast).toBe(fraction.atLeast);
        expect(ceil.months).toBe(fraction.months === null ? null : Math.ceil(fraction.months));
        const latest = cs.find((c) => c > 0);
        const ratio = debtDepth(d, cs, { mode: 'ratio' }).months;
        expect(ratio).toBe(d <= 0 ? 0 : latest === undefined ? null : d / latest);
      }),
    );
  });

  it('never outputs NaN or Infinity', () => {
    fc.assert(
      fc.property(
        charges,
        debt,
        fc.constantFrom('fraction' as const, 'ceil' as const, 'ratio' as const),
        (cs, d, mode) => {
          const { months } = debtDepth(d, cs, { mode });
          if (months !== null) expect(Number.isFinite(months)).toBe(true);
        },
      ),
    );
  });
});

const ASOF_DAY = Date.UTC(2024, 6, 18) / 86_400_000;
const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const invoices = fc
  .array(
    fc.record({
      offset: fc.option(fc.integer({ min: -60, max: 200 }), { nil: null, freq: 10 }),
      amount: money(10_000),
      paidShare: fc.constantFrom(0, 0, 0.5, 1, 1.2),
    }),
    { maxLength: 30 },
  )
  .map((list): AgingInvoice[] =>
    list.map(({ offset, amount, paidShare }, i) => ({
      id: `inv${i}`,
      dueDate: offset === null ? '0001-01-01' : iso(ASOF_DAY - offset),
      amount,
      paid: Math.round(amount * paidShare * 100) / 100,
    })),
  );
const edges = fc
  .uniqueArray(fc.integer({ min: 1, max: 120 }), { maxLength: 5 })
  .map((e) => [...e].sort((a, b) => a - b));

describe('agingBuckets properties', () => {
  it('puts every invoice in exactly one place: a bucket, undated or settled', () => {
    fc.assert(
      fc.property(invoices, edges, (list, e) => {
        const r = agingBuckets(list, { asOf: iso(ASOF_DAY), edges: e });
        const ids = [...r.buckets.flatMap((b) => b.ids), ...r.undated.ids, ...r.settled.ids];
        expect(ids.sort()).toEqual(list.map((x) => x.id).sort());
        expect(r.buckets).toHaveLength(e.length + 2);
        expect(r.total.count).toBe(r.buckets.reduce((s, b) => s + b.count, 0) + r.undated.count);
        expect(r.total.amount).toBeCloseTo(r.buckets.reduce((s, b) => s + b.amount, 0) + r.undated.amount, 6);
      }),
    );
  });

  it('puts each invoice in the bucket whose bounds hold its days past due', () => {
    fc.assert(
      fc.property(invoices, edges, (list, e) => {
        const r = agingBuckets(list, { asOf: iso(ASOF_DAY), edges: e });
        const days = new Map(list.map((x) => [x.id, ASOF_DAY - Date.parse(x.dueDate) / 86_400_000]));
        for (const b of r.buckets) {
          for (const id of b.ids) {
            if (b.from !== null) expect(days.get(id)).toBeGreaterThanOrEqual(b.from);
            if (b.to !== null) expect(days.get(id)).toBeLessThanOrEqual(b.to);
          }
        }
      }),
    );
  });

  it('does not depend on the order of the invoices (up to the order of ids) and has shares summing to 1', () => {
    fc.assert(
      fc.property(
        invoices.chain((l) => fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length }))),
        ([list, shuffled]) => {
          const a = agingBuckets(list, { asOf: iso(ASOF_DAY) });
          const b = agingBuckets(shuffled, { asOf: iso(ASOF_DAY) });
          a.buckets.forEach((x, i) => {
            expect(b.buckets[i].count).toBe(x.count);
            expect(b.buckets[i].amount).toBeCloseTo(x.amount, 6);
            expect([...b.buckets[i].ids].sort()).toEqual([...x.ids].sort());
          });
          const shares = a.buckets.map((x) => x.share);
          if (a.total.amount === 0) expect(shares.every((s) => s === null)).toBe(true);
          else
            expect(shares.reduce((s, x) => s! + x!, 0)! + a.undated.amount / a.total.amount).toBeCloseTo(
              1,
              9,
            );
        },
      ),
    );
  });
});
