import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collection, collectionKpi, type CollectionRow } from '../../src/core/collection.js';

const money = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((k) => k / 100);
const rows = fc
  .array(
    fc.record({
      owner: fc.constantFrom('Калинина М.В.', 'Харитонова А.В.', null, undefined),
      department: fc.constantFrom('А', 'Б', undefined),
      plan: fc.option(money(200_000), { nil: undefined }),
      charges: fc.array(money(50_000), { maxLength: 4 }),
      fact: money(250_000),
    }),
    { maxLength: 25 },
  )
  .map((list): CollectionRow[] => list.map((r, i) => ({ id: i, ...r })));

function everyNumber(value: unknown, visit: (n: number) => void): void {
  if (typeof value === 'number') visit(value);
  else if (value !== null && typeof value === 'object')
    Object.values(value).forEach((v) => everyNumber(v, visit));
}

describe('collectionKpi properties', () => {
  it('never lowers the KPI when more is paid', () => {
    fc.assert(
      fc.property(money(1_000_000), money(1_000_000), money(100_000), (fact, plan, more) => {
        const a = collectionKpi(fact, plan);
        const b = collectionKpi(fact + more, plan);
        if (plan === 0) expect([a.kpi, b.kpi]).toEqual([null, null]);
        else expect(b.kpi!).toBeGreaterThanOrEqual(a.kpi!);
      }),
    );
  });

  it('always gives one of the step values, and ratio = fact / plan', () => {
    fc.assert(
      fc.property(money(1_000_000), money(1_000_000), (fact, plan) => {
        const r = collectionKpi(fact, plan);
        if (plan === 0) return;
        expect(r.ratio).toBe(fact / plan);
        expect([0, 0.1, 0.2]).toContain(r.kpi);
      }),
    );
  });
});

describe('collection properties', () => {
  it('totals are sums of the rows and completeness is sum of fact / sum of plan', () => {
    fc.assert(
      fc.property(rows, (list) => {
        const r = collection(list);
        const plan = r.rows.reduce((s, x) => s + x.plan, 0);
        const fact = r.rows.reduce((s, x) => s + x.fact, 0);
        expect(r.total.count).toBe(list.length);
        expect(r.total.plan).toBeCloseTo(plan, 6);
        expect(r.total.completeness).toBe(r.total.plan === 0 ? null : r.total.fact / r.total.plan);
        expect(r.total.fact).toBeCloseTo(fact, 6);
        expect(r.owners.reduce((s, o) => s + o.count, 0)).toBe(list.length);
        expect(r.departments.reduce((s, d) => s + d.count, 0)).toBe(list.length);
      }),
    );
  });

  it('does not depend on the order of the rows (up to float summation and the order of ids)', () => {
    fc.assert(
      fc.property(
        rows.chain((l) => fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length }))),
        ([list, shuffled]) => {
          const a = collection(list);
          const b = collection(shuffled);
          expect(b.owners.map((o) => [o.owner, o.count, o.kpi])).toEqual(
            a.owners.map((o) => [o.owner, o.count, o.kpi]),
          );
          a.owners.forEach((o, i) => {
            if (o.completeness === null) expect(b.owners[i].completeness).toBeNull();
            else expect(b.owners[i].completeness).toBeCloseTo(o.completeness, 9);
          });
        },
      ),
    );
  });

  it('never outputs NaN or Infinity', () => {
    fc.assert(
      fc.property(rows, (list) => {
        everyNumber(collection(list), (n) => expect(Number.isFinite(n)).toBe(true));
      }),
    );
  });
});
