// The peer of <pulse-debt-table>: a plain <table> built with DOM APIs from the same rows,
// grouped department → owner with subtotals and a grand total computed in plain JS, every
// row rendered (no virtualisation, no validation, no sorting, one view), numbers formatted
// with one cached Intl.NumberFormat. What a host would write by hand for the debts view.
import { debtRows } from './data.js';
import { registerCases } from './harness.js';

type Data = ReturnType<typeof debtRows>;
type Row = Data['rows'][number];

const HEAD = [
  'Клиент',
  'Долг',
  'Месяцев долга',
  'Глубина долга, мес.',
  'Неподтв. месяцев',
  'Дата оплаты',
  'Сумма оплаты',
  'Обновлено',
  'Вход',
  'Начислено за месяц',
];

const money = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const num = (v: unknown): number =>
  typeof v === 'number'
    ? v
    : Number(
        String(v ?? '')
          .replace(/\s/g, '')
          .replace(',', '.'),
      ) || 0;
/** `YYYY-MM-DD…` → `DD.MM.YYYY`; other forms as sent. */
const day = (v: string | null | undefined): string =>
  !v ? '—' : /^\d{4}-\d{2}-\d{2}/.test(v) ? `${v.slice(8, 10)}.${v.slice(5, 7)}.${v.slice(0, 4)}` : v;

interface Sums {
  debt: number;
  paid: number;
  charge: number;
}
const add = (s: Sums, r: Row) => {
  s.debt += num(r.debt);
  s.paid += num(r.lastPayment?.amount);
  s.charge += num(r.lastMonthCharge);
};

function tr(cells: string[], className?: string): HTMLTableRowElement {
  const row = document.createElement('tr');
  if (className) row.className = className;
  for (const text of cells) {
    const td = document.createElement('td');
    td.textContent = text;
    row.append(td);
  }
  return row;
}

const sumCells = (label: string, s: Sums) => [
  label,
  money.format(s.debt),
  '',
  '',
  '',
  '',
  money.format(s.paid),
  '',
  '',
  money.format(s.charge),
];

interface Group {
  sums: Sums;
  owners: Map<string, { sums: Sums; rows: Row[] }>;
}

function build(data: Data): HTMLTableElement {
  // Group department → owner in first-seen order, summing as the rows go by.
  const total: Sums = { debt: 0, paid: 0, charge: 0 };
  const departments = new Map<string, Group>();
  for (const r of data.rows) {
    const key = r.department ?? '—';
    let dept = departments.get(key);
    if (!dept) departments.set(key, (dept = { sums: { debt: 0, paid: 0, charge: 0 }, owners: new Map() }));
    let owner = dept.owners.get(r.owner);
    if (!owner) dept.owners.set(r.owner, (owner = { sums: { debt: 0, paid: 0, charge: 0 }, rows: [] }));
    owner.rows.push(r);
    add(owner.sums, r);
    add(dept.sums, r);
    add(total, r);
  }
  const table = document.createElement('table');
  const head = document.createElement('tr');
  for (const h of HEAD) {
    const th = document.createElement('th');
    th.textContent = h;
    head.append(th);
  }
  table.createTHead().append(head);
  const tbody = table.createTBody();
  for (const [deptName, dept] of departments) {
    tbody.append(tr(sumCells(deptName, dept.sums), 'dept'));
    for (const [ownerName, owner] of dept.owners) {
      tbody.append(tr(sumCells(ownerName, owner.sums), 'owner'));
      for (const r of owner.rows) {
        const debt = num(r.debt);
        const charge = num(r.lastMonthCharge);
        tbody.append(
          tr([
            r.name,
            money.format(debt),
            String(r.debtMonths?.length ?? 0),
            charge > 0 ? money.format(debt / charge) : '—',
            String(r.unconfirmedMonths?.length ?? 0),
            day(r.lastPayment?.date),
            r.lastPayment?.amount === undefined ? '—' : money.format(num(r.lastPayment.amount)),
            day(r.lastUpdate),
            day(r.lastLogin),
            money.format(charge),
          ]),
        );
      }
    }
  }
  table.createTFoot().append(tr(sumCells('Итого', total), 'total'));
  return table;
}

let data: Data | undefined;

registerCases({
  table: {
    prepare(n) {
      data = debtRows(n);
    },
    async mount(host) {
      const scroller = document.createElement('div');
      scroller.className = 'scroller';
      scroller.append(build(data as Data));
      host.append(scroller);
    },
    unmount(host) {
      host.replaceChildren();
    },
    check(host) {
      const rows = host.querySelectorAll('tbody tr').length;
      if (rows < (data?.rows.length ?? 1)) throw new Error(`plain table drew ${rows} rows`);
      return `${rows} body rows`;
    },
  },
});
