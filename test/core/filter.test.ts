import { describe, expect, it } from 'vitest';
import { filterByClients, filterByOwner, ownersIn, widgetType } from '../../src/core/filter.js';
import { funnel } from '../../src/core/funnel.js';

const debts = {
  asOf: '2024-07-19',
  rows: [
    { id: '1', name: 'Ликстрой', owner: 'Калинина М.В.', debt: 1000000 },
    { id: '2', name: 'ГБУЗ НСО "ЦКБ"', owner: 'Тазов П.Ю.', debt: 5000 },
    { id: '3', name: 'Нео-Пак, ООО', owner: 'Калинина М.В.', debt: '27 600,00' },
  ],
};

describe('widgetType(name)', () => {
  it('accepts the type values and the tag names, and refuses anything else', () => {
    expect(widgetType('funnel')).toBe('funnel');
    expect(widgetType('pulse-debt-table')).toBe('debt-table');
    expect(widgetType(' Pulse-Channel-Pie ')).toBe('channel-pie');
    expect(widgetType('pie')).toBeNull();
    expect(widgetType('pulse-dashboard')).toBeNull();
  });
});

describe('filterByOwner(type, data, owner)', () => {
  it('keeps only the debt rows of the owner and leaves the input untouched', () => {
    const before = JSON.stringify(debts);
    const out = filterByOwner('debt-table', debts, 'Калинина М.В.') as typeof debts;
    expect(out.rows.map((r) => r.id)).toEqual(['1', '3']);
    expect(out.asOf).toBe('2024-07-19');
    expect(JSON.stringify(debts)).toBe(before);
    expect(out).not.toBe(debts);
  });

  it('returns the input itself for no owner, an unknown type, a non-object or an input without owners', () => {
    expect(filterByOwner('debt-table', debts, null)).toBe(debts);
    expect(filterByOwner('debt-table', debts, undefined)).toBe(debts);
    expect(filterByOwner('gauge', debts, 'Тазов П.Ю.')).toBe(debts);
    expect(filterByOwner('debt-table', 'oops', 'Тазов П.Ю.')).toBe('oops');
    const pie = { gains: [{ key: 'upsell', value: 5 }] };
    expect(filterByOwner('channel-pie', pie, 'Тазов П.Ю.')).toBe(pie);
  });

  it('compares number owners as their strings (as the schemas read them)', () => {
    const pool = {
      clients: [{ id: 'a', owner: 5 }, { id: 'b', owner: '5' }, { id: 'c', owner: 6 }, { id: 'd' }],
    };
    const out = filterByOwner('traffic-light-pool', pool, '5') as typeof pool;
    expect(out.clients.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('filters lifecycle clients, and leaves precomputed segments alone', () => {
    const raw = {
      asOf: '2024-06-30',
      clients: [
        { id: 'a', owner: 'Орлов А.', purchases: ['2024-06-20'] },
        { id: 'b', owner: 'Тазов П.Ю.', purchases: ['2024-06-20'] },
      ],
    };
    expect((filterByOwner('pulse-lifecycle-grid', raw, 'Орлов А.') as typeof raw).clients).toEqual([
      raw.clients[0],
    ]);
    const pre = { segments: [{ segment: 1, count: 3 }] };
    expect(filterByOwner('lifecycle-grid', pre, 'Орлов А.')).toBe(pre);
  });

  it('filters the ABC/XYZ rows of both periods', () => {
    const m = {
      periods: ['1', '2', '3'],
      rows: [
        { id: 'c1', owner: 'A', values: [1, 1, 1] },
        { id: 'c2', owner: 'B', values: [1, 1, 1] },
      ],
      previous: {
        periods: ['0'],
        rows: [
          { id: 'c1', owner: 'B', values: [1] },
          { id: 'c3', owner: 'A', values: [1] },
        ],
      },
    };
    const out = filterByOwner('abc-xyz-matrix', m, 'A') as typeof m;
    expect(out.rows.map((r) => r.id)).toEqual(['c1']);
    expect(out.previous.rows.map((r) => r.id)).toEqual(['c3']);
    expect(out.previous.periods).toBe(m.previous.periods);
  });

  it('narrows a raw funnel: the deals and the owners of that owner, and the core counts change accordingly', () => {
    const raw = {
      stageOrder: ['lead', 'offer', 'deal'],
      deals: [
        { id: 'd1', stage: 'deal', status: 'won', owner: 'Орлов А.В.' },
        { id: 'd2', stage: 'offer', status: 'lost', owner: 'Федоров Б.М.' },
        { id: 'd3', stage: 'lead', status: 'open', owner: 'Орлов А.В.' },
      ],
      owners: [
        { owner: 'Орлов А.В.', base: 10 },
        { owner: 'Федоров Б.М.', base: 7 },
      ],
    };
    const out = filterByOwner('funnel', raw, 'Орлов А.В.') as typeof raw;
    expect(out.deals.map((d) => d.id)).toEqual(['d1', 'd3']);
    expect(out.owners).toEqual([{ owner: 'Орлов А.В.', base: 10 }]);
    const all = funnel({ stageOrder: raw.stageOrder, deals: raw.deals } as never);
    const one = funnel({ stageOrder: out.stageOrder, deals: out.deals } as never);
    expect(all.stages[0].count).toBe(3);
    expect(one.stages[0].count).toBe(2);
  });

  it('narrows an aggregated funnel to the owner figures of every stage (missing stages count 0)', () => {
    const agg = {
      base: 938,
      stages: [
        { key: 'need', label: 'Потребность выявлена', count: 748 },
        { key: 'implemented', label: 'Внедрение проведено', count: 567 },
      ],
      owners: [
        { owner: 'Мельникова П.И.', base: 704, stages: [{ key: 'need', count: 570, clients: 348 }] },
        {
          owner: 'Тазов П.Ю.',
          base: 234,
          stages: [
            { key: 'need', count: 178 },
            { key: 'implemented', count: 133 },
          ],
        },
      ],
    };
    const out = filterByOwner('funnel', agg, 'Мельникова П.И.') as typeof agg;
    expect(out.base).toBe(704);
    expect(out.stages).toEqual([
      { key: 'need', label: 'Потребность выявлена', count: 570, clients: 348 },
      { key: 'implemented', label: 'Внедрение проведено', count: 0 },
    ]);
    expect(out.owners.map((o) => o.owner)).toEqual(['Мельникова П.И.']);
    // An owner the funnel does not know leaves it unchanged.
    expect(filterByOwner('funnel', agg, 'Никто')).toBe(agg);
  });

  it('copies a "__proto__" key as data, never as a prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "rows": [{"owner": "A"}]}') as object;
    const out = filterByOwner('debt-table', hostile, 'A') as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('ownersIn(type, data)', () => {
  it('lists each owner once, sorted, and nothing for inputs without owners', () => {
    expect(ownersIn('debt-table', debts)).toEqual(['Калинина М.В.', 'Тазов П.Ю.']);
    expect(ownersIn('channel-pie', { gains: [] })).toEqual([]);
    expect(ownersIn('debt-table', null)).toEqual([]);
    expect(
      ownersIn('funnel', { stages: [], owners: [{ owner: 'Тазов П.Ю.' }, { owner: 'Аракелян Н.' }] }),
    ).toEqual(['Аракелян Н.', 'Тазов П.Ю.']);
  });
});

describe('filterByClients(type, data, ids)', () => {
  const clients = [
    { id: 'c1', name: 'Ромашка', owner: 'Калинина М.В.' },
    { id: 7, name: 'Василек', owner: 'Калинина М.В.' },
    { id: 'c3', name: 'Лютик', owner: 'Тазов П.Ю.' },
  ];
  const ids = (rows: unknown) => (rows as { id: unknown }[]).map((r) => String(r.id));

  it('keeps the debt rows of the chosen clients and leaves the input untouched', () => {
    const before = JSON.stringify(debts);
    const out = filterByClients('debt-table', debts, ['3', '1']) as typeof debts;
    expect(ids(out.rows)).toEqual(['1', '3']);
    expect(out.asOf).toBe('2024-07-19');
    expect(out).not.toBe(debts);
    expect(JSON.stringify(debts)).toBe(before);
  });

  it('keeps the clients of the lifecycle grid and of the traffic-light pool, numbers as strings', () => {
    for (const type of ['lifecycle-grid', 'pulse-traffic-light-pool']) {
      const data = { asOf: '2024-07-01', clients };
      const out = filterByClients(type, data, ['7', 'c3']) as typeof data;
      expect(ids(out.clients)).toEqual(['7', 'c3']);
      expect(data.clients).toHaveLength(3);
    }
    const out = filterByClients('lifecycle-grid', { clients }, [7]) as { clients: unknown };
    expect(ids(out.clients)).toEqual(['7']);
  });

  it('keeps the ABC/XYZ rows and the previous rows of the chosen clients', () => {
    const data = {
      periods: ['1', '2'],
      rows: clients.map((c) => ({ ...c, values: [1, 2] })),
      previous: { periods: ['0'], rows: clients.map((c) => ({ ...c, values: [1] })) },
    };
    const before = JSON.stringify(data);
    const out = filterByClients('abc-xyz-matrix', data, ['c1']) as typeof data;
    expect(ids(out.rows)).toEqual(['c1']);
    expect(ids(out.previous.rows)).toEqual(['c1']);
    expect(out.periods).toBe(data.periods);
    expect(JSON.stringify(data)).toBe(before);
  });

  it('keeps the deals of the chosen clients in a raw funnel; an aggregated funnel is unchanged', () => {
    const raw = {
      stages: [{ key: 'deal' }],
      deals: [
        { id: 'd1', stage: 'deal', status: 'won', client: 'c1' },
        { id: 'd2', stage: 'deal', status: 'won', client: 'c3' },
        { id: 'd3', stage: 'deal', status: 'open' },
      ],
    };
    const out = filterByClients('funnel', raw, ['c3']) as typeof raw;
    expect(out.deals.map((d) => d.id)).toEqual(['d2']);
    expect(raw.deals).toHaveLength(3);
    const aggregated = { stages: [{ key: 'deal', count: 4 }] };
    expect(filterByClients('funnel', aggregated, ['c3'])).toBe(aggregated);
  });

  it('returns the channel pie unchanged: it has no clients', () => {
    const pie = { gains: [{ key: 'upsell', value: 5 }] };
    expect(filterByClients('channel-pie', pie, ['c1'])).toBe(pie);
  });

  it('keeps no rows for an empty set or for ids that are not in the input', () => {
    expect((filterByClients('debt-table', debts, []) as typeof debts).rows).toEqual([]);
    expect((filterByClients('debt-table', debts, ['nope', '42']) as typeof debts).rows).toEqual([]);
    expect(
      (filterByClients('traffic-light-pool', { clients }, new Set<string>()) as { clients: [] }).clients,
    ).toEqual([]);
  });

  it('returns the input itself for no ids, an unknown type or a non-object', () => {
    expect(filterByClients('debt-table', debts, null)).toBe(debts);
    expect(filterByClients('debt-table', debts, undefined)).toBe(debts);
    expect(filterByClients('gauge', debts, ['1'])).toBe(debts);
    expect(filterByClients('debt-table', 'oops', ['1'])).toBe('oops');
  });

  it('composes with the owner filter', () => {
    const owned = filterByOwner('debt-table', debts, 'Калинина М.В.');
    const out = filterByClients('debt-table', owned, ['1', '2']) as typeof debts;
    expect(ids(out.rows)).toEqual(['1']);
  });
});
