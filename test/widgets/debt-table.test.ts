import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import { parseDate } from '../../src/core/dates.js';
import { paymentDays } from '../../src/core/payments.js';
import { validate } from '../../src/core/schema.js';
import '../../src/widgets/debt-table/debt-table.js';
import type { PulseDebtTable } from '../../src/widgets/debt-table/debt-table.component.js';
import type {
  PulseGroupSelectEvent,
  PulseRowSelectEvent,
} from '../../src/widgets/debt-table/debt-table.events.js';
import { firstPaymentDays } from '../../src/widgets/debt-table/debt-table.model.js';
import { runtimeSchema, schema } from '../../src/widgets/debt-table/debt-table.schema.js';
import {
  debtByOwner,
  debtFlat,
  debtIssue,
  debtPartlyBad,
  debtRows,
  debtSeed,
} from '../fixtures/debt-table.js';
import {
  expectAccessible,
  expectNoJunk,
  expectRefused,
  nextEvent,
  recordErrors,
  settle,
  shadowText,
} from './helpers.js';

async function table(data: unknown, attrs: { lang?: string; view?: string } = {}): Promise<PulseDebtTable> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${attrs.lang ?? 'ru'}>
      <pulse-debt-table view=${attrs.view ?? 'debts'} .data=${data}></pulse-debt-table>
    </div>`,
  );
  const el = wrapper.querySelector('pulse-debt-table')!;
  await settle(el);
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const lines = (el: Element) => [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr[data-i]')];
const lineText = (el: Element) => lines(el).map((tr) => [...tr.children].map((c) => text(c)));
const headers = (el: Element) => [...root(el).querySelectorAll('thead th')].map((th) => text(th));
/** The cells of the line whose first cell starts with `name`, keyed by column header. */
function cellsOf(el: Element, name: string): Record<string, string> {
  const heads = headers(el);
  const tr = lines(el).find((l) => text(l.children[0]).startsWith(name));
  expect(tr, `a line for ${name}`).to.exist;
  return Object.fromEntries([...tr!.children].map((c, i) => [heads[i], text(c)]));
}
const press = (target: Element, key: string) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
  );
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;

describe('<pulse-debt-table>', () => {
  it('has no serious accessibility violations with the seed figures, in every view', async () => {
    const el = await table(debtSeed);
    await expectAccessible(el);
    for (const view of ['collection', 'regularity', 'aging'] as const) {
      el.view = view;
      await settle(el);
      await expectAccessible(el);
    }
    (part(el, 'columns') as HTMLDetailsElement).open = true;
    lines(el)[2].click();
    await settle(el);
    await expectAccessible(el);
  });

  it('renders the issue payload: names, owners, money, the grand total and the date', async () => {
    const el = await table(debtIssue);
    const all = shadowText(el);
    for (const s of ['Ликстрой', 'СПЕЦТРАНССТРОЙ', 'Калинина М.В.', 'Харитонова А.В.', 'Подразделение СИ']) {
      expect(all).to.contain(s);
    }
    const lik = cellsOf(el, 'Ликстрой');
    expect(lik['Долг']).to.equal('1 000 000,00');
    expect(lik['Последняя оплата']).to.equal('27.02.2024');
    expect(lik['Сумма оплаты']).to.equal('20 000,00');
    expect(lik['Начислено за месяц']).to.equal('27 600,00');
    expect(lik['Месяцы долга']).to.equal('11.2023, 12.2023, 01.2024, 02.2024, 03.2024, 04.2024');
    // Only the last month's charge is given: depth = debt / charge (the 'ratio' mode).
    expect(lik['Глубина, мес.']).to.contain('36,23');
    expect(cellsOf(el, 'СПЕЦТРАНССТРОЙ')['Долг']).to.equal('316 680,00');
    // Plain spaces, as the source systems print them (no no-break spaces).
    expect(lik['Долг']).not.to.match(/[\u00A0\u202F]/);
    const total = [...part(el, 'total-row')!.children].map((c) => text(c));
    expect(total[0]).to.equal('Итого · 2 клиента');
    expect(total[1]).to.equal('1 316 680,00');
    expect(el.status).to.equal('ready');
    expectNoJunk(el);
  });

  it('groups department → owner → client with subtotals per owner and per department', async () => {
    const el = await table(debtSeed);
    const rows = lineText(el).map((cells) => `${cells[0]} | ${cells[1]}`);
    expect(rows.slice(0, 6)).to.deep.equal([
      '▾Подразделение СИ · 3 клиента | 1 316 680,00',
      '▾Калинина М.В. · 2 клиента | 1 000 000,00',
      'Ликстрой | 1 000 000,00',
      'Нео-Пак, ООО | 0,00',
      '▾Харитонова А.В. · 1 клиент | 316 680,00',
      'СПЕЦТРАНССТРОЙ | 316 680,00',
    ]);
    expect(rows[6]).to.equal('▾Подразделение ИТС · 3 клиента | 109 952,56');
    const group = lines(el)[0];
    expect(group.getAttribute('aria-level')).to.equal('1');
    expect(group.getAttribute('aria-expanded')).to.equal('true');
    expect(lines(el)[2].getAttribute('aria-level')).to.equal('3');
    expect(text(part(el, 'total-row'))).to.contain('1 426 632,56');
  });

  it('measures the depth from the charges, marks a lower bound with ≥, and flags deep debts with an icon and text', async () => {
    const el = await table(debtSeed);
    const lik = cellsOf(el, 'Ликстрой');
    expect(lik['Глубина, мес.']).to.equal('!глубина долга 3 мес. и больше: 5,90');
    expect(cellsOf(el, 'СПЕЦТРАНССТРОЙ')['Глубина, мес.']).to.contain('≥ 4,00');
    expect(cellsOf(el, 'Нео-Пак')['Глубина, мес.']).to.equal('0,00');
    const flagged = lines(el).filter((l) => l.getAttribute('part')!.includes('row--alert'));
    expect(flagged.map((l) => text(l.children[0]))).to.deep.equal([
      'Ликстрой',
      'СПЕЦТРАНССТРОЙ',
      'ГБУЗ НСО "ЦКБ"',
    ]);
    expect(flagged[0].querySelector('.flag')!.textContent).to.equal('!');
    expect(text(part(el, 'legend'))).to.contain('глубина долга 3 мес. и больше');
  });

  it('shows collection completeness with the KPI step per owner (238 539 / 263 492 = 90,53 % → 0,2)', async () => {
    const el = await table(debtSeed, { view: 'collection' });
    expect(headers(el)).to.deep.equal(['Клиент', 'План', 'Долг', 'Аванс', 'Факт', 'Полнота сбора', 'KPI']);
    const owner = cellsOf(el, '▾Аракелян Н.');
    expect(owner['План']).to.equal('263 492,00');
    expect(owner['Факт']).to.equal('238 539,00');
    expect(owner['Полнота сбора']).to.equal('90,53 %');
    expect(owner['KPI']).to.equal('0,2');
    expect(cellsOf(el, '▾Калинина М.В.')['KPI']).to.equal('0');
    expect(cellsOf(el, 'Ликстрой')['Полнота сбора']).to.equal('!полнота сбора ниже 75 %: 0,00 %');
    expect(cellsOf(el, 'Трестник')['KPI']).to.equal('');
  });

  it('shows the payment window [22 – 8] with its deviation 8,7 and says irregular in words', async () => {
    const el = await table(debtSeed, { view: 'regularity' });
    const neo = cellsOf(el, 'Нео-Пак');
    expect(neo['Окно оплаты']).to.equal('[22 – 8]');
    expect(neo['Отклонение, дн.']).to.equal('8,7');
    expect(neo['Регулярность']).to.equal('!платит нерегулярно: нерегулярно');
    expect(neo['Месяцев с оплатой']).to.equal('6');
    expect(cellsOf(el, 'Трестник')['Регулярность']).to.equal('✓ регулярно');
    expect(cellsOf(el, 'Ликстрой')['Окно оплаты']).to.equal('—');
  });

  it('ages the invoices by days past due at asOf', async () => {
    const el = await table(debtSeed, { view: 'aging' });
    const c = cellsOf(el, 'ГБУЗ');
    expect([
      c['Срок не наступил'],
      c['1–30 дн.'],
      c['31–60 дн.'],
      c['61–90 дн.'],
      c['91+ дн.'],
      c['Всего по счетам'],
    ]).to.deep.equal(['34 000,00', '30 000,00', '34 000,00', '14 000,00', '10 000,00', '122 000,00']);
    expect(cellsOf(el, 'Трестник')['Всего по счетам']).to.equal('—');
  });

  it('lists a bad amount and an impossible date by path, fires pulse-error, and still shows the valid rows', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><pulse-debt-table></pulse-debt-table></div>`);
    const el = wrapper.querySelector('pulse-debt-table')!;
    const errors = recordErrors(wrapper);
    el.data = debtPartlyBad;
    await settle(el);
    const notice = part(el, 'notice')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(text(notice)).to.contain('rows[2].debt: expected a number, got "abc"');
    expect(text(notice)).to.contain('rows[3].lastUpdate: "31.02.2024" is not a calendar date');
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.deep.include({ partial: true, source: 'data' });
    expect(errors[0].detail.issues.map((i) => i.path)).to.deep.equal(['rows[2].debt', 'rows[3].lastUpdate']);
    expect(shadowText(el)).to.contain('Ликстрой').and.contain('1 316 680,00');
    expect(shadowText(el)).not.to.contain('Плохой');
  });

  for (const [name, data, path] of [
    ['asOf is not a date', { asOf: '31.02.2024', rows: [] }, 'asOf'],
    ['rows is not an array', { asOf: '2024-07-19', rows: 'oops' }, 'rows'],
    ['data is a number', 5, ''],
  ] as const) {
    it(`shows an error and fires pulse-error when ${name}`, async () => {
      const { errors } = await expectRefused('pulse-debt-table', data);
      expect(errors[0].detail.issues[0].path).to.equal(path);
    });
  }

  it('names a bad option in the error state', async () => {
    const el = await table(debtSeed);
    el.options = { depthAlert: -1 };
    await settle(el);
    expect(text(part(el, 'error'))).to.contain('options.depthAlert: expected at least 0, got -1');
    el.options = {
      kpiSteps: [
        { from: 0, kpi: 0 },
        { from: 0, kpi: 1 },
      ],
    };
    await settle(el);
    expect(text(part(el, 'error'))).to.contain('options.kpiSteps[1].from');
  });

  it('checks rows at run time exactly as the documented schema does', () => {
    const base = { id: 'x', name: 'N', owner: 'O', debt: 1 };
    const bad: unknown[] = [
      null,
      { ...base, id: '' },
      { ...base, name: 5, owner: undefined },
      { ...base, debt: 'abc', lastMonthCharge: -5, plan: 'x', fact: '-3' },
      { ...base, charges: [5, { month: '2024-13', amount: -1 }, { month: 5, amount: 'a' }, { amount: 1 }] },
      { ...base, debtMonths: ['2024-01', 'abc', 202401, '0001-01-01'], unconfirmedMonths: 'x' },
      {
        ...base,
        lastPayment: { date: '31.02.2024', amount: 'x' },
        lastUpdate: 20240101,
        lastLogin: '2024-02-30T10:00',
      },
      { ...base, payments: [{ date: '0001-01-01' }, { date: 5, amount: 'x' }, 'x'] },
      {
        ...base,
        invoices: [
          { id: 1, dueDate: '0001-01-01', amount: 5 },
          { id: '1', dueDate: '32.01.2024', amount: -1, paid: 'x', date: 'x' },
          { dueDate: '2024-01-01' },
        ],
      },
    ];
    for (const row of bad) {
      const data = { asOf: '2024-07-19', rows: [row, base, base] };
      const documented = validate(schema, data).issues;
      expect(documented.length, JSON.stringify(row)).to.be.greaterThan(1);
      expect(validate(runtimeSchema, data).issues, JSON.stringify(row)).to.deep.equal(documented);
    }
  });

  it('firstPaymentDays(payments) gives the days of the core paymentDays (first positive payment of each month)', () => {
    const edge = [
      { date: '2024-03-20', amount: 100 },
      { date: '05.03.2024', amount: 0 },
      { date: '2024-03-07', amount: -50 },
      { date: '2024-03-09' },
      { date: '2024-01-31', amount: '1 000,00' },
      { date: '2023-12-02T23:30:00+03:00', amount: 5 },
    ];
    const samples = [edge, ...(debtRows(300, 7).rows.map((r) => r.payments ?? []) as (typeof edge)[])];
    for (const payments of samples) {
      const read = payments.map((p) => ({
        day: parseDate(p.date)!,
        amount: p.amount === undefined ? null : Number(String(p.amount).replace(/\s/g, '').replace(',', '.')),
      }));
      expect(firstPaymentDays(read)).to.deep.equal(paymentDays(payments));
    }
    expect(paymentDays(edge)).to.deep.equal([2, 31, 9]);
  });

  it('shows names holding markup as text', async () => {
    const el = await table({
      asOf: '2024-07-19',
      rows: [
        { id: 'x', name: '<img src=x onerror="window.__pwned=1">', owner: '<b>bold</b>', debt: 1 },
        { id: 'y', name: 'ООО "Ромашка" & Co', owner: '<b>bold</b>', department: '<i>dept</i>', debt: 2 },
      ],
    });
    expect(root(el).querySelector('tbody img, tbody b, tbody i')).to.equal(null);
    expect(shadowText(el)).to.contain('<img src=x onerror="window.__pwned=1">').and.contain('<b>bold</b>');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('is one Tab stop; arrows move, Enter selects a row, Enter / Space toggle a group, Left / Right collapse and expand', async () => {
    const el = await table(debtSeed);
    expect(lines(el).filter((l) => l.tabIndex === 0)).to.have.length(1);
    lines(el)[0].focus();
    press(focused(el)!, 'ArrowDown');
    press(focused(el)!, 'ArrowDown');
    await settle(el);
    expect(text(focused(el)!.children[0])).to.equal('Ликстрой');
    const rowEvent = nextEvent<PulseRowSelectEvent>(el, 'pulse-row-select');
    press(focused(el)!, 'Enter');
    expect((await rowEvent).detail).to.deep.equal({ id: '842197' });
    await settle(el);
    expect(focused(el)!.getAttribute('aria-selected')).to.equal('true');
    expect(focused(el)!.getAttribute('part')).to.contain('row--selected');
    press(focused(el)!, 'Escape');
    await settle(el);
    expect(lines(el)[2].getAttribute('aria-selected')).to.equal('false');

    // Left on a client row goes to its group; Left collapses it, Right expands it (no event).
    let groupEvents = 0;
    el.addEventListener('pulse-group-select', () => groupEvents++);
    press(focused(el)!, 'ArrowLeft');
    await settle(el);
    expect(text(focused(el)!.children[0])).to.contain('Калинина М.В.');
    press(focused(el)!, 'ArrowLeft');
    await settle(el);
    expect(focused(el)!.getAttribute('aria-expanded')).to.equal('false');
    expect(lineText(el).map((c) => c[0])).not.to.include('Ликстрой');
    press(focused(el)!, 'ArrowRight');
    await settle(el);
    expect(focused(el)!.getAttribute('aria-expanded')).to.equal('true');
    expect(groupEvents).to.equal(0);

    const groupEvent = nextEvent<PulseGroupSelectEvent>(el, 'pulse-group-select');
    press(focused(el)!, 'Enter');
    expect((await groupEvent).detail).to.deep.equal({
      level: 'owner',
      key: 'Калинина М.В.',
      ids: ['842197', '777008'],
    });
    await settle(el);
    expect(focused(el)!.getAttribute('aria-expanded')).to.equal('false');
    press(focused(el)!, ' ');
    await settle(el);
    expect(focused(el)!.getAttribute('aria-expanded')).to.equal('true');
    expect(groupEvents).to.equal(2);
    press(focused(el)!, 'End');
    await settle(el);
    expect(text(focused(el)!.children[0])).to.equal('Новосибирскэнергосбыт');
    expect(lines(el).filter((l) => l.tabIndex === 0)).to.deep.equal([focused(el)]);
  });

  it('selects with the mouse: a click on a department toggles it and reports its rows', async () => {
    const el = await table(debtSeed);
    const event = nextEvent<PulseGroupSelectEvent>(el, 'pulse-group-select');
    lines(el)[6].click();
    expect((await event).detail).to.deep.equal({
      level: 'department',
      key: 'Подразделение ИТС',
      ids: ['777017', '777020', '777031'],
    });
    await settle(el);
    expect(lineText(el).map((c) => c[0])).not.to.include('Трестник');
    const rowEvent = nextEvent<PulseRowSelectEvent>(el, 'pulse-row-select');
    lines(el)[3].click();
    expect((await rowEvent).detail).to.deep.equal({ id: '777008' });
  });

  it('fires no select event when data or options are set', async () => {
    const el = await table(debtSeed);
    let fired = 0;
    el.addEventListener('pulse-row-select', () => fired++);
    el.addEventListener('pulse-group-select', () => fired++);
    el.data = debtIssue;
    el.options = { depthAlert: 5 };
    await settle(el);
    el.view = 'collection';
    await settle(el);
    expect(fired).to.equal(0);
  });

  it('sorts by a column within the groups, groups by their subtotal; a third click restores the input order', async () => {
    const el = await table(debtSeed);
    const debtHeader = () => root(el).querySelector('thead th[part~="header--debt"]')!;
    const order = () => lineText(el).map((c) => c[0].replace(/^[▾▸]/, '').replace(/ · .*/, ''));
    const input = order();
    expect(debtHeader().getAttribute('aria-sort')).to.equal('none');
    debtHeader().querySelector('button')!.click();
    await settle(el);
    expect(debtHeader().getAttribute('aria-sort')).to.equal('descending');
    expect(order().slice(6)).to.deep.equal([
      'Подразделение ИТС',
      'Аракелян Н.',
      'ГБУЗ НСО "ЦКБ"',
      'Новосибирскэнергосбыт',
      'Трестник',
    ]);
    debtHeader().querySelector('button')!.click();
    await settle(el);
    expect(debtHeader().getAttribute('aria-sort')).to.equal('ascending');
    expect(order()).to.deep.equal([
      'Подразделение ИТС',
      'Аракелян Н.',
      'Трестник',
      'Новосибирскэнергосбыт',
      'ГБУЗ НСО "ЦКБ"',
      'Подразделение СИ',
      'Харитонова А.В.',
      'СПЕЦТРАНССТРОЙ',
      'Калинина М.В.',
      'Нео-Пак, ООО',
      'Ликстрой',
    ]);
    debtHeader().querySelector('button')!.click();
    await settle(el);
    expect(order()).to.deep.equal(input);
    const client = root(el).querySelector('thead th[part~="header--client"] button') as HTMLButtonElement;
    client.click();
    await settle(el);
    expect(order().slice(0, 4)).to.deep.equal([
      'Подразделение ИТС',
      'Аракелян Н.',
      'ГБУЗ НСО "ЦКБ"',
      'Новосибирскэнергосбыт',
    ]);
  });

  it('hides and shows columns with the chooser; the host can choose the columns', async () => {
    const el = await table(debtSeed);
    expect(headers(el)).to.include('Месяцы долга').and.not.include('Код');
    const box = [...part(el, 'columns')!.querySelectorAll('label')].find((l) => text(l) === 'Месяцы долга')!;
    box.querySelector('input')!.click();
    await settle(el);
    expect(headers(el)).not.to.include('Месяцы долга');
    const id = [...part(el, 'columns')!.querySelectorAll('label')].find((l) => text(l) === 'Код')!;
    id.querySelector('input')!.click();
    await settle(el);
    expect(headers(el)[1]).to.equal('Код');
    const flat = await table(debtFlat);
    expect(headers(flat)).to.deep.equal([
      'Клиент',
      'Ответственный',
      'Долг',
      'Глубина, мес.',
      'Последняя оплата',
      'Сумма оплаты',
    ]);
    expect(lines(flat)).to.have.length(6);
    expect(lines(flat)[0].getAttribute('aria-level')).to.equal('1');
  });

  it('groups by owner only when asked', async () => {
    const el = await table(debtByOwner);
    expect(
      lineText(el)
        .filter((c) => c[0].startsWith('▾'))
        .map((c) => c[0]),
    ).to.deep.equal([
      '▾Калинина М.В. · 2 клиента',
      '▾Харитонова А.В. · 1 клиент',
      '▾Аракелян Н. · 3 клиента',
    ]);
    expect(headers(el)).to.include('Подразделение');
  });

  it('exports the visible table to CSV in the Russian Excel dialect and to the clipboard', async () => {
    const el = await table(debtSeed);
    const csv = el.csv();
    const rows = csv.split('\r\n');
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    expect(rows[0]).to.equal(
      '\uFEFFПодразделение;Ответственный;Код;Клиент;Долг;Месяцы долга;"Глубина, мес.";Не подтверждены актами;Последняя оплата;Сумма оплаты;Обновление;Вход;Начислено за месяц',
    );
    expect(rows[1]).to.equal('Подразделение СИ;;;Итого;1316680;;;;;;;;61642');
    expect(rows[2]).to.equal('Подразделение СИ;Калинина М.В.;;Итого;1000000;;;;;;;;30418');
    expect(rows[3]).to.equal(
      'Подразделение СИ;Калинина М.В.;842197;Ликстрой;1000000;"11.2023, 12.2023, 01.2024, 02.2024, 03.2024, 04.2024";5,9;"03.2024, 04.2024";27.02.2024;20000;09.07.2024;15.07.2024;27600',
    );
    expect(csv).to.contain(';777008;"Нео-Пак, ООО";0;');
    expect(csv).to.contain(';777017;"ГБУЗ НСО ""ЦКБ""";102000;');
    expect(csv).to.contain(';"≥ 4,00";');
    expect(csv).to.contain(';Новосибирскэнергосбыт;7952,56;07.2024;0,0978;');
    expect(rows.at(-2)).to.equal(';;;Итого;1426632,56;;;;;;;;257134');

    // Collapsed groups leave their rows out: the CSV is the table as seen.
    press(lines(el)[0], 'ArrowLeft');
    await settle(el);
    expect(el.csv()).not.to.contain('Ликстрой');

    const originalClick = HTMLAnchorElement.prototype.click;
    let downloaded = '';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = this.download;
    };
    try {
      part(el, 'csv-button')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(downloaded).to.equal('debt-table-debts.csv');

    const clipboard = navigator.clipboard;
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void (copied = t) },
    });
    try {
      part(el, 'copy-button')!.click();
      await new Promise((r) => setTimeout(r, 0));
      await settle(el);
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
    expect(copied.startsWith('Подразделение\tОтветственный\tКод\tКлиент\tДолг')).to.equal(true);
    expect(copied).to.contain('\tИтого\t1426632,56\t');
    expect(text(part(el, 'status'))).to.equal('Таблица скопирована');
  });

  it('speaks English under lang="en"', async () => {
    const el = await table(debtIssue, { lang: 'en' });
    const lik = cellsOf(el, 'Ликстрой');
    expect(lik['Debt']).to.equal('1,000,000.00');
    expect(lik['Last payment']).to.equal('02/27/2024');
    expect(text(part(el, 'total-row')))
      .to.contain('Total · 2 clients')
      .and.contain('1,316,680.00');
    expect(el.csv().split('\r\n')[0]).to.contain('Department,Owner,Code,Client,Debt');
  });

  it('switches views with the tabs (arrow keys move and activate)', async () => {
    const el = await table(debtSeed);
    const tab = root(el).querySelector<HTMLElement>('#tab-debts')!;
    tab.focus();
    press(tab, 'ArrowRight');
    await settle(el);
    expect(focused(el)!.id).to.equal('tab-collection');
    expect(headers(el)).to.include('KPI');
    const issueOnly = await table(debtIssue);
    expect(root(issueOnly).querySelector('[role="tablist"]')).to.equal(null);
  });

  it('applies the dark theme tokens', async () => {
    const el = await table(debtSeed);
    el.theme = 'light';
    await settle(el);
    const light = getComputedStyle(el).backgroundColor;
    el.theme = 'dark';
    await settle(el);
    expect(getComputedStyle(el).backgroundColor).not.to.equal(light);
    expect(getComputedStyle(lines(el)[2].children[1]).color).to.equal('rgb(230, 232, 235)');
  });

  it('shows the empty and the loading state', async () => {
    expect(shadowText(await table({ asOf: '2024-07-19', rows: [] }))).to.contain('Нет данных');
    expect(shadowText(await table({ asOf: '2024-07-19', rows: [] }, { lang: 'en' }))).to.contain('No data');
    const el = await table(undefined);
    el.loading = true;
    await settle(el);
    expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
  });

  it('follows the options: depth mode and alert threshold', async () => {
    const el = await table(debtSeed);
    el.options = { depthMode: 'ceil', depthAlert: 6 };
    await settle(el);
    expect(cellsOf(el, 'Ликстрой')['Глубина, мес.']).to.equal('!глубина долга 6 мес. и больше: 6,00');
    expect(cellsOf(el, 'ГБУЗ')['Глубина, мес.']).to.equal('3,00');
    expect(lines(el).filter((l) => l.getAttribute('part')!.includes('row--alert'))).to.have.length(1);
  });

  it('keeps 20 000 rows fast: bounded DOM, sorting and scrolling to the end', async function () {
    this.timeout(120_000);
    const data = debtRows(20_000);
    const wrapper = await fixture<HTMLDivElement>(html`<div><pulse-debt-table></pulse-debt-table></div>`);
    const el = wrapper.querySelector('pulse-debt-table')!;
    let t = performance.now();
    el.data = data;
    await settle(el);
    const setMs = performance.now() - t;
    expect(el.status).to.equal('ready');
    expect(root(el).querySelectorAll('tr').length).to.be.lessThan(60);
    const grid = root(el).querySelector('[role="treegrid"]')!;
    expect(grid.getAttribute('aria-rowcount')).to.equal(String(20_000 + 4 + 80 + 2));
    expect(text(part(el, 'total-row'))).to.contain('20 000 клиентов');

    t = performance.now();
    (root(el).querySelector('thead th[part~="header--debt"] button') as HTMLButtonElement).click();
    await settle(el);
    const sortMs = performance.now() - t;
    t = performance.now();
    (root(el).querySelector('thead th[part~="header--client"] button') as HTMLButtonElement).click();
    await settle(el);
    const sortNameMs = performance.now() - t;

    const scroller = part(el, 'scroller')!;
    t = performance.now();
    scroller.scrollTop = scroller.scrollHeight;
    scroller.dispatchEvent(new Event('scroll'));
    await settle(el);
    const scrollMs = performance.now() - t;
    const last = lines(el).at(-1)!;
    expect(last.getAttribute('aria-rowindex')).to.equal(String(20_000 + 4 + 80 + 1));
    expect(root(el).querySelectorAll('tr').length).to.be.lessThan(60);
    // In the middle: spacer rows above and below the rendered lines.
    scroller.scrollTop = scroller.scrollHeight / 2;
    scroller.dispatchEvent(new Event('scroll'));
    await settle(el);
    expect(root(el).querySelectorAll('tr.spacer')).to.have.length(2);
    const first = Number(lines(el)[0].dataset.i);
    expect(first).to.be.greaterThan(9000);
    expect(lines(el)[0].getAttribute('aria-rowindex')).to.equal(String(first + 2));
    await expectAccessible(el);
    console.log(
      `debt-table, 20 000 rows: set data ${setMs.toFixed(0)} ms, sort by debt ${sortMs.toFixed(0)} ms, ` +
        `sort by name ${sortNameMs.toFixed(0)} ms, scroll to the end ${scrollMs.toFixed(0)} ms`,
    );
  });
});
