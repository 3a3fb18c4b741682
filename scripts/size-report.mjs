// Gzipped sizes of what the build wrote, and the size budget of the CDN bundle.
import { existsSync, readFileSync } from 'node:fs';
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

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one segment of a source map's `mappings` (base64 VLQ numbers). */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const ch of text) {
    const digit = BASE64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * The minified bytes of a built file by the source they came from, read from its source map
 * (`<file>.map`): each mapped stretch of output counts for its source, up to the next one.
 * What gzip makes of each part is not separable; the shares are close to the gzipped ones.
 * @param {string} file a built .js file with a source map beside it
 * @returns {Map<string, number>} source (as the map names it, '?' for unmapped output) -> bytes
 */
export function minifiedBytesBySource(file) {
  const text = readFileSync(file, 'utf8');
  // A chunk without a map (Rolldown's runtime helpers) counts as unmapped.
  if (!existsSync(`${file}.map`)) return new Map([['?', Buffer.byteLength(text)]]);
  const lines = text.split('\n');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const bySource = new Map();
  const add = (source, text) => bySource.set(source, (bySource.get(source) ?? 0) + Buffer.byteLength(text));
  let sourceIndex = 0;
  map.mappings.split(';').forEach((mapped, lineNo) => {
    const line = lines[lineNo] ?? '';
    let column = 0;
    let start = 0;
    let current = '?';
    for (const segment of mapped ? mapped.split(',') : []) {
      const [columnDelta, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      add(current, line.slice(start, column));
      start = column;
      if (sourceDelta !== undefined) {
        sourceIndex += sourceDelta;
        current = map.sources[sourceIndex] ?? '?';
      } else current = '?';
    }
    add(current, line.slice(start));
  });
  return bySource;
}

export { kb };
