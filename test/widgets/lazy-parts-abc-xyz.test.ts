// <pulse-abc-xyz-matrix> loads the client list of a chosen cell and the Pareto view as lazily
// imported parts (src/widgets/abc-xyz-matrix/abc-xyz-matrix.component.ts): a loading line
// (part + aria-busy) in their place until they are there; `updateComplete` waits for them.
// This file runs in its own page, so the parts start unloaded; the tests run in order and the
// first ones rely on that.
import { expect } from '@esm-bundle/chai';
import '../../src/widgets/abc-xyz-matrix/abc-xyz-matrix.js';
import type { PulseAbcXyzMatrix } from '../../src/widgets/abc-xyz-matrix/abc-xyz-matrix.js';
import type { PulseCellSelectEvent } from '../../src/widgets/abc-xyz-matrix/abc-xyz-matrix.events.js';
import { abcXyzIssue, abcXyzSeed } from '../fixtures/abc-xyz-matrix.js';
import {
  expectAccessible,
  expectLoadingLine,
  fetchedModule,
  inShadow as $,
  mountUnder,
  nextEvent,
  removeMounted,
  settle,
  textOf as text,
} from './helpers.js';

const key = (target: Element, k: string) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }),
  );

const CLIENTS_MODULE = /\/abc-xyz-matrix\.clients\.(js|ts)$/;
const PARETO_VIEW_MODULE = /\/abc-xyz-matrix\.pareto-view\.(js|ts)$/;
const PARETO_CHART_MODULE = /\/abc-xyz-matrix\.pareto\.(js|ts)$/;

afterEach(removeMounted);

describe('<pulse-abc-xyz-matrix> lazily loaded parts', () => {
  it('loads neither the client list nor the Pareto view on the first render', async () => {
    const el = mountUnder<PulseAbcXyzMatrix>('pulse-abc-xyz-matrix', 'ru', { data: abcXyzSeed });
    await settle(el);
    expect($(el, '[part~="grid"]')).not.to.equal(null);
    expect(fetchedModule(CLIENTS_MODULE)).to.equal(false);
    expect(fetchedModule(PARETO_VIEW_MODULE)).to.equal(false);
    expect(fetchedModule(PARETO_CHART_MODULE)).to.equal(false);
  });

  it('shows a loading line in place of the client list until its part arrives; CSV stays synchronous', async () => {
    const el = mountUnder<PulseAbcXyzMatrix>('pulse-abc-xyz-matrix', 'ru', { data: abcXyzIssue });
    await settle(el);
    const ax = $(el, '#cell-AX')!;
    ax.focus();
    const event = nextEvent<PulseCellSelectEvent>(el, 'pulse-cell-select');
    key(ax, 'Enter');
    const loading = await expectLoadingLine(el, 'clients', 'Загрузка списка клиентов…');
    // The choice shows at once: the event, the selected cell, focus where it was.
    expect((await event).detail).to.deep.equal({
      abc: 'A',
      xyz: 'X',
      ids: ['c1', 'c2'],
    });
    expect($(el, '#cell-AX')!.getAttribute('aria-selected')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#cell-AX'));
    expect(loading.closest('[role="tabpanel"]')).not.to.equal(null);
    // The CSV of the cell needs no loaded part.
    const csv = el.cellCsv('AX');
    expect(csv.startsWith('\uFEFFКод;Клиент;Ответственный;Значение;Доля %;cv %;ABC;XYZ;Ячейка\r\n')).to.equal(
      true,
    );
    expect(csv.split('\r\n')[1]).to.match(/^c1;Новосибирскэнергосбыт;;1500;37,5;0;A;X;AX$/);

    await el.updateComplete;
    expect($(el, '[part~="clients-loading"]')).to.equal(null);
    expect(fetchedModule(CLIENTS_MODULE)).to.equal(true);
    expect(text($(el, '[part~="clients"] h4'))).to.equal('Клиенты ячейки AX · 2 клиента');
    const names = [...$(el, '[part~="client-table"]')!.querySelectorAll('tbody th')].map((th) => text(th));
    expect(names).to.deep.equal(['Новосибирскэнергосбыт', 'Посуда-Центр сервис']);
    expect($(el, '[part~="client-table"] tbody td:nth-child(4)')!.textContent).to.match(/^\d+,\d %$/);
    expect(el.cellCsv('AX')).to.equal(csv);
    // The list's styles come with its part.
    expect(getComputedStyle($(el, '[part~="clients"]')!).marginTop).to.equal('14px');
    expect(getComputedStyle($(el, '[part~="csv-button"]')!).cursor).to.equal('pointer');
    // Escape in the list closes it and gives focus back to the cell, as before.
    const close = $(el, '[part~="close-button"]')!;
    close.focus();
    key(close, 'Escape');
    await settle(el);
    await settle(el);
    expect($(el, '[part~="clients"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#cell-AX'));
  });

  it('shows a loading line in place of the Pareto view until its part arrives', async () => {
    const el = mountUnder<PulseAbcXyzMatrix>('pulse-abc-xyz-matrix', 'en', { data: abcXyzIssue });
    await settle(el);
    const matrixTab = $(el, '#tab-matrix')!;
    matrixTab.focus();
    key(matrixTab, 'ArrowRight');
    const loading = await expectLoadingLine(el, 'pareto', 'Loading the Pareto view…');
    expect(loading.closest('[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal('tab-pareto');
    expect($(el, '#tab-pareto')!.getAttribute('aria-selected')).to.equal('true');
    expect(fetchedModule(PARETO_VIEW_MODULE)).to.equal(false);

    await el.updateComplete;
    // The tab keeps the focus the arrow key gave it.
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#tab-pareto'));
    expect($(el, '[part~="pareto-loading"]')).to.equal(null);
    const view = $(el, '[part~="pareto"]')!;
    expect(text(view.querySelector('h4'))).to.equal('Pareto curve: cumulative share');
    expect($(el, '[part~="pareto-chart"]')).not.to.equal(null);
    expect(text(view)).to.contain('Drawing the chart…');
    // The view's styles come with its part.
    expect(getComputedStyle($(el, '[part~="pareto-chart"]')!).minHeight).to.equal('260px');
    expect(getComputedStyle($(el, '.swatch.a')!).display).to.equal('inline-block');
    const rows = [...$(el, '[part~="table"]')!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => text(c)),
    );
    expect(rows.map((r) => r[0])).to.deep.equal(['A', 'B', 'C']);
    expect(rows[0].slice(1, 3)).to.deep.equal(['3', '50.0%']);
    expect(text($(el, '[part~="table"] caption'))).to.contain('A: 3 clients (50.0% of clients) bring 75.0%');
    // The element's CSV is the view's table, as before.
    expect(el.toCsv().split('\r\n')[0]).to.equal('\uFEFFClass,Clients,Share of clients,Value,Share of total');
    await expectAccessible(el);
  });

  it('opens on the Pareto view the host asks for, once its part is there', async () => {
    const el = mountUnder<PulseAbcXyzMatrix>('pulse-abc-xyz-matrix', 'ru', {
      data: abcXyzIssue,
      view: 'pareto',
    });
    await settle(el);
    expect($(el, '#tab-pareto')!.getAttribute('aria-selected')).to.equal('true');
    expect($(el, '[part~="pareto-loading"]')).to.equal(null);
    expect(text($(el, '[part~="pareto"] h4'))).to.equal('Кривая Парето: накопленная доля');
  });

  it('brings the styles of the transitions with their part', async () => {
    const el = mountUnder<PulseAbcXyzMatrix>('pulse-abc-xyz-matrix', 'ru', {
      data: abcXyzSeed,
      view: 'transitions',
    });
    await settle(el);
    const transitions = $(el, '[part~="transitions"]')!;
    expect(getComputedStyle(transitions).display).to.equal('flex');
    expect(getComputedStyle($(el, '[part~="transition-table"]')!).borderCollapse).to.equal('separate');
    // Each stylesheet is adopted once, however often the views render.
    const sheets = el.shadowRoot!.adoptedStyleSheets;
    expect(new Set(sheets).size).to.equal(sheets.length);
  });
});
