import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import '../../src/widgets/funnel/funnel.js';
import type { PulseElement } from '../../src/shared/pulse-element.js';
import { runWidgetJob } from '../../src/worker/job-client.js';
import { defaultWorkerUrl } from '../../src/worker/locate.js';
import { join, split } from '../../src/worker/transport.js';
import { largeDeals } from '../fixtures/funnel.js';
import { recordErrors } from './helpers.js';
import { createPulseWorker, type PulseWorker } from '../../src/worker/index.js';
import { channelShares, roundShares } from '../../src/core/shares.js';
import { PulseDataError } from '../../src/core/errors.js';
import { channelSeed } from '../fixtures/channel-pie.js';

describe('crm-pulse/worker', () => {
  let pulse: PulseWorker;
  before(() => {
    pulse = createPulseWorker({ url: new URL('../../src/worker/pulse-worker.ts', import.meta.url) });
  });
  after(() => pulse.terminate());

  it('channelShares(input) in the worker equals the same call on the main thread', async () => {
    const input = { gains: channelSeed.gains, losses: channelSeed.losses ?? [] };
    expect(await pulse.channelShares(input)).to.deep.equal(channelShares(input));
  });

  it('roundShares(values) moves a transferred buffer instead of copying it', async () => {
    const values = new Float64Array([1, 1, 1]);
    const result = await pulse.call('roundShares', [Array.from(values)], [values.buffer]);
    expect(result).to.deep.equal(roundShares([1, 1, 1]));
    expect(values.byteLength).to.equal(0);
  });

  it('rejects bad input with a PulseDataError carrying every issue', async () => {
    try {
      await pulse.channelShares({
        gains: [
          { key: 'a', value: 'abc' },
          { key: 'b', value: -1 },
        ],
      });
      expect.fail('should have rejected');
    } catch (error) {
      expect(error).to.be.instanceOf(PulseDataError);
      expect((error as PulseDataError).issues.map((i) => i.path)).to.deep.equal([
        'gains[0].value',
        'gains[1].value',
      ]);
    }
  });

  it('answers concurrent calls each with its own result', async () => {
    const results = await Promise.all([1, 2, 3].map((n) => pulse.roundShares(Array(n).fill(1))));
    expect(results.map((r) => r.reduce((a, b) => a + b, 0))).to.deep.equal([100, 100, 100]);
  });
});

describe('widget jobs: large inputs computed in the worker (issue #3)', () => {
  type Funnel = PulseElement<unknown, unknown> & { performUpdate(): void };
  const deals = (n: number, seed = 1) => largeDeals(n, 4 + seed);
  const firstCount = (el: Element) =>
    (el.shadowRoot!.querySelector('[role="option"] .fig--count')?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();

  async function mount(attrs: { threshold?: number; url?: string } = {}): Promise<Funnel> {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru"></div>`);
    const el = document.createElement('pulse-funnel') as unknown as Funnel;
    if (attrs.threshold !== undefined) el.setAttribute('worker-threshold', String(attrs.threshold));
    if (attrs.url !== undefined) el.setAttribute('worker-url', attrs.url);
    wrapper.append(el);
    await el.updateComplete;
    return el;
  }

  it('split(value) takes out every large array once and join() puts the same array back everywhere', () => {
    const ids = Array.from({ length: 600 }, (_, i) => `c${i}`);
    const value = { a: { ids, small: [1, 2] }, b: [{ again: ids }], n: 3 };
    const { root, arrays } = split(value, 256);
    expect(arrays).to.have.length(1);
    expect(JSON.stringify(root)).not.to.contain('c599');
    expect(value.a.ids).to.equal(ids); // the input is not touched
    const back = join(
      structuredClone(root),
      arrays.map((a) => a.slice()),
    ) as typeof value;
    expect(back.a.ids).to.deep.equal(ids);
    expect(back.b[0].again).to.equal(back.a.ids);
    expect(back.a.small).to.deep.equal([1, 2]);
  });

  it('below worker-threshold the element computes synchronously; above it, in the worker', async () => {
    const data = deals(100);
    const sync = await mount();
    sync.data = data;
    sync.performUpdate();
    expect(sync.status).to.equal('ready');
    expect(firstCount(sync)).to.contain('100');

    const worker = await mount({ threshold: 10 });
    worker.data = data;
    worker.performUpdate();
    expect(worker.status).to.equal('loading');
    expect(worker.shadowRoot!.querySelector('[part~="loading"]')).to.exist;
    await worker.updateComplete;
    expect(worker.status).to.equal('ready');
    expect(firstCount(worker)).to.equal(firstCount(sync));
  });

  it('keeps the last result on screen, marked busy, while new data is computed', async () => {
    const el = await mount({ threshold: 10 });
    el.data = deals(200);
    await el.updateComplete;
    el.data = deals(300);
    el.performUpdate();
    expect(el.status).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[part~="busy"]')).to.exist;
    expect(firstCount(el)).to.contain('200');
    await el.updateComplete;
    expect(firstCount(el)).to.contain('300');
    expect(el.shadowRoot!.querySelector('[part~="busy"]')).to.equal(null);
  });

  it('drops the result of a job overtaken by newer data', async () => {
    const el = await mount({ threshold: 50 });
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(firstCount(el)));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    el.data = deals(77); // above the threshold: a worker job
    el.performUpdate();
    el.data = deals(33); // below: computed at once, while the job is under way
    el.performUpdate();
    expect(firstCount(el)).to.contain('33');
    // Jobs run in order: once a later job is answered, the overtaken one was too.
    const probe = await runWidgetJob(
      defaultWorkerUrl()!,
      'channel-pie',
      { gains: [{ key: 'a', value: 1 }] },
      {},
    );
    expect(probe.ok).to.equal(true);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    expect(el.status).to.equal('ready');
    expect(firstCount(el)).to.contain('33');
    expect(seen.filter((t) => t.includes('77'))).to.deep.equal([]);
  });

  it('reports bad rows and a refused input with the same issues as the synchronous path', async () => {
    const partly = deals(40);
    (partly.deals as { amount: unknown }[])[3].amount = 'abc';
    const refused = { ...deals(40), stageOrder: undefined };
    for (const data of [partly, refused]) {
      const details = [];
      for (const threshold of [0, 10]) {
        const el = await mount({ threshold });
        const errors = recordErrors(el);
        el.data = data;
        await el.updateComplete;
        await el.updateComplete;
        details.push({ status: el.status, errors: errors.map((e) => e.detail) });
      }
      expect(details[0].errors).to.have.length(1);
      expect(details[1]).to.deep.equal(details[0]);
    }
  });

  it('falls back to the main thread, silently and with the same figures, when the worker cannot start', async () => {
    const data = deals(120);
    const el = await mount({ threshold: 10, url: '/no-such-dir/pulse-worker.js' });
    const errors = recordErrors(el);
    el.data = data;
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(firstCount(el)).to.contain('120');
    expect(errors).to.deep.equal([]);
    // Known broken now: the next input is computed at once.
    el.data = deals(130);
    el.performUpdate();
    expect(el.status).to.equal('ready');
    expect(firstCount(el)).to.contain('130');
  });

  it('computes on the main thread where there is no Worker at all', async () => {
    const saved = window.Worker;
    try {
      (window as unknown as { Worker?: unknown }).Worker = undefined;
      const el = await mount({ threshold: 10 });
      el.data = deals(60);
      el.performUpdate();
      expect(el.status).to.equal('ready');
      expect(firstCount(el)).to.contain('60');
    } finally {
      window.Worker = saved;
    }
  });
});
