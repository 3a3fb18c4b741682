// Gzipped sizes of what the build wrote, and the size budget of the CDN bundle.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** @param {string} file */
export function gzipSize(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * Prints a table of files (raw and gzipped) and returns the rows.
 * @param {string} dir the directory the names are relative to
 * @param {{ name: string, note?: string }[]} files
 */
export function printSizeTable(dir, files) {
  const rows = files.map(({ name, note = '' }) => {
    const file = path.join(dir, name);
    return { name, raw: readFileSync(file).length, gzip: gzipSize(file), note };
  });
  const width = Math.max(4, ...rows.map((r) => r.name.length));
  const line = (a, b, c, d) => `${a.padEnd(width)}  ${b.padStart(10)}  ${c.padStart(10)}  ${d}`;
  console.log(line('file', 'raw', 'gzip', ''));
  console.log(line('-'.repeat(width), '-'.repeat(10), '-'.repeat(10), ''));
  for (const r of rows) console.log(line(r.name, kb(r.raw), kb(r.gzip), r.note));
  return rows;
}

/**
 * The files a browser loads before an entry chunk runs: the chunk and its static imports,
 * transitively (dynamic imports, such as the lazily loaded Plot chunk, are left out).
 * @param {import('rolldown').OutputBundle | any[]} output Vite/Rolldown build output chunks
 * @param {string} entryFileName
 */
export function staticClosure(output, entryFileName) {
  const byName = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (fileName) => {
    if (seen.has(fileName) || !byName.has(fileName)) return;
    seen.add(fileName);
    for (const imported of byName.get(fileName).imports) visit(imported);
  };
  visit(entryFileName);
  return [...seen];
}

export { kb };
