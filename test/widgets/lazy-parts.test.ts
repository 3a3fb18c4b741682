// The long default texts (ABC/XYZ readings, lifecycle strategies) and the views shown only
// after a user action (the lifecycle panel, the pool's explanation, the ABC/XYZ transitions)
// are lazily imported parts: the element renders a loading line (part + aria-busy) until they
// are there, and `updateComplete` waits for them. This file runs in its own page, so the parts
// start unloaded; the tests run in order and the first ones rely on that.
import { expect } from '@esm-bundle/chai';
import { html, render } from 'lit';
import '../../src/widgets/abc-xyz-matrix/abc-xyz-matrix.js';
import '../../src/widgets/lifecycle-grid/lifecycle-grid.js';
import '../../src/widgets/traffic-light-pool/traffic-light-pool.js';
import {
  DEFAULT_READINGS,
  type AbcXyzReadings,
  type PulseAbcXyzMatrix,
} from '../../src/widgets/abc-xyz-matrix/abc-xyz-matrix.js';
import type { PulseLifecycleGrid } from '../../src/widgets/lifecycle-grid/lifecycle-grid.component.js';
import type { PulseTrafficLightPool } from '../../src/widgets/traffic-light-pool/traffic-light-pool.component.js';
import { loadDefaultReadings } from '../../src/index.js';
import { lazyPart } from '../../src/shared/lazy-part.js';
import { lazyView } from '../../src/shared/lazy-view.js';
import { abcXyzIssue, abcXyzSeed } from '../fixtures/abc-xyz-matrix.js';
import { lifecycleExample } from '../fixtures/lifecycle-grid.js';
import { poolSlide } from '../fixtures/traffic-light-pool.js';
import {
  beforeAnyTask,
  expectLoadingLine,
  inShadow as $,
  mountUnder,
  removeMounted,
  settle,
  textOf as text,
} from './helpers.js';

const mount = mountUnder;

/** A ru lifecycle grid whose host strategy for cell 4 is 'Свой текст', with cell 4 just clicked. */
async function openOwnStrategyCell(): Promise<PulseLifecycleGrid> {
  const el = mount<PulseLifecycleGrid>('pulse-lifecycle-grid', 'ru', {
    data: lifecycleExample,
    options: { strategies: { 4: 'Свой текст' } },
  });
  await settle(el);
  $(el, '#cell-4')!.click();
  return el;
}

const ALL_KEYS = ['AX', 'AY', 'AZ', 'BX', 'BY', 'BZ', 'CX', 'CY', 'CZ', 'A', 'B', 'C', 'lost', 'potential'];

afterEach(removeMounted);

describe('lazily loaded default texts', () => {
  it('renders complete host readings at once, without waiting for the defaults', async () => {
    const readings: AbcXyzReadings = Object.fromEntries(
      ALL_KEYS.map((k) => [k, { title: `Своё ${k}`, text: `Совет ${k}` }]),
    );
    const el = mount<PulseAbcXyzMatrix>('pulse-abc-xyz-matrix', 'ru', { readings, data: abcXyzIssue });
    await beforeAnyTask(() => !!$(el, '[part~="grid"]'), 'the grid');
    expect($(el, '[part~="reading-loading"]')).to.equal(null);
    expect($(el, '[part~="reading"]')!.getAttribute('aria-busy')).to.equal('false');
    expect(text($(el, '[part~="reading"]')))
      .to.contain('AX · Своё AX')
      .and.contain('Совет AX');
    expect(text($(el, '#cell-AX .cell-title'))).to.equal('Своё AX');
    // The tint comes from the default priorities, which are not part of the lazy texts.
    expect($(el, '#cell-AX')!.classList.contains('high')).to.equal(true);
  });

  it('shows a loading line in the reading panel until the default readings arrive', async () => {
    const el = mount<PulseAbcXyzMatrix>('pulse-abc-xyz-matrix', 'ru', { data: abcXyzIssue });
    await beforeAnyTask(() => !!$(el, '[part~="grid"]'), 'the grid');
    const panel = $(el, '[part~="reading"]')!;
    expect(panel.getAttribute('aria-busy')).to.equal('true');
    expect(text($(el, '[part~="reading-loading"]'))).to.equal('Загрузка…');
    expect($(el, '[part~="reading-loading"]')!.getAttribute('role')).to.equal('status');
    // The cells show their numbers and tint meanwhile.
    expect($(el, '#cell-AX')!.classList.contains('high')).to.equal(true);
    expect(text($(el, '#cell-AX .cell-title'))).to.equal('');
    await el.updateComplete;
    expect($(el, '[part~="reading-loading"]')).to.equal(null);
    expect($(el, '[part~="reading"]')!.getAttribute('aria-busy')).to.equal('false');
    expect(text($(el, '[part~="reading"]'))).to.contain('Опора бизнеса');
    expect(text($(el, '#cell-AX .cell-title'))).to.equal('Опора бизнеса');
  });

  it('shows a loading line in place of the lifecycle panel until its part arrives', async () => {
    // A host strategy for cell 4: the default strategies stay unloaded for the next test.
    const el = await openOwnStrategyCell();
    await expectLoadingLine(el, 'details', 'Загрузка списка клиентов…');
    // The grid shows the choice meanwhile.
    expect($(el, '#cell-4')!.getAttribute('aria-selected')).to.equal('true');
    await el.updateComplete;
    expect($(el, '[part~="details-loading"]')).to.equal(null);
    expect(text($(el, '[part~="details"] h4'))).to.match(/^4\. .+: \d+ клиент/);
    // The panel's stylesheet came with it and was adopted (its frame is drawn).
    expect(getComputedStyle($(el, '[part~="details"]')!).borderTopStyle).to.equal('solid');
    expect(text($(el, '[part~="strategy"]'))).to.equal('Стратегия реагирования Свой текст');
    expect($(el, '[part~="list"] tbody tr')).not.to.equal(null);
    // Escape inside the panel closes it and gives focus back to the cell, as before.
    const close = $(el, '[part~="close"]')!;
    close.focus();
    close.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await settle(el);
    await settle(el);
    expect($(el, '[part~="details"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#cell-4'));
  });

  it('shows a loading line in the strategy until the default strategies arrive', async () => {
    const el = mount<PulseLifecycleGrid>('pulse-lifecycle-grid', 'en', { data: lifecycleExample });
    await settle(el);
    $(el, '#cell-4')!.click();
    await beforeAnyTask(() => !!$(el, '[part~="strategy"]'), 'the strategy');
    const strategy = $(el, '[part~="strategy"]')!;
    expect(strategy.getAttribute('aria-busy')).to.equal('true');
    expect(text($(el, '[part~="strategy-loading"]'))).to.equal('Loading…');
    // The client list does not wait for the texts.
    expect($(el, '[part~="list"]')).not.to.equal(null);
    await el.updateComplete;
    expect($(el, '[part~="strategy-loading"]')).to.equal(null);
    expect($(el, '[part~="strategy"]')!.hasAttribute('aria-busy')).to.equal(false);
    expect(text($(el, '[part~="strategy"]')))
      .to.contain('Response strategy')
      .and.contain('Mail')
      .and.contain('Offer');
  });

  it('keeps a host strategy synchronous', async () => {
    const el = await openOwnStrategyCell();
    await beforeAnyTask(() => !!$(el, '[part~="strategy"]'), 'the strategy');
    expect(text($(el, '[part~="strategy"]'))).to.equal('Стратегия реагирования Свой текст');
  });

  it('gives the package API the same defaults as the widget module', async () => {
    const loaded = await loadDefaultReadings();
    expect(loaded).to.equal(DEFAULT_READINGS);
    expect(loaded.en.AX).to.deep.equal({
      title: 'Backbone',
      text: DEFAULT_READINGS.en.AX.text,
      priority: 'high',
    });
    expect(Object.keys(loaded.ru).sort()).to.deep.equal([...ALL_KEYS].sort());
    const el = mount<PulseAbcXyzMatrix>('pulse-abc-xyz-matrix', 'en', { data: abcXyzIssue });
    await settle(el);
    expect(text($(el, '[part~="reading"]'))).to.contain(`AX · Backbone ${loaded.en.AX.text}`);
  });
});

describe('lazily loaded views', () => {
  it("shows a loading line in place of the pool's explanation until its part arrives", async () => {
    const el = mount<PulseTrafficLightPool>('pulse-traffic-light-pool', 'ru', { data: poolSlide });
    await settle(el);
    const light = () => el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')[1];
    light().click();
    await expectLoadingLine(el, 'explain', 'Загрузка объяснения…');
    expect(light().getAttribute('aria-selected')).to.equal('true');
    await el.updateComplete;
    expect($(el, '[part~="explain-loading"]')).to.equal(null);
    expect(text($(el, '[part~="explain"] h3'))).to.equal('Василек');
    expect(getComputedStyle($(el, '[part~="explain"]')!).borderTopStyle).to.equal('solid');
    expect(text($(el, '[part~="explain"] tfoot'))).to.equal('Сумма 0,6 / 1,1');
    // Escape in the explanation closes it and gives focus back to the light, as before.
    $(el, '[part~="close"]')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await settle(el);
    await settle(el);
    expect($(el, '[part~="explain"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(light());
  });

  it('shows a loading line in place of the ABC/XYZ transitions until their part arrives', async () => {
    const el = mount<PulseAbcXyzMatrix>('pulse-abc-xyz-matrix', 'en', { data: abcXyzSeed });
    await settle(el);
    $(el, '#tab-transitions')!.click();
    await expectLoadingLine(el, 'transitions', 'Loading the transitions…');
    expect($(el, '[part~="transitions-loading"]')!.closest('[role="tabpanel"]')).not.to.equal(null);
    expect($(el, '#tab-transitions')!.getAttribute('aria-selected')).to.equal('true');
    await el.updateComplete;
    expect($(el, '[part~="transitions-loading"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part~="transition-table"]')).to.have.length(2);
    expect(text($(el, '[part~="transitions"]')))
      .to.contain('Better:')
      .and.contain('worse:');
  });

  it('shows a visible message instead of throwing when the import of a part fails', async () => {
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    // A real dynamic import that rejects (as a chunk missing after a deploy would), without a
    // 404 in the test log: the module throws while it is evaluated.
    const missing = 'data:text/javascript,throw new Error("missing chunk")';
    const part = lazyPart(() => import(/* @vite-ignore */ missing) as Promise<{ name: string }>);
    const box = document.createElement('div');
    document.body.append(box);
    const waits: Promise<unknown>[] = [];
    const draw = () =>
      render(
        lazyView(
          {
            part,
            name: 'demo',
            loading: 'Загрузка…',
            failed: 'Не удалось загрузить. Обновите страницу.',
            wait: (loading) => waits.push(loading.then(draw, draw)),
          },
          (module) => html`<p part="demo">${module.name}</p>`,
        ),
        box,
      );
    try {
      draw();
      expect(box.querySelector('[part="demo-loading"]')!.getAttribute('aria-busy')).to.equal('true');
      await Promise.all(waits);
      expect(part.failed).to.equal(true);
      expect(box.querySelector('[part="demo-loading"]')).to.equal(null);
      const failed = box.querySelector('[part="demo-failed"]')!;
      expect(failed.getAttribute('role')).to.equal('alert');
      expect(text(failed)).to.equal('Не удалось загрузить. Обновите страницу.');
      // Once failed, it is not loaded again: the message stays without a new wait.
      draw();
      expect(box.querySelector('[part="demo-failed"]')).not.to.equal(null);
      expect(waits).to.have.length(1);
      await new Promise((r) => setTimeout(r, 50));
      expect(rejections).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
      box.remove();
    }
  });
});
