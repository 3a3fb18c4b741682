// npm run build: everything that is published, in passes.
//   0. package.json "sideEffects" kept in step with the registration modules (first: the
//      passes below read it and would tree-shake a registration it does not list).
//   1. npm ESM entries (dependencies external, not minified, sourcemaps): dist/index.js,
//      dist/core.js, dist/<element>.js, dist/worker.js; shared code in dist/chunks/.
//   2. dist/crm-pulse.js: one self-contained, minified ESM file registering every element;
//      @observablehq/plot, when imported with import(), stays a lazy chunk beside it.
//   3. dist/crm-pulse.iife.js: the same for a classic <script> (global CrmPulse);
//      dist/pulse-worker.js: the Worker script of crm-pulse/worker, self-contained.
//   4. .d.ts (tsc -p tsconfig.build.json) + one typed stub per entry.
//   5. custom-elements.json (cem analyze) + dist/custom-elements-jsx.d.ts (React 19 JSX)
//      + dist/custom-elements-vue.d.ts (Vue 3, scripts/vue-types.mjs).
//   6. schemas/<element>.schema.json from the widgets' input schemas.
//   7. Size report; fails when dist/crm-pulse.js (with its static imports) > 60 KB gzipped.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { discoverEntries } from './entries.mjs';
import { writeSchemas } from './schemas.mjs';
import { writeVueTypes } from './vue-types.mjs';
import { syncSideEffects } from './sync-package.mjs';
import { gzipSize, kb, minifiedBytesBySource, printSizeTable, staticClosure } from './size-report.mjs';
import { base, oneFileOutput, oneFilePlugins, writeOneFileEntry } from './one-file.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const entries = discoverEntries(root);
syncSideEffects(root, entries);
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
// The product target is 60 KB gzipped for the whole library (without the lazy Plot chunk);
// issue #8 sets 90 KB for what a page loads up front (crm-pulse.js and its static imports).
// The build fails above CEILING (#8), so the weight cannot grow unnoticed, and reports the
// product target's miss.
const BUNDLE_TARGET_GZIP = 60 * 1024;
const BUNDLE_CEILING_GZIP = 90 * 1024;

const rel = (file) => path.relative(root, file).split(path.sep).join('/');
const step = (title) => console.log(`\n\x1b[1m▸ ${title}\x1b[0m`);
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
/** Runs a tool of the build; its own output says what is wrong, so exit without a stack. */
const run = (tool, args) => {
  try {
    execFileSync(bin(tool), args, { cwd: root, stdio: 'inherit' });
  } catch {
    console.error(`\x1b[31mFAIL: ${tool} ${args.join(' ')}\x1b[0m`);
    process.exit(1);
  }
};

if (!entries.index) console.warn('warning: src/index.ts does not exist yet; dist/index.js is skipped.');
if (entries.elements.length === 0) console.warn('warning: no src/widgets/<name>/<name>.ts found.');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// Runtime dependencies stay imports in the npm build: the consumer's bundler dedupes them.
const externalPackages = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isExternal = (id) =>
  /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|d3|d3-[^/]+|@observablehq\/plot)(\/|$)/.test(id) ||
  externalPackages.some((name) => id === name || id.startsWith(`${name}/`));

/** Vite options every pass shares; `configFile: false` keeps the dev-server config out. */
const common = {
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  clearScreen: false,
};

// ── 1. npm ESM entries ──────────────────────────────────────────────────────────────
step('ESM entries (npm)');
/** @type {Record<string, string>} */
const esmInputs = {};
if (entries.index) esmInputs.index = entries.index;
esmInputs.core = entries.core;
if (entries.worker) esmInputs.worker = entries.worker;
for (const { name, file } of entries.elements) {
  if (name in esmInputs) throw new Error(`element name "${name}" clashes with a package entry`);
  esmInputs[name] = file;
}
const esmOutput = await build({
  ...common,
  build: {
    outDir: dist,
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    reportCompressedSize: false,
    lib: { entry: esmInputs, formats: ['es'] },
    rolldownOptions: {
      external: isExternal,
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
const esmChunks = outputChunks(esmOutput);
// A registration module that landed in a shared chunk would make that chunk side-effectful,
// which "sideEffects" does not list: catch it here rather than in a consumer's tree-shaking.
const registrationFiles = new Set(entries.elements.map((e) => e.file));
for (const chunk of esmChunks) {
  if (chunk.isEntry) continue;
  const leaked = chunk.moduleIds.filter((id) => registrationFiles.has(id));
  if (leaked.length) {
    throw new Error(
      `registration module(s) ${leaked.map(rel).join(', ')} ended up in shared chunk ${chunk.fileName}`,
    );
  }
}
// The core must import nothing that needs a DOM (the Node import below proves it runs).
const coreClosure = staticClosure(esmChunks, 'core.js');
for (const fileName of coreClosure) {
  const chunk = esmChunks.find((c) => c.fileName === fileName);
  const foreign = chunk.moduleIds.filter(
    (id) => !id.startsWith('\0') && !id.startsWith(path.join(root, 'src', 'core') + path.sep),
  );
  if (foreign.length)
    throw new Error(`dist/core.js pulls in non-core modules: ${foreign.map(rel).join(', ')}`);
}
const core = await import(pathToFileURL(path.join(dist, 'core.js')).href);
console.log(`dist/core.js imports in Node (no DOM): ${Object.keys(core).length} exports`);

// ── 2 & 3. Self-contained bundles ───────────────────────────────────────────────────
// The entry is generated from the widget folders, so it never needs editing.
const cacheDir = path.join(root, 'node_modules', '.cache', 'crm-pulse-build');
mkdirSync(cacheDir, { recursive: true });
const oneFile = writeOneFileEntry({ root, entries, dir: cacheDir });
const { file: allEntry, widgetDir, lazilyImported } = oneFile;

/** @param {'es' | 'iife'} format */
const bundle = (format) =>
  build({
    ...common,
    plugins: oneFilePlugins(registrationFiles, { terser: format === 'es' }),
    // Dependencies may guard dev-only code on it; a browser has no `process`.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: format === 'iife' ? 'es2020' : 'es2022',
      minify: true,
      // The classic-script bundle carries Plot inline: its map would be ~3 MB of the package.
      sourcemap: format === 'es',
      reportCompressedSize: false,
      lib: {
        entry: { 'crm-pulse': allEntry },
        formats: [format],
        name: 'CrmPulse',
        fileName: () => (format === 'es' ? 'crm-pulse.js' : 'crm-pulse.iife.js'),
      },
      rolldownOptions: {
        // Lets code shared by the bundle and its lazy chunks live in crm-pulse.js itself
        // (with 'strict', Rolldown moves it to an extra eagerly loaded chunk).
        preserveEntrySignatures: 'allow-extension',
        output:
          format === 'es'
            ? {
                ...oneFileOutput,
                // Plot (about 130 KB gzipped) loads only when a chart first needs it.
                chunkFileNames: (chunk) =>
                  chunk.moduleIds.some((id) => id.includes('/node_modules/@observablehq/plot/'))
                    ? 'crm-pulse-plot-[hash].js'
                    : 'crm-pulse-[name]-[hash].js',
              }
            : { codeSplitting: false, extend: false },
      },
    },
  });

step('dist/crm-pulse.js (self-contained ESM)');
const esBundle = outputChunks(await bundle('es'));
// Guard against a registration that tree-shaking dropped (e.g. a stale "sideEffects").
for (const { name, file } of entries.elements) {
  const rendered = esBundle.some((c) => (c.modules[file]?.renderedLength ?? 0) > 0);
  if (!rendered)
    throw new Error(`dist/crm-pulse.js does not contain the registration of <pulse-${name}> (${rel(file)})`);
}
step('dist/crm-pulse.iife.js (classic script, global CrmPulse)');
await bundle('iife');

// The Worker script is loaded by URL at run time (next to dist/worker.js), where no bundler
// resolves bare imports: it is one file with the core inside.
if (entries.workerScript) {
  step('dist/pulse-worker.js (self-contained module worker)');
  await build({
    ...common,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: { 'pulse-worker': entries.workerScript },
        formats: ['es'],
        fileName: () => 'pulse-worker.js',
      },
      rolldownOptions: { output: { codeSplitting: false, minify: true, comments: false } },
    },
  });
}

// ── 4. Types ────────────────────────────────────────────────────────────────────────
step('types (tsc -p tsconfig.build.json)');
run('tsc', ['-p', 'tsconfig.build.json']);
const stub = (name, lines) => writeFileSync(path.join(dist, `${name}.d.ts`), lines.join('\n') + '\n');
const distImport = (file) =>
  JSON.stringify(
    './' +
      rel(file)
        .replace(/^src\//, '')
        .replace(/\.ts$/, '.js'),
  );
stub('core', [`export * from ${distImport(entries.core)};`]);
if (entries.worker) stub('worker', [`export * from ${distImport(entries.worker)};`]);
for (const { name, file } of entries.elements) stub(name, [`export * from ${distImport(file)};`]);
stub('crm-pulse', [
  `export * from ${entries.index ? '"./index.js"' : distImport(entries.core)};`,
  ...entries.elements.map((e) => `import ${distImport(e.file)};`),
]);

// ── 5. Custom Elements Manifest + JSX typings ──────────────────────────────────────
step('custom-elements.json (cem analyze --litelement)');
run('cem', ['analyze', '--litelement', '--quiet']);
const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
typeEventsByClass(manifest);
generateJsxTypes(manifest, {
  outdir: dist,
  fileName: 'custom-elements-jsx.d.ts',
  stronglyTypedEvents: true,
  // The manifest names source modules; the typings sit next to tsc's .d.ts in dist/.
  componentTypePath: (_name, _tag, modulePath) =>
    './' + (modulePath ?? '').replace(/^\/?src\//, '').replace(/\.ts$/, '.js'),
});
addMissingEventImports(path.join(dist, 'custom-elements-jsx.d.ts'), manifest);
// Vue 3: props per element and GlobalComponents for every pulse-* tag.
writeVueTypes(manifest, path.join(dist, 'custom-elements-vue.d.ts'));

// ── 6. JSON Schemas ─────────────────────────────────────────────────────────────────
step('schemas/*.schema.json (from the input schemas)');
const schemas = await writeSchemas(root, entries.elements, pkg);
console.log(schemas.length ? schemas.join('\n') : '(no src/widgets/<name>/<name>.schema.ts yet)');

// ── 7. Size report ──────────────────────────────────────────────────────────────────
step('sizes');
const topLevel = readdirSync(dist).filter((f) => f.endsWith('.js'));
const bundleStatic = staticClosure(esBundle, 'crm-pulse.js');
// A part meant to load on demand that a static import pulled into the eager bundle would
// go unnoticed (it still works, it just weighs): fail the build instead.
const eagerIds = esBundle.filter((c) => bundleStatic.includes(c.fileName)).flatMap((c) => c.moduleIds);
const eagerLazy = eagerIds.filter((id) => id.startsWith(widgetDir) && lazilyImported.has(base(id)));
if (eagerLazy.length)
  throw new Error(`lazily imported module(s) in the eager bundle: ${eagerLazy.map(rel).join(', ')}`);
const note = (f) => {
  if (f === 'crm-pulse.js') return 'bundle entry';
  if (bundleStatic.includes(f)) return 'static import of crm-pulse.js';
  if (f.startsWith('crm-pulse-')) return 'lazy chunk of crm-pulse.js';
  return '';
};
printSizeTable(
  dist,
  topLevel.sort().map((name) => ({ name, note: note(name) })),
);
const chunkFiles = readdirSync(path.join(dist, 'chunks')).filter((f) => f.endsWith('.js'));
if (chunkFiles.length) {
  console.log('');
  printSizeTable(
    dist,
    chunkFiles.sort().map((f) => ({ name: `chunks/${f}` })),
  );
}
const bundleGzip = bundleStatic.reduce((sum, f) => sum + gzipSize(path.join(dist, f)), 0);
console.log(
  `\ncrm-pulse.js eager total: ${kb(bundleGzip)} gzipped (target ${kb(BUNDLE_TARGET_GZIP)}, ceiling ${kb(BUNDLE_CEILING_GZIP)})`,
);
// The lazy chunks (long texts loaded when first shown) are not in the eager total, but
// they are part of what a page loads in use: their sum stays visible (Plot aside).
const lazyChunks = esBundle
  .filter((c) => !bundleStatic.includes(c.fileName))
  .filter((c) => !c.moduleIds.some((id) => id.includes('/node_modules/@observablehq/plot/')))
  .map((c) => ({ name: c.fileName, gzip: gzipSize(path.join(dist, c.fileName)) }));
const lazyGzip = lazyChunks.reduce((sum, c) => sum + c.gzip, 0);
console.log(
  `crm-pulse.js all chunks except Plot: ${kb(bundleGzip + lazyGzip)} gzipped (eager ${kb(bundleGzip)} + lazy ${kb(lazyGzip)}${lazyChunks.map((c) => `; ${c.name} ${kb(c.gzip)}`).join('')})`,
);
if (bundleGzip > BUNDLE_TARGET_GZIP || process.argv.includes('--why')) {
  // What takes the room: the largest packages and folders in the eager bundle, in minified
  // bytes (from the source maps; `--why` also lists the largest files).
  const byPackage = new Map();
  const byFile = new Map();
  for (const fileName of bundleStatic) {
    for (const [source, size] of minifiedBytesBySource(path.join(dist, fileName))) {
      const id = source === '?' ? '?' : path.resolve(dist, source);
      const pkgMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
      const key = pkgMatch
        ? pkgMatch[1]
        : id === '?'
          ? '(unmapped)'
          : rel(id).split('/').slice(0, 3).join('/');
      byPackage.set(key, (byPackage.get(key) ?? 0) + size);
      const file = pkgMatch ? pkgMatch[1] : id === '?' ? '(unmapped)' : rel(id);
      byFile.set(file, (byFile.get(file) ?? 0) + size);
    }
  }
  const top = (sizes, n) => [...sizes].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log('\nlargest parts of crm-pulse.js (minified bytes, before gzip):');
  for (const [key, size] of top(byPackage, 15)) console.log(`  ${kb(size).padStart(9)}  ${key}`);
  if (process.argv.includes('--why')) {
    console.log('\nlargest files:');
    for (const [key, size] of top(byFile, 40)) console.log(`  ${kb(size).padStart(9)}  ${key}`);
  }
}
if (bundleGzip > BUNDLE_CEILING_GZIP) {
  console.error(
    `\x1b[31mFAIL: dist/crm-pulse.js is over its ${kb(BUNDLE_CEILING_GZIP)} gzip ceiling.\x1b[0m`,
  );
  process.exit(1);
}
if (bundleGzip > BUNDLE_TARGET_GZIP) {
  console.warn(
    `\x1b[33mWARNING: dist/crm-pulse.js misses the ${kb(BUNDLE_TARGET_GZIP)} target by ${kb(bundleGzip - BUNDLE_TARGET_GZIP)}.\x1b[0m`,
  );
}
console.log('\nbuild ok');

/**
 * The JSX typings name event classes (`PulseErrorEvent`) from @fires / dispatchEvent without
 * importing them; add a type import for each class the manifest declares.
 */
function addMissingEventImports(file, manifest) {
  const text = readFileSync(file, 'utf8');
  const declaredIn = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) if (decl.kind === 'class') declaredIn.set(decl.name, mod.path);
  }
  const imports = [];
  for (const [name, modulePath] of declaredIn) {
    const used = new RegExp(`\\b${name}\\b`).test(text);
    const imported = new RegExp(`import type \\{[^}]*\\b${name}\\b[^}]*\\}`).test(text);
    if (used && !imported) {
      const from = './' + modulePath.replace(/^\/?src\//, '').replace(/\.ts$/, '.js');
      imports.push(`import type { ${name} } from ${JSON.stringify(from)};`);
    }
  }
  if (imports.length) writeFileSync(file, imports.join('\n') + '\n' + text);
}

/**
 * `@fires pulse-x - ...` names an event without its class: give each such event the class
 * whose `static type` is its name (`PulseSliceSelectEvent`), so the JSX typings type the
 * handlers' `detail` (`onpulse-slice-select={(e) => e.detail.key}`). In memory only.
 */
function typeEventsByClass(manifest) {
  const classOf = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      const type = (decl.members ?? []).find((m) => m.name === 'type' && m.static);
      const name = /^['"](.+)['"]$/.exec(type?.default ?? '')?.[1];
      if (decl.kind === 'class' && name) classOf.set(name, decl.name);
    }
  }
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      for (const event of decl.events ?? []) {
        if (!event.type?.text && classOf.has(event.name)) event.type = { text: classOf.get(event.name) };
      }
    }
  }
}

/** Flattens Vite's build() result (one RolldownOutput or an array of them) to chunks. */
function outputChunks(result) {
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((o) => o.output).filter((c) => c.type === 'chunk');
}
