import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/dashboard/dashboard.js';
import type { PulseDashboard } from '../../src/widgets/dashboard/dashboard.component.js';
import type { PulseFilterChangeEvent } from '../../src/widgets/dashboard/dashboard.events.js';
import { PulseOwnerSelectEvent } from '../../src/widgets/traffic-light-pool/traffic-light-pool.events.js';
import { PulseGroupSelectEvent } from '../../src/widgets/debt-table/debt-table.events.js';
import { brokenConfig, KALININA, TAZOV, teamConfig, teamDebts, teamPool } from '../fixtures/dashboard.js';
import { channelSeed } from '../fixtures/channel-pie.js';
import { expectAccessible, nextEvent, recordErrors, settle, shadowText } from './helpers.js';
import {
  button,
  captureDownloads,
  frames,
  mount,
  refuseFullscreen,
  settleAll,
  until,
  type Widget,
} from './dashboard-helpers.js';
import { filterByClients } from '../../src/core/filter.js';
import { SEGMENT_NAMES } from '../../src/core/lifecycle-types.js';
import type { SegmentSelectDetail } from '../../src/widgets/lifecycle-grid/lifecycle-grid.events.js';
import { PulseCellSelectEvent } from '../../src/widgets/abc-xyz-matrix/abc-xyz-matrix.events.js';

const titles = (el: PulseDashboard) =>
  frames(el).map((f) => f.querySelector('[part~="frame-title"]')!.textContent!.trim());

describe('<pulse-dashboard>', function () {
  // Six widgets and axe in one page: slow on a shared 2-core machine.
  this.timeout(30_000);

  it('has no serious accessibility violations with six widgets', async () => {
    const el = await mount(teamConfig);
    await expectAccessible(el);
  });

  it('renders one frame per config widget, with its title and its widget', async () => {
    const el = await mount(teamConfig);
    expect(titles(el)).to.deep.equal([
      'Дебиторская задолженность',
      'Лампочки',
      'Воронка продаж',
      'Жизненный цикл',
      'ABC/XYZ',
      'Каналы продаж',
    ]);
    expect(el.widgets.map((w) => w.localName)).to.deep.equal([
      'pulse-debt-table',
      'pulse-traffic-light-pool',
      'pulse-funnel',
      'pulse-lifecycle-grid',
      'pulse-abc-xyz-matrix',
      'pulse-channel-pie',
    ]);
    expect(el.widgets.map((w) => (w as unknown as Widget).status)).to.deep.equal(Array(6).fill('ready'));
    const title = el.shadowRoot!.querySelector('[part~="title"]')!;
    expect(title.textContent).to.equal('Отдел сопровождения');
    expect(title.getAttribute('aria-level')).to.equal('2');
    expect(frames(el)[0].querySelector('[part~="frame-title"]')!.getAttribute('aria-level')).to.equal('3');
    expect(shadowText(el.widgets[0])).to.contain('Ликстрой');
  });

  it('lays the frames out on the configured grid: columns and span', async () => {
    const el = await mount({ ...teamConfig, columns: 3 }, 1200);
    const [debts, pool, funnel] = frames(el).map((f) => f.getBoundingClientRect());
    expect(debts.width / pool.width).to.be.closeTo(2, 0.15);
    expect(Math.round(pool.top)).to.equal(Math.round(debts.top)); // 2 + 1 columns fill the first row
    expect(funnel.top).to.be.greaterThan(debts.bottom - 1);
    el.columns = 1;
    await settle(el);
    const [d1, p1] = frames(el).map((f) => f.getBoundingClientRect());
    expect(Math.round(d1.width)).to.equal(Math.round(p1.width));
    expect(p1.top).to.be.greaterThan(d1.bottom - 1);
  });

  it('shows one column on a phone', async () => {
    const el = await mount(teamConfig, 375);
    const boxes = frames(el).map((f) => f.getBoundingClientRect());
    const lefts = new Set(boxes.map((b) => Math.round(b.left)));
    expect(lefts.size).to.equal(1);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].top).to.be.greaterThan(boxes[i - 1].bottom - 1);
    expect(Math.round(boxes[0].width)).to.equal(Math.round(boxes[1].width));
  });

  it('frames its child elements when there is no config', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1000px">
        <pulse-dashboard heading="Команда" columns="2">
          <pulse-debt-table data-title="Долги команды" data-span="2" .data=${teamDebts}></pulse-debt-table>
          <pulse-channel-pie label="Каналы" .data=${channelSeed}></pulse-channel-pie>
        </pulse-dashboard>
      </div>`,
    );
    const el = wrapper.querySelector('pulse-dashboard')!;
    await settleAll(el);
    expect(titles(el)).to.deep.equal(['Долги команды', 'Каналы']);
    const children = [...el.children] as HTMLElement[];
    expect(children.every((c) => c.assignedSlot !== null)).to.equal(true);
    expect(children[0].assignedSlot!.closest('section')!.getAttribute('data-frame')).to.equal('0');
    const [a, b] = frames(el).map((f) => f.getBoundingClientRect());
    expect(a.width / b.width).to.be.closeTo(2, 0.1); // span 2 of 2 columns, then span 1
    expect(b.top).to.be.greaterThan(a.bottom - 1);
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Команда');
    await expectAccessible(el);
  });

  it('reads its config from a <script type="application/json"> child', async () => {
    const config = {
      title: 'Из скрипта',
      widgets: [{ type: 'channel-pie', title: 'Каналы', data: channelSeed }],
    };
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <pulse-dashboard
          ><script type="application/json">
            ${JSON.stringify(config)}
          </script></pulse-dashboard
        >
      </div>`,
    );
    const el = wrapper.querySelector('pulse-dashboard')!;
    await settleAll(el);
    expect(titles(el)).to.deep.equal(['Каналы']);
    expect(shadowText(el.widgets[0])).to.contain('Допродажи ОС');
  });

  it('names every bad widget field in its own frame and fires pulse-error; the other frames render', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors = recordErrors(wrapper);
    const el = document.createElement('pulse-dashboard');
    wrapper.append(el);
    el.config = brokenConfig;
    await settleAll(el);
    const fs = frames(el);
    expect(fs).to.have.length(4);
    expect(fs[0].querySelector('[part~="error"]')).to.equal(null);
    expect(shadowText(el.widgets[0])).to.contain('Ликстрой');
    const text = (i: number) => fs[i].querySelector('[part~="error"]')!.textContent!.replace(/\s+/g, ' ');
    expect(fs[1].querySelector('[part~="error"]')!.getAttribute('role')).to.equal('alert');
    expect(text(1)).to.contain('widgets[1].type').and.contain('"gauge"');
    expect(text(2)).to.contain('widgets[2].span');
    expect(text(3)).to.contain('widgets[3]').and.contain('not both');
    const own = errors.filter((e) => e.target === el);
    expect(own).to.have.length(1);
    expect(own[0].detail.partial).to.equal(true);
    expect(own[0].detail.issues.map((i) => i.path)).to.deep.equal([
      'widgets[1].type',
      'widgets[2].span',
      'widgets[3]',
    ]);
  });

  it('refuses a config whose own fields are wrong, naming them', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors = recordErrors(wrapper);
    const el = document.createElement('pulse-dashboard');
    wrapper.append(el);
    el.config = { columns: 0, widgets: 'none' };
    await settle(el);
    const box = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain('columns').and.contain('widgets');
    expect(frames(el)).to.have.length(0);
    expect(errors[0].detail.partial).to.equal(false);
  });

  it('narrows the other widgets to the owner a widget chose, and clears on the same choice', async () => {
    const el = await mount(teamConfig);
    const [debts, pool, funnel] = el.widgets;
    expect(shadowText(debts)).to.contain('ГБУЗ НСО "ЦКБ"');
    const funnelBefore = shadowText(funnel);
    const change = nextEvent<PulseFilterChangeEvent>(el, 'pulse-filter-change');
    pool.dispatchEvent(new PulseOwnerSelectEvent({ owner: KALININA, ids: ['c1', 'c2'] }));
    const event = await change;
    expect(event.detail).to.deep.equal({ filters: { owner: KALININA }, source: 'widget-1' });
    await settleAll(el);
    // The debt table lost Тазов's client and its total is Калинина's 1 027 600,00.
    expect(shadowText(debts)).not.to.contain('ГБУЗ НСО "ЦКБ"');
    expect(shadowText(debts)).to.contain('1 027 600,00');
    expect(shadowText(funnel)).not.to.equal(funnelBefore);
    // The pool that chose the owner keeps every client.
    expect(shadowText(pool)).to.match(/^3 клиента:/);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="filter"] select')!;
    expect(select.selectedOptions[0].textContent).to.equal(KALININA);
    // Choosing the same owner again clears the filter.
    pool.dispatchEvent(new PulseOwnerSelectEvent({ owner: KALININA, ids: [] }));
    await settleAll(el);
    expect(shadowText(debts)).to.contain('ГБУЗ НСО "ЦКБ"');
  });

  it('takes an owner group of the debt table as a filter for the pool', async () => {
    const el = await mount(teamConfig);
    const [debts, pool] = el.widgets;
    debts.dispatchEvent(new PulseGroupSelectEvent({ level: 'owner', key: TAZOV, ids: ['842199'] }));
    await settleAll(el);
    expect(shadowText(pool)).to.match(/^1 клиент: красных 1/);
    // A department group is not an owner: no change.
    debts.dispatchEvent(new PulseGroupSelectEvent({ level: 'department', key: 'Подразделение СИ', ids: [] }));
    await settleAll(el);
    expect(el.activeFilters.owner).to.equal(TAZOV);
  });

  it('takes the owner chosen in the lifecycle grid own filter (a user change of its select)', async () => {
    const el = await mount(teamConfig);
    const [debts, , , lifecycle] = el.widgets;
    const select = lifecycle.shadowRoot!.querySelector<HTMLSelectElement>('[part~="filter"] select')!;
    const change = nextEvent<PulseFilterChangeEvent>(el, 'pulse-filter-change');
    select.value = [...select.options].find((o) => o.textContent!.includes(TAZOV))!.value;
    select.dispatchEvent(new Event('change'));
    expect((await change).detail).to.deep.equal({ filters: { owner: TAZOV }, source: 'widget-3' });
    await settleAll(el);
    expect(shadowText(debts)).not.to.contain('Ликстрой');
    expect(shadowText(debts)).to.contain('ГБУЗ НСО "ЦКБ"');
  });

  it('offers the owners found in the widgets in its own select, which filters every widget', async () => {
    const el = await mount(teamConfig);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="filter"] select')!;
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['Все', KALININA, TAZOV]);
    const change = nextEvent<PulseFilterChangeEvent>(el, 'pulse-filter-change');
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    expect((await change).detail).to.deep.equal({ filters: { owner: TAZOV }, source: null });
    await settleAll(el);
    expect(shadowText(el.widgets[1])).to.match(/^1 клиент: красных 1/);
    expect(shadowText(el.widgets[0])).not.to.contain('Ликстрой');
  });

  /** The team config with the debt rows under the clients' ids (c1…c3), so a client filter reaches them. */
  const clientConfig = {
    ...teamConfig,
    widgets: teamConfig.widgets.map((w) =>
      w.type === 'debt-table'
        ? { ...w, data: { ...teamDebts, rows: teamDebts.rows.map((r, i) => ({ ...r, id: `c${i + 1}` })) } }
        : w,
    ),
  };
  const clientDebts = (clientConfig.widgets[0] as { data: typeof teamDebts }).data;

  /** Clicks the lifecycle cells in turn until one fires with clients; its detail. */
  async function chooseSegment(el: PulseDashboard): Promise<SegmentSelectDetail> {
    const lifecycle = el.widgets[3];
    for (const cell of lifecycle.shadowRoot!.querySelectorAll<HTMLElement>('[part~="cell"]')) {
      let detail: SegmentSelectDetail | undefined;
      const seen = (e: Event) => (detail = (e as CustomEvent<SegmentSelectDetail>).detail);
      el.addEventListener('pulse-segment-select', seen);
      cell.click();
      el.removeEventListener('pulse-segment-select', seen);
      if (detail && detail.ids.length > 0) return detail;
    }
    throw new Error('no lifecycle cell with clients');
  }

  const chip = (el: PulseDashboard) => el.shadowRoot!.querySelector<HTMLElement>('[part~="chip"]');

  it('narrows the other widgets to the clients of a lifecycle segment, names them in a chip, and clears', async () => {
    const el = await mount(clientConfig);
    const [debts, pool, , lifecycle, matrix] = el.widgets;
    const poolBefore = shadowText(pool);
    const matrixBefore = shadowText(matrix);
    expect(chip(el)).to.equal(null);
    const change = nextEvent<PulseFilterChangeEvent>(el, 'pulse-filter-change');
    const detail = await chooseSegment(el);
    const event = await change;
    expect(event.detail.source).to.equal('widget-3');
    expect(event.detail.filters.owner).to.equal(null);
    expect(event.detail.filters.clients!.ids).to.deep.equal(detail.ids);
    await settleAll(el);
    // The pool shows the chosen clients only, as many as the core keeps.
    const kept = (filterByClients('traffic-light-pool', teamPool, detail.ids) as typeof teamPool).clients;
    expect(kept.length).to.be.lessThan(teamPool.clients.length);
    const n = kept.length;
    expect(shadowText(pool)).to.match(new RegExp(`^${n} клиент${n === 1 ? '' : n < 5 ? 'а' : 'ов'}:`));
    expect(shadowText(pool)).not.to.equal(poolBefore);
    // The debt table keeps the chosen clients' rows and loses the others.
    const debtRows = (filterByClients('debt-table', clientDebts, detail.ids) as typeof teamDebts).rows;
    for (const r of clientDebts.rows) {
      if (debtRows.includes(r)) expect(shadowText(debts)).to.contain(r.name);
      else expect(shadowText(debts)).not.to.contain(r.name);
    }
    // The matrix is computed on the chosen clients; the grid that chose keeps every client.
    expect(shadowText(matrix)).not.to.equal(matrixBefore);
    expect((lifecycle as Widget).data).to.equal((clientConfig.widgets[3] as { data: unknown }).data);
    // The chip names the segment and the count.
    const seg = detail.segment as keyof typeof SEGMENT_NAMES;
    expect(chip(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `Сегмент ${seg}: ${SEGMENT_NAMES[seg].ru} · ${n} клиент${n === 1 ? '' : n < 5 ? 'а' : 'ов'}`,
    );
    // The clear button: keyboard reachable, named, and it restores every widget.
    const clear = chip(el)!.querySelector<HTMLButtonElement>('[part~="chip-clear"]')!;
    expect(clear.getAttribute('aria-label')).to.contain(SEGMENT_NAMES[seg].ru);
    clear.focus();
    expect(el.shadowRoot!.activeElement).to.equal(clear);
    const cleared = nextEvent<PulseFilterChangeEvent>(el, 'pulse-filter-change');
    await sendKeys({ press: 'Enter' });
    expect((await cleared).detail).to.deep.equal({ filters: { owner: null }, source: null });
    await settleAll(el);
    expect(chip(el)).to.equal(null);
    expect(shadowText(pool)).to.equal(poolBefore);
    expect(shadowText(matrix)).to.equal(matrixBefore);
  });

  it('clears the client filter when the same cell is chosen again, and composes with the owner filter', async () => {
    const el = await mount(clientConfig);
    const [debts, , , , matrix] = el.widgets;
    matrix.dispatchEvent(new PulseCellSelectEvent({ abc: 'A', xyz: 'X', ids: ['c1', 'c3'] }));
    await settleAll(el);
    expect(chip(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Ячейка AX · 2 клиента');
    expect(shadowText(debts)).to.contain(clientDebts.rows[0].name);
    expect(shadowText(debts)).not.to.contain(clientDebts.rows[1].name);
    await expectAccessible(el);
    // The owner select narrows further: Калинина (c1, c2) among c1 and c3 leaves c1 only.
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="filter"] select')!;
    const change = nextEvent<PulseFilterChangeEvent>(el, 'pulse-filter-change');
    select.value = String([...select.options].findIndex((o) => o.textContent === KALININA) - 1);
    select.dispatchEvent(new Event('change'));
    const detail = (await change).detail;
    expect(detail.filters.owner).to.equal(KALININA);
    expect(detail.filters.clients).to.deep.equal({
      ids: ['c1', 'c3'],
      label: 'Ячейка AX',
      source: 'widget-4',
    });
    await settleAll(el);
    const expected = (
      filterByClients('debt-table', clientDebts, ['c1', 'c3']) as typeof teamDebts
    ).rows.filter((r) => r.owner === KALININA);
    expect(expected.map((r) => r.id)).to.deep.equal(['c1']);
    for (const r of clientDebts.rows) {
      if (expected.includes(r)) expect(shadowText(debts)).to.contain(r.name);
      else expect(shadowText(debts)).not.to.contain(r.name);
    }
    expect(chip(el)).not.to.equal(null);
    // The same cell again clears the client filter; the owner stays.
    matrix.dispatchEvent(new PulseCellSelectEvent({ abc: 'A', xyz: 'X', ids: ['c1', 'c3'] }));
    await settleAll(el);
    expect(chip(el)).to.equal(null);
    expect(el.activeFilters).to.deep.equal({ owner: KALININA });
    expect(shadowText(debts)).to.contain(clientDebts.rows[1].name);
    // A cell without ids (a precomputed input) sets no filter.
    matrix.dispatchEvent(new PulseCellSelectEvent({ status: 'lost', ids: [] }));
    await settleAll(el);
    expect(chip(el)).to.equal(null);
  });

  it('narrows the others to a colour chosen in the pool, and lets go when the colour is switched off', async () => {
    const el = await mount(clientConfig);
    const [debts, pool] = el.widgets;
    const red = pool.shadowRoot!.querySelector<HTMLElement>('[part~="filter--red"]')!;
    const picked = nextEvent<CustomEvent<{ colors: string[]; ids: string[] }>>(el, 'pulse-color-select');
    red.click();
    const { ids } = (await picked).detail;
    await settleAll(el);
    const n = ids.length;
    const word = n === 1 ? 'клиент' : n > 1 && n < 5 ? 'клиента' : 'клиентов';
    expect(chip(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Лампочки: красные · ${n} ${word}`);
    expect(el.activeFilters.clients!.ids).to.deep.equal(ids);
    const kept = (filterByClients('debt-table', clientDebts, ids) as typeof teamDebts).rows;
    for (const r of clientDebts.rows) {
      if (kept.includes(r)) expect(shadowText(debts)).to.contain(r.name);
      else expect(shadowText(debts)).not.to.contain(r.name);
    }
    const cleared = nextEvent<PulseFilterChangeEvent>(el, 'pulse-filter-change');
    red.click();
    expect((await cleared).detail.filters).to.deep.equal({ owner: null });
    await settleAll(el);
    expect(chip(el)).to.equal(null);
  });

  it('names the chosen clients in English with an English page', async () => {
    const el = await mount(clientConfig, 1200, 'en');
    el.widgets[4].dispatchEvent(new PulseCellSelectEvent({ abc: 'B', xyz: null, ids: ['c2'] }));
    await settleAll(el);
    expect(chip(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Cell B without XYZ · 1 client');
    expect(chip(el)!.querySelector('[part~="chip-clear"]')!.getAttribute('aria-label')).to.equal(
      'Clear the filter “Cell B without XYZ”',
    );
    const detail = await chooseSegment(el);
    await settleAll(el);
    const seg = detail.segment as keyof typeof SEGMENT_NAMES;
    const n = detail.ids.length;
    expect(chip(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `Segment ${seg}: ${SEGMENT_NAMES[seg].en} · ${n} client${n === 1 ? '' : 's'}`,
    );
  });

  it('fires no event when filters or config are set by the host, and applies config.filters', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const seen: Event[] = [];
    wrapper.addEventListener('pulse-filter-change', (e) => seen.push(e));
    const el = document.createElement('pulse-dashboard');
    wrapper.append(el);
    el.config = { ...teamConfig, filters: { owner: TAZOV } };
    await settleAll(el);
    expect(shadowText(el.widgets[0])).not.to.contain('Ликстрой');
    el.filters = { owner: KALININA };
    await settleAll(el);
    expect(shadowText(el.widgets[0])).to.contain('Ликстрой');
    expect(shadowText(el.widgets[0])).not.to.contain('ГБУЗ');
    expect(seen).to.have.length(0);
  });

  it('loads src widgets through the host loader, refreshes them, and keeps the last good data on failure', async () => {
    let calls = 0;
    let fail = false;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('pulse-dashboard');
    el.loader = async (widget) => {
      calls++;
      expect(widget.src).to.equal('/api/debts.json');
      if (fail) throw new Error('HTTP 503 Service Unavailable');
      return teamDebts;
    };
    el.config = { widgets: [{ type: 'debt-table', title: 'Долги', src: '/api/debts.json' }] };
    wrapper.append(el);
    await until(() => shadowText(el.widgets[0] ?? el).includes('Ликстрой'));
    expect(calls).to.equal(1);
    const widget = el.widgets[0];
    expect(widget.shadowRoot!.querySelector('[part~="updated-at"]')!.textContent).to.match(
      /Обновлено \d\d:\d\d:\d\d/,
    );
    fail = true;
    button(frames(el)[0], 'refresh').click();
    await until(() => calls === 2 && widget.shadowRoot!.querySelector('[part~="stale"]') !== null);
    expect(shadowText(widget)).to.contain('Ликстрой');
    expect(widget.shadowRoot!.querySelector('[part~="stale"]')!.textContent).to.contain('HTTP 503');
    // The owner list comes from the loaded data; a new filter re-filters without fetching.
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="filter"] select')!;
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await until(() => !shadowText(widget).includes('Ликстрой'));
    expect(calls).to.equal(2);
  });

  it('reloads src widgets on the refresh interval, and stops when removed', async () => {
    let calls = 0;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('pulse-dashboard');
    el.loader = async () => {
      calls++;
      return teamPool;
    };
    el.config = { refreshInterval: 0.05, widgets: [{ type: 'traffic-light-pool', src: 'pool.json' }] };
    wrapper.append(el);
    await until(() => calls >= 3);
    el.remove();
    const after = calls;
    await new Promise((r) => setTimeout(r, 200));
    expect(calls).to.equal(after);
  });

  it('exports the data as CSV', async () => {
    const el = await mount(teamConfig);
    const downloads = captureDownloads();
    try {
      button(frames(el)[0], 'csv').click();
      expect(downloads.blobs).to.have.length(1);
      const text = await downloads.blobs[0].text();
      expect(text).to.contain('Ликстрой').and.contain('ГБУЗ НСО ""ЦКБ""').and.contain(';');
      expect(text.split('\r\n').length).to.be.greaterThan(3);
      // A widget without a CSV of its own exports its data table.
      button(frames(el)[5], 'csv').click();
      const pie = await downloads.blobs[1].text();
      expect(pie).to.contain('Допродажи ОС');
    } finally {
      downloads.restore();
    }
  });

  it('exports the chart as well-formed SVG with its styles inlined', async () => {
    const el = await mount(teamConfig);
    const downloads = captureDownloads();
    try {
      button(frames(el)[5], 'svg').click();
      // The export code is a lazily loaded part: the first click waits for it.
      await until(() => downloads.blobs.length > 0);
      expect(downloads.blobs).to.have.length(1);
      const text = await downloads.blobs[0].text();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(doc.documentElement.localName).to.equal('svg');
      expect(doc.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      const path = doc.querySelector('path[d]')!;
      expect(path.getAttribute('style')).to.match(/fill:\s*rgb/);
      expect(text).not.to.contain('tabindex');
    } finally {
      downloads.restore();
    }
  });

  it('opens a frame in a modal dialog where full screen is refused; Escape closes it and focus returns', async () => {
    const el = await mount(teamConfig);
    const frame = frames(el)[5];
    const pie = el.widgets[5];
    const open = button(frame, 'fullscreen');
    const restore = refuseFullscreen();
    try {
      open.focus();
      open.click();
      // The dialog is a lazily loaded part: it is rendered once loaded.
      await until(() => el.shadowRoot!.querySelector('dialog')?.open === true);
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.querySelector('pulse-channel-pie')).to.equal(pie);
      expect(dialog.textContent).to.contain('Каналы продаж');
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal(
        'Закрыть полноэкранный режим',
      );
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog.open);
      await until(() => el.shadowRoot!.activeElement === open);
      expect(frame.querySelector('pulse-channel-pie')).to.equal(pie);
      expect((pie as unknown as Widget).status).to.equal('ready');
    } finally {
      restore();
    }
  });

  it('asks the Fullscreen API for the frame first', async () => {
    const el = await mount(teamConfig);
    const frame = frames(el)[2];
    const asked: Element[] = [];
    const real = Object.getOwnPropertyDescriptor(Element.prototype, 'requestFullscreen')!;
    Object.defineProperty(Element.prototype, 'requestFullscreen', {
      configurable: true,
      value(this: Element) {
        asked.push(this);
        return Promise.resolve();
      },
    });
    try {
      button(frame, 'fullscreen').click();
      await until(() => asked.length === 1);
      expect(asked[0]).to.equal(frame);
      expect(el.shadowRoot!.querySelector('dialog[open]')).to.equal(null);
    } finally {
      Object.defineProperty(Element.prototype, 'requestFullscreen', real);
    }
  });

  it('passes its theme and the page language to its child elements', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="ru" style="width: 1000px">
        <pulse-dashboard theme="dark">
          <pulse-debt-table .data=${teamDebts}></pulse-debt-table>
          <pulse-channel-pie theme="light" .data=${channelSeed}></pulse-channel-pie>
        </pulse-dashboard>
      </div>`,
    );
    const el = wrapper.querySelector('pulse-dashboard')!;
    await settleAll(el);
    const children = [...el.children] as Widget[];
    expect(children.map((c) => c.getAttribute('theme'))).to.deep.equal(['dark', 'dark']);
    const [r, g, b] = getComputedStyle(children[1]).color.match(/\d+/g)!.map(Number);
    expect(r + g + b).to.be.greaterThan(450); // light text on the dark theme
    el.theme = 'light';
    await settleAll(el);
    expect(children.map((c) => c.getAttribute('theme'))).to.deep.equal(['light', 'light']);
    expect(shadowText(children[1])).to.contain('Приход');
    wrapper.setAttribute('lang', 'en');
    await until(() => shadowText(children[1]).includes('Gains'));
    await settleAll(el);
    expect(button(frames(el)[0], 'refresh').getAttribute('aria-label')).to.match(/^Refresh/);
  });

  it('draws the refresh, full-screen and close icons as hidden inline SVG, not font glyphs', async () => {
    const el = await mount(teamConfig);
    const frame = frames(el)[0];
    // The close button is in the full-screen fallback dialog, a lazily loaded part.
    const restore = refuseFullscreen();
    try {
      button(frame, 'fullscreen').click();
      await until(() => el.shadowRoot!.querySelector('dialog')?.open === true);
    } finally {
      restore();
    }
    const close = el.shadowRoot!.querySelector<HTMLButtonElement>('dialog .dialog-close')!;
    for (const b of [button(frame, 'refresh'), button(frame, 'fullscreen'), close]) {
      expect(b.textContent!.trim()).to.equal(''); // no glyph a font may lack
      const icon = b.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.querySelectorAll('path').length).to.be.greaterThan(0);
      expect(b.getAttribute('aria-label')).to.not.equal(null);
    }
    const box = button(frame, 'fullscreen').querySelector('svg')!.getBoundingClientRect();
    expect([Math.round(box.width), Math.round(box.height)]).to.deep.equal([16, 16]);
    expect(button(frame, 'fullscreen').getAttribute('aria-label')).to.contain('Дебиторская задолженность');
    close.click();
    await until(() => el.shadowRoot!.querySelector('dialog')?.open === false);
  });

  it('follows a change of the page language in config mode', async () => {
    const el = await mount(teamConfig, 1200, 'ru');
    expect(shadowText(el.widgets[5])).to.contain('Приход');
    el.parentElement!.setAttribute('lang', 'en');
    await until(() => shadowText(el.widgets[5]).includes('Gains'));
    expect(frames(el)[5].getAttribute('lang')).to.equal('en');
  });

  it('speaks English with locale "en": frames get lang, buttons English labels', async () => {
    const el = await mount({ ...teamConfig, locale: 'en' });
    const frame = frames(el)[5];
    expect(frame.getAttribute('lang')).to.equal('en');
    expect(button(frame, 'refresh').getAttribute('aria-label')).to.equal('Refresh “Каналы продаж”');
    expect(button(frame, 'csv').getAttribute('aria-label')).to.contain('as CSV');
    expect(shadowText(el.widgets[5])).to.contain('Gains');
    const select = el.shadowRoot!.querySelector('[part~="filter"]')!;
    expect(select.textContent).to.contain('Owner').and.contain('All');
  });

  it('passes the dark theme to every widget and darkens its own frames', async () => {
    const el = await mount({ ...teamConfig, theme: 'dark' });
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.widgets.every((w) => w.getAttribute('theme') === 'dark')).to.equal(true);
    const bg = getComputedStyle(frames(el)[0]).backgroundColor;
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r + g + b).to.be.lessThan(150);
    await expectAccessible(el);
  });
});
