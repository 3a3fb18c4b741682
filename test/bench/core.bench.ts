// One benchmark case per process: `node core.bench.mjs <function> <rows>`. Prints one JSON line.
// Data is synthetic and seeded (the same every run). The floor is measured in the same
// process: sorting 1M numbers plus one pass over the input.
import { abcXyzMatrix } from '../../src/core/abc-xyz.js';
import { lifecycleSegments } from '../../src/core/lifecycle.js';
import { scoreTrafficLights } from '../../src/core/traffic-light.js';
import { funnel } from '../../src/core/funnel.js';
import { cpus } from 'node:os';
import { random } from '../fixtures/random.js';

declare const gc: () => void;

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
const STAGES = [
  'contact',
  'qualification',
  'proposal',
  'presentation',
  'negotiation',
  'preparing',
  'delivery',
];
const INDICATORS = ['activity', 'cok', 'co', 'k1u', 'gnd', 'overhang', 'training'];

function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

type Case = { data: unknown; run: () => unknown; pass: () => number };

function makeCase(name: string, n: number): Case {
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
        pass: () => rows.reduce((s, r) => s + r.values[0], 0),
      };
    }
    case 'lifecycleSegments': {
      const asOfDay = 19_900; // 2024-06-27
      const clients = Array.from({ length: n }, (_, i) => {
        const count = 1 + Math.floor(rnd() * 10);
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
        pass: () => clients.reduce((s, c) => s + c.purchases.length, 0),
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
        pass: () => clients.reduce((s, c) => s + (c.values.activity ?? 0), 0),
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
      return { data: input, run: () => funnel(input), pass: () => deals.reduce((s, d) => s + d.amount, 0) };
    }
    default:
      throw new Error(`unknown case ${name}`);
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const [name, nText] = process.argv.slice(2);
const n = Number(nText);
const c = makeCase(name, n);
const runs = n >= 1_000_000 ? 7 : 9;

// The floor: sort 1M numbers plus one pass over this input.
const rnd = random(7);
const numbers = Float64Array.from({ length: 1_000_000 }, () => rnd());

// Peak memory: what the first (warm-up) run adds to the process's resident set.
gc();
const before = process.memoryUsage().rss;
const rssPeakBefore = process.resourceUsage().maxRSS * 1024;
time(c.run);
const peak = Math.max(0, process.resourceUsage().maxRSS * 1024 - Math.max(before, rssPeakBefore));
const times: number[] = [];
const floors: number[] = [];
for (let i = 0; i < runs; i++) {
  // The floor and the function take turns, so that both are measured in the same state of
  // a shared machine: the ratio then moves less when its load changes during the run.
  const copy = numbers.slice();
  floors.push(time(() => copy.sort()) + time(c.pass));
  gc();
  times.push(time(c.run));
}
const m = median(times);
const floor = median(floors);
console.log(
  JSON.stringify({
    name,
    n,
    runs,
    median: m,
    floor,
    ratio: m / floor,
    peakMb: peak / 1024 / 1024,
    cpu: cpus()[0]?.model ?? '',
  }),
);
