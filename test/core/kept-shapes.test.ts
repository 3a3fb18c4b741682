import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The core keeps one object of each shape a call makes once (internal/shapes.ts), so that
// V8 does not throw away the compiled loops after a garbage collection between two calls.
// This runs kept-shapes.run.ts under `node --trace-deopt`, a process per function, and
// reads which compiled code V8 dropped for "weak objects" during the function's calls.
//
// Held to it: the functions below. Not yet: scoreTrafficLights (its end-of-call code is
// sometimes dropped) and rfmScores.
const CHECKED = [
  'abcXyzMatrix',
  'lifecycleSegments',
  'classifyAbc',
  'classifyXyz',
  'compareAbcXyz',
  'funnel',
];

/** Names of the functions whose code was dropped for weak objects, by section. */
function droppedBySection(trace: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current = '';
  for (const line of trace.split('\n')) {
    if (line.startsWith('## ')) {
      current = line.slice(3);
      sections.set(current, []);
    } else if (line.includes('reason: weak objects')) {
      const name = /<SharedFunctionInfo ?([^>]*)>/.exec(line)?.[1] || '(anonymous)';
      sections.get(current)?.push(name);
    }
  }
  return sections;
}

describe('kept shapes', () => {
  it('parses the trace: a dropped function is listed under the section it was dropped in', () => {
    const trace = [
      '## a',
      '[marking dependent code 0x1 <Code TURBOFAN> (0x2 <SharedFunctionInfo readHistory>) (opt id 4) for deoptimization, reason: weak objects]',
      '## b',
    ].join('\n');
    expect(droppedBySection(trace)).toEqual(
      new Map([
        ['a', ['readHistory']],
        ['b', []],
      ]),
    );
  });

  it('keeps the compiled code of each function across collections between its calls', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-pulse-shapes-'));
    try {
      const script = join(dir, 'run.mjs');
      await build({
        entryPoints: [fileURLToPath(new URL('./kept-shapes.run.ts', import.meta.url))],
        bundle: true,
        platform: 'node',
        format: 'esm',
        outfile: script,
        logLevel: 'error',
      });
      for (const name of CHECKED) {
        const run = spawnSync(process.execPath, ['--expose-gc', '--trace-deopt', script, name], {
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        });
        expect(run.status, run.stderr).toBe(0);
        const sections = droppedBySection(run.stdout);
        expect([...sections.keys()]).toEqual([name, 'end (last result: object)']);
        expect({ name, dropped: sections.get(name) }).toEqual({ name, dropped: [] });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
