// Fuzzing (issue #8): arbitrary JSON, and the widgets' valid fixtures with random parts
// replaced, go into `.data` of one element per widget. Whatever comes in, nothing escapes
// the element, it shows a state (ready / empty / error), fires pulse-error exactly when it
// shows an error or a notice, and puts no NaN / Infinity / undefined in the DOM.
// Seeded: a failure names its seed and path (fast-check's report) so it reproduces.
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { fixture, html } from '@open-wc/testing-helpers';
import '../../src/widgets/abc-xyz-matrix/abc-xyz-matrix.js';
import '../../src/widgets/channel-pie/channel-pie.js';
import '../../src/widgets/debt-table/debt-table.js';
import '../../src/widgets/funnel/funnel.js';
import '../../src/widgets/lifecycle-grid/lifecycle-grid.js';
import '../../src/widgets/traffic-light-pool/traffic-light-pool.js';
import type { PulseErrorEvent } from '../../src/shared/events.js';
import { abcXyzIssue } from '../fixtures/abc-xyz-matrix.js';
import { channelMoney, channelSeed } from '../fixtures/channel-pie.js';
import { debtIssue, debtSeed } from '../fixtures/debt-table.js';
import { erpDeals, funnelIssue, needsByOwner } from '../fixtures/funnel.js';
import { lifecycleExample, lifecycleSeed } from '../fixtures/lifecycle-grid.js';
import { poolExample, poolSlide } from '../fixtures/traffic-light-pool.js';
import { expectNoJunkDeep } from './hardening-cases.js';

type Widget = HTMLElement & { data?: unknown; status: string; updateComplete: Promise<boolean> };
type Path = (string | number)[];

/**
 * Runs per widget: arbitrary JSON (mostly refused, ~2 ms a run), and mutated fixtures (a
 * full render, ~20-40 ms a run on 2 busy cores): under a minute for the file.
 */
const PURE_RUNS = 1200;
const MUTATED_RUNS = 250;
const BASE_SEED = 0x5eed_2024;

/** Values the input rules care about, beside arbitrary JSON. */
const special = fc.constantFrom<unknown>(
  NaN,
  Infinity,
  -Infinity,
  -0,
  1e308,
  -1e308,
  5e-324,
  Number.MAX_SAFE_INTEGER + 2,
  '',
  ' ',
  'abc',
  '1 234,56',
  '1,234.56',
  '−5',
  '0001-01-01',
  '31.02.2024',
  '27.02.24',
  '2024-02-27T23:30:00+03:00',
  '2024-02-30',
  '9999-12-31',
  '__proto__',
  'constructor',
  '<img src=x onerror=alert(1)>',
  [],
  {},
  null,
  undefined,
);

/** Every path in a JSON value, parents before children. */
function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = [...at, Array.isArray(value) ? Number(k) : k];
      out.push(p);
      pathsOf(v, p, out);
    }
  }
  return out;
}

interface Mutation {
  path: Path;
  op: 'set' | 'delete' | 'duplicate';
  value: unknown;
}

/** A copy of `base` with the mutations applied (a path that no longer exists is skipped). */
function mutate(base: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(base);
  for (const { path, op, value } of mutations) {
    let node = copy as Record<string | number, unknown>;
    let ok = true;
    for (const key of path.slice(0, -1)) {
      const next = node[key];
      if (next === null || typeof next !== 'object') {
        ok = false;
        break;
      }
      node = next as Record<string | number, unknown>;
    }
    if (!ok) continue;
    const last = path[path.length - 1];
    if (op === 'delete') {
      if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
      else delete node[last];
    } else if (op === 'duplicate' && Array.isArray(node) && typeof last === 'number' && last < node.length) {
      node.splice(last, 0, structuredClone(node[last]));
    } else node[last] = value;
  }
  return copy;
}

function mutated(fixtures: unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    ...fixtures.map((base) => {
      const paths = pathsOf(base);
      const mutation = fc.record({
        path: fc.constantFrom(...paths),
        op: fc.constantFrom<Mutation['op']>('set', 'set', 'set', 'delete', 'duplicate'),
        value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), special),
      });
      return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => mutate(base, ms));
    }),
  );
}

/** A few deals of the ERP funnel keep the fixture (and each run) small. */
const fewDeals = { ...erpDeals, deals: erpDeals.deals!.slice(0, 6) };

const WIDGETS: [string, unknown[]][] = [
  ['pulse-channel-pie', [channelSeed, channelMoney]],
  ['pulse-funnel', [funnelIssue, needsByOwner, fewDeals]],
  ['pulse-lifecycle-grid', [lifecycleExample, lifecycleSeed]],
  ['pulse-traffic-light-pool', [poolExample, poolSlide]],
  ['pulse-abc-xyz-matrix', [abcXyzIssue]],
  ['pulse-debt-table', [debtIssue, { ...debtSeed, rows: debtSeed.rows.slice(2, 4) }]],
];

/** Errors that escaped an element: window `error` and `unhandledrejection`. */
const uncaught: unknown[] = [];
window.addEventListener('error', (e) => uncaught.push(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => uncaught.push(e.reason));

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('hardening: fuzzing .data', () => {
  WIDGETS.forEach(([tag, fixtures], w) => {
    for (const [kind, arbitrary, numRuns] of [
      ['fc.jsonValue()', fc.jsonValue(), PURE_RUNS],
      ['mutated fixtures', mutated(fixtures), MUTATED_RUNS],
    ] as const) {
      it(`<${tag}>: ${numRuns} runs of ${kind}`, async function () {
        this.timeout(120_000);
        const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru"></div>`);
        const el = document.createElement(tag) as Widget;
        wrapper.append(el);
        const events: PulseErrorEvent[] = [];
        wrapper.addEventListener('pulse-error', (e) => events.push(e as PulseErrorEvent));
        let previous: unknown = Symbol('none');
        const seed = BASE_SEED + w * 2 + (kind === 'fc.jsonValue()' ? 0 : 1);
        const property = fc.asyncProperty(arbitrary, async (data) => {
          events.length = 0;
          uncaught.length = 0;
          const changed = !Object.is(previous, data);
          previous = data;
          el.data = data;
          await el.updateComplete;
          expect(uncaught, 'uncaught errors').to.deep.equal([]);
          const status = el.status;
          expect(['ready', 'empty', 'error'], 'status').to.include(status);
          if (status === 'error') expect(part(el, 'error'), 'error box').to.exist;
          else if (status === 'empty') expect(part(el, 'empty'), 'empty state').to.exist;
          else expect(part(el, 'error'), 'error box when ready').to.equal(null);
          if (changed) {
            const notice = part(el, 'notice') !== null;
            if (status === 'error' || notice) {
              expect(events, 'one pulse-error').to.have.length(1);
              expect(events[0].detail.partial).to.equal(status !== 'error');
              expect(events[0].detail.issues.length).to.be.greaterThan(0);
            } else expect(events, 'no pulse-error').to.have.length(0);
          }
          expectNoJunkDeep(el);
        });
        const started = performance.now();
        try {
          await fc.assert(property, { seed, numRuns, endOnFailure: true });
        } catch (error) {
          const cause = (error as Error).cause;
          throw new Error(
            `fuzz <${tag}> ${kind}, seed ${seed}: ${(error as Error).message}\nCause: ${String(cause)}`,
          );
        }
        console.log(
          `fuzz <${tag}> ${kind}: ${numRuns} runs in ${Math.round(performance.now() - started)} ms`,
        );
      });
    }
  });
});
