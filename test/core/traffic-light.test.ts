import { describe, expect, it } from 'vitest';
import {
  poolMix,
  scoreTrafficLights,
  type TrafficClient,
  type TrafficIndicator,
  type TrafficLightInput,
} from '../../src/core/traffic-light.js';
import { issuesOf } from './issues-of.js';

// The slide's indicators (001, "Прогретость пула"): K+ activity, ЦОК, ЦО, К1У, ГНД, Навес, training.
const indicators: TrafficIndicator[] = [
  { key: 'activity', label: 'Активность К+', weight: 0.4, rule: { min: 100 } },
  { key: 'cok', label: 'ЦОК', weight: 0.1, rule: { min: 1 } },
  { key: 'co', label: 'ЦО', weight: 0.1, rule: { min: 1 } },
  { key: 'k1u', label: 'К1У', weight: 0.2, rule: { min: 1 } },
  { key: 'gnd', label: 'ГНД', weight: 0.1, rule: { min: 1 } },
  { key: 'overhang', label: 'Навес', weight: 0.1, rule: { max: 0 } },
  { key: 'training', label: 'Обученность', weight: 0.1, rule: { min: 1 } },
];

function row(values: number[]): Record<string, number> {
  return Object.fromEntries(indicators.map((ind, i) => [ind.key, values[i]]));
}

const romashka: TrafficClient = {
  id: 1,
  name: 'Ромашка',
  owner: 'Сотрудник 1',
  values: row([1779, 0, 0, 2, 1, 0, 1]),
};
const vasilek: TrafficClient = {
  id: 2,
  name: 'Василек',
  owner: 'Сотрудник 2',
  values: row([2, 2, 1, 2, 1, 1, 1]),
};
const lyutik: TrafficClient = {
  id: 3,
  name: 'Лютик',
  owner: 'Сотрудник 3',
  values: row([0, 0, 0, 2, 0, 3, 1]),
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('scoreTrafficLights(slide example)', () => {
  const r = scoreTrafficLights({ indicators, clients: [romashka, vasilek, lyutik] });

  it('scores Ромашка 0.9 green with the slide earned weights .4 0 0 .2 .1 .1 .1', () => {
    const c = r.clients[0];
    expect(c.score).toBeCloseTo(0.9, 12);
    expect(c.color).toBe('green');
    expect(c.earned).toEqual({
      activity: 0.4,
      cok: 0,
      co: 0,
      k1u: 0.2,
      gnd: 0.1,
      overhang: 0.1,
      training: 0.1,
    });
  });

  it('scores Василек yellow with the slide earned weights 0 .1 .1 .2 .1 0 .1 (which add up to 0.6, not the slide sum 0.5)', () => {
    const c = r.clients[1];
    expect(c.earned).toEqual({
      activity: 0,
      cok: 0.1,
      co: 0.1,
      k1u: 0.2,
      gnd: 0.1,
      overhang: 0,
      training: 0.1,
    });
    expect(c.score).toBeCloseTo(0.6, 12);
    expect(c.color).toBe('yellow');
  });

  it('scores Лютик 0.3 red with the slide earned weights 0 0 0 .2 0 0 .1', () => {
    const c = r.clients[2];
    expect(c.score).toBeCloseTo(0.3, 12);
    expect(c.color).toBe('red');
    expect(c.earned).toEqual({ activity: 0, cok: 0, co: 0, k1u: 0.2, gnd: 0, overhang: 0, training: 0.1 });
  });

  it('keeps input order, ids as strings, names and owners, and reports the weight sum', () => {
    expect(r.clients.map((c) => [c.id, c.name, c.owner])).toEqual([
      ['1', 'Ромашка', 'Сотрудник 1'],
      ['2', 'Василек', 'Сотрудник 2'],
      ['3', 'Лютик', 'Сотрудник 3'],
    ]);
    expect(r.weightSum).toBeCloseTo(1.1, 12);
    expect(r.thresholds).toEqual({ yellow: 0.4, green: 0.7 });
  });

  it('counts the mix per owner and in total', () => {
    expect(r.mix.total).toMatchObject({ count: 3, red: 1, yellow: 1, green: 1, meetsTarget: false });
    expect(r.mix.owners.map((o) => [o.owner, o.red, o.yellow, o.green])).toEqual([
      ['Сотрудник 1', 0, 0, 1],
      ['Сотрудник 2', 0, 1, 0],
      ['Сотрудник 3', 1, 0, 0],
    ]);
  });

  it('gives a score of 0.3 by the decimal rules for the float sum 0.2 + 0.1 = 0.30000000000000004', () => {
    const t = scoreTrafficLights({ indicators, thresholds: { yellow: 0.3 }, clients: [lyutik] });
    expect(t.clients[0].color).toBe('yellow');
  });
});

describe('scoreTrafficLights colour thresholds', () => {
  const tenths = Array.from({ length: 10 }, (_, i): TrafficIndicator => ({
    key: `k${i}`,
    weight: 0.1,
    rule: { min: 1 },
  }));
  const client = (earning: number): TrafficClient => ({
    id: earning,
    values: Object.fromEntries(tenths.map((t, i) => [t.key, i < earning ? 1 : 0])),
  });
  const colours = (thresholds?: { yellow?: number; green?: number }) =>
    scoreTrafficLights({
      indicators: tenths,
      thresholds,
      clients: [0, 3, 4, 6, 7, 10].map(client),
    }).clients.map((c) => c.color);

  it('is green from 0.7 and yellow from 0.4, both inclusive, even when 0.1 x 7 sums to 0.7000000000000001', () => {
    expect(colours()).toEqual(['red', 'red', 'yellow', 'yellow', 'green', 'green']);
  });

  it('treats a float sum just below a threshold (0.05 + 0.35 = 0.39999999999999997) as the threshold', () => {
    const two: TrafficIndicator[] = [
      { key: 'a', weight: 0.05, rule: { min: 1 } },
      { key: 'b', weight: 0.35, rule: { min: 1 } },
    ];
    const r = scoreTrafficLights({ indicators: two, clients: [{ id: 'x', values: { a: 1, b: 1 } }] });
    expect(r.clients[0].score).toBeLessThan(0.4);
    expect(r.clients[0].color).toBe('yellow');
  });

  it('takes thresholds from the input, the missing one from the defaults', () => {
    expect(colours({ green: 0.6 })).toEqual(['red', 'red', 'yellow', 'green', 'green', 'green']);
    expect(colours({ yellow: 0.3, green: 1 })).toEqual([
      'red',
      'yellow',
      'yellow',
      'yellow',
      'yellow',
      'green',
    ]);
  });

  it('allows yellow equal to green (no yellow band)', () => {
    expect(colours({ yellow: 0.5, green: 0.5 })).toEqual(['red', 'red', 'red', 'green', 'green', 'green']);
  });
});

describe('scoreTrafficLights rules', () => {
  const score = (indicator: TrafficIndicator, values: unknown[]) =>
    scoreTrafficLights({
      indicators: [indicator],
      clients: values.map((v, i) => ({ id: i, values: { x: v as number } })),
    }).clients.map((c) => c.earned.x);

  it('earns the full weight inside a range, both bounds inclusive', () => {
    expect(score({ key: 'x', weight: 0.5, rule: { min: 1, max: 3 } }, [0, 1, 2, 3, 4, -1])).toEqual([
      0, 0.5, 0.5, 0.5, 0, 0,
    ]);
  });

  it('reads a range without bounds (or with null bounds) as "any value"', () => {
    expect(score({ key: 'x', weight: 0.2, rule: {} }, [-5, 0, 1e9])).toEqual([0.2, 0.2, 0.2]);
    expect(score({ key: 'x', weight: 0.2, rule: { min: null, max: 0 } }, [-5, 0, 1])).toEqual([0.2, 0.2, 0]);
  });

  it('applies the highest graded step whose min <= value, earn x weight, and 0 below the lowest step', () => {
    const rule = [
      { min: 100, earn: 1 },
      { min: 10, earn: 0.5 },
      { min: 1, earn: 0.25 },
    ];
    expect(score({ key: 'x', weight: 0.4, rule }, [0, 1, 9, 10, 99, 100, 5000])).toEqual([
      0, 0.1, 0.1, 0.2, 0.2, 0.4, 0.4,
    ]);
  });

  it('accepts number strings as values ("1 779", "0,5")', () => {
    expect(score({ key: 'x', weight: 1, rule: { min: 100 } }, ['1 779', '0,5', '99.9'])).toEqual([1, 0, 0]);
  });

  it('lists null, undefined and absent values in missing and gives them 0', () => {
    const r = scoreTrafficLights({
      indicators,
      clients: [{ id: 'a', values: { activity: null, cok: undefined, co: 1, k1u: 1, gnd: 1, overhang: 0 } }],
    });
    expect(r.clients[0].missing).toEqual(['activity', 'cok', 'training']);
    expect(r.clients[0].earned.activity).toBe(0);
    expect(r.clients[0].score).toBeCloseTo(0.5, 12);
  });

  it('does not read inherited properties as values ("toString" on a plain object is missing)', () => {
    const r = scoreTrafficLights({
      indicators: [{ key: 'toString', weight: 1, rule: {} }],
      clients: [{ id: 'a', values: {} }],
    });
    expect(r.clients[0].missing).toEqual(['toString']);
  });

  it('ignores values whose keys are not indicators', () => {
    const r = scoreTrafficLights({
      indicators,
      clients: [{ ...romashka, values: { ...romashka.values, extra: 'abc' } }],
    });
    expect(r.clients[0].score).toBeCloseTo(0.9, 12);
  });

  it('options.normalize divides by the sum of the weights (1.1 here)', () => {
    const r = scoreTrafficLights({ indicators, clients: [romashka, vasilek, lyutik] }, { normalize: true });
    expect(r.clients.map((c) => c.score)).toEqual(
      [0.9 / 1.1, 0.6 / 1.1, 0.3 / 1.1].map((x) => expect.closeTo(x, 12)),
    );
    expect(r.clients.map((c) => c.color)).toEqual(['green', 'yellow', 'red']);
    expect(r.clients[0].earned.activity).toBe(0.4);
  });
});

describe('scoreTrafficLights expiresSoon', () => {
  const asOf = '2024-06-01';
  const withExpiry = (expires: Record<string, string | null>): TrafficLightInput => ({
    asOf,
    indicators,
    clients: [{ ...romashka, expires }],
  });

  it('lists what expires within 30 days with the score and colour after it (slide: Ромашка, "ЦОК, training")', () => {
    const r = scoreTrafficLights(withExpiry({ cok: '15.06.2024', training: '2024-06-30' }));
    expect(r.clients[0].expiresSoon).toEqual({
      keys: ['cok', 'training'],
      score: expect.closeTo(0.8, 12),
      color: 'green',
    });
    expect(r.clients[0].score).toBeCloseTo(0.9, 12);
  });

  it('gives the colour a client falls to: Лютик loses training and stays red, a 0.7 client turns yellow', () => {
    const r = scoreTrafficLights({
      asOf,
      indicators,
      clients: [
        { ...lyutik, expires: { training: '2024-06-20' } },
        { id: 9, values: row([1779, 0, 0, 2, 0, 1, 1]), expires: { activity: '2024-06-20' } },
      ],
    });
    expect(r.clients[0].expiresSoon).toEqual({
      keys: ['training'],
      score: expect.closeTo(0.2, 12),
      color: 'red',
    });
    expect(r.clients[1].color).toBe('green');
    expect(r.clients[1].expiresSoon).toEqual({
      keys: ['activity'],
      score: expect.closeTo(0.3, 12),
      color: 'red',
    });
  });

  it('includes an expiry on asOf and on asOf + 30 days, excludes asOf + 31 days', () => {
    const r = scoreTrafficLights(withExpiry({ cok: '2024-06-01', co: '2024-07-01', k1u: '2024-07-02' }));
    expect(r.clients[0].expiresSoon?.keys).toEqual(['cok', 'co']);
  });

  it('lists an expiry before asOf in expired and keeps the score as the values say', () => {
    const r = scoreTrafficLights(withExpiry({ k1u: '2024-05-31', training: '2024-06-02' }));
    expect(r.clients[0].expired).toEqual(['k1u']);
    expect(r.clients[0].score).toBeCloseTo(0.9, 12);
    expect(r.clients[0].expiresSoon?.keys).toEqual(['training']);
  });

  it('options.soonDays changes the horizon; 0 means asOf only', () => {
    const input = withExpiry({ cok: '2024-06-01', training: '2024-06-08' });
    expect(scoreTrafficLights(input, { soonDays: 0 }).clients[0].expiresSoon?.keys).toEqual(['cok']);
    expect(scoreTrafficLights(input, { soonDays: 7 }).clients[0].expiresSoon?.keys).toEqual([
      'cok',
      'training',
    ]);
  });

  it('is null when nothing expires soon, for the 1C empty date, for null expires and without asOf', () => {
    expect(
      scoreTrafficLights(withExpiry({ cok: '2025-01-01', co: '0001-01-01', k1u: null })).clients[0]
        .expiresSoon,
    ).toBeNull();
    expect(
      scoreTrafficLights({ asOf, indicators, clients: [{ ...romashka, expires: null }] }).clients[0]
        .expiresSoon,
    ).toBeNull();
    const noAsOf = scoreTrafficLights({
      indicators,
      clients: [{ ...romashka, expires: { cok: '2024-06-15' } }],
    });
    expect(noAsOf.clients[0].expiresSoon).toBeNull();
    expect(noAsOf.clients[0].expired).toEqual([]);
  });

  it('normalises the score after expiry too', () => {
    const r = scoreTrafficLights(withExpiry({ activity: '2024-06-10' }), { normalize: true });
    expect(r.clients[0].expiresSoon).toEqual({
      keys: ['activity'],
      score: expect.closeTo(0.5 / 1.1, 12),
      color: 'yellow',
    });
  });
});

describe('scoreTrafficLights input handling', () => {
  it('does not mutate its input', () => {
    const input = deepFreeze({
      asOf: '2024-06-01',
      indicators,
      clients: [{ ...romashka, expires: { cok: '2024-06-15' } }, vasilek],
    });
    const copy = structuredClone(input);
    scoreTrafficLights(input, deepFreeze({ normalize: true }));
    expect(input).toEqual(copy);
  });

  it('scores an empty pool: no clients, shares null, meetsTarget null', () => {
    const r = scoreTrafficLights({ indicators, clients: [] });
    expect(r.clients).toEqual([]);
    expect(r.mix.total).toEqual({
      count: 0,
      red: 0,
      yellow: 0,
      green: 0,
      shares: { red: null, yellow: null, green: null },
      meetsTarget: null,
      deviation: { red: null, yellow: null, green: null },
    });
    expect(r.mix.owners).toEqual([]);
  });

  it('reads number ids as strings and groups clients without owner last', () => {
    const r = scoreTrafficLights({
      indicators,
      clients: [
        { id: 7, values: romashka.values },
        { id: 'b', owner: 'Б', values: lyutik.values },
        { id: 'a', owner: 'А', values: lyutik.values },
        { id: 'n', owner: 42, values: vasilek.values },
      ],
    });
    expect(r.clients.map((c) => c.id)).toEqual(['7', 'b', 'a', 'n']);
    expect(r.mix.owners.map((o) => o.owner)).toEqual(['42', 'А', 'Б', null]);
  });

  it('throws one PulseDataError listing every issue in the configuration and options', () => {
    const issues = issuesOf(() =>
      scoreTrafficLights(
        {
          asOf: '31.02.2024',
          thresholds: { yellow: 0.8, green: 0.7 },
          target: { red: 1.5 },
          indicators: [
            { key: 'a', weight: -1, rule: { min: 2, max: 1 } },
            {
              key: 'a',
              weight: 1,
              rule: [
                { min: 1, earn: 2 },
                { min: 1, earn: 0.5 },
              ],
            },
            { key: '__proto__', weight: 1, rule: { min: 'x' as unknown as number } },
            { key: 'c', weight: 1, rule: 5 as unknown as TrafficIndicator['rule'] },
            { key: 'd', weight: 1, rule: [] },
          ],
          clients: [],
        },
        { soonDays: -1, normalize: 'yes' as unknown as boolean },
      ),
    );
    expect(issues).toEqual([
      { path: 'options.normalize', message: 'expected true or false, got "yes"' },
      { path: 'options.soonDays', message: 'expected at least 0, got -1' },
      { path: 'asOf', message: '"31.02.2024" is not a calendar date' },
      { path: 'thresholds', message: 'expected yellow <= green, got yellow 0.8 and green 0.7' },
      { path: 'target.red', message: 'expected a share from 0 to 1, got 1.5' },
      { path: 'indicators[0].weight', message: 'expected a finite number of 0 or more, got -1' },
      { path: 'indicators[0].rule', message: 'expected min <= max, got min 2 and max 1' },
      { path: 'indicators[1].key', message: 'duplicate key "a" (first at indicators[0])' },
      { path: 'indicators[1].rule[0].earn', message: 'expected a fraction from 0 to 1, got 2' },
      { path: 'indicators[1].rule[1].min', message: 'duplicate step min 1 (first at indicators[1].rule[0])' },
      { path: 'indicators[2].key', message: '"__proto__" cannot be used as a key' },
      { path: 'indicators[2].rule.min', message: 'expected a finite number, got "x"' },
      { path: 'indicators[3].rule', message: 'expected a range {min, max} or steps [{min, earn}], got 5' },
      { path: 'indicators[4].rule', message: 'expected at least one step {min, earn}' },
    ]);
  });

  it('throws one PulseDataError listing every issue in the clients, with paths such as clients[0].values.cok', () => {
    const issues = issuesOf(() =>
      scoreTrafficLights({
        asOf: '2024-06-01',
        indicators,
        clients: [
          { id: 1, values: { activity: 'abc', cok: NaN } },
          { id: '1', values: null },
          null,
          { id: '', owner: true, name: 5, values: {}, expires: { cok: '31.02.2024', co: 7 } },
          { id: 4, values: {}, expires: 'soon' },
        ] as unknown as TrafficClient[],
      }),
    );
    expect(issues).toEqual([
      { path: 'clients[0].values.activity', message: 'expected a number, got "abc"' },
      { path: 'clients[0].values.cok', message: 'expected a finite number, got NaN' },
      { path: 'clients[1].id', message: 'duplicate id "1" (first at clients[0])' },
      { path: 'clients[1].values', message: 'expected an object of values by indicator key, got null' },
      { path: 'clients[2]', message: 'expected an object, got null' },
      { path: 'clients[3].id', message: 'expected a non-empty string or number id, got ""' },
      { path: 'clients[3].owner', message: 'expected a string or a number, got boolean' },
      { path: 'clients[3].name', message: 'expected a string, got 5' },
      { path: 'clients[3].expires.cok', message: '"31.02.2024" is not a calendar date' },
      {
        path: 'clients[3].expires.co',
        message: 'expected a date as YYYY-MM-DD, an ISO date-time or DD.MM.YYYY, got 7',
      },
      { path: 'clients[4].expires', message: 'expected an object of dates by indicator key, got "soon"' },
    ]);
  });

  it('refuses an empty indicator list, a non-array of clients and normalising by a zero weight sum', () => {
    expect(
      issuesOf(() => scoreTrafficLights({ indicators: [], clients: 'x' as unknown as TrafficClient[] })),
    ).toEqual([
      { path: 'indicators', message: 'expected a non-empty array of indicators, got an array' },
      { path: 'clients', message: 'expected an array, got "x"' },
    ]);
    const zero: TrafficIndicator[] = [{ key: 'a', weight: 0, rule: {} }];
    expect(
      issuesOf(() => scoreTrafficLights({ indicators: zero, clients: [] }, { normalize: true })),
    ).toEqual([{ path: 'indicators', message: 'the weights sum to 0: nothing to normalise by' }]);
    expect(issuesOf(() => scoreTrafficLights(null as unknown as TrafficLightInput))).toEqual([
      { path: '', message: 'expected an object {indicators, clients}, got null' },
    ]);
  });

  it('stops after 100 issues and says so', () => {
    const clients = Array.from({ length: 500 }, (_, i) => ({ id: i, values: { activity: 'bad' } }));
    const issues = issuesOf(() =>
      scoreTrafficLights({ indicators, clients: clients as unknown as TrafficClient[] }),
    );
    expect(issues).toHaveLength(101);
    expect(issues[99].path).toBe('clients[99].values.activity');
    expect(issues[100]).toEqual({ path: '', message: 'more than 100 issues; reading stopped' });
  });
});

describe('scoreTrafficLights at scale', () => {
  it('shares one frozen earned record and missing list between clients with the same outcomes', () => {
    const r = scoreTrafficLights({
      indicators,
      clients: [
        { id: 1, values: row([500, 1, 1, 1, 1, 0, 1]) },
        { id: 2, values: row([900, 3, 2, 5, 9, 0, 2]) },
        { id: 3, values: { activity: null } },
        { id: 4, values: {} },
      ],
    });
    expect(r.clients[1].earned).toBe(r.clients[0].earned);
    expect(Object.isFrozen(r.clients[0].earned)).toBe(true);
    expect(r.clients[3].missing).toBe(r.clients[2].missing);
    expect(Object.isFrozen(r.clients[2].missing)).toBe(true);
    expect(r.clients[0].missing).toEqual([]);
  });

  it('scores more than 12 indicators and rules with too many combinations to share (14 x 16 steps)', () => {
    const many: TrafficIndicator[] = Array.from({ length: 14 }, (_, k) => ({
      key: `i${k}`,
      weight: 1 / 14,
      rule: Array.from({ length: 16 }, (_, j) => ({ min: j, earn: (j + 1) / 16 })),
    }));
    const values = (x: number) => Object.fromEntries(many.map((ind, k) => [ind.key, (x + k) % 16]));
    const r = scoreTrafficLights({
      indicators: many,
      clients: [0, 3, 7].map((x) => ({ id: x, values: values(x) })),
    });
    for (const [i, x] of [0, 3, 7].entries()) {
      const expected = many.reduce((s, _, k) => s + (((x + k) % 16) + 1) / 16 / 14, 0);
      expect(r.clients[i].score).toBeCloseTo(expected, 12);
      expect(r.clients[i].earned.i13).toBeCloseTo((((x + 13) % 16) + 1) / 16 / 14, 12);
    }
  });

  it('reports every duplicate in row order, a number id equal to a string id included', () => {
    const clients: TrafficClient[] = [
      ...Array.from({ length: 3000 }, (_, i) => ({ id: i % 2 ? i : `c${i}`, values: {} })),
      { id: '7', values: {} },
      { id: 'c8', values: {} },
      { id: 7, values: {} },
    ];
    expect(issuesOf(() => scoreTrafficLights({ indicators, clients }))).toEqual([
      { path: 'clients[3000].id', message: 'duplicate id "7" (first at clients[7])' },
      { path: 'clients[3001].id', message: 'duplicate id "c8" (first at clients[8])' },
      { path: 'clients[3002].id', message: 'duplicate id "7" (first at clients[7])' },
    ]);
  });

  it('finds a duplicate id among thousands, naming the first row', () => {
    const clients: TrafficClient[] = Array.from({ length: 5000 }, (_, i) => ({ id: `c${i}`, values: {} }));
    expect(scoreTrafficLights({ indicators, clients }).clients).toHaveLength(5000);
    const issues = issuesOf(() =>
      scoreTrafficLights({ indicators, clients: [...clients, { id: 'c1234', values: {} }] }),
    );
    expect(issues).toEqual([
      { path: 'clients[5000].id', message: 'duplicate id "c1234" (first at clients[1234])' },
    ]);
  });
});

describe('poolMix(clients, target)', () => {
  // The slide "Промежуточные итоги 2024": per NOIO clients and red / yellow / green shares.
  const table = [
    { owner: 'НОИО 1', counts: [5, 27, 101], shown: [3.8, 20.3, 75.9] },
    { owner: 'НОИО 2', counts: [0, 19, 125], shown: [0.0, 13.2, 86.8] },
    { owner: 'НОИО 3', counts: [0, 14, 168], shown: [0.0, 7.7, 92.3] },
    { owner: 'НОИО 4', counts: [3, 23, 137], shown: [1.8, 14.1, 84.0] },
    { owner: 'НОИО 5', counts: [0, 12, 124], shown: [0.0, 8.8, 91.2] },
  ];
  const clients = table.flatMap(({ owner, counts }) =>
    (['red', 'yellow', 'green'] as const).flatMap((color, i) =>
      Array.from({ length: counts[i] }, () => ({ color, owner })),
    ),
  );
  const mix = poolMix(clients);

  it('reproduces the slide per-manager shares (133 clients: 3.8% / 20.3% / 75.9% ...)', () => {
    expect(mix.owners.map((o) => o.count)).toEqual([133, 144, 182, 163, 136]);
    mix.owners.forEach((o, i) => {
      const shown = [o.shares.red!, o.shares.yellow!, o.shares.green!].map((s) => Math.round(s * 1000) / 10);
      expect(shown).toEqual(table[i].shown);
    });
  });

  it('says which managers meet the 5 / 15 / 80 target: all but НОИО 1 (green 75.9% < 80%)', () => {
    expect(mix.owners.map((o) => o.meetsTarget)).toEqual([false, true, true, true, true]);
    expect(mix.owners[0].deviation.green).toBeCloseTo(101 / 133 - 0.8, 12);
    expect(mix.owners[0].deviation.red).toBeCloseTo(5 / 133 - 0.05, 12);
  });

  it('computes the total from the counts (8 / 95 / 655 of 758), not as the mean of the owners', () => {
    expect(mix.total).toMatchObject({ count: 758, red: 8, yellow: 95, green: 655, meetsTarget: true });
    expect(mix.total.shares.red).toBeCloseTo(8 / 758, 12);
    expect(mix.target).toEqual({ red: 0.05, yellow: 0.15, green: 0.8 });
  });

  it('meets the target exactly at red 5% and green 80%, within 1e-9 of float noise', () => {
    const twenty = [
      { color: 'red' as const },
      ...Array.from({ length: 3 }, () => ({ color: 'yellow' as const })),
      ...Array.from({ length: 16 }, () => ({ color: 'green' as const })),
    ];
    expect(poolMix(twenty).total.meetsTarget).toBe(true);
    expect(poolMix(twenty, { green: 0.1 * 8 }).total.meetsTarget).toBe(true);
    expect(poolMix(twenty, { red: 0.049 }).total.meetsTarget).toBe(false);
    expect(poolMix(twenty, { green: 0.81 }).total.meetsTarget).toBe(false);
  });

  it('gives null shares, null deviation and null meetsTarget for an empty pool', () => {
    const empty = poolMix([]);
    expect(empty.total.shares).toEqual({ red: null, yellow: null, green: null });
    expect(empty.total.meetsTarget).toBeNull();
    expect(empty.owners).toEqual([]);
  });

  it('throws one PulseDataError for bad colours, owners and target', () => {
    const issues = issuesOf(() =>
      poolMix(
        [{ color: 'blue' }, { color: 'red', owner: {} }, 3] as never,
        { green: -0.1, yellow: 'x' } as never,
      ),
    );
    expect(issues).toEqual([
      { path: 'target.yellow', message: 'expected a share from 0 to 1, got "x"' },
      { path: 'target.green', message: 'expected a share from 0 to 1, got -0.1' },
      { path: 'clients[0].color', message: "expected one of 'red', 'yellow', 'green', got \"blue\"" },
      { path: 'clients[1].owner', message: 'expected a string or a number, got an object' },
      { path: 'clients[2]', message: 'expected an object, got 3' },
    ]);
  });
});
