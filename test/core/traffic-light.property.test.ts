import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  poolMix,
  scoreTrafficLights,
  type TrafficClient,
  type TrafficIndicator,
  type TrafficLightResult,
  type TrafficRule,
} from '../../src/core/traffic-light.js';

const KEYS = ['a', 'b', 'c', 'd', 'e', 'f'];
const OWNERS = ['Орлов А.', 'Калинина М.В.', 'Сотрудник 1', undefined];
const DATES = ['2024-05-20', '2024-06-01', '2024-06-15', '2024-07-01', '2024-07-02', '0001-01-01'];

const weight = fc.integer({ min: 0, max: 100 }).map((x) => x / 100);
const bound = fc.option(fc.integer({ min: -5, max: 50 }), { nil: undefined });
const range = fc
  .tuple(bound, bound)
  .map(([x, y]): TrafficRule =>
    x !== undefined && y !== undefined && x > y ? { min: y, max: x } : { min: x, max: y },
  );
const steps = fc
  .uniqueArray(fc.integer({ min: -5, max: 50 }), { minLength: 1, maxLength: 4 })
  .chain((mins) =>
    fc.tuple(...mins.map((min) => weight.map((earn) => ({ min, earn })))).map((s): TrafficRule => s),
  );
// Rules that only reward higher values: a lower bound, or graded steps with rising earn.
const risingSteps = fc
  .uniqueArray(fc.integer({ min: -5, max: 50 }), { minLength: 1, maxLength: 4 })
  .map((mins): TrafficRule =>
    [...mins].sort((x, y) => x - y).map((min, i) => ({ min, earn: (i + 1) / mins.length })),
  );

const indicatorsOf = (rule: fc.Arbitrary<TrafficRule>) =>
  fc
    .integer({ min: 1, max: KEYS.length })
    .chain((n) =>
      fc.tuple(...KEYS.slice(0, n).map((key) => fc.record({ key: fc.constant(key), weight, rule }))),
    )
    .map((list): TrafficIndicator[] => list);

const indicators = indicatorsOf(fc.oneof(range, steps));
const value = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 8, arbitrary: fc.integer({ min: -10, max: 60 }) },
);
const client = fc.record({
  owner: fc.constantFrom(...OWNERS),
  values: fc.record(Object.fromEntries(KEYS.map((k) => [k, value]))),
  expires: fc.option(
    fc.record(Object.fromEntries(KEYS.map((k) => [k, fc.constantFrom(...DATES)])), { requiredKeys: [] }),
    {
      nil: undefined,
    },
  ),
});
const clients = fc
  .array(client, { maxLength: 40 })
  .map((list): TrafficClient[] => list.map((c, i) => ({ id: i % 2 ? i : `c${i}`, ...c })));

function everyNumber(value: unknown, visit: (n: number) => void): void {
  if (typeof value === 'number') visit(value);
  else if (value !== null && typeof value === 'object')
    Object.values(value).forEach((v) => everyNumber(v, visit));
}

function byId(r: TrafficLightResult) {
  return Object.fromEntries(r.clients.map((c) => [c.id, c]));
}

describe('scoreTrafficLights properties', () => {
  it('counts every client once: mix counts sum to the pool size, owners sum to the total, shares sum to 1', () => {
    fc.assert(
      fc.property(indicators, clients, (inds, pool) => {
        const { mix } = scoreTrafficLights({ indicators: inds, clients: pool });
        for (const m of [mix.total, ...mix.owners]) {
          expect(m.red + m.yellow + m.green).toBe(m.count);
          if (m.count === 0) {
            expect(m.shares).toEqual({ red: null, yellow: null, green: null });
          } else {
            expect(m.shares.red! + m.shares.yellow! + m.shares.green!).toBeCloseTo(1, 12);
          }
        }
        expect(mix.total.count).toBe(pool.length);
        expect(mix.owners.reduce((s, o) => s + o.count, 0)).toBe(pool.length);
      }),
    );
  });

  it('does not depend on the order of the clients', () => {
    fc.assert(
      fc.property(
        indicators,
        clients.chain((pool) =>
          fc.tuple(fc.constant(pool), fc.shuffledSubarray(pool, { minLength: pool.length })),
        ),
        fc.boolean(),
        (inds, [pool, shuffled], normalize) => {
          fc.pre(!normalize || inds.some((i) => i.weight > 0));
          const a = scoreTrafficLights(
            { asOf: '2024-06-01', indicators: inds, clients: pool },
            { normalize },
          );
          const b = scoreTrafficLights(
            { asOf: '2024-06-01', indicators: inds, clients: shuffled },
            { normalize },
          );
          expect(byId(b)).toEqual(byId(a));
          expect(b.mix).toEqual(a.mix);
        },
      ),
    );
  });

  it('never outputs NaN or Infinity, normalised or not, with or without asOf', () => {
    fc.assert(
      fc.property(indicators, clients, fc.boolean(), fc.boolean(), (inds, pool, normalize, withAsOf) => {
        fc.pre(!normalize || inds.some((i) => i.weight > 0));
        const r = scoreTrafficLights(
          { asOf: withAsOf ? '2024-06-01' : undefined, indicators: inds, clients: pool },
          { normalize },
        );
        everyNumber(r, (n) => expect(Number.isFinite(n)).toBe(true));
      }),
    );
  });

  it('gives every client the colour its score earns and a score that sums its earned weights', () => {
    fc.assert(
      fc.property(indicators, clients, (inds, pool) => {
        const r = scoreTrafficLights({ indicators: inds, clients: pool });
        for (const c of r.clients) {
          const sum = Object.values(c.earned).reduce((s, e) => s + e, 0);
          expect(c.score).toBeCloseTo(sum, 12);
          const expected = c.score >= 0.7 - 1e-9 ? 'green' : c.score >= 0.4 - 1e-9 ? 'yellow' : 'red';
          expect(c.color).toBe(expected);
          for (const key of c.missing) expect(c.earned[key]).toBe(0);
        }
      }),
    );
  });

  it('normalize divides every score by the weight sum', () => {
    fc.assert(
      fc.property(indicators, clients, (inds, pool) => {
        fc.pre(inds.some((i) => i.weight > 0));
        const raw = scoreTrafficLights({ indicators: inds, clients: pool });
        const norm = scoreTrafficLights({ indicators: inds, clients: pool }, { normalize: true });
        norm.clients.forEach((c, i) => expect(c.score * raw.weightSum).toBeCloseTo(raw.clients[i].score, 9));
      }),
    );
  });

  it('never scores a client lower for a higher value under rising rules', () => {
    fc.assert(
      fc.property(
        indicatorsOf(
          fc.oneof(
            range.map((r) => ({ min: (r as { min?: number }).min })),
            risingSteps,
          ),
        ),
        client,
        fc.constantFrom(...KEYS),
        fc.integer({ min: 1, max: 30 }),
        (inds, c, key, bump) => {
          const v = c.values[key];
          fc.pre(typeof v === 'number');
          const higher = { ...c, id: 'x', values: { ...c.values, [key]: (v as number) + bump } };
          const [a, b] = scoreTrafficLights({
            indicators: inds,
            clients: [
              { ...c, id: 'x' },
              { ...higher, id: 'y' },
            ],
          }).clients;
          expect(b.score).toBeGreaterThanOrEqual(a.score - 1e-12);
        },
      ),
    );
  });

  it('never scores a client higher after what expires soon, and lists only dates in asOf..asOf + 30', () => {
    fc.assert(
      fc.property(indicators, clients, (inds, pool) => {
        const r = scoreTrafficLights({ asOf: '2024-06-01', indicators: inds, clients: pool });
        r.clients.forEach((c, i) => {
          if (c.expiresSoon === null) return;
          expect(c.expiresSoon.score).toBeLessThanOrEqual(c.score + 1e-12);
          for (const key of c.expiresSoon.keys) {
            expect(['2024-06-01', '2024-06-15', '2024-07-01']).toContain(pool[i].expires?.[key]);
          }
        });
      }),
    );
  });

  it('reports exactly the rows whose id an earlier row has, naming that row', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }).map(String)), {
          maxLength: 60,
        }),
        (idList) => {
          const first = new Map<string, number>();
          const expected: { path: string; message: string }[] = [];
          idList.forEach((id, i) => {
            const key = String(id);
            if (first.has(key)) {
              expected.push({
                path: `clients[${i}].id`,
                message: `duplicate id "${key}" (first at clients[${first.get(key)}])`,
              });
            } else first.set(key, i);
          });
          const run = () =>
            scoreTrafficLights({
              indicators: [{ key: 'a', weight: 1, rule: {} }],
              clients: idList.map((id) => ({ id, values: {} })),
            });
          if (expected.length === 0) expect(run().clients).toHaveLength(idList.length);
          else expect(() => run()).toThrow(expect.objectContaining({ issues: expected }));
        },
      ),
    );
  });

  it('poolMix of the scored clients equals the mix the scoring returns', () => {
    fc.assert(
      fc.property(indicators, clients, (inds, pool) => {
        const r = scoreTrafficLights({ indicators: inds, clients: pool });
        expect(poolMix(r.clients)).toEqual(r.mix);
      }),
    );
  });
});
