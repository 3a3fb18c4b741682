// Bad input, table-driven, for all six widgets (issue #8). web-test-runner runs this file
// twice, in the groups `tz-utc` and `tz-moscow` (web-test-runner.config.mjs): dates must
// read the same in both zones.
import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import '../../src/widgets/abc-xyz-matrix/abc-xyz-matrix.js';
import '../../src/widgets/channel-pie/channel-pie.js';
import '../../src/widgets/debt-table/debt-table.js';
import '../../src/widgets/funnel/funnel.js';
import '../../src/widgets/lifecycle-grid/lifecycle-grid.js';
import '../../src/widgets/traffic-light-pool/traffic-light-pool.js';
import type { PulseErrorEvent } from '../../src/shared/events.js';
import { expectNoJunkDeep, tables, type InputCase } from './hardening-cases.js';
import { recordErrors, settle, shadowText, trapUncaught } from './helpers.js';

type Widget = HTMLElement & { data?: unknown; status: string; updateComplete: Promise<boolean> };

const expectedZone = document.querySelector('meta[name="pulse-expected-tz"]')?.getAttribute('content');
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

async function mount(tag: string, c: InputCase): Promise<{ el: Widget; events: PulseErrorEvent[] }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru"></div>`);
  const el = document.createElement(tag) as Widget;
  Object.assign(el, c.props ?? {});
  wrapper.append(el);
  const events = recordErrors(wrapper);
  el.data = c.data;
  await settle(el);
  // A pulse-error is dispatched in `updated`; let any follow-up render finish too.
  await new Promise((r) => setTimeout(r, 0));
  await settle(el);
  return { el, events };
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('hardening: bad input, table-driven', () => {
  it(`runs in the time zone its group asks for (${expectedZone ?? 'no group: local zone'})`, () => {
    // Run outside the tz-* groups (e.g. `wtr --files`), the page names no zone: then the
    // cases still run in the machine's zone.
    if (expectedZone) expect(zone).to.equal(expectedZone);
    if (expectedZone === 'Europe/Moscow') expect(new Date(2024, 0, 1).getTimezoneOffset()).to.equal(-180);
    if (expectedZone === 'UTC') expect(new Date(2024, 0, 1).getTimezoneOffset()).to.equal(0);
  });

  for (const table of tables) {
    describe(`<${table.tag}>`, () => {
      it('the valid fixture is ready with no pulse-error', async () => {
        const { el, events } = await mount(table.tag, { name: 'valid', data: table.valid, expect: 'ready' });
        expect(el.status).to.equal('ready');
        expect(events).to.have.length(0);
      });

      for (const c of table.cases) {
        const paths = c.paths ? ` at ${c.paths.map((p) => JSON.stringify(p)).join(', ')}` : '';
        it(`${c.name}: ${c.expect}${paths}`, async () => {
          const trap = trapUncaught();
          let mounted: { el: Widget; events: PulseErrorEvent[] };
          try {
            mounted = await mount(table.tag, c);
          } finally {
            trap.stop();
          }
          const { el, events } = mounted;
          expect(trap.errors, 'uncaught errors').to.deep.equal([]);
          const shown = c.expect === 'notice' ? (c.shows ?? 'ready') : c.expect;
          expect(el.status, 'status').to.equal(shown);
          switch (c.expect) {
            case 'error': {
              const box = part(el, 'error');
              expect(box, 'error box').to.exist;
              expect(box!.getAttribute('role')).to.equal('alert');
              expect(events, 'pulse-error events').to.have.length(1);
              expect(events[0].detail.partial).to.equal(false);
              break;
            }
            case 'notice': {
              const box = part(el, 'notice');
              expect(box, 'notice box').to.exist;
              expect(box!.getAttribute('role')).to.equal('alert');
              expect(events, 'pulse-error events').to.have.length(1);
              expect(events[0].detail.partial).to.equal(true);
              break;
            }
            case 'empty':
              expect(part(el, 'empty'), 'empty state').to.exist;
              expect(part(el, 'notice'), 'notice').to.equal(null);
              expect(events, 'pulse-error events').to.have.length(0);
              break;
            default:
              expect(part(el, 'error'), 'error box').to.equal(null);
              expect(part(el, 'notice'), 'notice').to.equal(null);
              expect(part(el, 'empty'), 'empty state').to.equal(null);
              expect(events, 'pulse-error events').to.have.length(0);
          }
          if (c.expect === 'error' || c.expect === 'notice') {
            const got = [...new Set(events[0].detail.issues.map((i) => i.path))].sort();
            expect(got, 'issue paths').to.deep.equal([...(c.paths ?? [])].sort());
            // The visible list names the first issue's path.
            const first = events[0].detail.issues[0];
            if (first.path) expect(shadowText(el)).to.contain(first.path);
          }
          for (const t of c.text ?? []) expect(shadowText(el)).to.contain(t);
          expectNoJunkDeep(el, c.name);
        });
      }
    });
  }
});
