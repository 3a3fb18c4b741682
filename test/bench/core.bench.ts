// One benchmark case per process: `node core.bench.mjs <function> <rows>`. Prints one JSON line.
// Data is synthetic and seeded (the same every run). The floor is measured in the same
// process: sorting 1M numbers plus one pass over the input.
import { cpus } from 'node:os';
import { random } from '../fixtures/random.js';
import { makeCase } from './cases.js';

declare const gc: () => void;

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
// Calls before the timed ones. The first calls in a process also compile: V8 optimises a
// function's loops over its first few calls (at 100k rows the first three took 240, 180
// and 115 ms, then 75-80). The timed runs measure a page that recomputes on each data
// refresh; the first call, compiling included, is reported apart (`first`).
const warmups = 3;

// The floor: sort 1M numbers plus one pass over this input, reading every field of every
// row once; a floor whose pass reads one field per row is reported beside it (cases.ts).
const rnd = random(7);
const numbers = Float64Array.from({ length: 1_000_000 }, () => rnd());

// Peak memory: what the first call adds to the process's resident set.
gc();
const before = process.memoryUsage().rss;
const rssPeakBefore = process.resourceUsage().maxRSS * 1024;
const first = time(c.run);
const peak = Math.max(0, process.resourceUsage().maxRSS * 1024 - Math.max(before, rssPeakBefore));
for (let i = 1; i < warmups; i++) {
  gc();
  time(c.run);
}
const times: number[] = [];
const floors: number[] = [];
const oneFieldFloors: number[] = [];
for (let i = 0; i < runs; i++) {
  // The floor and the function take turns, so that both are measured in the same state of
  // a shared machine: the ratio then moves less when its load changes during the run.
  const copy = numbers.slice();
  const sort = time(() => copy.sort());
  floors.push(sort + time(c.pass));
  oneFieldFloors.push(sort + time(c.oneField));
  gc();
  times.push(time(c.run));
}
const m = median(times);
const floor = median(floors);
const oneFieldFloor = median(oneFieldFloors);
console.log(
  JSON.stringify({
    name,
    n,
    runs,
    warmups,
    first,
    median: m,
    floor,
    ratio: m / floor,
    oneFieldFloor,
    oneFieldRatio: m / oneFieldFloor,
    peakMb: peak / 1024 / 1024,
    cpu: cpus()[0]?.model ?? '',
  }),
);
