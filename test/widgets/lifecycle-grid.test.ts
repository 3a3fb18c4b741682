import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import '../../src/widgets/lifecycle-grid/lifecycle-grid.js';
import type { PulseLifecycleGrid } from '../../src/widgets/lifecycle-grid/lifecycle-grid.component.js';
import type { PulseSegmentSelectEvent } from '../../src/widgets/lifecycle-grid/lifecycle-grid.events.js';
import { lifecycleExample, lifecycleGenerated, lifecycleSeed } from '../fixtures/lifecycle-grid.js';
import { expectAccessible, expectNoJunk, nextEvent, recordErrors, settle, shadowText } from './helpers.js';

async function grid(data: unknown, lang = 'ru', options?: object): Promise<PulseLifecycleGrid> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <pulse-lifecycle-grid .data=${data} .options=${options}></pulse-lifecycle-grid>
    </div>`,
  );
  const el = wrapper.querySelector('pulse-lifecycle-grid')!;
  await settle(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cell = (el: Element, n: number) => $(el, `#cell-${n}`)!;
const cellCount = (el: Element, n: number) => text(cell(el, n).querySelector('.count'));
const key = (target: Element, k: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, ...init }));
const click = (target: Element) =>
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
const listNames = (el: Element) => $$(el, '[part~="list"] tbody th').map((th) => text(th));

describe('<pulse-lifecycle-grid>', () => {
  it('has no serious accessibility violations, with the grid and with a client list open', async () => {
    const el = await grid(lifecycleExample);
    await expectAccessible(el);
    click(cell(el, 3));
    await settle(el);
    expect($(el, '[part~="details"]')).to.exist;
    await expectAccessible(el);
    // The list scrolls inside a short frame: its box is a named region reachable by Tab.
    const scroller = $(el, '[part~="list-scroll"]')!;
    expect(scroller.getAttribute('role')).to.equal('region');
    expect(scroller.getAttribute('tabindex')).to.equal('0');
    expect(scroller.getAttribute('aria-label')).to.not.be.empty;
  });

  it('renders the issue example: Новые, Постоянные, Уснувшие перспективные, Засыпающие новые and one potential', async () => {
    const el = await grid(lifecycleExample);
    expect(el.status).to.equal('ready');
    const names = $$(el, '[role="gridcell"] .name').map(
      (n) => `${text(n.querySelector('.number'))} ${text(n.querySelector('.label'))}`,
    );
    expect(names).to.deep.equal([
      '1 Новые',
      '2 Перспективные',
      '3 Постоянные',
      '4 Засыпающие новые',
      '5 Засыпающие перспективные',
      '6 Засыпающие постоянные',
      '7 Уснувшие новые',
      '8 Уснувшие перспективные',
      '9 Уснувшие постоянные',
    ]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => cellCount(el, n))).to.deep.equal([
      '1',
      '0',
      '1',
      '1',
      '0',
      '0',
      '0',
      '1',
      '0',
    ]);
    expect(text(cell(el, 1).querySelector('.share'))).to.equal('25,00 %');
    expect(text(cell(el, 2).querySelector('.share'))).to.equal('0,00 %');
    expect(text($(el, '[part~="potential"] .count'))).to.equal('1');
    expect(text(cell(el, 8))).to.equal('8. Уснувшие перспективные: 1 клиент, 25,00 %');
    expect(text($(el, '.head'))).to.contain('на 30.06.2024');
    expectNoJunk(el);
  });

  it('states the denominator of the shares: clients with purchases, potential excluded', async () => {
    const el = await grid(lifecycleExample);
    expect(text($(el, '[part~="note"]'))).to.contain(
      'Доля — от 4 клиентов с покупками (сегменты 1–9), без потенциальных',
    );
    expect(text($(el, '[part~="potential"]'))).to.contain('вне долей');
    expect(text($(el, '#summary')))
      .to.contain('Всего 5 клиентов на 30.06.2024.')
      .and.contain('Потенциальные: 1 клиент.');
  });

  it('has row and column headers', async () => {
    const el = await grid(lifecycleExample);
    const table = $(el, '[part~="grid"]')!;
    expect(table.getAttribute('role')).to.equal('grid');
    expect($$(el, 'thead th[scope="col"]').map(text)).to.deep.equal(['Новые', 'Перспективные', 'Постоянные']);
    expect($$(el, 'tbody th[scope="row"]').map(text)).to.deep.equal(['Активные', 'Засыпающие', 'Уснувшие']);
  });

  it('renders the seed figures of 26.05.2015 from precomputed segments', async () => {
    const el = await grid(lifecycleSeed);
    const share = (n: number) => text(cell(el, n).querySelector('.share'));
    expect([share(1), share(2), share(3), share(4), share(7)]).to.deep.equal([
      '6,67 %',
      '2,22 %',
      '8,89 %',
      '4,44 %',
      '37,78 %',
    ]);
    expect([1, 2, 3, 4, 7].map((n) => cellCount(el, n))).to.deep.equal(['3', '1', '4', '2', '17']);
    expect(text($(el, '[part~="note"]'))).to.contain('от суммы сегментов 1–9 (45 клиентов)');
    expect(text($(el, '.head'))).to.contain('на 26.05.2015');
    expect($(el, '[part~="filter"]')).to.equal(null);
    click(cell(el, 7));
    await settle(el);
    expect(text($(el, '[part~="details"]')))
      .to.contain('7. Уснувшие новые: 17 клиентов')
      .and.contain('только число клиентов');
    expect($(el, '[part~="download"]')).to.equal(null);
  });

  it('shows an error and fires pulse-error for "asOf": "31.02.2024"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><pulse-lifecycle-grid></pulse-lifecycle-grid></div>`,
    );
    const el = wrapper.querySelector('pulse-lifecycle-grid')!;
    const errors = recordErrors(wrapper);
    el.data = { ...lifecycleExample, asOf: '31.02.2024' };
    await settle(el);
    const box = $(el, '[part="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(text(box))
      .to.contain('Данные не приняты')
      .and.contain('asOf: "31.02.2024" is not a calendar date');
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.deep.include({ partial: false, source: 'data' });
    expect(errors[0].detail.issues).to.deep.equal([
      { path: 'asOf', message: '"31.02.2024" is not a calendar date' },
    ]);
    expect($(el, '[part~="grid"]')).to.equal(null);
  });

  it('leaves out a client with the purchase "not a date", lists it and fires pulse-error', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><pulse-lifecycle-grid></pulse-lifecycle-grid></div>`,
    );
    const el = wrapper.querySelector('pulse-lifecycle-grid')!;
    const errors = recordErrors(wrapper);
    const clients = lifecycleExample.clients.map((c) =>
      c.id === 'c' ? { ...c, purchases: ['2024-01-01', 'not a date'] } : c,
    );
    el.data = { ...lifecycleExample, clients };
    await settle(el);
    const notice = $(el, '[part="notice"]')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    const message = 'expected a date as YYYY-MM-DD, an ISO date-time or DD.MM.YYYY, got "not a date"';
    expect(text(notice)).to.contain(`clients[2].purchases[1]: ${message}`);
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.deep.include({ partial: true, source: 'data' });
    expect(errors[0].detail.issues).to.deep.equal([{ path: 'clients[2].purchases[1]', message }]);
    expect(cellCount(el, 8)).to.equal('0');
    expect(cellCount(el, 1)).to.equal('1');
  });

  for (const [name, data, path] of [
    ['data is a number', 5, ''],
    ['clients come without asOf', { clients: [] }, 'asOf'],
    ['both clients and segments are given', { asOf: '2024-06-30', clients: [], segments: [] }, ''],
    [
      'a precomputed segment repeats',
      {
        segments: [
          { segment: 1, count: 1 },
          { segment: 1, count: 2 },
        ],
      },
      'segments[1].segment',
    ],
    ['ids do not match the count', { segments: [{ segment: 2, count: 3, ids: ['x'] }] }, 'segments[0].ids'],
    [
      'a client id repeats',
      {
        asOf: '2024-06-30',
        clients: [
          { id: 1, purchases: [] },
          { id: '1', purchases: [] },
        ],
      },
      'clients[1].id',
    ],
  ] as const) {
    it(`shows an error and fires pulse-error when ${name}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><pulse-lifecycle-grid></pulse-lifecycle-grid></div>`,
      );
      const el = wrapper.querySelector('pulse-lifecycle-grid')!;
      const errors = recordErrors(wrapper);
      el.data = data;
      await settle(el);
      expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
      expect(errors).to.have.length(1);
      expect(errors[0].detail.partial).to.equal(false);
      expect(errors[0].detail.issues[0].path).to.equal(path);
    });
  }

  it('shows names and owners holding markup as text', async () => {
    const el = await grid({
      asOf: '2024-06-30',
      clients: [
        {
          id: 'x',
          name: '<img src=x onerror="window.__pwned=1">',
          owner: '<b>boss</b>',
          purchases: ['2024-06-01'],
        },
      ],
    });
    click(cell(el, 1));
    await settle(el);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(shadowText(el)).to.contain('<img src=x onerror="window.__pwned=1">').and.contain('<b>boss</b>');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('is one Tab stop; arrows move, Enter selects and opens the list, Escape closes it', async () => {
    const el = await grid(lifecycleExample);
    const stops = () => $$(el, '[role="gridcell"]').filter((c) => c.getAttribute('tabindex') === '0');
    expect(stops()).to.deep.equal([cell(el, 1)]);
    cell(el, 1).focus();
    key(cell(el, 1), 'ArrowRight');
    await settle(el);
    key(cell(el, 2), 'ArrowRight');
    await settle(el);
    key(cell(el, 3), 'ArrowRight'); // stays at the row's end
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(cell(el, 3));
    expect(stops()).to.deep.equal([cell(el, 3)]);
    key(cell(el, 3), 'ArrowDown');
    await settle(el);
    key(cell(el, 6), 'ArrowDown');
    await settle(el);
    key(cell(el, 9), 'ArrowLeft');
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(cell(el, 8));
    const event = nextEvent<PulseSegmentSelectEvent>(el, 'pulse-segment-select');
    key(cell(el, 8), 'Enter');
    const { detail } = await event;
    expect(detail).to.deep.equal({ segment: 8, ids: ['c'] });
    await settle(el);
    expect(cell(el, 8).getAttribute('aria-selected')).to.equal('true');
    expect(listNames(el)).to.deep.equal(['Сибтехгаз']);
    expect(text($(el, '[role="status"]'))).to.contain('8. Уснувшие перспективные: 1 клиент.');
    key(cell(el, 8), 'Escape');
    await settle(el);
    expect($(el, '[part~="details"]')).to.equal(null);
    key(cell(el, 8), 'Home', { ctrlKey: true });
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(cell(el, 1));
  });

  it('selects with Space, and Escape inside the list returns focus to the cell', async () => {
    const el = await grid(lifecycleExample);
    cell(el, 1).focus();
    key(cell(el, 1), 'End');
    await settle(el);
    const event = nextEvent<PulseSegmentSelectEvent>(el, 'pulse-segment-select');
    key(cell(el, 3), ' ');
    expect((await event).detail).to.deep.equal({ segment: 3, ids: ['b'] });
    await settle(el);
    const close = $(el, '[part~="close"]')!;
    close.focus();
    key(close, 'Escape');
    await settle(el);
    await settle(el);
    expect($(el, '[part~="details"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(cell(el, 3));
  });

  it("lists a cell's clients with owner, last purchase and days to the next state", async () => {
    const el = await grid(lifecycleExample);
    click(cell(el, 4));
    await settle(el);
    const row = text($(el, '[part~="list"] tbody tr'));
    expect(row).to.equal('Финако Федоров Б. 15.04.2024 1 через 18 дней → Уснувшие новые');
    expect(text($(el, '[part~="strategy"]')))
      .to.contain('Стратегия реагирования')
      .and.contain('Рассылка')
      .and.contain('Звонок');
    click($(el, '[part~="potential"]')!);
    await settle(el);
    expect(text($(el, '[part~="details"] h4'))).to.equal('Потенциальные: 1 клиент');
    expect(listNames(el)).to.deep.equal(['Геофонд НСО']);
  });

  it('marks clients about to fall to the next state within soonDays with an icon and text', async () => {
    const el = await grid(lifecycleExample, 'ru', { soonDays: 20 });
    expect(text(cell(el, 3).querySelector('[part~="soon"]'))).to.equal('1 скоро');
    expect(cell(el, 3).querySelector('[part~="soon"] svg')).to.exist;
    expect(cell(el, 1).querySelector('[part~="soon"]')).to.equal(null);
    expect(text(cell(el, 3))).to.equal('3. Постоянные: 1 клиент, 25,00 % ; 1 скоро');
    click(cell(el, 3));
    await settle(el);
    const row = $(el, '[part~="list"] tbody tr')!;
    expect(row.getAttribute('part')).to.equal('row row--soon');
    expect(text(row)).to.contain('скоро: через 18 дней → Засыпающие постоянные');
    expect(text($(el, '[part~="note"]'))).to.contain('в ближайшие 20 дней');
  });

  it('filters by owner: recounts the cells, the shares and the event ids', async () => {
    const el = await grid(lifecycleExample);
    const select = $<HTMLSelectElement>(el, '[part~="filter"] select')!;
    expect([...select.options].map((o) => o.text)).to.deep.equal(['Все', 'Орлов А.', 'Федоров Б.']);
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect([1, 2, 3, 4, 8].map((n) => cellCount(el, n))).to.deep.equal(['0', '0', '0', '1', '1']);
    expect(text($(el, '[part~="potential"] .count'))).to.equal('1');
    expect(text(cell(el, 4).querySelector('.share'))).to.equal('50,00 %');
    expect(text($(el, '[part~="note"]'))).to.contain('от 2 клиентов ответственного Федоров Б.');
    const event = nextEvent<PulseSegmentSelectEvent>(el, 'pulse-segment-select');
    click($(el, '[part~="potential"]')!);
    expect((await event).detail).to.deep.equal({ segment: 'potential', ids: ['e'] });
  });

  it('exports the chosen list as CSV in the Russian Excel dialect', async () => {
    const el = await grid(lifecycleExample);
    click(cell(el, 3));
    await settle(el);
    const blobs: Blob[] = [];
    const links: HTMLAnchorElement[] = [];
    const createObjectURL = URL.createObjectURL;
    const linkClick = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:none';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      links.push(this);
    };
    try {
      click($(el, '[part~="download"]')!);
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = linkClick;
    }
    expect(blobs).to.have.length(1);
    expect(links[0].download).to.equal('сегмент-3-2024-06-30.csv');
    const csv = await blobs[0].text();
    expect(csv).to.equal(
      'Код;Клиент;Ответственный;Сегмент;Последняя покупка;Покупок;До перехода;Скоро\r\n' +
        'b;"ГБУЗ НСО ""ЦКБ""";Орлов А.;3. Постоянные;01.06.2024;4;18;\r\n',
    );
  });

  it("uses the host's strategy texts and the core thresholds from options", async () => {
    const el = await grid(lifecycleExample, 'ru', {
      regularFrom: 2,
      strategies: { 9: 'Звонок руководителя в течение дня' },
    });
    expect(cellCount(el, 8)).to.equal('0');
    expect(cellCount(el, 9)).to.equal('1');
    click(cell(el, 9));
    await settle(el);
    expect(text($(el, '[part~="strategy"]'))).to.equal(
      'Стратегия реагирования Звонок руководителя в течение дня',
    );
  });

  it('reports a bad option by name', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors = recordErrors(wrapper);
    const el = document.createElement('pulse-lifecycle-grid');
    el.options = { regularFrom: 1, soonDays: 7 };
    el.data = lifecycleExample;
    wrapper.append(el);
    await settle(el);
    expect(text($(el, '[part="error"]'))).to.contain('options.regularFrom: expected at least 2, got 1');
    expect(errors[0].detail.source).to.equal('compute');
    el.options = { strategies: { 12: 'x' } as object };
    await settle(el);
    expect(text($(el, '[part="error"]'))).to.contain('options.strategies.12');
  });

  it('fires no select event when data or options are set', async () => {
    const el = await grid(lifecycleExample);
    let fired = 0;
    el.addEventListener('pulse-segment-select', () => fired++);
    el.data = lifecycleSeed;
    el.options = { decimals: 1 };
    await settle(el);
    expect(fired).to.equal(0);
    expect(text(cell(el, 1).querySelector('.share'))).to.equal('6,7 %');
  });

  it('speaks English under lang="en"', async () => {
    const el = await grid(lifecycleExample, 'en');
    const names = $$(el, '[role="gridcell"] .label').map((n) => text(n));
    expect(names[0]).to.equal('New');
    expect(names[2]).to.equal('Regular');
    expect(names[7]).to.equal('Asleep promising');
    expect(text(cell(el, 4))).to.equal('4. Falling-asleep new: 1 client, 25.00%');
    expect(text(cell(el, 1).querySelector('.share'))).to.equal('25.00%');
    expect(text($(el, '.head'))).to.contain('as of 06/30/2024');
    expect(text($(el, '[part~="note"]'))).to.contain('Share of the 4 clients with purchases');
    click(cell(el, 4));
    await settle(el);
    expect(text($(el, '[part~="list"] tbody tr'))).to.contain('in 18 days → Asleep new');
    expect(text($(el, '[part~="strategy"]')))
      .to.contain('Response strategy')
      .and.contain('Offer');
  });

  it('applies the dark theme tokens', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><pulse-lifecycle-grid theme="light" .data=${lifecycleExample}></pulse-lifecycle-grid></div>`,
    );
    const el = wrapper.querySelector('pulse-lifecycle-grid')!;
    await settle(el);
    const light = getComputedStyle(cell(el, 1)).backgroundColor;
    el.theme = 'dark';
    await settle(el);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 25, 29)');
    expect(getComputedStyle(cell(el, 1)).backgroundColor).not.to.equal(light);
    await expectAccessible(el);
  });

  it('shows the empty state for no clients, in the locale', async () => {
    expect(shadowText(await grid({ asOf: '2024-06-30', clients: [] }))).to.contain('Нет данных');
    expect(shadowText(await grid({ segments: [] }, 'en'))).to.contain('No data');
  });

  it('shows the loading state while a host loads the data', async () => {
    const el = await grid(undefined);
    el.loading = true;
    await settle(el);
    expect($(el, '[part="loading"]')!.getAttribute('role')).to.equal('status');
    el.loading = false;
    el.data = lifecycleExample;
    await settle(el);
    expect(el.status).to.equal('ready');
  });

  it('handles 2,000 generated clients: counts add up, the list pages, the owner filter recounts', async () => {
    const data = lifecycleGenerated();
    const el = await grid(data);
    const counts = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => Number(cellCount(el, n).replace(/\s/g, '')));
    const potential = Number(text($(el, '[part~="potential"] .count')).replace(/\s/g, ''));
    expect(counts.reduce((a, b) => a + b, 0) + potential).to.equal(2000);
    expect($$(el, '[part~="filter"] option')).to.have.length(9);
    const big = counts.indexOf(Math.max(...counts)) + 1;
    click(cell(el, big));
    await settle(el);
    expect($$(el, '[part~="list"] tbody tr')).to.have.length(100);
    click($(el, '[part~="more"]')!);
    await settle(el);
    expect($$(el, '[part~="list"] tbody tr')).to.have.length(200);
    const select = $<HTMLSelectElement>(el, '[part~="filter"] select')!;
    select.value = '0';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    const filtered = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => Number(cellCount(el, n).replace(/\s/g, '')));
    expect(filtered.reduce((a, b) => a + b, 0))
      .to.be.above(0)
      .and.below(counts.reduce((a, b) => a + b, 0));
    const owners = new Set($$(el, '[part~="list"] tbody tr td:nth-of-type(1)').map((td) => text(td)));
    expect([...owners]).to.deep.equal([select.options[1].text]);
    expectNoJunk(el);
  });
});
