// Run by kept-shapes.test.ts under `--trace-deopt --expose-gc`, one Node process per
// function (`node run.mjs <name>`): the function on 20k rows, eight times, with a full
// garbage collection before each call, the way a page recomputes on each data refresh.
// Prints `## <name>` before the calls and `## end` after them, so the test reads what V8
// threw away during them, and nothing a function of the same process left behind.
import { classifyAbc, classifyXyz } from '../../src/core/abc-xyz.js';
import { compareAbcXyz } from '../../src/core/abc-xyz-matrix.js';
import { rfmScores } from '../../src/core/rfm.js';
import { makeCase } from '../bench/cases.js';

declare const gc: () => void;

const [only, size] = process.argv.slice(2);
const n = Number(size ?? 20_000);
const rows = () => makeCase('abcXyzMatrix', n).data as { id: string; values: number[] }[];

/** Per function, what makes its input (run once, before its calls) and then its call. */
const setups: Record<string, () => () => unknown> = {
  abcXyzMatrix: () => makeCase('abcXyzMatrix', n).run,
  lifecycleSegments: () => makeCase('lifecycleSegments', n).run,
  classifyAbc: () => {
    const items = rows().map((r) => ({ id: r.id, value: r.values[0] }));
    return () => classifyAbc(items);
  },
  classifyXyz: () => {
    const items = rows();
    return () => classifyXyz(items);
  },
  compareAbcXyz: () => {
    // Two years' results as a host keeps them (JSON), not made here by abcXyzMatrix: its
    // own compiled code would then be dropped during these calls, and count against them.
    const year = (shift: number) => ({
      items: rows().map((r, i) => ({
        id: r.id,
        status: i % 20 === 0 ? 'lost' : 'classified',
        abc: 'ABC'[(i + shift) % 3],
        xyz: i % 7 === 0 ? null : 'XYZ'[(i * 5 + shift) % 3],
        value: r.values[0],
        name: null,
        owner: null,
      })),
    });
    const previous = year(0) as unknown as Parameters<typeof compareAbcXyz>[0];
    const current = year(1) as unknown as Parameters<typeof compareAbcXyz>[1];
    return () => compareAbcXyz(previous, current);
  },
  funnel: () => makeCase('funnel', n).run,
  scoreTrafficLights: () => makeCase('scoreTrafficLights', n).run,
  rfmScores: () => {
    const customers = rows().map((r, i) => ({
      id: r.id,
      recencyDays: i % 400,
      frequency: i % 13,
      monetary: r.values[1],
    }));
    return () => rfmScores(customers);
  },
};

const setup = setups[only];
if (!setup) throw new Error(`unknown function ${only}; one of ${Object.keys(setups).join(', ')}`);
const call = setup();
gc();
// The last result stays referenced, as a widget keeps what it shows until the next one.
let shown: unknown = null;
console.log(`## ${only}`);
for (let run = 0; run < 8; run++) {
  gc();
  shown = call();
}
console.log(`## end (last result: ${typeof shown})`);
