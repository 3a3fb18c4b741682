import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LIFECYCLE_SEGMENTS, lifecycleSegments, type LifecycleClient } from '../../src/core/lifecycle.js';

function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value !== null && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}

const ASOF = '2024-06-30';
const date = fc
  .integer({ min: -400, max: 20 })
  .map((d) => new Date(Date.UTC(2024, 5, 30 + d)).toISOString().slice(0, 10));
const purchase = fc.oneof(
  date,
  fc.record({
    date,
    amount: fc.oneof(fc.integer({ min: -300, max: 1000 }), fc.constantFrom('1 234,56', '-10', '0')),
  }),
);
const clients = fc
  .array(fc.array(purchase, { maxLength: 8 }), { maxLength: 25 })
  .map((ps) => ps.map((purchases, i): LifecycleClient => ({ id: `c${i}`, purchases })));
const options = fc.record(
  {
    regularFrom: fc.integer({ min: 2, max: 6 }),
    minCycleDays: fc.integer({ min: 0, max: 20 }),
    fallingAsleepFactor: fc.constantFrom(0, 1, 1.5, 2),
  },
  { requiredKeys: [] },
);

describe('lifecycleSegments(input) properties', () => {
  it('counts every client once: the nine segments sum to the clients minus the potential ones', () => {
    fc.assert(
      fc.property(clients, options, (data, opts) => {
        const r = lifecycleSegments({ asOf: ASOF, clients: data }, opts);
        const counted = r.segments.reduce((s, x) => s + x.count, 0);
        expect(counted).toBe(data.length - r.potential.count);
        expect(
          r.segments
            .flatMap((s) => s.ids)
            .concat(r.potential.ids)
            .sort(),
        ).toEqual(data.map((c) => c.id).sort());
        if (counted > 0)
          expect(Math.abs(r.segments.reduce((s, x) => s + x.share!, 0) - 1)).toBeLessThan(1e-9);
        else expect(r.segments.every((s) => s.share === null)).toBe(true);
        expect(allFinite(r)).toBe(true);
      }),
    );
  });

  it('gives each client a segment consistent with its stage and activity, and null exactly for potential ones', () => {
    fc.assert(
      fc.property(clients, options, (data, opts) => {
        const r = lifecycleSegments({ asOf: ASOF, clients: data }, opts);
        for (const c of r.clients) {
          if (c.stage === 'potential') {
            expect(c.purchases).toBe(0);
            expect([
              c.segment,
              c.activity,
              c.daysToNextState,
              c.lastPurchase,
              c.cycleDays,
              c.recencyDays,
            ]).toEqual([null, null, null, null, null, null]);
            continue;
          }
          expect(c.segment).not.toBeNull();
          expect(LIFECYCLE_SEGMENTS[c.segment!]).toEqual({ stage: c.stage, activity: c.activity });
          expect(c.cycleDays!).toBeGreaterThanOrEqual(opts.minCycleDays ?? 7);
          expect(c.recencyDays!).toBeGreaterThanOrEqual(0);
          expect(c.lastPurchase! <= ASOF).toBe(true);
          expect(c.daysToNextState === null).toBe(c.activity === 'asleep');
          if (c.daysToNextState !== null) expect(c.daysToNextState).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });

  it('does not depend on the order of clients or of purchases', () => {
    fc.assert(
      fc.property(
        clients.chain((data) =>
          fc.tuple(
            fc.constant(data),
            fc.shuffledSubarray(data, { minLength: data.length, maxLength: data.length }),
          ),
        ),
        ([data, other]) => {
          const reversed = other.map((c) => ({ ...c, purchases: [...c.purchases].reverse() }));
          const a = lifecycleSegments({ asOf: ASOF, clients: data });
          const b = lifecycleSegments({ asOf: ASOF, clients: reversed });
          const byId = (r: typeof a) => Object.fromEntries(r.clients.map((c) => [c.id, c]));
          expect(byId(b)).toEqual(byId(a));
          expect(b.segments.map((s) => s.count)).toEqual(a.segments.map((s) => s.count));
          expect(b.medianGapDays).toBe(a.medianGapDays);
        },
      ),
    );
  });
});
