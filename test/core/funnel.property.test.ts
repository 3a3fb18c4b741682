import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { funnel, type Deal, type FunnelResult } from '../../src/core/funnel.js';
import { fastDayNumber } from '../../src/core/internal/day-number.js';
import { formatIsoDate, parseDate } from '../../src/core/dates.js';

const STAGES = ['s0', 's1', 's2', 's3', 's4'];
// A hundred funnels per property: generous on a busy CI machine.
const SLOW = 30_000;

const isoDay = fc.integer({ min: 19000, max: 20000 }).map(formatIsoDate);

const history = fc.array(fc.record({ stage: fc.constantFrom(...STAGES), date: isoDay }), { maxLength: 4 });

const deal = fc.record(
  {
    stage: fc.constantFrom(...STAGES),
    status: fc.constantFrom('open' as const, 'won' as const, 'lost' as const),
    amount: fc.option(
      fc.integer({ min: 0, max: 1_000_000 }).map((c) => c / 100),
      { nil: undefined },
    ),
    owner: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
    client: fc.option(fc.constantFrom('x', 'y', 'z', 'w'), { nil: undefined }),
    history: fc.option(history, { nil: undefined }),
  },
  { requiredKeys: ['stage', 'status'] },
);

// Unique ids by position; the deals themselves are arbitrary.
const deals = fc.array(deal, { maxLength: 40 }).map((ds) => ds.map((d, i): Deal => ({ id: `d${i}`, ...d })));

function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) for (const v of value) numbersIn(v, out);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) numbersIn(v, out);
  return out;
}

// What must not depend on the order of the deals (sums compared with a tolerance).
function orderFree(r: FunnelResult) {
  const sorted = (ids: string[] | null) => (ids ? ids.slice().sort() : null);
  const stages = r.stages.map((s) => ({
    count: s.count,
    clients: s.clients,
    fromPrevious: s.fromPrevious,
    ids: sorted(s.ids),
    open: [s.open!.count, sorted(s.open!.ids)],
    lost: [s.lost!.count, sorted(s.lost!.ids)],
    won: [s.won!.count, sorted(s.won!.ids)],
    time: s.time,
  }));
  return {
    stages,
    winRate: r.winRate,
    owners: r.owners?.map((o) => [o.owner, o.stages.map((s) => [s.count, s.clients])]),
  };
}

describe('funnel({stageOrder, deals}) properties', () => {
  it(
    'never lets a count rise along the stages, and keeps fromFirst within [0, 1]',
    () => {
      fc.assert(
        fc.property(deals, (ds) => {
          const r = funnel({ stageOrder: STAGES, deals: ds });
          expect(r.nonMonotonic).toBe(false);
          r.stages.forEach((s, k) => {
            if (k > 0) expect(s.count).toBeLessThanOrEqual(r.stages[k - 1].count);
            if (s.fromFirst !== null) {
              expect(s.fromFirst).toBeGreaterThanOrEqual(0);
              expect(s.fromFirst).toBeLessThanOrEqual(1);
            }
            if (s.fromPrevious !== null) expect(s.fromPrevious).toBeLessThanOrEqual(1);
          });
          for (const o of r.owners ?? []) {
            o.stages.forEach((s, k) => {
              if (k > 0) expect(s.count).toBeLessThanOrEqual(o.stages[k - 1].count);
            });
          }
        }),
      );
    },
    SLOW,
  );

  it(
    'produces no NaN or Infinity anywhere',
    () => {
      fc.assert(
        fc.property(deals, (ds) => {
          const r = funnel({ stageOrder: STAGES, deals: ds, base: 10, owners: [{ owner: 'a', base: 0 }] });
          for (const n of numbersIn(r)) expect(Number.isFinite(n)).toBe(true);
        }),
      );
    },
    SLOW,
  );

  it(
    'accounts for every deal: the first stage counts all, open + lost + won add up',
    () => {
      fc.assert(
        fc.property(deals, (ds) => {
          const r = funnel({ stageOrder: STAGES, deals: ds });
          if (r.stages.length === 0) return;
          expect(r.stages[0].count).toBe(ds.length);
          expect(r.open!.count + r.won!.count + r.lost!.count).toBe(ds.length);
          const won = ds.filter((d) => d.status === 'won').length;
          expect(r.stages[STAGES.length - 1].count).toBe(
            won + ds.filter((d) => d.status !== 'won' && d.stage === 's4').length,
          );
          r.stages.forEach((s) => {
            expect(s.ids).toHaveLength(s.count);
            if (s.clients !== null) expect(s.clients).toBeLessThanOrEqual(s.count);
          });
          if (r.winRate !== null) expect(r.winRate).toBe(won / (won + r.lost!.count));
        }),
      );
    },
    SLOW,
  );

  it(
    'does not depend on the order of the deals',
    () => {
      fc.assert(
        fc.property(
          deals.chain((ds) =>
            fc.tuple(
              fc.constant(ds),
              fc.shuffledSubarray(ds, { minLength: ds.length, maxLength: ds.length }),
            ),
          ),
          ([ds, shuffled]) => {
            const a = funnel({ stageOrder: STAGES, deals: ds });
            const b = funnel({ stageOrder: STAGES, deals: shuffled });
            expect(orderFree(b)).toEqual(orderFree(a));
            a.stages.forEach((s, k) => {
              if (s.value === null) expect(b.stages[k].value).toBeNull();
              else expect(b.stages[k].value).toBeCloseTo(s.value, 6);
            });
          },
        ),
      );
    },
    SLOW,
  );

  it(
    'keeps the mean and median time in stage within the span of the histories (0 to 1000 days)',
    () => {
      fc.assert(
        fc.property(deals, (ds) => {
          const r = funnel({ stageOrder: STAGES, deals: ds });
          for (const s of r.stages) {
            if (!s.time || s.time.mean === null) continue;
            expect(s.time.left).toBeGreaterThan(0);
            for (const t of [s.time.mean, s.time.median!]) {
              expect(t).toBeGreaterThanOrEqual(0);
              expect(t).toBeLessThanOrEqual(1000);
            }
          }
        }),
      );
    },
    SLOW,
  );
});

describe('funnel({stages}) properties', () => {
  const counts = fc.array(fc.nat(1000), { maxLength: 8 });
  it('reproduces each count from the previous one and its conversion, and flags rises', () => {
    fc.assert(
      fc.property(counts, (cs) => {
        const r = funnel({ stages: cs.map((count, i) => ({ key: `k${i}`, count })) });
        r.stages.forEach((s, k) => {
          if (k > 0 && s.fromPrevious !== null) expect(s.fromPrevious * cs[k - 1]).toBeCloseTo(cs[k], 9);
          if (s.fromPrevious !== null) expect(s.dropOff).toBeCloseTo(1 - s.fromPrevious, 12);
          else expect(s.dropOff).toBeNull();
        });
        expect(r.nonMonotonic).toBe(cs.some((c, k) => k > 0 && c > cs[k - 1]));
        for (const n of numbersIn(r)) expect(Number.isFinite(n)).toBe(true);
      }),
    );
  });
  it('leaves every conversion null in checklist mode', () => {
    fc.assert(
      fc.property(counts, (cs) => {
        const r = funnel({ stages: cs.map((count, i) => ({ key: `k${i}`, count })) }, { mode: 'checklist' });
        expect(
          r.stages.every((s) => s.fromPrevious === null && s.fromFirst === null && s.dropOff === null),
        ).toBe(true);
        expect(r.nonMonotonic).toBe(false);
      }),
    );
  });
});

describe('fastDayNumber(s)', () => {
  it('agrees with parseDate on YYYY-MM-DD and DD.MM.YYYY', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700000, max: 2900000 }), (day) => {
        const iso = formatIsoDate(day);
        const [y, m, d] = iso.split('-');
        expect(fastDayNumber(iso)).toBe(day >= parseDate('0100-01-01')! ? parseDate(iso) : NaN);
        const ru = `${d}.${m}.${y}`;
        if (y.length === 4)
          expect(fastDayNumber(ru)).toBe(day >= parseDate('0100-01-01')! ? parseDate(ru) : NaN);
      }),
    );
  });
  it('leaves bad dates, the empty date and other forms to parseDate (NaN)', () => {
    for (const s of [
      '2024-02-30',
      '2023-02-29',
      '31.04.2024',
      '0001-01-01',
      '2024-1-01',
      '2024/01/01',
      '2024-01-01T00:00',
    ]) {
      expect(fastDayNumber(s)).toBeNaN();
    }
    expect(fastDayNumber('2024-02-29')).toBe(parseDate('2024-02-29'));
  });
});
