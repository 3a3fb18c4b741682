// Finds the package entries from the source layout, so a new widget folder is built,
// typed, exported and size-checked without editing any build file.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * @typedef {{ name: string, file: string, schema?: string }} ElementEntry
 *   name: the tag without `pulse-` (= folder = dist/<name>.js); file: the registration module.
 * @typedef {{ index?: string, core: string, worker?: string, workerScript?: string, elements: ElementEntry[] }} Entries
 *   worker: the page-side API (crm-pulse/worker); workerScript: the script the Worker runs
 *   (src/worker/pulse-worker.ts → dist/pulse-worker.js, self-contained).
 */

/** @param {string} root the package root @returns {Entries} */
export function discoverEntries(root) {
  const src = (...parts) => path.join(root, 'src', ...parts);
  const ifExists = (file) => (existsSync(file) ? file : undefined);

  /** @type {ElementEntry[]} */
  const elements = [];
  const widgetsDir = src('widgets');
  if (existsSync(widgetsDir)) {
    for (const dirent of readdirSync(widgetsDir, { withFileTypes: true })) {
      if (!dirent.isDirectory()) continue;
      const name = dirent.name;
      const file = path.join(widgetsDir, name, `${name}.ts`);
      if (!existsSync(file)) continue; // a folder still being written
      elements.push({ name, file, schema: ifExists(path.join(widgetsDir, name, `${name}.schema.ts`)) });
    }
  }
  const dashboard = ifExists(src('dashboard', 'dashboard.ts'));
  if (dashboard) {
    elements.push({
      name: 'dashboard',
      file: dashboard,
      schema: ifExists(src('dashboard', 'dashboard.schema.ts')),
    });
  }
  elements.sort((a, b) => a.name.localeCompare(b.name));

  return {
    index: ifExists(src('index.ts')),
    core: src('core', 'index.ts'),
    worker: ifExists(src('worker', 'index.ts')),
    workerScript: ifExists(src('worker', 'pulse-worker.ts')),
    elements,
  };
}
