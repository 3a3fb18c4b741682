// npm run bench: bundles the benchmark with esbuild and runs each case in its own Node
// process (so peak memory is that case's own), then prints a table.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'crm-pulse-bench-'));
const bundle = join(dir, 'core.bench.mjs');
await build({
  entryPoints: [join(here, 'core.bench.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundle,
  logLevel: 'error',
});

const only = process.argv[2];
// [case, rows, name in the table]: the lifecycle with 1 to 10 purchases a client, and with
// exactly 10 (cases.ts).
const cases = [
  ['abcXyzMatrix', 100_000],
  ['abcXyzMatrix', 1_000_000],
  ['lifecycleSegments', 100_000, 'lifecycleSegments, 1-10 purchases'],
  ['lifecycleSegments', 1_000_000, 'lifecycleSegments, 1-10 purchases'],
  ['lifecycleSegments10', 100_000, 'lifecycleSegments, 10 purchases'],
  ['lifecycleSegments10', 1_000_000, 'lifecycleSegments, 10 purchases'],
  ['scoreTrafficLights', 100_000],
  ['scoreTrafficLights', 1_000_000],
  ['funnel', 100_000],
  ['funnel', 1_000_000],
].filter(([name]) => !only || name.startsWith(only));

const rows = [];
try {
  for (const [name, n, label = name] of cases) {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=8192', bundle, name, String(n)],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    rows.push({ ...JSON.parse(out.trim().split('\n').pop()), label });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const fmt = (v, d = 0) => v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const lines = [
  `Node ${process.version}, ${rows[0]?.cpu ?? ''}`,
  '',
  '| function | rows | median ms | runs | floor ms | ratio to floor | one-field floor ms | ratio to one-field floor | first call ms | peak memory MB | target |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ...rows.map((r) => {
    const ok = r.ratio <= 5 && (r.n > 100_000 || r.median < 100);
    return `| ${r.label} | ${fmt(r.n)} | ${fmt(r.median, 1)} | ${r.runs} | ${fmt(r.floor, 1)} | ${fmt(r.ratio, 2)}× | ${fmt(r.oneFieldFloor, 1)} | ${fmt(r.oneFieldRatio, 2)}× | ${fmt(r.first, 1)} | ${fmt(r.peakMb)} | ${ok ? 'met' : 'MISSED'} |`;
  }),
];
console.log(lines.join('\n'));
