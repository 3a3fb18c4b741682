// The benchmark's cases: synthetic data, seeded (the same every run), and the call under
// test. Shared by the benchmark (core.bench.ts) and the test that the core's compiled code
// survives garbage collection between calls (test/core/kept-shapes.test.ts).
import { abcXyzMatrix } from '../../src/core/abc-xyz.js';
import { lifecycleSegments } from '../../src/core/lifecycle.js';
import { scoreTrafficLights } from '../../src/core/traffic-light.js';
import { funnel } from '../../src/core/funnel.js';
import { ERP_STAGES } from '../fixtures/funnel.js';
import { random } from '../fixtures/random.js';

const OWNERS = [
  'Орлов А.',
  'Федоров Б.',
  'Калинина М.В.',
  'Харитонова А.В.',
  'Сотрудник 1',
  'Сотрудник 2',
  'Сотрудник 3',
  'Сотрудник 4',
];
const STAGES = ERP_STAGES;
const INDICATORS = ['activity', 'cok', 'co', 'k1u', 'gnd', 'overhang', 'training'];

function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A benchmark case: its data, the call under test, and the two passes over the input that
 * make the floors. `pass`, the floor of the target ("one pass over the input"), reads every
 * field of every row once (each number and flag, each purchase date and each text, a string
 * by its length), as any call must at least. `oneField`, reported beside it (the floor the
 * target was judged on until 23 November 2026), reads one field per row (the first value,
 * the number of purchases, the first indicator, the amount): for the lifecycle, none of
 * the dates that are most of its input.
 */
export type Case = { data: unknown; run: () => unknown; pass: () => number; oneField: () => number };

export function makeCase(name: string, n: number): Case {
  const rnd = random(20241122);
  switch (name) {
    case 'abcXyzMatrix': {
      const rows = Array.from({ length: n }, (_, i) => {
        const base = rnd() < 0.05 ? 0 : Math.round(rnd() ** 3 * 100_000);
        const values = Array.from({ length: 12 }, () => (base === 0 ? 0 : Math.round(base * (0.5 + rnd()))));
        return { id: `c${i}`, owner: OWNERS[i % 8], values, everPurchased: base !== 0 || rnd() < 0.5 };
      });
      return {
        data: rows,
        run: () => abcXyzMatrix(rows),
        pass: () => {
          let s = 0;
          for (const r of rows) {
            s += r.id.length + r.owner.length + (r.everPurchased ? 1 : 0);
            for (const v of r.values) s += v;
          }
          return s;
        },
        oneField: () => rows.reduce((s, r) => s + r.values[0], 0),
      };
    }
    case 'lifecycleSegments':
    case 'lifecycleSegments10': {
      // 1 to 10 purchases per client (every stage and the one-purchase path), or exactly 10
      // (the "clients x 10 purchases": every client regular).
      const asOfDay = 19_900; // 2024-06-27
      const clients = Array.from({ length: n }, (_, i) => {
        const count = name === 'lifecycleSegments10' ? 10 : 1 + Math.floor(rnd() * 10);
        const gap = 7 + Math.floor(rnd() * 60);
        let day = asOfDay - Math.floor(rnd() * 700);
        const purchases: string[] = [];
        for (let k = 0; k < count; k++) {
          purchases.push(isoDate(day));
          day -= gap + Math.floor(rnd() * 10);
        }
        return { id: `c${i}`, purchases };
      });
      const input = { asOf: isoDate(asOfDay), clients };
      return {
        data: input,
        run: () => lifecycleSegments(input),
        pass: () => {
          let s = 0;
          for (const c of clients) {
            s += c.id.length;
            for (const p of c.purchases) s += p.length;
          }
          return s;
        },
        oneField: () => clients.reduce((s, c) => s + c.purchases.length, 0),
      };
    }
    case 'scoreTrafficLights': {
      const indicators = INDICATORS.map((key, i) => ({
        key,
        label: key,
        weight: i === 0 ? 0.4 : i === 3 ? 0.2 : 0.1,
        rule: key === 'overhang' ? { max: 0 } : key === 'activity' ? { min: 100 } : { min: 1 },
      }));
      const clients = Array.from({ length: n }, (_, i) => {
        const values: Record<string, number | null> = {};
        for (const key of INDICATORS)
          values[key] = rnd() < 0.02 ? null : Math.floor(rnd() * (key === 'activity' ? 2000 : 3));
        return { id: `c${i}`, name: `Клиент ${i}`, owner: OWNERS[i % 8], values };
      });
      const input = { asOf: '2024-06-30', indicators, clients };
      return {
        data: input,
        run: () => scoreTrafficLights(input),
        pass: () => {
          let s = 0;
          for (const c of clients) {
            s += c.id.length + c.name.length + c.owner.length;
            for (const key of INDICATORS) s += c.values[key] ?? 0;
          }
          return s;
        },
        oneField: () => clients.reduce((s, c) => s + (c.values.activity ?? 0), 0),
      };
    }
    case 'funnel': {
      const deals = Array.from({ length: n }, (_, i) => {
        const stage = STAGES[Math.floor(rnd() ** 1.5 * STAGES.length)];
        const r = rnd();
        return {
          id: `d${i}`,
          stage,
          status: r < 0.6 ? 'open' : r < 0.8 ? 'won' : 'lost',
          amount: Math.round(rnd() * 1_000_000) / 100,
          owner: OWNERS[i % 8],
        };
      });
      const input = { stageOrder: STAGES, deals } as Parameters<typeof funnel>[0];
      return {
        data: input,
        run: () => funnel(input),
        pass: () => {
          let s = 0;
          for (const d of deals)
            s += d.id.length + d.stage.length + d.status.length + d.owner.length + d.amount;
          return s;
        },
        oneField: () => deals.reduce((s, d) => s + d.amount, 0),
      };
    }
    default:
      throw new Error(`unknown case ${name}`);
  }
}
