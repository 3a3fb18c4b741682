// Bundle weight against peers (issue #8): our bundles built here with the settings of
// `npm run build` (Vite/Rolldown, minified ESM, Lit's html`` / css`` minified, NODE_ENV
// production) into memory, beside ECharts' and Highcharts' minimal builds of the same charts
// built by the same pipeline. Gzip level 9 (node:zlib), as scripts/size-report.mjs does.
// Targets: the whole library (crm-pulse.js with its static imports) under 90 KB gzipped, each
// widget under 30 KB beyond the shared base. Reported, never failing: the gate is the build's.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { build } from 'vite';
import { discoverEntries } from '../../../scripts/entries.mjs';
import { oneFileOutput, oneFilePlugins, writeOneFileEntry } from '../../../scripts/one-file.mjs';
import { gzipSize, staticClosure } from '../../../scripts/size-report.mjs';

const LIBRARY_TARGET = 90 * 1024;
const WIDGET_TARGET = 30 * 1024;

/** The peer bundles: what a host imports for the same charts (ECharts: SVG renderer). */
const PEERS = {
  'echarts-pie': `import * as echarts from 'echarts/core';
import { PieChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
echarts.use([PieChart, LegendComponent, TooltipComponent, SVGRenderer]);
export const init = echarts.init;`,
  'echarts-funnel': `import * as echarts from 'echarts/core';
import { FunnelChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
echarts.use([FunnelChart, LegendComponent, TooltipComponent, SVGRenderer]);
export const init = echarts.init;`,
  'echarts-heatmap': `import * as echarts from 'echarts/core';
import { HeatmapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
echarts.use([HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);
export const init = echarts.init;`,
  'echarts-all': `import * as echarts from 'echarts/core';
import { FunnelChart, HeatmapChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
echarts.use([PieChart, FunnelChart, HeatmapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);
export const init = echarts.init;`,
  'echarts-all-canvas': `import * as echarts from 'echarts/core';
import { FunnelChart, HeatmapChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
echarts.use([PieChart, FunnelChart, HeatmapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);
export const init = echarts.init;`,
  // Highcharts' core holds the pie; funnel and heatmap are modules on top of it.
  'highcharts-pie': `export { default } from 'highcharts/esm/highcharts.js';`,
  'highcharts-funnel': `import Highcharts from 'highcharts/esm/highcharts.js';
import 'highcharts/esm/modules/funnel.js';
export default Highcharts;`,
  'highcharts-heatmap': `import Highcharts from 'highcharts/esm/highcharts.js';
import 'highcharts/esm/modules/heatmap.js';
export default Highcharts;`,
  'highcharts-all': `import Highcharts from 'highcharts/esm/highcharts.js';
import 'highcharts/esm/modules/funnel.js';
import 'highcharts/esm/modules/heatmap.js';
export default Highcharts;`,
};

/** Our widget ↔ the peer chart drawing the same thing. */
const PAIRS = [
  ['channel-pie', 'pie'],
  ['funnel', 'funnel'],
  ['abc-xyz-matrix', 'heatmap'],
];

const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

/**
 * Builds `entries` ({name: file}) as one minified ESM build in memory and returns its chunks;
 * `oneFile` builds it as dist/crm-pulse.js is built (scripts/one-file.mjs).
 * @param {string} root
 * @param {Record<string, string>} entries
 * @param {{ registrationFiles: Set<string> }} [oneFile]
 */
async function bundle(root, entries, oneFile) {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'error',
    publicDir: false,
    clearScreen: false,
    plugins: oneFile ? oneFilePlugins(oneFile.registrationFiles, { terser: true }) : [minifyHtmlLiterals()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify: true,
          comments: false,
          ...(oneFile ? oneFileOutput : {}),
          chunkFileNames: 'chunk-[name]-[hash].js',
        },
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((o) => o.output).filter((c) => c.type === 'chunk');
}

/** Gzipped bytes of the chunks named. */
const weigh = (chunks, names) =>
  names.reduce((sum, n) => sum + gz(chunks.find((c) => c.fileName === n).code), 0);

/**
 * Builds and weighs everything, prints the tables, returns the figures.
 * @param {{ root: string, out: string }} dirs
 */
export async function sizeReport({ root, out }) {
  const dir = path.join(out, 'sizes');
  mkdirSync(dir, { recursive: true });
  const discovered = discoverEntries(root);
  const { elements } = discovered;

  // 1. The whole library as dist/crm-pulse.js is made (package API + every registration).
  const { file: allEntry } = writeOneFileEntry({ root, entries: discovered, dir });
  const registrationFiles = new Set(elements.map((e) => e.file));
  const all = await bundle(root, { 'crm-pulse': allEntry }, { registrationFiles });
  const eagerNames = staticClosure(all, 'crm-pulse.js');
  const library = weigh(all, eagerNames);
  const lazy = all.filter((c) => !eagerNames.includes(c.fileName));
  const lazyBytes = lazy.reduce((s, c) => s + gz(c.code), 0);
  const isPlot = (c) => c.moduleIds.some((id) => id.includes('/node_modules/@observablehq/plot/'));
  const plotBytes = lazy.filter(isPlot).reduce((s, c) => s + gz(c.code), 0);

  // 2. One build with an entry per element: what each pulls in, and what they all share.
  const split = await bundle(root, Object.fromEntries(elements.map((e) => [e.name, e.file])));
  const closures = Object.fromEntries(elements.map((e) => [e.name, staticClosure(split, `${e.name}.js`)]));
  const shared = Object.values(closures).reduce((a, b) => a.filter((n) => b.includes(n)));
  const baseBytes = weigh(split, shared);
  const widgets = elements.map(({ name }) => {
    const own = closures[name].filter((n) => !shared.includes(n));
    // An entry that loads every other entry's chunks (the dashboard registers every widget)
    // is a composition, not a widget: shown, but not held to the per-widget target.
    const composite =
      elements.length > 2 &&
      elements.every((e) => e.name === name || closures[e.name].every((n) => closures[name].includes(n)));
    return { name, total: weigh(split, closures[name]), beyondBase: weigh(split, own), composite };
  });
  const held = widgets.filter((w) => !w.composite);

  // 3. Each element alone as one file, to set beside a peer's one-file build of the chart.
  const alone = {};
  for (const [name] of PAIRS) {
    const e = elements.find((x) => x.name === name);
    if (!e) continue;
    const chunks = await bundle(root, { [name]: e.file });
    alone[name] = weigh(chunks, staticClosure(chunks, `${name}.js`));
  }

  // 4. The peers.
  const peers = {};
  for (const [name, code] of Object.entries(PEERS)) {
    const file = path.join(dir, `${name}.js`);
    writeFileSync(file, code + '\n');
    const chunks = await bundle(root, { [name]: file });
    peers[name] = weigh(chunks, staticClosure(chunks, `${name}.js`));
  }

  // dist/crm-pulse.js as `npm run build` last wrote it, when present (a cross-check).
  let dist;
  const distDir = path.join(root, 'dist');
  if (existsSync(path.join(distDir, 'crm-pulse.js'))) {
    const files = readdirSync(distDir).filter((f) => /^crm-pulse(-.*)?\.js$/.test(f) && !f.includes('plot'));
    dist = files.reduce((s, f) => s + gzipSize(path.join(distDir, f)), 0);
  }

  const pass = (bytes, limit) => (bytes <= limit ? 'pass' : 'FAIL');
  const lines = [
    'Gzipped KB (level 9). Ours: built by this script with the settings of `npm run build` (Vite, minified ESM, Lit templates minified), not read from dist/. Peers: the same pipeline, ECharts with the SVG renderer. Ratio: ours / peer.',
    '',
    '| bundle | ours KB | ECharts 6 KB | ratio | Highcharts 13 KB | ratio | target |',
    '|---|---:|---:|---:|---:|---:|---|',
    `| whole library: crm-pulse.js + static imports (${elements.length} widgets) vs pie + funnel + heatmap | ${kb(library)} | ${kb(peers['echarts-all'])} | ${(library / peers['echarts-all']).toFixed(2)}× | ${kb(peers['highcharts-all'])} | ${(library / peers['highcharts-all']).toFixed(2)}× | < 90 KB: ${pass(library, LIBRARY_TARGET)} |`,
  ];
  for (const [name, chart] of PAIRS) {
    if (alone[name] === undefined) continue;
    const e = peers[`echarts-${chart}`];
    const h = peers[`highcharts-${chart}`];
    const w = widgets.find((x) => x.name === name);
    lines.push(
      `| ${name} alone (one file) vs ${chart} | ${kb(alone[name])} | ${kb(e)} | ${(alone[name] / e).toFixed(2)}× | ${kb(h)} | ${(alone[name] / h).toFixed(2)}× | ${kb(w.beyondBase)} beyond base: ${pass(w.beyondBase, WIDGET_TARGET)} |`,
    );
  }
  lines.push(
    '',
    `Per element entry (one build, an entry per element; base = the chunks every entry loads: ${kb(baseBytes)} KB):`,
    '',
    '| entry | loads KB | beyond base KB | < 30 KB beyond base |',
    '|---|---:|---:|---|',
    ...widgets.map(
      (w) =>
        `| ${w.name} | ${kb(w.total)} | ${kb(w.beyondBase)} | ${w.composite ? 'n/a: loads every widget' : pass(w.beyondBase, WIDGET_TARGET)} |`,
    ),
    '',
    `Lazy chunks of crm-pulse.js (loaded on demand): ${kb(lazyBytes)} KB, of which Observable Plot (when a Pareto view opens) ${kb(plotBytes)} KB and the parts shown after a user action, English texts, the worker client and remote loading ${kb(lazyBytes - plotBytes)} KB.`,
    `ECharts all three with the canvas renderer instead: ${kb(peers['echarts-all-canvas'])} KB.`,
    dist === undefined
      ? 'dist/crm-pulse.js: not built (npm run build).'
      : `dist/crm-pulse.js as last written by npm run build, with every chunk but Plot: ${kb(dist)} KB.`,
    `Targets: whole library < 90 KB: ${pass(library, LIBRARY_TARGET)}; every widget < 30 KB beyond the base: ${held.every((w) => w.beyondBase <= WIDGET_TARGET) ? 'pass' : 'FAIL'} (reported only; the build has its own gate).`,
  );
  console.log(lines.join('\n'));
  return {
    library,
    lazy: lazyBytes,
    plot: plotBytes,
    base: baseBytes,
    widgets,
    alone,
    peers,
    dist,
    targets: { library: LIBRARY_TARGET, widget: WIDGET_TARGET },
    table: lines.join('\n'),
  };
}
