import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import '../../src/widgets/abc-xyz-matrix/abc-xyz-matrix.js';
import type { PulseAbcXyzMatrix } from '../../src/widgets/abc-xyz-matrix/abc-xyz-matrix.component.js';
import type { PulseCellSelectEvent } from '../../src/widgets/abc-xyz-matrix/abc-xyz-matrix.events.js';
import {
  abcXyzDocuments,
  abcXyzIssue,
  abcXyzLarge,
  abcXyzProfit,
  abcXyzSeed,
} from '../fixtures/abc-xyz-matrix.js';
import {
  expectAccessible,
  expectNoJunk,
  expectRefused,
  nextEvent,
  recordErrors,
  settle,
  shadowText,
} from './helpers.js';

async function matrix(
  data: unknown,
  lang = 'ru',
  extra: Partial<PulseAbcXyzMatrix> = {},
): Promise<PulseAbcXyzMatrix> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><pulse-abc-xyz-matrix></pulse-abc-xyz-matrix></div>`,
  );
  const el = wrapper.querySelector('pulse-abc-xyz-matrix')!;
  Object.assign(el, extra);
  el.data = data;
  await settle(el);
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const cell = (el: Element, key: string) => root(el).querySelector<HTMLElement>(`#cell-${key}`)!;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const count = (el: Element, key: string) =>
  Number(text(cell(el, key).querySelector('.cell-count')).replace(/\s/g, ''));
const key = (target: Element, k: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...init }),
  );
const click = (target: Element) =>
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
const plotLoaded = () =>
  performance.getEntriesByType('resource').some((e) => e.name.includes('@observablehq/plot'));

async function until(check: () => boolean, what: string, timeout = 8000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('<pulse-abc-xyz-matrix>', () => {
  it('has no serious accessibility violations (matrix, open client list, transitions)', async () => {
    const el = await matrix(abcXyzSeed);
    await expectAccessible(el);
    click(cell(el, 'AX'));
    await settle(el);
    await expectAccessible(el);
    click(root(el).querySelector('#tab-transitions')!);
    await settle(el);
    await expectAccessible(el);
  });

  it('does not load Plot on the default render, and draws no Plot SVG', async () => {
    const el = await matrix(abcXyzSeed);
    expect(root(el).querySelector('.pareto-chart')).to.equal(null);
    expect(root(el).querySelector('svg')).to.equal(null);
    expect(plotLoaded()).to.equal(false);
  });

  it('renders the issue payload: AX 2, AZ 1, BY 1, BZ 1, CX 1, lost 1, potential 1', async () => {
    const el = await matrix(abcXyzIssue);
    const expected: Record<string, number> = {
      AX: 2,
      AY: 0,
      AZ: 1,
      BX: 0,
      BY: 1,
      BZ: 1,
      CX: 1,
      CY: 0,
      CZ: 0,
      lost: 1,
      potential: 1,
    };
    const got = Object.fromEntries(Object.keys(expected).map((k) => [k, count(el, k)]));
    expect(got).to.deep.equal(expected);
    // No "XYZ not defined" column: every classified client has three periods.
    expect(root(el).querySelector('#cell-A')).to.equal(null);
    expect(el.status).to.equal('ready');
    expectNoJunk(el);
  });

  it('shows count, value and share in a cell, and the row and column headers', async () => {
    const el = await matrix(abcXyzIssue);
    // AX = c1 1500 + c6 300 of a total 5100 (c1 1500, c2 900, c3 600, c4 400, c5 300, c6 300... see below).
    const ax = text(cell(el, 'AX'));
    expect(ax).to.contain('AX').and.contain('2 клиента');
    expect(ax).to.contain('Опора бизнеса');
    const heads = [...root(el).querySelectorAll('table.grid thead th')].map((th) => text(th));
    expect(heads[1]).to.contain('X').and.contain('cv ≤ 10 %');
    expect(heads[3]).to.contain('Z').and.contain('cv > 25 %');
    const rows = [...root(el).querySelectorAll('table.grid tbody th[scope="row"]')].map((th) => text(th));
    expect(rows).to.deep.equal(['Aдо 80 %', 'Bдо 95 %', 'Cвыше 95 %', 'Без покупок']);
    expect(text(cell(el, 'lost')))
      .to.contain('Потерянные')
      .and.contain('1 клиент');
    expect(text(cell(el, 'potential')))
      .to.contain('Потенциальные')
      .and.contain('—');
  });

  it('computes the shares of the cells from the total', async () => {
    const el = await matrix(abcXyzIssue);
    // Sums: c1 1500, c2 900, c3 600, c4 400, c5 300, c6 300: total 4000.
    // AX = c1 + c2 = 2400 → 60,0 %; AZ = c3 600 → 15,0 %; CX = c6 300 → 7,5 %.
    expect(text(cell(el, 'AX').querySelector('.cell-figures'))).to.equal('2 400,00 ₽ 60,0 %');
    expect(text(cell(el, 'AZ').querySelector('.cell-figures'))).to.equal('600,00 ₽ 15,0 %');
    expect(text(cell(el, 'CX').querySelector('.cell-figures'))).to.equal('300,00 ₽ 7,5 %');
    expect(text(root(el).querySelector('figcaption'))).to.contain('8 клиентов, выручка всего 4 000,00 ₽');
  });

  it('is one Tab stop; arrows move, Enter selects and lists the clients, Escape closes', async () => {
    const el = await matrix(abcXyzIssue);
    const stops = () =>
      [...root(el).querySelectorAll('[role="gridcell"]')].filter((c) => c.getAttribute('tabindex') === '0');
    expect(stops().map((c) => c.id)).to.deep.equal(['cell-AX']);
    cell(el, 'AX').focus();
    key(cell(el, 'AX'), 'ArrowRight');
    key(cell(el, 'AX'), 'ArrowRight');
    await settle(el);
    expect(root(el).activeElement).to.equal(cell(el, 'AZ'));
    key(cell(el, 'AZ'), 'ArrowDown');
    await settle(el);
    expect(root(el).activeElement).to.equal(cell(el, 'BZ'));
    key(cell(el, 'BZ'), 'ArrowDown');
    key(cell(el, 'BZ'), 'ArrowDown');
    await settle(el);
    // From the Z column down into the bottom row: the potential cell sits under Z.
    expect(root(el).activeElement).to.equal(cell(el, 'potential'));
    key(cell(el, 'potential'), 'ArrowLeft');
    await settle(el);
    expect(root(el).activeElement).to.equal(cell(el, 'lost'));
    key(cell(el, 'lost'), 'Home', { ctrlKey: true });
    await settle(el);
    expect(root(el).activeElement).to.equal(cell(el, 'AX'));
    expect(stops().map((c) => c.id)).to.deep.equal(['cell-AX']);

    const event = nextEvent<PulseCellSelectEvent>(el, 'pulse-cell-select');
    key(cell(el, 'AX'), 'Enter');
    const { detail } = await event;
    expect(detail).to.deep.equal({ abc: 'A', xyz: 'X', ids: ['c1', 'c2'] });
    await settle(el);
    expect(cell(el, 'AX').getAttribute('aria-selected')).to.equal('true');
    const names = [...part(el, 'client-table')!.querySelectorAll('tbody th')].map((th) => text(th));
    expect(names).to.deep.equal(['Новосибирскэнергосбыт', 'Посуда-Центр сервис']);

    key(cell(el, 'AX'), 'Escape');
    await settle(el);
    expect(part(el, 'clients')).to.equal(null);
    expect(cell(el, 'AX').getAttribute('aria-selected')).to.equal('false');
  });

  it('fires {status, ids} for the lost and the potential cells, with Space and with the mouse', async () => {
    const el = await matrix(abcXyzIssue);
    let event = nextEvent<PulseCellSelectEvent>(el, 'pulse-cell-select');
    click(cell(el, 'lost'));
    expect((await event).detail).to.deep.equal({ status: 'lost', ids: ['c7'] });
    await settle(el);
    cell(el, 'potential').focus();
    await settle(el);
    event = nextEvent<PulseCellSelectEvent>(el, 'pulse-cell-select');
    key(cell(el, 'potential'), ' ');
    expect((await event).detail).to.deep.equal({ status: 'potential', ids: ['c8'] });
    await settle(el);
    expect(text(part(el, 'clients'))).to.contain('Трестник');
  });

  it('lists the clients with name, owner, value, share and cv, sorts them, and exports CSV', async () => {
    const el = await matrix(abcXyzSeed);
    click(cell(el, 'AX'));
    await settle(el);
    const rows = () =>
      [...part(el, 'client-table')!.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((c) => text(c)),
      );
    const first = rows();
    expect(first.length).to.be.greaterThan(0);
    expect(first[0]).to.have.length(5);
    expect(first[0][2]).to.match(/₽$/);
    expect(first[0][3]).to.match(/%$/);
    const values = first.map((r) => Number(r[2].replace(/[^\d,]/g, '').replace(',', '.')));
    expect(values).to.deep.equal([...values].sort((a, b) => b - a));
    const nameHeader = part(el, 'client-table')!.querySelector('thead th')!;
    expect(nameHeader.getAttribute('aria-sort')).to.equal('none');
    click(nameHeader.querySelector('button')!);
    await settle(el);
    expect(part(el, 'client-table')!.querySelector('thead th')!.getAttribute('aria-sort')).to.equal(
      'ascending',
    );
    const names = rows().map((r) => r[0]);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'ru')));

    const csv = el.cellCsv('AX');
    expect(csv.startsWith('\uFEFFКод;Клиент;Ответственный;Значение;Доля %;cv %;ABC;XYZ;Ячейка\r\n')).to.equal(
      true,
    );
    expect(csv).to.contain('lx;Ликстрой;Иванова;166980;');
    // The CSV button offers a download of the same text.
    const originalClick = HTMLAnchorElement.prototype.click;
    let downloaded = '';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = this.download;
    };
    try {
      click(part(el, 'csv-button')!);
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(downloaded).to.equal('abc-xyz-AX.csv');
  });

  it('reads each cell: the default reading in the panel and as the cell description', async () => {
    const el = await matrix(abcXyzIssue);
    expect(text(part(el, 'reading')))
      .to.contain('С кем стоит работать?')
      .and.contain('Опора бизнеса');
    const described = root(el).querySelector(`#${cell(el, 'CZ').getAttribute('aria-describedby')}`)!;
    expect(text(described)).to.contain('Случайные');
    cell(el, 'BZ').focus();
    await settle(el);
    expect(text(part(el, 'reading'))).to.contain('BZ · Середина, нерегулярно');
  });

  it('takes the host readings key by key', async () => {
    const el = await matrix(abcXyzIssue, 'ru', {
      readings: { AX: { title: 'Ключевые', text: 'Договор на год.', priority: 'low' } },
    });
    expect(text(cell(el, 'AX'))).to.contain('Ключевые');
    expect(cell(el, 'AX').classList.contains('low')).to.equal(true);
    expect(text(cell(el, 'AY'))).to.contain('Крупные, с колебаниями');
  });

  it('shows the transition matrices with arrows and words besides the colour', async () => {
    const el = await matrix(abcXyzSeed);
    const tabs = [...root(el).querySelectorAll('[role="tab"]')].map((t) => text(t));
    expect(tabs).to.deep.equal(['Матрица', 'Переходы', 'Парето']);
    click(root(el).querySelector('#tab-transitions')!);
    await settle(el);
    const tables = root(el).querySelectorAll('[part~="transition-table"]');
    expect(tables).to.have.length(2);
    const heads = [...tables[0].querySelectorAll('thead th')].map((th) => text(th));
    expect(heads).to.deep.equal(['Было \\ стало', 'A', 'B', 'C', 'Потерянные', 'Потенциальные']);
    const better = tables[0].querySelectorAll('[part~="transition--better"]');
    const worse = tables[0].querySelectorAll('[part~="transition--worse"]');
    expect(better.length).to.be.greaterThan(0);
    expect(worse.length).to.be.greaterThan(0);
    expect(text(better[0])).to.match(/^↑ ?\d+, лучше$/);
    expect(text(worse[0])).to.match(/^↓ ?\d+, хуже$/);
    // Сибирский гуран was lost and is now classified; ДжК was classified and is now lost.
    const row = (name: string) =>
      [...tables[0].querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')) === name)!;
    expect(text(row('Потерянные'))).to.match(/↑ ?1, лучше/);
    // Трестник is potential in both (missing there counts as potential): the only same there.
    const potentialRow = [...row('Потенциальные').querySelectorAll('td')].map((td) => text(td));
    expect(potentialRow[4]).to.equal('=1, без изменений');
    expect(text(root(el).querySelector('.transitions')))
      .to.contain('Лучше:')
      .and.contain('хуже:');
  });

  it('draws the Pareto chart lazily with Plot, without a <style> element, with a text alternative', async () => {
    const el = await matrix(abcXyzIssue);
    expect(root(el).querySelector('#tab-transitions')).to.equal(null);
    const tab = root(el).querySelector<HTMLElement>('#tab-pareto')!;
    tab.focus();
    key(root(el).querySelector('#tab-matrix')!, 'ArrowRight');
    await settle(el);
    expect(tab.getAttribute('aria-selected')).to.equal('true');
    expect(text(part(el, 'pareto'))).to.contain('Строится диаграмма…');
    // The first import of Plot's unbundled modules takes a few seconds in the test server.
    await until(() => !!root(el).querySelector('.pareto-chart svg'), 'the Plot SVG', 25_000);
    expect(plotLoaded()).to.equal(true);
    await settle(el);
    expect(text(part(el, 'pareto'))).not.to.contain('Строится диаграмма…');
    const svg = root(el).querySelector('.pareto-chart svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.contain('A: 3 клиента');
    expect(root(el).querySelectorAll('style')).to.have.length(0);
    expect(svg.querySelectorAll('.pareto-area-a, .pareto-area-b, .pareto-area-c').length).to.be.greaterThan(
      0,
    );
    // The rules of Plot's removed <style> come from the element's styles.
    expect(getComputedStyle(svg).display).to.equal('block');
    const table = text(part(el, 'table'));
    expect(table).to.contain('A').and.contain('3').and.contain('75,0 %');
  }).timeout(30_000);

  for (const [name, data, path] of [
    ['rows is a number', { periods: ['2024-01'], rows: 3 }, 'rows'],
    ['data is a string', 'oops', ''],
  ] as const) {
    it(`shows an error and fires pulse-error when ${name}`, async () => {
      const { errors } = await expectRefused('pulse-abc-xyz-matrix', data);
      expect(errors[0].detail.issues[0].path).to.equal(path);
    });
  }

  it('leaves out a row with "values": ["x"], names it, and says one value per period is needed', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><pulse-abc-xyz-matrix></pulse-abc-xyz-matrix></div>`,
    );
    const el = wrapper.querySelector('pulse-abc-xyz-matrix')!;
    const errors = recordErrors(wrapper);
    el.data = { ...abcXyzIssue, rows: [...abcXyzIssue.rows, { id: 'bad', name: 'Плохой', values: ['x'] }] };
    await settle(el);
    const notice = part(el, 'notice')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(text(notice)).to.contain('rows[8].values[0]: expected a number, got "x"');
    expect(text(notice)).to.contain('rows[8].values: expected one value per period (3 periods), got 1');
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.deep.include({ partial: true, source: 'data' });
    expect(errors[0].detail.issues.map((i) => i.path)).to.deep.equal(['rows[8].values[0]', 'rows[8].values']);
    expect(count(el, 'AX')).to.equal(2);
    expect(shadowText(el)).not.to.contain('Плохой');
  });

  it('shows a visible error when the only row is bad', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><pulse-abc-xyz-matrix></pulse-abc-xyz-matrix></div>`,
    );
    const el = wrapper.querySelector('pulse-abc-xyz-matrix')!;
    const errors = recordErrors(wrapper);
    el.data = { periods: ['2024-01', '2024-02', '2024-03'], rows: [{ id: 'c1', values: ['x'] }] };
    await settle(el);
    expect(part(el, 'notice')!.getAttribute('role')).to.equal('alert');
    expect(text(part(el, 'notice'))).to.contain('rows[0].values[0]');
    expect(part(el, 'empty')).to.exist;
    expect(errors[0].detail.issues[0].path).to.equal('rows[0].values[0]');
  });

  it('leaves out a row of the wrong length and a duplicate id in the previous data, by path', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><pulse-abc-xyz-matrix></pulse-abc-xyz-matrix></div>`,
    );
    const el = wrapper.querySelector('pulse-abc-xyz-matrix')!;
    const errors = recordErrors(wrapper);
    el.data = {
      ...abcXyzIssue,
      rows: [...abcXyzIssue.rows, { id: 'c9', values: [1, 2] }],
      previous: {
        periods: ['2023-12'],
        rows: [
          { id: 'c1', values: [1] },
          { id: 'c1', values: [2] },
        ],
      },
    };
    await settle(el);
    expect(errors[0].detail.issues).to.have.deep.members([
      { path: 'rows[8].values', message: 'expected one value per period (3 periods), got 2' },
      { path: 'previous.rows[1].id', message: 'duplicate id "c1", also at previous.rows[0]' },
    ]);
    expect(errors[0].detail.partial).to.equal(true);
    expect(el.status).to.equal('ready');
  });

  it('shows names and owners holding markup as text', async () => {
    const el = await matrix({
      periods: ['1', '2', '3'],
      rows: [
        { id: 'x', name: '<img src=x onerror="window.__pwned=1">', owner: '<b>bold</b>', values: [1, 1, 1] },
      ],
    });
    click(cell(el, 'AX'));
    await settle(el);
    expect(root(el).querySelector('img, b')).to.equal(null);
    expect(shadowText(el)).to.contain('<img src=x onerror="window.__pwned=1">').and.contain('<b>bold</b>');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('fires no select event when data or options are set', async () => {
    const el = await matrix(abcXyzIssue);
    let fired = 0;
    el.addEventListener('pulse-cell-select', () => fired++);
    el.data = abcXyzSeed;
    el.options = { abcThresholds: [0.5, 0.9] };
    await settle(el);
    expect(fired).to.equal(0);
  });

  it('applies the options: thresholds, boundary rule and sigma', async () => {
    const el = await matrix(abcXyzIssue);
    // c3 100, 300, 200: cv 0.408 (population) → Z; with thresholds [0.1, 0.5] → Y.
    el.options = { xyzThresholds: [0.1, 0.5] };
    await settle(el);
    expect(count(el, 'AZ')).to.equal(0);
    expect(count(el, 'AY')).to.equal(1);
    expect(text(root(el).querySelector('table.grid thead th:nth-child(3)'))).to.contain('cv ≤ 50 %');
    // ABC at [0.5, 0.9]: c1 37.5 %, c2 60 % → B (inclusive); 'before' keeps c2 in A.
    el.options = { abcThresholds: [0.5, 0.9] };
    await settle(el);
    expect(count(el, 'AX')).to.equal(1);
    el.options = { abcThresholds: [0.5, 0.9], boundary: 'before' };
    await settle(el);
    expect(count(el, 'AX')).to.equal(2);
    // sigma 'sample' makes c4 (150, 100, 150) cv 0.1443 → Y either way; c2 300, 310, 290: 0.0272 / 0.0333 → X.
    el.options = { sigma: 'sample', minPeriods: 4 };
    await settle(el);
    // minPeriods 4 with 3 periods: XYZ undefined for all → the "no XYZ" column.
    expect(count(el, 'A')).to.equal(3);
    expect(text(root(el).querySelector('table.grid thead')))
      .to.contain('XYZ не опр.')
      .and.contain('меньше 4 периодов');
  });

  it('reports a bad option as an error', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><pulse-abc-xyz-matrix></pulse-abc-xyz-matrix></div>`,
    );
    const el = wrapper.querySelector('pulse-abc-xyz-matrix')!;
    const errors = recordErrors(wrapper);
    el.options = { boundary: 'sideways' as 'strict' };
    el.data = abcXyzIssue;
    await settle(el);
    expect(part(el, 'error')).to.exist;
    expect(errors[0].detail.source).to.equal('compute');
    expect(errors[0].detail.issues[0].path).to.equal('options.boundary');
  });

  it('formats by the measure: profit in money, documents as counts', async () => {
    const profit = await matrix(abcXyzProfit);
    expect(text(root(profit).querySelector('.head h3'))).to.contain('Валовая прибыль');
    expect(count(profit, 'lost')).to.equal(1);
    const docs = await matrix(abcXyzDocuments);
    expect(text(root(docs).querySelector('.head h3')))
      .to.contain('Документы продажи')
      .and.contain('Неделя 1 – Неделя 4 (4)');
    expect(text(cell(docs, 'AX').querySelector('.cell-figures'))).to.match(/^48 /);
  });

  it('speaks English under lang="en"', async () => {
    const el = await matrix(abcXyzIssue, 'en');
    const t = shadowText(el);
    expect(t)
      .to.contain('Revenue')
      .and.contain('Periods: 01/2024 – 03/2024 (3)')
      .and.contain('With whom is it worth working?');
    expect(text(cell(el, 'AX')))
      .to.contain('2 clients')
      .and.contain('Backbone');
    expect(text(cell(el, 'AX').querySelector('.cell-figures'))).to.equal(
      'RUB 2,400.00 60.0%'.replace('RUB ', '₽'),
    );
    click(cell(el, 'AX'));
    await settle(el);
    expect(el.cellCsv('AX').startsWith('\uFEFFID,Client,Owner,Value')).to.equal(true);
  });

  it('shows the periods in the Russian form and the empty state', async () => {
    const el = await matrix(abcXyzIssue);
    expect(text(root(el).querySelector('.head h3'))).to.contain('Периоды: 01.2024 – 03.2024 (3)');
    expect(shadowText(await matrix({ periods: [], rows: [] }))).to.contain('Нет данных');
    expect(shadowText(await matrix({ periods: [], rows: [] }, 'en'))).to.contain('No data');
  });

  it('applies the dark theme tokens', async () => {
    const el = await matrix(abcXyzIssue, 'ru', { theme: 'light' });
    const light = getComputedStyle(el).backgroundColor;
    const lightCell = getComputedStyle(cell(el, 'AX')).backgroundColor;
    el.theme = 'dark';
    await settle(el);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 25, 29)').and.not.equal(light);
    expect(getComputedStyle(cell(el, 'AX')).backgroundColor).not.to.equal(lightCell);
  });

  it('shows the loading state', async () => {
    const el = await matrix(undefined, 'ru', { loading: true });
    expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
  });

  it('opens on the view the host asks for', async () => {
    const el = await matrix(abcXyzSeed, 'ru', { view: 'transitions' });
    expect(root(el).querySelector('#tab-transitions')!.getAttribute('aria-selected')).to.equal('true');
    expect(part(el, 'transitions')).to.exist;
  });

  it('renders 5 000 clients × 12 months and pages the client list', async () => {
    const data = abcXyzLarge();
    const el = await matrix(data);
    const cells = ['AX', 'AY', 'AZ', 'BX', 'BY', 'BZ', 'CX', 'CY', 'CZ', 'lost', 'potential'];
    expect(cells.reduce((s, k) => s + count(el, k), 0)).to.equal(5000);
    click(cell(el, 'CZ'));
    await settle(el);
    const rows = part(el, 'client-table')!.querySelectorAll('tbody tr').length;
    expect(rows).to.equal(100);
    click(part(el, 'more-button')!);
    await settle(el);
    expect(part(el, 'client-table')!.querySelectorAll('tbody tr').length).to.equal(
      Math.min(200, count(el, 'CZ')),
    );
  });
});
