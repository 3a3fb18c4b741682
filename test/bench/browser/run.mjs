// Benchmarks against peers, in headless Chromium (issue #8): time to first render and heap of
// our widgets beside Apache ECharts (pie, funnel, heatmap) and a plain <table>, our pool at
// three sizes, then the gzipped weight of our bundles beside ECharts' and Highcharts' minimal
// builds (sizes.mjs). Prints Markdown tables; writes test/bench/.out/browser.json.
//
//   node test/bench/browser/run.mjs            # both parts
//   node test/bench/browser/run.mjs render     # render times and heap only
//   node test/bench/browser/run.mjs sizes      # bundle weight only
//   BENCH_RUNS=9 CHROME_PATH=/path/to/chrome node test/bench/browser/run.mjs
//
// Each measured run is a fresh browser context and page (cold): the page loads its bundle
// and makes its data (not timed); the heap is read after a full GC (CDP); then the element
// or chart is created and timed to the end of its first frame; the heap is read again after
// a full GC; then it is removed and drawn again in the same page (warm). Runs of the two
// sides alternate, so machine load hits both alike; the tables show medians.
import { build } from 'esbuild';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { sizeReport } from './sizes.mjs';
import { findChromium } from '../../../scripts/find-chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const out = path.join(root, 'test/bench/.out');
const pagesOut = path.join(out, 'pages');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 5);
const part = process.argv[2] ?? 'all';
if (!['all', 'render', 'sizes'].includes(part)) {
  console.error(`usage: node test/bench/browser/run.mjs [render|sizes]  (got "${part}")`);
  process.exit(2);
}

const PAGES = {
  ours: 'ours.ts',
  echarts: 'echarts.ts',
  plain: 'plain-table.ts',
};
/** The elements' worker script, served beside ours.js where they look for it (as in dist/). */
const WORKER = path.join(root, 'src/worker/pulse-worker.ts');

/** Inputs of more rows than this are computed in the worker by default (PulseElement.workerThreshold). */
const WORKER_THRESHOLD = 5_000;
/** A case whose cold render takes longer than this is not drawn a second (warm) time. */
const WARM_LIMIT_MS = 2_000;

/** Every measured case: the page it runs on, the case name there and the size. */
const CASES = [
  { id: 'pie/ours', page: 'ours', name: 'pie' },
  { id: 'pie/echarts-svg', page: 'echarts', name: 'pie-svg' },
  { id: 'pie/echarts-canvas', page: 'echarts', name: 'pie-canvas' },
  { id: 'funnel/ours', page: 'ours', name: 'funnel' },
  { id: 'funnel/echarts-svg', page: 'echarts', name: 'funnel-svg' },
  { id: 'funnel/echarts-canvas', page: 'echarts', name: 'funnel-canvas' },
  { id: 'matrix/ours', page: 'ours', name: 'matrix' },
  { id: 'matrix/echarts-svg', page: 'echarts', name: 'heatmap-svg' },
  { id: 'matrix/echarts-canvas', page: 'echarts', name: 'heatmap-canvas' },
  ...[1_000, 20_000, 50_000].flatMap((n) => [
    { id: `debt-${n}/ours`, page: 'ours', name: 'debt', n },
    ...(n > WORKER_THRESHOLD ? [{ id: `debt-${n}/ours-main`, page: 'ours', name: 'debt-main', n }] : []),
    { id: `debt-${n}/plain`, page: 'plain', name: 'table', n },
  ]),
  ...[1_000, 10_000, 100_000].flatMap((n) => [
    { id: `pool-${n}/ours`, page: 'ours', name: 'pool', n },
    ...(n > WORKER_THRESHOLD ? [{ id: `pool-${n}/ours-main`, page: 'ours', name: 'pool-main', n }] : []),
  ]),
].filter((c) => !process.env.BENCH_ONLY || new RegExp(process.env.BENCH_ONLY).test(c.id));

/** The comparisons printed: ours against each peer (or alone). */
const ROWS = [
  ['pie (channel-pie fixture)', 'pie/ours', 'pie/echarts-svg', 'ECharts SVG'],
  ['pie (channel-pie fixture)', 'pie/ours', 'pie/echarts-canvas', 'ECharts canvas'],
  ['funnel (funnel fixture)', 'funnel/ours', 'funnel/echarts-svg', 'ECharts SVG'],
  ['funnel (funnel fixture)', 'funnel/ours', 'funnel/echarts-canvas', 'ECharts canvas'],
  ['ABC/XYZ matrix vs 3×3 heatmap', 'matrix/ours', 'matrix/echarts-svg', 'ECharts SVG'],
  ['ABC/XYZ matrix vs 3×3 heatmap', 'matrix/ours', 'matrix/echarts-canvas', 'ECharts canvas'],
  ...[1_000, 20_000, 50_000].flatMap((n) => [
    [
      `debt table, ${n.toLocaleString('en-US')} rows${n > WORKER_THRESHOLD ? ' (worker)' : ''}`,
      `debt-${n}/ours`,
      `debt-${n}/plain`,
      'plain <table>',
    ],
    [
      `debt table, ${n.toLocaleString('en-US')} rows (main thread)`,
      `debt-${n}/ours-main`,
      `debt-${n}/plain`,
      'plain <table>',
    ],
  ]),
  ...[1_000, 10_000, 100_000].flatMap((n) => [
    [
      `traffic-light pool, ${n.toLocaleString('en-US')} clients${n > WORKER_THRESHOLD ? ' (worker)' : ''}`,
      `pool-${n}/ours`,
      null,
      '—',
    ],
    [
      `traffic-light pool, ${n.toLocaleString('en-US')} clients (main thread)`,
      `pool-${n}/ours-main`,
      null,
      '—',
    ],
  ]),
];

const HTML = (script) => `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>crm-pulse browser bench</title>
<style>
  body { margin: 0; font: 14px system-ui, sans-serif; }
  #host { width: 800px; }
  .box { width: 800px; height: 480px; }
  .scroller { max-height: 480px; overflow: auto; }
  table { border-collapse: collapse; }
  td, th { padding: 4px 8px; border-bottom: 1px solid #d1d9e0; white-space: nowrap; }
  td:not(:first-child) { text-align: right; }
  .dept, .owner, .total { font-weight: 600; background: #f6f7f9; }
</style>
</head>
<body>
<div id="host"></div>
<script type="module" src="./${script}"></script>
</body>
</html>
`;

/** Bundles the three pages (minified, production: Lit's production build, NODE_ENV). */
async function buildPages() {
  rmSync(pagesOut, { recursive: true, force: true });
  mkdirSync(pagesOut, { recursive: true });
  await build({
    entryPoints: {
      ...Object.fromEntries(
        Object.entries(PAGES).map(([name, file]) => [name, path.join(here, 'pages', file)]),
      ),
      ...(existsSync(WORKER) ? { 'pulse-worker': WORKER } : {}),
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outdir: pagesOut,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  for (const name of Object.keys(PAGES))
    writeFileSync(path.join(pagesOut, `${name}.html`), HTML(`${name}.js`));
}

/** A static server for the pages directory on a free port. */
function serve(dir) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
  const server = createServer((req, res) => {
    const name = path.basename(new URL(req.url ?? '/', 'http://x').pathname);
    const type = types[path.extname(name)];
    if (!type) {
      res.writeHead(404).end();
      return;
    }
    const file = path.join(dir, name);
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Used heap after a full collection: V8's JS heap and Blink's (Oilpan: DOM) heap, bytes. */
async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const u = await cdp.send('Runtime.getHeapUsage');
  return { js: u.usedSize, dom: u.embedderHeapUsedSize ?? 0 };
}

/** One cold run (fresh context) of a case, then a warm re-render in the same page. */
async function measure(browser, base, c) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('crash', () => errors.push('the page crashed'));
    await page.goto(`${base}/${c.page}.html`);
    await page.waitForFunction(() => window.bench !== undefined);
    await page.evaluate(([name, n]) => window.bench.prepare(name, n), [c.name, c.n ?? 0]);
    const cdp = await context.newCDPSession(page);
    const before = await heap(cdp);
    const cold = await page.evaluate(() => window.bench.render());
    const after = await heap(cdp);
    const drawn = await page.evaluate(() => window.bench.check());
    // The warm figure only where it is cheap: a second 50k-row plain table costs as much again.
    const warm = cold.frame <= WARM_LIMIT_MS ? await page.evaluate(() => window.bench.rerender()) : null;
    if (warm) await page.evaluate(() => window.bench.check());
    if (errors.length) throw new Error(`${c.id}: page errors: ${errors.join(' | ')}`);
    return {
      ready: cold.ready,
      frame: cold.frame,
      warmReady: warm?.ready ?? null,
      warmFrame: warm?.frame ?? null,
      jsHeap: after.js - before.js,
      domHeap: after.dom - before.dom,
      heap: after.js + after.dom - before.js - before.dom,
      drawn,
    };
  } finally {
    await context.close();
  }
}

/** The median of the numbers given (nulls left out), or null when there are none. */
const median = (values) => {
  const s = values.filter((v) => v !== null).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const ms = (v) => (v === null ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1));
const mb = (v) => (v / 2 ** 20).toFixed(v >= 10 * 2 ** 20 ? 1 : 2);
const ratio = (a, b) => (a !== null && b > 0 ? `${(a / b).toFixed(2)}×` : '—');

async function renderBench() {
  await buildPages();
  const server = await serve(pagesOut);
  const base = `http://127.0.0.1:${server.address().port}`;
  const executablePath = findChromium();
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const version = browser.version();
  const samples = Object.fromEntries(CASES.map((c) => [c.id, []]));
  const started = Date.now();
  try {
    for (let run = 1; run <= RUNS; run++) {
      for (const c of CASES) {
        const t = Date.now();
        const r = await measure(browser, base, c);
        samples[c.id].push(r);
        if (process.env.BENCH_VERBOSE)
          process.stderr.write(
            `  ${c.id}: ${ms(r.frame)} ms, warm ${ms(r.warmFrame)} ms, ${mb(r.heap)} MB, ${r.drawn} (${Date.now() - t} ms)\n`,
          );
      }
      process.stderr.write(
        `browser bench: run ${run}/${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }

  const stats = Object.fromEntries(
    CASES.map((c) => {
      const s = samples[c.id];
      const pick = (k) => median(s.map((r) => r[k]));
      return [
        c.id,
        {
          ...c,
          runs: s.length,
          frame: pick('frame'),
          ready: pick('ready'),
          warmFrame: pick('warmFrame'),
          warmReady: pick('warmReady'),
          heap: pick('heap'),
          jsHeap: pick('jsHeap'),
          domHeap: pick('domHeap'),
          drawn: s[0].drawn,
          samples: s,
        },
      ];
    }),
  );

  const lines = [
    `Chromium ${version} headless, ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}; medians of ${RUNS} runs, each in a fresh page.`,
    '',
    '| case | peer | ours ms | peer ms | ratio | ours warm ms | peer warm ms | warm ratio | ours heap MB | peer heap MB | heap ratio |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [label, oursId, peerId, peerName] of ROWS) {
    const o = stats[oursId];
    const p = peerId ? stats[peerId] : undefined;
    if (!o || (peerId && !p)) continue; // left out by BENCH_ONLY
    lines.push(
      `| ${label} | ${peerName} | ${ms(o.frame)} | ${p ? ms(p.frame) : '—'} | ${p ? ratio(o.frame, p.frame) : '—'} | ${ms(o.warmFrame)} | ${p ? ms(p.warmFrame) : '—'} | ${p ? ratio(o.warmFrame, p.warmFrame) : '—'} | ${mb(o.heap)} | ${p ? mb(p.heap) : '—'} | ${p ? ratio(o.heap, p.heap) : '—'} |`,
    );
  }
  console.log(lines.join('\n'));
  console.log(
    '\nms: from creating the element / chart to the end of its first frame (style, layout, paint); warm: the same, drawn again in the same page.' +
      '\nheap: JS (V8) + DOM (Blink) heap retained by the drawn element / chart, after a full GC. Ratio: ours / peer (below 1 = ours is faster / smaller).',
  );
  return {
    chromium: version,
    runs: RUNS,
    seconds: (Date.now() - started) / 1000,
    cases: stats,
    table: lines.join('\n'),
  };
}

// A run of one part keeps the other part's last figures in browser.json.
const jsonFile = path.join(out, 'browser.json');
const previous = part !== 'all' && existsSync(jsonFile) ? JSON.parse(readFileSync(jsonFile, 'utf8')) : {};
const result = {
  ...previous,
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}`,
};
if (part !== 'sizes') result.render = await renderBench();
if (part !== 'render') {
  if (part === 'all') console.log('');
  result.sizes = await sizeReport({ root, out });
}
mkdirSync(out, { recursive: true });
writeFileSync(jsonFile, JSON.stringify(result, null, 2) + '\n');
console.log(`\nwrote ${path.relative(root, jsonFile)}`);
