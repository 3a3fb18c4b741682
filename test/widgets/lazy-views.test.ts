// Views whose code loads on demand because the data or the user may never need them: the
// pool's table view (shown from the toolbar or with view="table") and the funnel's owner
// breakdown (only for deals with owners). Each arrives with its stylesheet, adopted into the
// element's shadow root. This file runs in its own page, so the parts start unloaded; the
// tests run in order and the first ones of each block rely on that.
import { expect } from '@esm-bundle/chai';
import '../../src/widgets/funnel/funnel.js';
import '../../src/widgets/traffic-light-pool/traffic-light-pool.js';
import type { PulseFunnel, PulseStageSelectEvent } from '../../src/widgets/funnel/funnel.js';
import type {
  PulseClientSelectEvent,
  PulseTrafficLightPool,
} from '../../src/widgets/traffic-light-pool/traffic-light-pool.js';
import { funnelIssue, needsByOwner } from '../fixtures/funnel.js';
import { poolSlide } from '../fixtures/traffic-light-pool.js';
import {
  beforeAnyTask,
  expectLoadingLine,
  fetchedModule,
  inShadow as $,
  mountUnder,
  nextEvent,
  removeMounted,
  settle,
  textOf as text,
} from './helpers.js';

const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const key = (target: Element, k: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
const active = (el: Element) => el.shadowRoot!.activeElement;

const TABLE_MODULE = /\/traffic-light-pool\.table\.(js|ts)$/;
const OWNERS_MODULE = /\/funnel\.owners\.(js|ts)$/;

afterEach(removeMounted);

describe('the pool table view, loaded when first shown', () => {
  it('is not loaded for the lights view; the keyboard opens it with a loading line, then uses it', async () => {
    const el = mountUnder<PulseTrafficLightPool>('pulse-traffic-light-pool', 'ru', { data: poolSlide });
    await settle(el);
    expect($(el, '[role="option"]')).not.to.equal(null);
    expect($(el, '[part~="table-loading"]')).to.equal(null);
    expect(fetchedModule(TABLE_MODULE)).to.equal(false);
    const sheets = el.shadowRoot!.adoptedStyleSheets.length;

    // Tabs: Right arrow shows the table view; its place says the table is on its way.
    const lightsTab = $(el, '#tab-lights')!;
    lightsTab.focus();
    key(lightsTab, 'ArrowRight');
    const loading = await expectLoadingLine(el, 'table', 'Загрузка таблицы…');
    expect(loading.closest('[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal('tab-table');
    expect($(el, '#tab-table')!.getAttribute('aria-selected')).to.equal('true');

    await el.updateComplete;
    expect(fetchedModule(TABLE_MODULE)).to.equal(true);
    expect($(el, '[part~="table-loading"]')).to.equal(null);
    expect(active(el)).to.equal($(el, '#tab-table'));
    const names = $$(el, '.pool-table > tbody > tr > th').map(text);
    expect(names).to.deep.equal(poolSlide.clients.map((c) => c.name));

    // Its stylesheet came with it, added to the element's own ones.
    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(sheets + 1);
    expect(getComputedStyle($(el, '.table-wrap')!).overflowX).to.equal('auto');
    expect(getComputedStyle($(el, '.pool-table .group-th')!).textAlign).to.equal('center');
    expect(getComputedStyle($(el, '.lamp')!).flexShrink).to.equal('0');

    // The client buttons: one Tab stop, arrows move, a click chooses.
    const buttons = () => $$(el, '.client-btn');
    expect(buttons().filter((b) => b.tabIndex === 0)).to.have.length(1);
    buttons()[0].focus();
    key(buttons()[0], 'ArrowDown');
    await settle(el);
    expect(active(el)).to.equal(buttons()[1]);
    key(buttons()[1], 'End');
    await settle(el);
    expect(active(el)).to.equal(buttons().at(-1));
    expect(buttons().at(-1)!.tabIndex).to.equal(0);
    const event = nextEvent<PulseClientSelectEvent>(el, 'pulse-client-select');
    buttons()[1].click();
    expect((await event).detail).to.deep.equal({ id: poolSlide.clients[1].id });
    await settle(el);
    expect(text($(el, '.detail-row [part~="explain"] h3'))).to.equal(poolSlide.clients[1].name);
  });

  it('renders at once, with its styles, in another pool once loaded (view="table")', async () => {
    const el = mountUnder<PulseTrafficLightPool>('pulse-traffic-light-pool', 'ru', {
      data: poolSlide,
      view: 'table',
      noMix: true,
    });
    await beforeAnyTask(() => !!$(el, '.pool-table'), 'the table');
    expect($(el, '[part~="table-loading"]')).to.equal(null);
    expect(getComputedStyle($(el, '.table-wrap')!).overflowX).to.equal('auto');
    expect(getComputedStyle($(el, '[part~="sort"]')!).cursor).to.equal('pointer');
    // With no mix table, the CSV is the client table, as shown.
    await settle(el);
    const lines = el.toCsv().split('\r\n');
    expect(lines[0]).to.match(/^\uFEFFКлиент↕;Сотрудник↕;Значения;/);
    const names = poolSlide.clients.map((c) => c.name);
    expect(lines.filter((l) => names.some((n) => l.startsWith(`${n};`)))).to.have.length(names.length);
  });
});

describe('the funnel owner breakdown, loaded when the data has owners', () => {
  it('is not loaded for a funnel without owners', async () => {
    const el = mountUnder<PulseFunnel>('pulse-funnel', 'ru', { data: funnelIssue });
    await settle(el);
    expect($(el, '[part~="stages"]')).not.to.equal(null);
    expect($(el, '[part~="owners-loading"]')).to.equal(null);
    expect($(el, '[part~="owners"]')).to.equal(null);
    expect(fetchedModule(OWNERS_MODULE)).to.equal(false);
  });

  it('shows a loading line in its place until it arrives, then the grid with its styles and keys', async () => {
    const el = mountUnder<PulseFunnel>('pulse-funnel', 'ru', { data: needsByOwner });
    const loading = await expectLoadingLine(el, 'owners', 'Загрузка таблицы по ответственным…');
    // In the breakdown's place: after the stages, before the data table.
    const stages = $(el, '[part~="stages"]')!;
    const table = $(el, '[part~="table"]')!;
    expect(stages.compareDocumentPosition(loading) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(loading.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const sheets = el.shadowRoot!.adoptedStyleSheets.length;

    await el.updateComplete;
    expect(fetchedModule(OWNERS_MODULE)).to.equal(true);
    expect($(el, '[part~="owners-loading"]')).to.equal(null);
    const owners = needsByOwner.owners!.map((o) => String(o.owner));
    const rows = $$(el, '[part~="owners"] tbody th[scope="row"]').map(text);
    expect(rows.map((r, i) => r.startsWith(owners[i]))).to.deep.equal(owners.map(() => true));
    const cells = $$(el, '[role="gridcell"]');
    expect(cells).to.have.length(owners.length * needsByOwner.stages!.length);

    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(sheets + 1);
    expect(getComputedStyle($(el, '.owners-section')!).marginTop).to.equal('16px');
    expect(getComputedStyle(cells[0]).textAlign).to.equal('right');

    // Keyboard: one Tab stop, arrows move between cells, Enter chooses.
    expect(cells.filter((c) => c.tabIndex === 0)).to.deep.equal([cells[0]]);
    cells[0].focus();
    key(cells[0], 'ArrowRight');
    await settle(el);
    key(active(el)!, 'ArrowDown');
    await settle(el);
    expect(active(el)!.id).to.equal('cell-1-1');
    const event = nextEvent<PulseStageSelectEvent>(el, 'pulse-stage-select');
    key(active(el)!, 'Enter');
    expect((await event).detail).to.deep.include({ stage: needsByOwner.stages![1].key, owner: owners[1] });
    await settle(el);
    expect($(el, '#cell-1-1')!.getAttribute('aria-selected')).to.equal('true');

    // toCsv gives the first table, the breakdown, as before it loaded lazily.
    const header = ['Ответственный', ...needsByOwner.stages!.map((s) => s.label)].join(';');
    expect(el.toCsv().split('\r\n')[0]).to.equal(`\uFEFF${header}`);
  });

  it('renders at once in another funnel once loaded', async () => {
    const el = mountUnder<PulseFunnel>('pulse-funnel', 'ru', { data: needsByOwner });
    await beforeAnyTask(() => !!$(el, '[part~="stages"]'), 'the stages');
    expect($(el, '[part~="owners-loading"]')).to.equal(null);
    expect($(el, '[part~="owners"]')).not.to.equal(null);
    expect(getComputedStyle($(el, '.owners-section')!).marginTop).to.equal('16px');
  });
});
