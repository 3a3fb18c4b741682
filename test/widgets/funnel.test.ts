import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import '../../src/widgets/funnel/funnel.js';
import { validate } from '../../src/core/schema.js';
import type { PulseFunnel } from '../../src/widgets/funnel/funnel.component.js';
import type { PulseStageSelectEvent } from '../../src/widgets/funnel/funnel.events.js';
import { runtimeSchema, schema } from '../../src/widgets/funnel/funnel.schema.js';
import {
  ERP_STAGES,
  erpDeals,
  funnelIssue,
  k2uChecklist,
  largeDeals,
  needsByOwner,
  stayDays,
} from '../fixtures/funnel.js';
import { expectAccessible, expectNoJunk, nextEvent, recordErrors, settle, shadowText } from './helpers.js';

interface RawDeal {
  id: string;
  stage: string;
  status: 'open' | 'won' | 'lost';
  amount?: number | string | null;
  owner?: string;
  history?: unknown[];
}
const deals = erpDeals.deals as RawDeal[];

async function funnelOf(data: unknown, opts: { lang?: string; mode?: string } = {}): Promise<PulseFunnel> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${opts.lang ?? 'ru'}>
      <pulse-funnel mode=${opts.mode ?? 'funnel'} .data=${data}></pulse-funnel>
    </div>`,
  );
  const el = wrapper.querySelector('pulse-funnel')!;
  await settle(el);
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => root(el).querySelector(`[part~="${name}"]`);
const stageRows = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
const cells = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[role="gridcell"]')];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const key = (target: Element, k: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, ...init }));
/** Money as the fixtures give it: numbers or Russian number strings. */
const amountOf = (a: RawDeal['amount']) =>
  a === null || a === undefined
    ? 0
    : typeof a === 'number'
      ? a
      : Number(a.replace(/\s/g, '').replace(',', '.'));
/** Deals that reached stage k: won ones reach every stage, the others their own and the ones before. */
const reached = (k: number, list = deals) =>
  list.filter((d) => d.status === 'won' || ERP_STAGES.indexOf(d.stage) >= k);

describe('<pulse-funnel>', () => {
  it('has no serious accessibility violations (stages, owners grid, deals, checklist)', async function () {
    this.timeout(60_000);
    await expectAccessible(await funnelOf(needsByOwner));
    await expectAccessible(await funnelOf(erpDeals));
    await expectAccessible(await funnelOf(k2uChecklist, { mode: 'checklist' }));
  });

  it("renders the issue's payload: four labels, 548 and 179, and 78,5 % from the previous stage", async () => {
    const el = await funnelOf(funnelIssue);
    expect(el.status).to.equal('ready');
    const rows = stageRows(el);
    expect(rows.map((r) => text(r.querySelector('[part~="label"]')))).to.deep.equal([
      'Потребность выявлена',
      'Внедрение проведено',
      'Эффект зафиксирован',
      'Эффект подтверждён',
    ]);
    const fig = (row: Element, name: string) =>
      text(row.querySelector(`.fig--${name}`)).replace(/^\D+ (?=\d)/, '');
    expect(fig(rows[0], 'count')).to.equal('548');
    expect(fig(rows[3], 'count')).to.equal('179');
    expect(fig(rows[1], 'prev')).to.equal('78,5 %');
    expect(fig(rows[3], 'first')).to.equal('32,7 %');
    expect(text(rows[1].querySelector('[part~="drop"]')))
      .to.contain('21,5 %')
      .and.contain('−118');
    // Each figure carries its column title for screen readers (the row is named by its content).
    expect(text(rows[1])).to.contain('Внедрение проведено Количество 430От пред. 78,5 %От первого 78,5 %');
    expectNoJunk(el);
  });

  it('draws each bar in proportion to its count, with the previous stage behind it', async () => {
    const el = await funnelOf(funnelIssue);
    const widths = stageRows(el).map((r) => Number(r.querySelector('.segment')!.getAttribute('width')));
    expect(widths).to.deep.equal([548, 430, 330, 179].map((n) => (n / 548) * 1000));
    expect(Number(stageRows(el)[1].querySelector('.ghost')!.getAttribute('width'))).to.equal(1000);
  });

  it('says in text what the funnel shows, for screen readers, and offers a table', async () => {
    const el = await funnelOf(funnelIssue);
    const caption = text(root(el).querySelector('figcaption'));
    expect(caption).to.contain('4 этапа').and.contain('Эффект подтверждён — 179, 32,7 % от первого этапа');
    expect(caption).to.contain('наибольший отток — «Эффект подтверждён», 45,8 %');
    expect(part(el, 'table')!.querySelectorAll('tbody tr')).to.have.length(4);
  });

  for (const [name, data, path] of [
    [
      'a count is "many"',
      {
        stages: [
          { key: 'need', label: 'Потребность', count: 'many' },
          { key: 'b', count: 3 },
        ],
      },
      'stages[0].count',
    ],
    ['stages is 5', { stages: 5 }, 'stages'],
  ] as const) {
    it(`shows an error and fires pulse-error when ${name}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><pulse-funnel></pulse-funnel></div>`);
      const el = wrapper.querySelector('pulse-funnel')!;
      const errors = recordErrors(wrapper);
      el.data = data;
      await settle(el);
      const box = part(el, 'error')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(text(box)).to.contain('Данные не приняты').and.contain(path);
      expect(stageRows(el)).to.have.length(0);
      expect(errors).to.have.length(1);
      expect(errors[0].detail).to.deep.include({ partial: false, source: 'data' });
      expect(errors[0].detail.issues[0].path).to.equal(path);
    });
  }

  it('leaves out bad deals, lists them by path and renders the rest', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><pulse-funnel></pulse-funnel></div>`);
    const el = wrapper.querySelector('pulse-funnel')!;
    const errors = recordErrors(wrapper);
    el.data = {
      ...erpDeals,
      deals: [
        ...deals,
        { id: 'X-1', stage: 'contact', status: 'pending' },
        { id: 'X-2', stage: 'mars', status: 'open' },
        { id: 'СД-0001', stage: 'contact', status: 'open' },
        { id: 'X-3', stage: 'contact', status: 'lost', history: [{ stage: 'contact', date: '31.02.2024' }] },
        {
          id: 'X-4',
          stage: 'contact',
          status: 'lost',
          history: [{ stage: 'contact', date: '01.03.2024' }],
          closedAt: '2024-02-01',
        },
      ],
    };
    await settle(el);
    const notice = text(part(el, 'notice'));
    expect(notice).to.contain('deals[40].status: expected one of "open", "won", "lost", got "pending"');
    expect(notice).to.contain('deals[41].stage: unknown stage "mars" (not in stageOrder)');
    expect(notice).to.contain('deals[42].id: duplicate id "СД-0001" (also at deals[0])');
    expect(notice).to.contain('deals[43].history[0].date: "31.02.2024" is not a calendar date');
    expect(notice).to.contain(
      `deals[44].closedAt: "2024-02-01" is before the deal's last history entry (2024-03-01)`,
    );
    expect(errors).to.have.length(1);
    expect(errors[0].detail.partial).to.equal(true);
    expect(errors[0].detail.issues.map((i) => i.path).sort()).to.deep.equal(
      [
        'deals[40].status',
        'deals[41].stage',
        'deals[42].id',
        'deals[43].history[0].date',
        'deals[44].closedAt',
      ].sort(),
    );
    expect(text(stageRows(el)[0].querySelector('.fig--count'))).to.contain('40');
  });

  it('checks deals by hand exactly as the documented deal schema does', () => {
    const bad: unknown[] = [
      5,
      null,
      {},
      { id: '', stage: 1, status: 'won' },
      {
        id: NaN,
        stage: 'contact',
        status: 'x',
        amount: 'abc',
        owner: '',
        client: {},
        history: 'x',
        closedAt: 5,
      },
      {
        id: 'a',
        stage: 'contact',
        status: 'open',
        amount: -5,
        history: [5, { stage: null, date: '31.02.2024' }, { date: '0001-01-01' }],
      },
      { id: 'b', stage: 'contact', status: 'lost', amount: Infinity, closedAt: 'yesterday' },
      { id: 'c', stage: 'contact', status: 'lost', amount: '1,234.5', closedAt: '0001-01-01T00:00:00Z' },
      {
        id: 'd',
        stage: 'contact',
        status: 'lost',
        history: [{ stage: 'contact', date: '0001-01-01' }],
        closedAt: '0001-01-01',
      },
    ];
    for (const deal of bad) {
      const data = { stageOrder: ERP_STAGES, deals: [deal] };
      const documented = validate(schema, data).issues;
      expect(documented.length, JSON.stringify(deal)).to.be.above(0);
      expect(validate(runtimeSchema, data).issues, JSON.stringify(deal)).to.deep.equal(documented);
    }
  });

  it('shows labels and owners holding markup as text', async () => {
    const el = await funnelOf({
      stages: [
        { key: 'a', label: '<img src=x onerror="window.__pwned=1">', count: 2 },
        { key: 'b', label: '<b>bold</b>', count: 1 },
      ],
      owners: [
        {
          owner: '<script>x</script>',
          stages: [
            { key: 'a', count: 1 },
            { key: 'b', count: 1 },
          ],
        },
        {
          owner: 'ООО "Нео-Пак"',
          stages: [
            { key: 'a', count: 1 },
            { key: 'b', count: 0 },
          ],
        },
      ],
    });
    expect(root(el).querySelector('img, b, script')).to.equal(null);
    expect(shadowText(el))
      .to.contain('<img src=x onerror="window.__pwned=1">')
      .and.contain('<script>x</script>');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('is one Tab stop; arrows move between stages, Enter selects, Escape clears', async () => {
    const el = await funnelOf(funnelIssue);
    expect(stageRows(el).filter((r) => r.tabIndex === 0)).to.have.length(1);
    stageRows(el)[0].focus();
    key(stageRows(el)[0], 'ArrowDown');
    await settle(el);
    expect(root(el).activeElement).to.equal(stageRows(el)[1]);
    key(stageRows(el)[1], 'End');
    await settle(el);
    expect(root(el).activeElement).to.equal(stageRows(el)[3]);
    const event = nextEvent<PulseStageSelectEvent>(el, 'pulse-stage-select');
    key(stageRows(el)[3], 'Enter');
    const { detail, bubbles, composed } = await event;
    expect({ bubbles, composed }).to.deep.equal({ bubbles: true, composed: true });
    expect(detail).to.deep.equal({
      stage: 'confirmed',
      label: 'Эффект подтверждён',
      ids: null,
      lostIds: null,
      count: 179,
    });
    await settle(el);
    expect(stageRows(el)[3].getAttribute('aria-selected')).to.equal('true');
    expect(stageRows(el).filter((r) => r.tabIndex === 0)).to.deep.equal([stageRows(el)[3]]);
    key(stageRows(el)[3], 'Escape');
    await settle(el);
    expect(stageRows(el).some((r) => r.getAttribute('aria-selected') === 'true')).to.equal(false);
  });

  it('selects a stage of a deal list with the ids of the deals that reached it and of those lost there', async () => {
    const el = await funnelOf(erpDeals);
    const event = nextEvent<PulseStageSelectEvent>(el, 'pulse-stage-select');
    stageRows(el)[2].click();
    const { detail } = await event;
    expect(detail.stage).to.equal('proposal');
    expect(detail.owner).to.equal(undefined);
    // The core orders the ids (won first, then by how far a deal got); the set is what matters here.
    expect([...detail.ids!].sort()).to.deep.equal(
      reached(2)
        .map((d) => d.id)
        .sort(),
    );
    expect([...detail.lostIds!].sort()).to.deep.equal(
      deals
        .filter((d) => d.status === 'lost' && d.stage === 'proposal')
        .map((d) => d.id)
        .sort(),
    );
    expect(detail.count).to.equal(reached(2).length);
  });

  it('shows the deal figures: per stage open and lost, time in stage, and won / lost / win rate', async () => {
    const el = await funnelOf(erpDeals);
    const f = (n: number) =>
      new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2 }).format(n).replace(/\s/g, ' ');
    const sum = (list: RawDeal[]) => list.reduce((s, d) => s + amountOf(d.amount), 0);
    const won = deals.filter((d) => d.status === 'won');
    const lost = deals.filter((d) => d.status === 'lost');
    const summary = text(part(el, 'summary'));
    expect(summary).to.contain(`выиграно: ${won.length} · ${f(sum(won))} ₽`);
    expect(summary).to.contain(`проиграно: ${lost.length} · ${f(sum(lost))} ₽`);
    expect(summary).to.contain(
      `доля выигрыша: ${(Math.round((won.length / (won.length + lost.length)) * 1000) / 10).toFixed(1).replace('.', ',')} %`,
    );
    const lostFirst = lost.filter((d) => d.stage === 'contact');
    expect(text(stageRows(el)[0].querySelector('[part~="details"]'))).to.contain(
      `проиграно ${lostFirst.length} · ${f(sum(lostFirst))} ₽`,
    );
    // Time in the first stage: every deal with a history that left it (all but the open ones still there).
    const left = deals
      .map((d, i) => ({ d, i }))
      .filter(({ d }) => d.history && !(d.status === 'open' && d.stage === 'contact'))
      .map(({ i }) => stayDays(i, 0))
      .sort((a, b) => a - b);
    const mean = left.reduce((a, b) => a + b, 0) / left.length;
    const median =
      left.length % 2 ? left[(left.length - 1) / 2] : (left[left.length / 2 - 1] + left[left.length / 2]) / 2;
    const days = (n: number) =>
      `${new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 }).format(n)} дн.`;
    expect(text(stageRows(el)[0])).to.contain(`в этапе: ср. ${days(mean)}, медиана ${days(median)}`);
    expectNoJunk(el);
  });

  it('prints the owner cells as the source does: 570/81 % — 348', async () => {
    const el = await funnelOf(needsByOwner);
    const first = cells(el)[0];
    expect(text(first.querySelector('.cell-main'))).to.equal('570/81 % — 348');
    const rows = [...part(el, 'owners')!.querySelectorAll('tbody th[scope="row"]')].map(text);
    expect(rows[0]).to.contain('Мельникова П.И.').and.contain('база 704');
    expect(part(el, 'owners')!.querySelectorAll('thead th[scope="col"]')).to.have.length(5);
  });

  it('marks the owner with the lowest conversion at each stage with ▼ and words, not colour alone', async () => {
    const el = await funnelOf(needsByOwner);
    const grid = cells(el);
    // Second stage: Тазов converts 133 / 178 = 74.7 %, below 434 / 570 and 300 / 392.
    const column = [1, 5, 9].map((i) => grid[i]);
    const worst = column.filter((c) => c.getAttribute('part')!.includes('cell--worst'));
    expect(worst).to.have.length(1);
    expect(text(worst[0].closest('tr')!.querySelector('th'))).to.contain('Тазов П.Ю.');
    expect(text(worst[0])).to.contain('худшая конверсия этапа');
    expect(text(worst[0])).to.contain('▼').and.contain('74,7 %');
    expect(column.filter((c) => text(c).includes('▼'))).to.have.length(1);
    expect(text(root(el).querySelector('.note'))).to.contain('худшая конверсия');
  });

  it('compares owners on conversion from the previous stage, and on share of base at the first', async () => {
    // A converts 80 → 40 (50 %) from 80 % of its base; B 50 → 30 (60 %) from 50 %.
    const el = await funnelOf({
      stages: [
        { key: 'a', label: 'Первый', count: 130 },
        { key: 'b', label: 'Второй', count: 70 },
      ],
      owners: [
        {
          owner: 'A',
          base: 100,
          stages: [
            { key: 'a', count: 80 },
            { key: 'b', count: 40 },
          ],
        },
        {
          owner: 'B',
          base: 100,
          stages: [
            { key: 'a', count: 50 },
            { key: 'b', count: 30 },
          ],
        },
      ],
    });
    const worst = cells(el)
      .filter((c) => c.getAttribute('part')!.includes('cell--worst'))
      .map((c) => c.id);
    expect(worst).to.deep.equal(['cell-0-1', 'cell-1-0']);
  });

  it('selects an owner cell with the mouse and with the keyboard, with the owner and the ids', async () => {
    const el = await funnelOf(erpDeals);
    const grid = cells(el);
    expect(grid.filter((c) => c.tabIndex === 0)).to.have.length(1);
    let event = nextEvent<PulseStageSelectEvent>(el, 'pulse-stage-select');
    grid[0].click();
    expect((await event).detail).to.deep.include({ stage: 'contact', owner: 'Федоров Б.М.' });
    grid[0].focus();
    key(grid[0], 'ArrowDown');
    await settle(el);
    key(root(el).activeElement!, 'ArrowRight');
    await settle(el);
    expect(root(el).activeElement!.id).to.equal('cell-1-1');
    event = nextEvent<PulseStageSelectEvent>(el, 'pulse-stage-select');
    key(root(el).activeElement!, ' ');
    const { detail } = await event;
    const own = deals.filter((d) => d.owner === 'Орлов А.В.');
    expect(detail).to.deep.include({
      stage: 'qualification',
      owner: 'Орлов А.В.',
      count: reached(1, own).length,
    });
    expect([...detail.ids!].sort()).to.deep.equal(
      reached(1, own)
        .map((d) => d.id)
        .sort(),
    );
    await settle(el);
    expect(root(el).querySelector('#cell-1-1')!.getAttribute('aria-selected')).to.equal('true');
  });

  it('fires no select event when data, mode or options are set', async () => {
    const el = await funnelOf(funnelIssue);
    let fired = 0;
    el.addEventListener('pulse-stage-select', () => fired++);
    el.data = needsByOwner;
    el.options = { decimals: 0 };
    await settle(el);
    el.mode = 'checklist';
    await settle(el);
    expect(fired).to.equal(0);
  });

  it('shows a checklist without conversions: completion per step, worst owner per step', async () => {
    const el = await funnelOf(k2uChecklist, { mode: 'checklist' });
    expect(shadowText(el)).not.to.contain('От пред.').and.not.to.contain('отток');
    expect(root(el).querySelector('.fig--prev, .fig--first, [part~="drop"]')).to.equal(null);
    const shares = stageRows(el).map((r) => text(r.querySelector('.fig--share')).replace(/^\D+/, ''));
    expect(shares).to.deep.equal(['88,6 %', '85,2 %', '48,3 %', '73,1 %', '43,9 %', '82,8 %', '13,4 %']);
    expect(text(cells(el)[0].querySelector('.cell-main'))).to.equal('512/89 % — 458');
    // Bars are shares of the base, not of the largest step.
    expect(Number(stageRows(el)[0].querySelector('.segment')!.getAttribute('width'))).to.be.closeTo(886, 1);
    expect(text(root(el).querySelector('figcaption'))).to.contain('шаги независимы');
  });

  it('notes that counts rise when a step list is shown as a funnel', async () => {
    const el = await funnelOf(k2uChecklist);
    expect(text(part(el, 'hint'))).to.contain('mode="checklist"');
    expect(text(stageRows(el)[3])).to.contain('рост');
    expect(part(el, 'hint')).to.exist;
    const plain = await funnelOf(funnelIssue);
    expect(part(plain, 'hint')).to.equal(null);
  });

  it('speaks English under lang="en"', async () => {
    const el = await funnelOf(funnelIssue, { lang: 'en' });
    expect(root(el).querySelector('[role="listbox"]')!.getAttribute('aria-label')).to.equal('Funnel stages');
    expect(text(stageRows(el)[1].querySelector('.fig--prev'))).to.contain('78.5%');
    expect(shadowText(el)).to.contain('drop-off 21.5% · −118');
  });

  it('applies the dark theme tokens', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><pulse-funnel theme="light" .data=${erpDeals}></pulse-funnel></div>`,
    );
    const el = wrapper.querySelector('pulse-funnel')!;
    await settle(el);
    const bar = () => getComputedStyle(root(el).querySelector('.segment--advanced')!).fill;
    const light = bar();
    el.theme = 'dark';
    await settle(el);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 25, 29)');
    expect(bar()).not.to.equal(light);
  });

  it('shows the empty state in the locale', async () => {
    expect(shadowText(await funnelOf({ stages: [] }))).to.contain('Нет данных');
    expect(shadowText(await funnelOf({ stageOrder: [], deals: [] }, { lang: 'en' }))).to.contain('No data');
  });

  it('takes options: percent decimals, no ids in events; no-owners hides the breakdown', async () => {
    const el = await funnelOf(erpDeals);
    el.options = { decimals: 0, ids: false };
    el.noOwners = true;
    await settle(el);
    expect(text(stageRows(el)[1].querySelector('.fig--prev'))).to.match(/75 %$/);
    expect(part(el, 'owners')).to.equal(null);
    const event = nextEvent<PulseStageSelectEvent>(el, 'pulse-stage-select');
    stageRows(el)[1].click();
    expect((await event).detail).to.deep.include({ stage: 'qualification', ids: null, lostIds: null });
  });

  it('renders 50 000 deals of 20 owners (speed is in npm run bench)', async function () {
    this.timeout(60_000);
    const data = largeDeals();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('pulse-funnel');
    el.data = data;
    wrapper.append(el);
    await settle(el);
    expect(el.status).to.equal('ready');
    expect(text(stageRows(el)[0].querySelector('.fig--count'))).to.contain('50 000');
    expect(part(el, 'owners')!.querySelectorAll('tbody tr')).to.have.length(20);
  });
  it('scrolls a wide owner table in its own labelled, focusable region, and only then', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="ru" style="width: 360px; overflow-x: auto">
        <pulse-funnel .data=${erpDeals}></pulse-funnel>
      </div>`,
    );
    const el = wrapper.querySelector('pulse-funnel')!;
    await settle(el);
    const region = () => part(el, 'owners-scroll')!;
    const table = part(el, 'owners')!;
    expect(table.getBoundingClientRect().width).to.be.greaterThan(400); // 7 stages do not fit
    await settle(el);
    expect(region().getAttribute('role')).to.equal('region');
    expect(region().getAttribute('tabindex')).to.equal('0');
    const title = root(el).getElementById(region().getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.equal('По ответственным');
    expect(region().scrollWidth).to.be.greaterThan(region().clientWidth);
    // Nothing of the widget (not the hidden data table either) widens the host's scroll box.
    expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth + 1);
    await expectAccessible(el);
    wrapper.style.width = '1600px';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await settle(el);
    await settle(el);
    expect(region().hasAttribute('role')).to.equal(false);
    expect(region().hasAttribute('tabindex')).to.equal(false);
  });
});
