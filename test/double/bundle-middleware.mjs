// @ts-check
// Dev-server middleware for test/widgets/double-registration.test.ts: serves the one-file
// bundle (every element registered, plus the package API, as scripts/build.mjs makes
// dist/crm-pulse.js and dist/crm-pulse.iife.js) built from the current sources with esbuild,
// so the test can load two real copies of the library (each with its own classes and its own
// Lit) from a fresh clone, without `npm run build`. Any query string gives a new module URL:
//   /__crm-pulse/crm-pulse.js?copy=1   ESM      /__crm-pulse/crm-pulse.iife.js?copy=1   classic script
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { discoverEntries } from '../../scripts/entries.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PREFIX = '/__crm-pulse/';

/** @type {Map<string, Promise<string>>} */
const built = new Map();

/** @param {'esm' | 'iife'} format @returns {Promise<string>} */
function bundle(format) {
  let job = built.get(format);
  if (!job) {
    const entries = discoverEntries(root);
    const importPath = (/** @type {string} */ file) =>
      JSON.stringify(`./${path.relative(root, file).split(path.sep).join('/')}`);
    const contents = [
      `export * from ${importPath(entries.index ?? entries.core)};`,
      ...entries.elements.map((e) => `import ${importPath(e.file)};`),
    ].join('\n');
    job = build({
      stdin: { contents, resolveDir: root, sourcefile: 'crm-pulse-entry.ts', loader: 'ts' },
      absWorkingDir: root,
      tsconfig: path.join(root, 'tsconfig.json'),
      bundle: true,
      format,
      globalName: format === 'iife' ? 'CrmPulse' : undefined,
      platform: 'browser',
      target: 'es2022',
      // The lazy Pareto chart is not part of this test: Plot stays an import() left unresolved.
      external: ['@observablehq/plot'],
      write: false,
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0].text);
    // A failed build is not cached: the next request tries again.
    job.catch(() => built.delete(format));
    built.set(format, job);
  }
  return job;
}

/**
 * Koa middleware for `middleware: [...]` of the test-runner config.
 * @param {any} context
 * @param {() => Promise<unknown>} next
 */
export async function bundleMiddleware(context, next) {
  if (!context.path.startsWith(PREFIX)) return next();
  const name = context.path.slice(PREFIX.length);
  const format = name === 'crm-pulse.js' ? 'esm' : name === 'crm-pulse.iife.js' ? 'iife' : undefined;
  if (!format) return next();
  try {
    context.body = await bundle(format);
    context.type = 'text/javascript';
    context.set('Cache-Control', 'no-store');
  } catch (error) {
    context.status = 500;
    context.type = 'text/plain';
    context.body = `crm-pulse bundle failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}
