// Run by kept-shapes.test.ts in a Node process of its own, under `--trace-deopt
// --expose-gc`: functions of the core on 20k rows, eight times each, with a full garbage
// collection before each call, the way a page recomputes on each data refresh. Prints
// `## <name>` before each function's calls, so the test can tell during whose calls V8
// threw compiled code away.
import { classifyAbc, classifyXyz } from '../../src/core/abc-xyz.js';
import { compareAbcXyz } from '../../src/core/abc-xyz-matrix.js';
import { rfmScores } from '../../src/core/rfm.js';
import { makeCase } from '../bench/cases.js';

declare const gc: () => void;

const n = Number(process.argv[2] ?? 20_000);
const matrix = makeCase('abcXyzMatrix', n);
const rows = matrix.data as { id: string; values: number[] }[];
const previous = makeCase('abcXyzMatrix', n).run() as Parameters<typeof compareAbcXyz>[0];

/** The functions the test holds to it come first; see kept-shapes.test.ts for the others. */
const calls: [string, () => unknown][] = [
  ['abcXyzMatrix', matrix.run],
  ['lifecycleSegments', makeCase('lifecycleSegments', n).run],
  ['classifyAbc', () => classifyAbc(rows.map((r) => ({ id: r.id, value: r.values[0] })))],
  ['classifyXyz', () => classifyXyz(rows)],
  ['compareAbcXyz', () => compareAbcXyz(previous, previous)],
  ['funnel', makeCase('funnel', n).run],
  ['scoreTrafficLights', makeCase('scoreTrafficLights', n).run],
  [
    'rfmScores',
    () =>
      rfmScores(
        rows.map((r, i) => ({ id: r.id, recencyDays: i % 400, frequency: i % 13, monetary: r.values[1] })),
      ),
  ],
];

// The last result stays referenced, as a widget keeps what it shows until the next one.
let shown: unknown = null;
for (const [name, call] of calls) {
  console.log(`## ${name}`);
  for (let run = 0; run < 8; run++) {
    gc();
    shown = call();
  }
}
console.log(`## end (last result: ${typeof shown})`);
