// Our widgets on the benchmark page: each case creates the element, sets `data`, appends it
// and waits for its updates (validation, the core, render, re-renders it requests itself).
import '../../../../src/widgets/abc-xyz-matrix/abc-xyz-matrix.js';
import '../../../../src/widgets/channel-pie/channel-pie.js';
import '../../../../src/widgets/debt-table/debt-table.js';
import '../../../../src/widgets/funnel/funnel.js';
import '../../../../src/widgets/traffic-light-pool/traffic-light-pool.js';
import type { PulseElement } from '../../../../src/shared/pulse-element.js';
import { abcXyzIssue, channelSeed, debtRows, funnelIssue, poolClients } from './data.js';
import { registerCases, settle, type BenchCase } from './harness.js';

type AnyPulse = PulseElement<unknown, unknown>;

/** A case that mounts `<tag>` with the data `make(n)` returns. */
function element(tag: string, make: (n: number) => unknown, selector: string, mainThread = false): BenchCase {
  let data: unknown;
  return {
    prepare(n) {
      data = make(n);
    },
    async mount(host) {
      const el = document.createElement(tag) as AnyPulse;
      // Large inputs go to the elements' worker by default; `worker-threshold="0"` keeps them here.
      if (mainThread) el.setAttribute('worker-threshold', '0');
      el.data = data;
      host.append(el);
      await settle(el);
    },
    unmount(host) {
      host.replaceChildren();
    },
    check(host) {
      const el = host.firstElementChild as AnyPulse | null;
      if (!el || el.status !== 'ready') throw new Error(`<${tag}> is ${el?.status ?? 'missing'}`);
      const drawn = el.shadowRoot?.querySelectorAll(selector).length ?? 0;
      if (drawn === 0) throw new Error(`<${tag}> drew no ${selector}`);
      return `${drawn} × ${selector}, ${el.shadowRoot?.querySelectorAll('*').length} shadow nodes`;
    },
  };
}

registerCases({
  pie: element('pulse-channel-pie', () => channelSeed, '[part~="slice"]'),
  funnel: element('pulse-funnel', () => funnelIssue, '[part~="stage"]'),
  matrix: element('pulse-abc-xyz-matrix', () => abcXyzIssue, '[part~="cell"]'),
  debt: element('pulse-debt-table', (n) => debtRows(n), 'tbody tr'),
  'debt-main': element('pulse-debt-table', (n) => debtRows(n), 'tbody tr', true),
  pool: element('pulse-traffic-light-pool', (n) => poolClients(n), '[part~="light"], [part~="bar"]'),
  'pool-main': element(
    'pulse-traffic-light-pool',
    (n) => poolClients(n),
    '[part~="light"], [part~="bar"]',
    true,
  ),
});
