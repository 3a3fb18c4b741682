// The long default texts (ABC/XYZ readings, lifecycle strategies) are lazily imported parts:
// the element renders a loading line (part + aria-busy) until they are there, and
// `updateComplete` waits for them. This file runs in its own page, so the parts start
// unloaded; the tests run in order and the first ones rely on that.
import { expect } from '@esm-bundle/chai';
import '../../src/widgets/abc-xyz-matrix/abc-xyz-matrix.js';
import '../../src/widgets/lifecycle-grid/lifecycle-grid.js';
import {
  DEFAULT_READINGS,
  type AbcXyzReadings,
  type PulseAbcXyzMatrix,
} from '../../src/widgets/abc-xyz-matrix/abc-xyz-matrix.js';
import type { PulseLifecycleGrid } from '../../src/widgets/lifecycle-grid/lifecycle-grid.component.js';
import { loadDefaultReadings } from '../../src/index.js';
import { abcXyzIssue } from '../fixtures/abc-xyz-matrix.js';
import { lifecycleExample } from '../fixtures/lifecycle-grid.js';
import { settle } from './helpers.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

/** Mounts `<tag>` under `<div lang>` without waiting for anything. */
function mount<T extends HTMLElement>(tag: string, lang: string, props: Partial<T>): T {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  const el = document.createElement(tag) as T;
  Object.assign(el, props);
  wrapper.append(el);
  document.body.append(wrapper);
  return el;
}

/**
 * Spins on microtasks until `check` holds: Lit renders in microtasks, while a dynamic import
 * needs at least a task, so what this sees is the state before a lazy part arrives.
 */
async function beforeAnyTask(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await Promise.resolve();
  }
  throw new Error(`not rendered within microtasks: ${what}`);
}

const ALL_KEYS = ['AX', 'AY', 'AZ', 'BX', 'BY', 'BZ', 'CX', 'CY', 'CZ', 'A', 'B', 'C', 'lost', 'potential'];

afterEach(() => {
  for (const node of [...document.body.children]) if (node.tagName === 'DIV') node.remove();
});

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
    const el = mount<PulseLifecycleGrid>('pulse-lifecycle-grid', 'ru', {
      data: lifecycleExample,
      options: { strategies: { 4: 'Свой текст' } },
    });
    await settle(el);
    $(el, '#cell-4')!.click();
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
