import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import '../../src/widgets/traffic-light-pool/traffic-light-pool.js';
import type {
  PulseTrafficLightPool,
  TrafficLightPoolOptions,
} from '../../src/widgets/traffic-light-pool/traffic-light-pool.component.js';
import type {
  PulseClientSelectEvent,
  PulseColorSelectEvent,
  PulseOwnerSelectEvent,
} from '../../src/widgets/traffic-light-pool/traffic-light-pool.events.js';
import {
  poolExample,
  poolGraded,
  poolLarge,
  poolSeed,
  poolSlide,
  seedCounts,
} from '../fixtures/traffic-light-pool.js';
import { expectAccessible, expectNoJunk, nextEvent, recordErrors, settle, shadowText } from './helpers.js';

interface Setup {
  lang?: string;
  options?: TrafficLightPoolOptions;
  view?: 'lights' | 'table';
  theme?: 'light' | 'dark';
}

async function pool(data: unknown, setup: Setup = {}): Promise<PulseTrafficLightPool> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${setup.lang ?? 'ru'} style="width: 1100px">
      <pulse-traffic-light-pool
        .data=${data}
        .options=${setup.options}
        view=${setup.view ?? 'lights'}
        theme=${setup.theme ?? 'light'}
      ></pulse-traffic-light-pool>
    </div>`,
  );
  const el = wrapper.querySelector('pulse-traffic-light-pool')!;
  await settle(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const lights = (el: Element) => $$(el, '[role="option"]');
const key = (target: Element, k: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
const click = (target: Element | null) => (target as HTMLElement).click();
/** Table body rows (without the explanation row). */
const tableRows = (el: Element) => $$(el, '.pool-table > tbody > tr:not(.detail-row)');

describe('<pulse-traffic-light-pool>', () => {
  // axe walks every shadow node: give it room on a loaded machine.
  it('has no serious accessibility violations: lights with an explanation, then the table', async () => {
    const el = await pool(poolSlide);
    click(lights(el)[1]);
    await settle(el);
    await expectAccessible(el);
    click($(el, '#tab-table'));
    await settle(el);
    await expectAccessible(el);
  }).timeout(30_000);

  it('has no serious accessibility violations: per-owner bars, and the dark English table', async () => {
    await expectAccessible(await pool(poolSeed));
    const dark = await pool(poolGraded, { theme: 'dark', lang: 'en', view: 'table' });
    click($(dark, '.client-btn'));
    await settle(dark);
    await expectAccessible(dark);
  }).timeout(30_000);

  it("renders the issue's example: Ромашка green 0,9, Василек yellow 0,6, Лютик red 0,3", async () => {
    const el = await pool(poolExample);
    expect(el.status).to.equal('ready');
    const labels = lights(el).map((l) => l.getAttribute('aria-label'));
    expect(labels).to.deep.equal([
      'Ромашка: зелёный, сумма 0,9',
      'Василек: жёлтый, сумма 0,6',
      'Лютик: красный, сумма 0,3',
    ]);
    expect(lights(el).map((l) => l.getAttribute('part'))).to.deep.equal([
      'light light--green',
      'light light--yellow',
      'light light--red',
    ]);
    const groups = $$(el, '[part~="group"]').map((g) => text(g.querySelector('.group-name')));
    expect(groups).to.deep.equal(['Сотрудник 1', 'Сотрудник 2', 'Сотрудник 3']);
    expect(text($(el, '[part~="mix-total"]')))
      .to.contain('33,3 %')
      .and.contain('не выполнена');
    expectNoJunk(el);
  });

  it('never uses colour alone: each light has its own shape and glyph, words go with every colour', async () => {
    const el = await pool(poolExample);
    const shapes = lights(el).map((l) => l.querySelector('svg .shape')!.tagName.toLowerCase());
    expect(shapes).to.deep.equal(['circle', 'path', 'path']);
    const glyphs = lights(el).map((l) => l.querySelector('svg .glyph')!.getAttribute('d'));
    expect(new Set(glyphs).size).to.equal(3);
    expect(text($(el, '[part~="filter--red"]'))).to.contain('Красный');
    expect(text($(el, '[part~="filter--yellow"]'))).to.contain('Жёлтый');
    expect(text($(el, '[part~="filter--green"]'))).to.contain('Зелёный');
    const fill = (part: string) => getComputedStyle($(el, `[part~="${part}"] .shape`)!).fill;
    expect(fill('light--red')).to.equal('rgb(196, 60, 0)');
    expect(fill('light--green')).to.equal('rgb(0, 158, 115)');
  });

  it("shows the slide's table: raw values, earned weights, sum, colour", async () => {
    const el = await pool(poolExample, { view: 'table' });
    const rows = tableRows(el).map((r) => [...r.children].map((c) => text(c)));
    expect(rows[0]).to.deep.equal([
      'Ромашка',
      'Сотрудник 1',
      '1 779',
      '0',
      '0',
      '2',
      '1',
      '0',
      '1',
      '0,4',
      '0',
      '0',
      '0,2',
      '0,1',
      '0,1',
      '0,1',
      '0,9',
      'Зелёный',
      '—',
    ]);
    expect(rows[1].slice(9, 19)).to.deep.equal([
      '0',
      '0,1',
      '0,1',
      '0,2',
      '0,1',
      '0',
      '0,1',
      '0,6',
      'Жёлтый',
      '—',
    ]);
    expect(rows[2].slice(16, 18)).to.deep.equal(['0,3', 'Красный']);
    const headers = $$(el, '.pool-table thead th[scope="colgroup"]').map((th) => text(th));
    expect(headers).to.deep.equal(['Значения', 'Набранные веса']);
  });

  it('explains a chosen client and fires pulse-client-select {id}', async () => {
    const el = await pool(poolSlide);
    const event = nextEvent<PulseClientSelectEvent>(el, 'pulse-client-select');
    click(lights(el)[1]);
    expect((await event).detail).to.deep.equal({ id: 'c2' });
    await settle(el);
    const explain = $(el, '[part~="explain"]')!;
    expect(text(explain.querySelector('h3'))).to.equal('Василек');
    const rows = [...explain.querySelectorAll('tbody tr')].map((r) => text(r));
    expect(rows[0]).to.equal('Активность К+ 2 ≥ 100 ✕ 0 / 0,4');
    expect(rows[1]).to.equal('ЦОК истекает 01.07.2024 скоро 2 ≥ 1 ✓ 0,1 / 0,1');
    expect(rows[5]).to.equal('Навес 1 ≤ 0 ✕ 0 / 0,1');
    expect(text(explain.querySelector('tfoot'))).to.equal('Сумма 0,6 / 1,1');
    const notes = text(explain.querySelector('[part~="notes"]'));
    expect(notes).to.contain('Все показатели заполнены');
    expect(notes).to.contain('В ближайшие 30 дн. истекает: ЦОК, Обученность. После этого: 0,4 Жёлтый');
    expect(lights(el)[1].getAttribute('aria-selected')).to.equal('true');
  });

  it('lists what is missing and what already expired', async () => {
    const el = await pool({
      ...poolSlide,
      clients: [
        { ...poolSlide.clients[2], values: { ...poolSlide.clients[2].values, gnd: null, co: undefined } },
      ],
    });
    click(lights(el)[0]);
    await settle(el);
    const notes = text($(el, '[part~="notes"]'));
    expect(notes).to.contain('Нет данных: ЦО, ГНД');
    expect(notes).to.contain('Уже истекло (данные могли устареть): К1У');
    expect(notes).to.contain('После этого: 0,2 Красный');
    expect(text($(el, '[part~="explain-table"] tbody tr:nth-child(5)'))).to.contain('нет данных');
    expectNoJunk(el);
  });

  for (const [name, data, path] of [
    ['clients is "x"', { ...poolExample, clients: 'x' }, 'clients'],
    [
      'a weight is "heavy"',
      {
        ...poolExample,
        indicators: [{ ...poolExample.indicators[0], weight: 'heavy' }, ...poolExample.indicators.slice(1)],
      },
      'indicators[0].weight',
    ],
  ] as const) {
    it(`shows an error and fires pulse-error when ${name}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><pulse-traffic-light-pool></pulse-traffic-light-pool></div>`,
      );
      const el = wrapper.querySelector('pulse-traffic-light-pool')!;
      const errors = recordErrors(wrapper);
      el.data = data;
      await settle(el);
      const box = $(el, '[part="error"]')!;
      expect(box).to.exist;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(text(box)).to.contain('Данные не приняты').and.contain(path);
      expect(lights(el)).to.have.length(0);
      expect(errors).to.have.length(1);
      expect(errors[0].detail).to.deep.include({ partial: false, source: 'data' });
      expect(errors[0].detail.issues[0].path).to.equal(path);
    });
  }

  it('leaves out a client with a bad value, lists it, and renders the rest', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><pulse-traffic-light-pool></pulse-traffic-light-pool></div>`,
    );
    const el = wrapper.querySelector('pulse-traffic-light-pool')!;
    const errors = recordErrors(wrapper);
    el.data = {
      ...poolExample,
      clients: [
        poolExample.clients[0],
        { ...poolExample.clients[1], values: { ...poolExample.clients[1].values, cok: 'много' } },
        poolExample.clients[2],
        { ...poolExample.clients[2], name: 'Дубль' },
      ],
    };
    await settle(el);
    const notice = $(el, '[part="notice"]')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(text(notice)).to.contain('clients[1].values.cok: expected a number, got "много"');
    expect(text(notice)).to.contain('clients[3].id: duplicate id "c3" (first at clients[2])');
    expect(errors).to.have.length(1);
    expect(errors[0].detail.partial).to.equal(true);
    expect(errors[0].detail.issues.map((i) => i.path)).to.deep.equal([
      'clients[1].values.cok',
      'clients[3].id',
    ]);
    expect(lights(el).map((l) => l.getAttribute('aria-label')!.split(':')[0])).to.deep.equal([
      'Ромашка',
      'Лютик',
    ]);
  });

  it('keeps names holding markup as text', async () => {
    const el = await pool({
      ...poolExample,
      clients: [
        { ...poolExample.clients[0], name: '<img src=x onerror="window.__tlp=1">', owner: '<b>Иванов</b>' },
      ],
    });
    expect($(el, 'img, b')).to.equal(null);
    expect(shadowText(el)).to.contain('<b>Иванов</b>');
    click(lights(el)[0]);
    await settle(el);
    expect(text($(el, '[part~="explain"] h3'))).to.equal('<img src=x onerror="window.__tlp=1">');
    expect((window as unknown as { __tlp?: number }).__tlp).to.equal(undefined);
  });

  it('names a client without a name by its id, and the clients without an owner as such', async () => {
    const el = await pool({
      ...poolExample,
      clients: [
        { id: 42, name: '', owner: null, values: { activity: 500 } },
        { id: 'c9', owner: '  ', values: {} },
      ],
    });
    expect(lights(el).map((l) => l.getAttribute('aria-label'))).to.deep.equal([
      'c9: красный, сумма 0',
      '42: жёлтый, сумма 0,4',
    ]);
    expect($$(el, '.group-name').map((g) => text(g))).to.deep.equal(['—', 'Без сотрудника']);
    const event = nextEvent<PulseClientSelectEvent>(el, 'pulse-client-select');
    click(lights(el)[1]);
    expect((await event).detail).to.deep.equal({ id: '42' });
    expectNoJunk(el);
  });

  it('is one Tab stop; arrows, Home / End move, Enter selects, Escape clears', async () => {
    const el = await pool(poolExample);
    expect(lights(el).filter((l) => l.getAttribute('tabindex') === '0')).to.have.length(1);
    lights(el)[0].focus();
    key(lights(el)[0], 'ArrowRight');
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(lights(el)[1]);
    key(lights(el)[1], 'End');
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(lights(el)[2]);
    expect(lights(el).filter((l) => l.getAttribute('tabindex') === '0')).to.deep.equal([lights(el)[2]]);
    const event = nextEvent<PulseClientSelectEvent>(el, 'pulse-client-select');
    key(lights(el)[2], 'Enter');
    expect((await event).detail).to.deep.equal({ id: 'c3' });
    await settle(el);
    expect($(el, '[part~="explain"] h3')!.textContent).to.equal('Лютик');
    key(lights(el)[2], 'Escape');
    await settle(el);
    expect($(el, '[part~="explain"]')).to.equal(null);
    expect(lights(el)[2].getAttribute('aria-selected')).to.equal('false');
  });

  it('moves up and down by visual row and jumps between owners with Page Down', async () => {
    const el = await pool(poolSeed);
    click($$(el, '[part~="bar"]')[0]);
    await settle(el);
    const all = lights(el);
    expect(all).to.have.length(133);
    all[3].focus();
    key(all[3], 'ArrowDown');
    await settle(el);
    const below = el.shadowRoot!.activeElement as HTMLElement;
    const a = all[3].getBoundingClientRect();
    const b = below.getBoundingClientRect();
    expect(b.top).to.be.greaterThan(a.top);
    expect(Math.abs(b.left - a.left)).to.be.lessThan(3);
    key(below, 'ArrowUp');
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(all[3]);

    const small = await pool(poolExample);
    lights(small)[0].focus();
    key(lights(small)[0], 'PageDown');
    await settle(small);
    expect(small.shadowRoot!.activeElement).to.equal(lights(small)[1]);
  });

  it('reproduces the seed table per NOIO and fires pulse-owner-select {owner, ids}', async () => {
    const el = await pool(poolSeed);
    const rows = $$(el, '[part~="mix-table"] tbody tr').map((r) => text(r));
    expect(rows[0]).to.contain('НОИО 1 133 3,8 % (5)').and.contain('20,3 % (27)').and.contain('75,9 % (101)');
    expect(rows[0]).to.contain('▼ −4,1 п. п.').and.contain('не выполнена');
    expect(rows[1]).to.contain('НОИО 2 144 0,0 % (0)').and.contain('13,2 % (19)').and.contain('86,8 % (125)');
    expect(rows[2]).to.contain('7,7 % (14)').and.contain('92,3 % (168)');
    expect(rows[3]).to.contain('1,8 % (3)').and.contain('14,1 % (23)').and.contain('84,0 % (137)');
    expect(rows[4]).to.contain('8,8 % (12)').and.contain('91,2 % (124)');
    expect(text($(el, '[part~="mix-total"]')))
      .to.contain('758')
      .and.contain('1,1 % (8)')
      .and.contain('86,4 % (655)');

    const event = nextEvent<PulseOwnerSelectEvent>(el, 'pulse-owner-select');
    click($$(el, '[part~="owner"]')[3]);
    const { detail } = await event;
    expect(detail.owner).to.equal('НОИО 4');
    const n4 = seedCounts['НОИО 4'];
    expect(detail.ids).to.have.length(n4.red + n4.yellow + n4.green);
    await settle(el);
    expect(lights(el)).to.have.length(163);
    expect(text($(el, '.shown'))).to.equal('Показано 163 из 758');
  });

  it('shows per-owner bars above maxLights and drills into one owner', async () => {
    const el = await pool(poolSeed);
    expect(lights(el)).to.have.length(0);
    const bars = $$(el, '[part~="bar"]');
    expect(bars).to.have.length(5);
    expect(text(bars[0])).to.equal(
      'НОИО 1 133 (133 клиента) Красный 5 Жёлтый 27 Зелёный 101 . Показать клиентов сотрудника',
    );
    expect(bars.filter((b) => b.getAttribute('tabindex') === '0')).to.have.length(1);
    bars[0].focus();
    key(bars[0], 'ArrowDown');
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part~="bar"]')[1]);
    const event = nextEvent<PulseOwnerSelectEvent>(el, 'pulse-owner-select');
    click($$(el, '[part~="bar"]')[1]);
    expect((await event).detail.owner).to.equal('НОИО 2');
    await settle(el);
    expect(lights(el)).to.have.length(144);
    expect(el.shadowRoot!.activeElement).to.equal(lights(el)[0]);
    click($(el, '[part~="back"]'));
    await settle(el);
    expect($$(el, '[part~="bar"]')).to.have.length(5);
  });

  it('draws a long owner in pages of maxLights', async () => {
    const el = await pool(poolSeed, { options: { maxLights: 50 } });
    click($$(el, '[part~="bar"]')[0]);
    await settle(el);
    expect(lights(el)).to.have.length(50);
    expect(text($(el, '[part~="more"]'))).to.equal('Показать ещё (50)');
    click($(el, '[part~="more"]'));
    await settle(el);
    expect(lights(el)).to.have.length(100);
    expect(el.shadowRoot!.activeElement).to.equal(lights(el)[50]);
    click($(el, '[part~="more"]'));
    await settle(el);
    expect(lights(el)).to.have.length(133);
    expect($(el, '[part~="more"]')).to.equal(null);
  });

  it('filters by colour and by owner; owner ids follow the colour filter', async () => {
    const el = await pool(poolSeed);
    click($(el, '[part~="filter--red"]'));
    await settle(el);
    expect($(el, '[part~="filter--red"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(text($(el, '.shown'))).to.equal('Показано 8 из 758');
    expect(lights(el)).to.have.length(8);
    expect(lights(el).every((l) => l.getAttribute('part')!.includes('light--red'))).to.equal(true);
    const select = $<HTMLSelectElement>(el, '[part~="owner-filter"] select')!;
    const event = nextEvent<PulseOwnerSelectEvent>(el, 'pulse-owner-select');
    select.value = '3';
    select.dispatchEvent(new Event('change'));
    const { detail } = await event;
    expect(detail.owner).to.equal('НОИО 4');
    expect(detail.ids).to.have.length(3);
    await settle(el);
    expect(lights(el)).to.have.length(3);
    select.value = '';
    select.dispatchEvent(new Event('change'));
    click($(el, '[part~="filter--red"]'));
    await settle(el);
    expect(text($(el, '.shown'))).to.equal('Показано 758 из 758');
  });

  it('fires pulse-color-select with the chosen colours and every such client, on user action only', async () => {
    const el = await pool(poolSeed);
    const fired: string[][] = [];
    el.addEventListener('pulse-color-select', (e) => fired.push(e.detail.colors));
    el.data = { ...poolSeed };
    await settle(el);
    expect(fired).to.have.length(0);
    let event = nextEvent<PulseColorSelectEvent>(el, 'pulse-color-select');
    click($(el, '[part~="filter--red"]'));
    let { detail } = await event;
    expect(detail.colors).to.deep.equal(['red']);
    expect(detail.ids).to.have.length(8);
    event = nextEvent<PulseColorSelectEvent>(el, 'pulse-color-select');
    click($(el, '[part~="filter--yellow"]'));
    ({ detail } = await event);
    expect(detail.colors).to.deep.equal(['red', 'yellow']);
    expect(detail.ids.length).to.be.greaterThan(8);
    click($(el, '[part~="filter--red"]'));
    event = nextEvent<PulseColorSelectEvent>(el, 'pulse-color-select');
    click($(el, '[part~="filter--yellow"]'));
    ({ detail } = await event);
    expect(detail).to.deep.equal({ colors: [], ids: [] });
  });

  it('sorts the table by a column with aria-sort and pages through it', async () => {
    const el = await pool(poolExample, { view: 'table', options: { pageSize: 2 } });
    const header = () => $$(el, '.pool-table thead th').find((th) => text(th).startsWith('Сумма'))!;
    expect(header().getAttribute('aria-sort')).to.equal('none');
    click(header().querySelector('button'));
    await settle(el);
    expect(header().getAttribute('aria-sort')).to.equal('ascending');
    expect(tableRows(el).map((r) => text(r.firstElementChild))).to.deep.equal(['Лютик', 'Василек']);
    click(header().querySelector('button'));
    await settle(el);
    expect(header().getAttribute('aria-sort')).to.equal('descending');
    expect(tableRows(el).map((r) => text(r.firstElementChild))).to.deep.equal(['Ромашка', 'Василек']);
    expect(text($(el, '[part~="pager"]'))).to.contain('Страница 1 из 2');
    click($$(el, '[part~="pager"] button')[1]);
    await settle(el);
    expect(tableRows(el).map((r) => text(r.firstElementChild))).to.deep.equal(['Лютик']);
  });

  it('table rows are one Tab stop; Enter on a client opens its explanation under the row', async () => {
    const el = await pool(poolSlide, { view: 'table' });
    const buttons = () => $$(el, '.client-btn');
    expect(buttons().filter((b) => b.getAttribute('tabindex') === '0')).to.have.length(1);
    buttons()[0].focus();
    key(buttons()[0], 'ArrowDown');
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(buttons()[1]);
    const event = nextEvent<PulseClientSelectEvent>(el, 'pulse-client-select');
    click(buttons()[1]);
    expect((await event).detail).to.deep.equal({ id: 'c2' });
    await settle(el);
    const detail = $(el, '.detail-row')!;
    expect(detail.previousElementSibling!.querySelector('.client-btn')!.textContent!.trim()).to.equal(
      'Василек',
    );
    expect(text(detail)).to.contain('После этого: 0,4 Жёлтый');
    expect(text(tableRows(el)[1].lastElementChild)).to.equal('ЦОК, Обученность');
    expect(text(tableRows(el)[2].lastElementChild)).to.equal('Обученность');
  });

  it('switches views with the tabs and the arrow keys', async () => {
    const el = await pool(poolExample);
    const tab = $(el, '#tab-lights')!;
    expect(tab.getAttribute('aria-selected')).to.equal('true');
    tab.focus();
    key(tab, 'ArrowRight');
    await settle(el);
    expect($(el, '#tab-table')!.getAttribute('aria-selected')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#tab-table'));
    expect($(el, '[part~="table"]')).to.exist;
    expect($(el, '[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal('tab-table');
  });

  it('fires no select event when properties are set', async () => {
    const el = await pool(poolExample);
    let fired = 0;
    el.addEventListener('pulse-client-select', () => fired++);
    el.addEventListener('pulse-owner-select', () => fired++);
    el.data = poolSeed;
    el.options = { maxLights: 100 };
    el.view = 'table';
    await settle(el);
    expect(fired).to.equal(0);
  });

  it('speaks English under lang="en"', async () => {
    const el = await pool(poolExample, { lang: 'en' });
    expect(lights(el)[0].getAttribute('aria-label')).to.equal('Ромашка: green, sum 0.9');
    const t = shadowText(el);
    expect(t).to.contain('Lights').and.contain('Table').and.contain('Showing 3 of 3').and.contain('33.3%');
    expect(text($(el, '[part~="filter--yellow"]'))).to.contain('Yellow');
    expect(t).to.contain('missed');
  });

  it('applies the dark theme tokens', async () => {
    const el = await pool(poolExample, { theme: 'light' });
    const light = getComputedStyle(el).backgroundColor;
    el.theme = 'dark';
    await settle(el);
    expect(getComputedStyle(el).backgroundColor).not.to.equal(light);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 25, 29)');
    expect(getComputedStyle($(el, '[part~="light--green"] .shape')!).fill).to.equal('rgb(60, 207, 158)');
  });

  it('shows the empty state in the locale', async () => {
    expect(shadowText(await pool({ ...poolExample, clients: [] }))).to.contain('Нет данных');
    expect(shadowText(await pool({ ...poolExample, clients: [] }, { lang: 'en' }))).to.contain('No data');
  });

  it('options: normalize divides by the weights, soonDays narrows "expires soon", no-mix hides the mix', async () => {
    const el = await pool(poolSlide, { options: { normalize: true, soonDays: 5 } });
    expect(lights(el)[0].getAttribute('aria-label')).to.equal('Ромашка: зелёный, сумма 0,82');
    click(lights(el)[1]);
    await settle(el);
    expect(text($(el, '[part~="verdict"]'))).to.contain('Оценка 0,55 (набрано 0,6 из 1,1)');
    expect(text($(el, '[part~="notes"]'))).to.contain('В ближайшие 5 дн. истекает: ЦОК.');
    expect($(el, '[part~="mix"]')).to.exist;
    el.noMix = true;
    await settle(el);
    expect($(el, '[part~="mix"]')).to.equal(null);
  });

  it('rejects bad options by name', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><pulse-traffic-light-pool></pulse-traffic-light-pool></div>`,
    );
    const el = wrapper.querySelector('pulse-traffic-light-pool')!;
    const errors = recordErrors(wrapper);
    el.options = { maxLights: 0 };
    el.data = poolExample;
    await settle(el);
    expect(text($(el, '[part="error"]'))).to.contain('options.maxLights');
    expect(errors[0].detail.source).to.equal('compute');
  });

  it('scores graded steps: activity 60 earns half of 0.4', async () => {
    const el = await pool(poolGraded);
    click(lights(el).find((l) => l.getAttribute('aria-label')!.startsWith('Ромашка'))!);
    await settle(el);
    const first = text($(el, '[part~="explain-table"] tbody tr'));
    expect(first).to.equal('Активность К+ 60 ≥ 20: 25 %; ≥ 50: 50 %; ≥ 100: 100 % ✓ 0,2 / 0,4');
    expect(text($(el, '[part~="verdict"]'))).to.contain('Сумма весов 0,9');
    el.view = 'table';
    await settle(el);
    const klever = tableRows(el).find((r) => text(r.firstElementChild) === 'Клевер')!;
    expect(text(klever.children[8])).to.equal('—');
    expect(klever.children[8].className).to.contain('missing');
    expectNoJunk(el);
  });

  it('renders 5,000 clients as owner bars and a paged table (speed is in npm run bench)', async () => {
    const el = await pool(poolExample);
    el.data = { ...poolLarge };
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect($$(el, '[part~="bar"]')).to.have.length(13);
    expect(text($(el, '.shown'))).to.equal('Показано 5 000 из 5 000');
    el.view = 'table';
    await settle(el);
    expect(tableRows(el)).to.have.length(50);
    expect(text($(el, '[part~="pager"]'))).to.contain('Страница 1 из 100');
  });
});
