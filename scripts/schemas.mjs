// JSON Schemas of the widgets' input, generated from the schemas the widgets use at run time
// (src/core/internal/z.ts, the in-house zod/mini-shaped module), so the published schema and
// the validation cannot drift apart.
// Convention: src/widgets/<name>/<name>.schema.ts (and src/dashboard/dashboard.schema.ts)
// exports `schema`; this writes schemas/<name>.schema.json.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runnerImport } from 'vite';

/**
 * @param {string} root package root
 * @param {import('./entries.mjs').ElementEntry[]} elements
 * @param {{ name: string, version: string }} pkg
 * @returns {Promise<string[]>} the files written, relative to root
 */
export async function writeSchemas(root, elements, pkg) {
  const outDir = path.join(root, 'schemas');
  rmSync(outDir, { recursive: true, force: true });
  const written = [];
  // The same writer zod's toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) was.
  const { module: z } = await runnerImport(path.join(root, 'src/core/internal/z.ts'), {
    configFile: false,
    logLevel: 'error',
  });
  for (const { name, schema: file } of elements) {
    if (!file) continue;
    // Vite's module runner loads the TypeScript source (and its imports of src/core) as is.
    const { module } = await runnerImport(file, { configFile: false, logLevel: 'error' });
    if (!module.schema) throw new Error(`${path.relative(root, file)} does not export \`schema\``);
    const json = z.toJSONSchema(module.schema);
    const { $schema, ...rest } = json;
    const document = {
      $schema,
      $id: `${pkg.name}/schemas/${name}.schema.json`,
      title: rest.title ?? `<pulse-${name}> data`,
      description:
        rest.description ??
        `Input JSON of <pulse-${name}> (the \`data\` property), ${pkg.name} ${pkg.version}.`,
      ...rest,
    };
    mkdirSync(outDir, { recursive: true });
    const out = path.join(outDir, `${name}.schema.json`);
    writeFileSync(out, JSON.stringify(document, null, 2) + '\n');
    written.push(path.relative(root, out));
  }
  return written;
}
