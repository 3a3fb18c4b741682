// Keeps package.json "sideEffects" in step with the registration modules found on disk.
// Only registration modules (and the worker script, which installs its message handler) do
// something on import. The src/ paths matter too: Vite, Storybook and the demo build honour
// this field for the package's own sources and would drop `import './x/x.js'` otherwise.
// Run by `npm run build` and `npm run analyze` (so before Storybook); prints when it changed
// the file, which then needs committing.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverEntries } from './entries.mjs';

/** @param {string} root @param {import('./entries.mjs').Entries} entries @returns {boolean} changed */
export function syncSideEffects(root, entries) {
  const rel = (file) => './' + path.relative(root, file).split(path.sep).join('/');
  const sideEffectful = [
    ...entries.elements,
    ...(entries.workerScript ? [{ name: 'pulse-worker', file: entries.workerScript }] : []),
  ];
  const sideEffects = [
    './dist/crm-pulse.js',
    './dist/crm-pulse.iife.js',
    ...sideEffectful.map((e) => `./dist/${e.name}.js`),
    ...sideEffectful.map((e) => rel(e.file)),
  ];
  const pkgPath = path.join(root, 'package.json');
  const text = readFileSync(pkgPath, 'utf8');
  const pkg = JSON.parse(text);
  if (JSON.stringify(pkg.sideEffects) === JSON.stringify(sideEffects)) return false;
  pkg.sideEffects = sideEffects;
  writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
  console.log('package.json "sideEffects" updated to the current registration modules: commit it.');
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  syncSideEffects(root, discoverEntries(root));
}
