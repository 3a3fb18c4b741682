import { describe, expect, it } from 'vitest';
import {
  ABC_XYZ_CELLS,
  abcXyzMatrix,
  classifyAbc,
  classifyXyz,
  type AbcItem,
  type AbcXyzRow,
} from '../../src/core/abc-xyz.js';
import { compareAbcXyz } from '../../src/core/abc-xyz-matrix.js';
import { issuesOf } from './issues-of.js';

const items = (...values: number[]): AbcItem[] => values.map((value, i) => ({ id: `i${i + 1}`, value }));
const classes = (r: { abc: string | null }[]) => r.map((x) => x.abc);

describe('classifyAbc(items)', () => {
  it('puts the item that crosses 80% into B and the one that crosses 95% into C', () => {
    const r = classifyAbc(items(50, 25, 15, 10));
    expect(r.map((x) => x.cumulativeShare)).toEqual([0.5, 0.75, 0.9, 1]);
    expect(classes(r)).toEqual(['A', 'A', 'B', 'C']);
  });

  it('keeps an item landing on a threshold in the higher class, with a tolerance of 1e-9', () => {
    const r = classifyAbc(items(0.56, 0.24, 0.15, 0.05));
    expect(r[1].cumulativeShare).toBe(0.8);
    expect(r[2].cumulativeShare).toBe(0.9500000000000001); // floating-point error above 0.95
    expect(classes(r)).toEqual(['A', 'A', 'B', 'C']);
  });

  it('computes share and cumulativeShare at full precision', () => {
    const r = classifyAbc(items(2, 1));
    expect(r[0].share).toBe(2 / 3);
    expect(r[1].share).toBe(1 / 3);
    expect(r[1].cumulativeShare).toBe(1);
  });

  it("with boundary 'strict' moves an item landing exactly on a threshold down a class", () => {
    const r = classifyAbc(items(60, 20, 15, 5), { boundary: 'strict' });
    expect(classes(r)).toEqual(['A', 'B', 'C', 'C']);
    expect(classes(classifyAbc(items(60, 20, 15, 5)))).toEqual(['A', 'A', 'B', 'C']);
  });

  it("with boundary 'before' keeps the item that crosses a threshold in the higher class", () => {
    expect(classes(classifyAbc(items(50, 40, 10)))).toEqual(['A', 'B', 'C']);
    expect(classes(classifyAbc(items(50, 40, 10), { boundary: 'before' }))).toEqual(['A', 'A', 'B']);
    // the share before the 3rd item is exactly 0.8: it is past the boundary
    expect(classes(classifyAbc(items(60, 20, 15, 5), { boundary: 'before' }))).toEqual(['A', 'A', 'B', 'C']);
  });

  it('makes the largest item A by default (topIsA), so a dominant client is not C', () => {
    const data = [
      { id: 'big', value: 99 },
      { id: 'small', value: 1 },
    ];
    expect(classes(classifyAbc(data))).toEqual(['A', 'C']);
    expect(classes(classifyAbc(data, { topIsA: false }))).toEqual(['C', 'C']);
  });

  it('reads custom thresholds', () => {
    expect(classes(classifyAbc(items(50, 25, 15, 10), { thresholds: [0.5, 0.75] }))).toEqual([
      'A',
      'B',
      'C',
      'C',
    ]);
  });

  it('orders ties by id ascending with plain string comparison, so a tie on a boundary splits by id', () => {
    const r = classifyAbc([
      { id: 'b', value: 40 },
      { id: 'a', value: 40 },
      { id: 'c', value: 20 },
    ]);
    expect(r.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(classes(r)).toEqual(['A', 'A', 'C']);
    const ids = classifyAbc([
      { id: 'a', value: 1 },
      { id: 'B', value: 1 },
      { id: '9', value: 1 },
      { id: '10', value: 1 },
    ]).map((x) => x.id);
    expect(ids).toEqual(['10', '9', 'B', 'a']);
  });

  it('gives zero and negative values no class, no share, and leaves them out of the total', () => {
    const r = classifyAbc([
      { id: 'neg', value: -5 },
      { id: 'zero', value: 0 },
      { id: 'p1', value: 3 },
      { id: 'p2', value: 1 },
    ]);
    expect(r.map((x) => x.id)).toEqual(['p1', 'p2', 'zero', 'neg']);
    expect(r[0].share).toBe(0.75);
    expect(r[2]).toEqual({ id: 'zero', value: 0, share: null, cumulativeShare: null, abc: null });
    expect(r[3]).toEqual({ id: 'neg', value: -5, share: null, cumulativeShare: null, abc: null });
  });

  it('returns [] for no items and null classes when nothing is positive (0/0 is not 0)', () => {
    expect(classifyAbc([])).toEqual([]);
    expect(classifyAbc(items(0, 0))).toEqual([
      { id: 'i1', value: 0, share: null, cumulativeShare: null, abc: null },
      { id: 'i2', value: 0, share: null, cumulativeShare: null, abc: null },
    ]);
  });

  it('accepts number strings and number ids (as strings)', () => {
    const r = classifyAbc([
      { id: 7, value: '1 234,50' },
      { id: 'x', value: '100.5' },
    ]);
    expect(r.map((x) => [x.id, x.value])).toEqual([
      ['7', 1234.5],
      ['x', 100.5],
    ]);
  });

  it('does not depend on the input order and does not mutate the input', () => {
    const data = Object.freeze(items(5, 3, 3, 1, 0, -1, 8).map((x) => Object.freeze(x)));
    const reversed = [...data].reverse();
    expect(classifyAbc(reversed)).toEqual(classifyAbc(data));
  });

  it('orders a large input (radix path) exactly as a comparator sort does, ties and negatives included', () => {
    const data: AbcItem[] = [];
    for (let i = 0; i < 5000; i++)
      data.push({ id: `c${(i * 7919) % 5000}`, value: ((i * 37) % 101) - 20 + (i % 3) * 0.25 });
    data.push({ id: 'negzero', value: -0 }, { id: 'tiny', value: 5e-324 }, { id: 'huge', value: 1e300 });
    const expected = data
      .map((x) => ({ id: String(x.id), value: Number(x.value) }))
      .sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((x) => x.id);
    expect(classifyAbc(data).map((x) => x.id)).toEqual(expected);
  });

  it('throws one PulseDataError listing every bad item, duplicate id and bad option', () => {
    const bad = [
      { id: 'a', value: 1 },
      { id: 'b', value: 'abc' },
      { value: 3 },
      { id: 'a', value: NaN },
      null,
    ] as unknown as AbcItem[];
    const issues = issuesOf(() => classifyAbc(bad, { thresholds: [0.9, 0.8], boundary: 'loose' as never }));
    expect(issues).toEqual([
      { path: 'items[1].value', message: 'expected a number, got "abc"' },
      { path: 'items[2].id', message: 'expected a non-empty string or number id, got undefined' },
      { path: 'items[3].id', message: 'duplicate id "a", also at items[0]' },
      { path: 'items[3].value', message: 'expected a finite number, got NaN' },
      { path: 'items[4]', message: 'expected an object with id and value, got null' },
      { path: 'options.thresholds', message: expect.stringContaining('ascending') },
      { path: 'options.boundary', message: expect.stringContaining("'inclusive', 'strict', 'before'") },
    ]);
  });

  it('finds duplicate ids in a large input (hash path), naming the first index, in row order', () => {
    const data: AbcItem[] = Array.from({ length: 5000 }, (_, i) => ({ id: `c${i}`, value: i }));
    data[4000] = { id: 'c17', value: 1 };
    data[4999] = { id: 'c17', value: 2 };
    data[10] = { id: '3', value: 10 };
    data[3000] = { id: 3, value: 'x' };
    expect(issuesOf(() => classifyAbc(data))).toEqual([
      { path: 'items[3000].id', message: 'duplicate id "3", also at items[10]' },
      { path: 'items[3000].value', message: 'expected a number, got "x"' },
      { path: 'items[4000].id', message: 'duplicate id "c17", also at items[17]' },
      { path: 'items[4999].id', message: 'duplicate id "c17", also at items[17]' },
    ]);
  });

  it('refuses thresholds outside 0..1 and a non-array input', () => {
    expect(issuesOf(() => classifyAbc([], { thresholds: [0.8, 1.2] }))[0].path).toBe('options.thresholds');
    expect(issuesOf(() => classifyAbc('x' as never))[0]).toEqual({
      path: 'items',
      message: 'expected an array of items, got "x"',
    });
    expect(issuesOf(() => classifyAbc([], 5 as never))[0].path).toBe('options');
  });

  it('refuses values whose total goes beyond 1.7e308 instead of giving NaN shares', () => {
    expect(issuesOf(() => classifyAbc(items(1e308, 1e308)))).toEqual([
      { path: 'items', message: 'the values add up beyond 1.7e308: no shares can be computed' },
    ]);
  });

  it('caps the issue list', () => {
    const bad = Array.from({ length: 500 }, (_, i) => ({ id: `x${i}`, value: 'bad' }));
    const issues = issuesOf(() => classifyAbc(bad));
    expect(issues).toHaveLength(101);
    expect(issues[100].message).toContain('more than 100 issues');
  });
});

describe('classifyXyz(items)', () => {
  it('classifies 900, 800, 700 as Y: mean 800, sd 81.65, cv 0.1021', () => {
    const [r] = classifyXyz([{ id: 'a', values: [900, 800, 700] }]);
    expect(r.mean).toBe(800);
    expect(r.sd).toBeCloseTo(81.6497, 4);
    expect(r.cv).toBeCloseTo(0.10206, 5);
    expect(r.xyz).toBe('Y');
    expect(r.periods).toBe(3);
  });

  it("divides by n - 1 with sigma 'sample'", () => {
    const [r] = classifyXyz([{ id: 'a', values: [900, 800, 700] }], { sigma: 'sample' });
    expect(r.sd).toBe(100);
    expect(r.cv).toBe(0.125);
  });

  it('keeps a cv exactly on a threshold in the better class (upper bounds inclusive)', () => {
    const r = classifyXyz([
      { id: 'x', values: [9, 11, 9, 11] },
      { id: 'y', values: [7.5, 12.5, 7.5, 12.5] },
      { id: 'z', values: [7.4, 12.6, 7.4, 12.6] },
      { id: 'flat', values: [5, 5, 5] },
    ]);
    expect(r.map((x) => x.cv)).toEqual([0.1, 0.25, expect.closeTo(0.26, 12), 0]);
    expect(r.map((x) => x.xyz)).toEqual(['X', 'Y', 'Z', 'X']);
  });

  it('reads custom thresholds', () => {
    const [r] = classifyXyz([{ id: 'a', values: [900, 800, 700] }], { thresholds: [0.15, 0.3] });
    expect(r.xyz).toBe('X');
  });

  it('gives cv and xyz null for a mean of 0 or less, keeping mean and sd', () => {
    const r = classifyXyz([
      { id: 'zero', values: [0, 0, 0] },
      { id: 'neg', values: [-5, 1, 1] },
      { id: 'dust', values: [0.1, 0.2, -0.3] },
    ]);
    expect(r[0]).toEqual({ id: 'zero', periods: 3, mean: 0, sd: 0, cv: null, xyz: null });
    expect(r[1].mean).toBe(-1);
    expect(r[1].cv).toBeNull();
    expect(r[2].mean).toBe(0); // 5.55e-17 of floating-point dust is 0
    expect(r[2].xyz).toBeNull();
  });

  it('gives cv null below minPeriods (default 3), and minPeriods is an option', () => {
    const data = [{ id: 'a', values: [5, 6] }];
    const [r] = classifyXyz(data);
    expect(r).toEqual({ id: 'a', periods: 2, mean: 5.5, sd: 0.5, cv: null, xyz: null });
    expect(classifyXyz(data, { minPeriods: 2 })[0].xyz).toBe('X');
  });

  it('gives mean and sd null without values, and sd null for one value with a sample sigma', () => {
    expect(classifyXyz([{ id: 'a', values: [] }])[0]).toEqual({
      id: 'a',
      periods: 0,
      mean: null,
      sd: null,
      cv: null,
      xyz: null,
    });
    const [one] = classifyXyz([{ id: 'a', values: [5] }], { sigma: 'sample', minPeriods: 1 });
    expect(one).toEqual({ id: 'a', periods: 1, mean: 5, sd: null, cv: null, xyz: null });
  });

  it('computes sd of huge values without overflow, and refuses values that add up beyond 1.7e308', () => {
    const [r] = classifyXyz([{ id: 'a', values: [9e200, 8e200, 7e200] }]);
    expect(r.cv).toBeCloseTo(0.10206, 5);
    expect(issuesOf(() => classifyXyz([{ id: 'a', values: [1e308, 1e308, 1] }]))).toEqual([
      { path: 'items[0].values', message: 'too large: the values add up or spread beyond 1.7e308' },
    ]);
  });

  it('keeps the input order and accepts number strings', () => {
    const r = classifyXyz([
      { id: 'b', values: ['900', '800,0', '700'] },
      { id: 'a', values: [1, 1, 1] },
    ]);
    expect(r.map((x) => x.id)).toEqual(['b', 'a']);
    expect(r[0].mean).toBe(800);
  });

  it('throws one PulseDataError listing every bad value and option', () => {
    const bad = [
      { id: 'a', values: [1, 'x', Infinity] },
      { id: 'b', values: 'nope' },
      { id: 'a', values: [] },
    ] as unknown as { id: string; values: number[] }[];
    const issues = issuesOf(() => classifyXyz(bad, { minPeriods: 0, sigma: 'both' as never }));
    expect(issues.map((i) => i.path)).toEqual([
      'options.sigma',
      'options.minPeriods',
      'items[0].values[1]',
      'items[0].values[2]',
      'items[1].values',
      'items[2].id',
    ]);
    expect(issuesOf(() => classifyXyz([], { minPeriods: 2.5 }))[0].message).toBe(
      'expected an integer, got 2.5',
    );
    expect(issuesOf(() => classifyXyz([], { thresholds: [-0.1, 0.2] }))[0].path).toBe('options.thresholds');
  });
});

/** The widget example of the brief. */
const WIDGET_ROWS: AbcXyzRow[] = [
  { id: 'c1', name: 'Ромашка', owner: 'Иванова', values: [500, 500, 500] },
  { id: 'c2', values: [300, 310, 290] },
  { id: 'c3', values: [100, 300, 200] },
  { id: 'c4', values: [150, 100, 150] },
  { id: 'c5', values: [50, 100, 150] },
  { id: 'c6', values: [100, 100, 100] },
  { id: 'c7', values: [0, 0, 0] },
  { id: 'c8', values: [0, 0, 0], everPurchased: false },
];

const counts = (cells: Record<string, { count: number }>) =>
  Object.fromEntries(
    Object.entries(cells)
      .filter(([, c]) => c.count > 0)
      .map(([k, c]) => [k, c.count]),
  );

describe('abcXyzMatrix(rows)', () => {
  it('classifies the widget example: AX 2, AZ 1, BY 1, BZ 1, CX 1, lost 1, potential 1', () => {
    const m = abcXyzMatrix(WIDGET_ROWS);
    expect(counts(m.cells)).toEqual({ AX: 2, AZ: 1, BY: 1, BZ: 1, CX: 1, lost: 1, potential: 1 });
    expect(m.cells.AX.ids).toEqual(['c1', 'c2']);
    expect(m.cells.AZ.ids).toEqual(['c3']);
    expect(m.cells.BY.ids).toEqual(['c4']);
    // c5 and c6 tie at 300: c5 comes first by id, reaches 0.925 (B); c6 reaches 1 (C)
    expect(m.cells.BZ.ids).toEqual(['c5']);
    expect(m.cells.CX.ids).toEqual(['c6']);
    expect(m.cells.lost.ids).toEqual(['c7']);
    expect(m.cells.potential.ids).toEqual(['c8']);
    expect(m.total).toBe(4000);
    expect(m.count).toBe(8);
    expect(m.cells.AX.value).toBe(2400);
  });

  it('gives each item what a widget lists: name, owner, value, shares, mean, sd, cv, status and cell', () => {
    const m = abcXyzMatrix(WIDGET_ROWS);
    expect(m.items[0]).toEqual({
      id: 'c1',
      name: 'Ромашка',
      owner: 'Иванова',
      status: 'classified',
      cell: 'AX',
      value: 1500,
      share: 0.375,
      cumulativeShare: 0.375,
      abc: 'A',
      periods: 3,
      mean: 500,
      sd: 0,
      cv: 0,
      xyz: 'X',
    });
    expect(m.items.at(-2)).toMatchObject({
      id: 'c7',
      status: 'lost',
      cell: 'lost',
      abc: null,
      xyz: null,
      share: null,
    });
    expect(m.items.at(-1)).toMatchObject({ id: 'c8', status: 'potential', name: null, owner: null });
  });

  it('lists every cell, empty ones included', () => {
    const m = abcXyzMatrix([]);
    expect(Object.keys(m.cells).sort()).toEqual(Object.values(ABC_XYZ_CELLS).sort());
    expect(m.cells.CZ).toEqual({ count: 0, value: 0, ids: [] });
    expect(m.total).toBe(0);
  });

  it('orders items: classified by value, then lost, then potential', () => {
    const m = abcXyzMatrix([
      { id: 'p', values: [], everPurchased: false },
      { id: 'l', values: [-10, 0, 5] },
      { id: 'a', values: [1, 1, 1] },
    ]);
    expect(m.items.map((i) => [i.id, i.status])).toEqual([
      ['a', 'classified'],
      ['l', 'lost'],
      ['p', 'potential'],
    ]);
    expect(m.cells.lost.value).toBe(-5);
  });

  it('classifies a positive row whose flag says everPurchased: false (it bought now)', () => {
    const m = abcXyzMatrix([{ id: 'x', values: [1, 1, 1], everPurchased: false }]);
    expect(m.items[0].status).toBe('classified');
  });

  it('puts a classified client with too few periods for XYZ into the ABC-only cell', () => {
    const m = abcXyzMatrix([
      { id: 'short', values: [10, 10] },
      { id: 'long', values: [1, 1, 1] },
    ]);
    expect(m.cells.A.ids).toEqual(['short']);
    expect(m.items[0]).toMatchObject({ abc: 'A', xyz: null, cv: null, cell: 'A', mean: 10, sd: 0 });
    expect(m.cells.CX.ids).toEqual(['long']);
  });

  it('takes options nested or flat, and names nested options in errors', () => {
    const rows = WIDGET_ROWS;
    const nested = abcXyzMatrix(rows, { abc: { thresholds: [0.5, 0.9] }, xyz: { thresholds: [0.2, 0.5] } });
    const flat = abcXyzMatrix(rows, { abcThresholds: [0.5, 0.9], xyzThresholds: [0.2, 0.5] });
    expect(flat).toEqual(nested);
    expect(counts(nested.cells)).toEqual({ AX: 1, BX: 2, BY: 1, CX: 1, CY: 1, lost: 1, potential: 1 });
    expect(issuesOf(() => abcXyzMatrix(rows, { abc: { thresholds: [2, 3] } }))[0].path).toBe(
      'options.abc.thresholds',
    );
    expect(issuesOf(() => abcXyzMatrix(rows, { xyz: { minPeriods: 0 } }))[0].path).toBe(
      'options.xyz.minPeriods',
    );
    expect(issuesOf(() => abcXyzMatrix(rows, { abc: {}, boundary: 'strict' }))[0].path).toBe('options.abc');
    expect(issuesOf(() => abcXyzMatrix(rows, { thresholds: [0.5, 0.9] } as never))[0].path).toBe(
      'options.thresholds',
    );
    expect(
      abcXyzMatrix(rows, { sigma: 'sample', minPeriods: 3, topIsA: false, boundary: 'before' }).count,
    ).toBe(8);
  });

  it('throws one PulseDataError listing every bad row field', () => {
    const bad = [
      { id: 'a', values: [1, 'x'] },
      { id: 'a', values: [1], everPurchased: 'no' },
      { id: 'c', name: 5, owner: {}, values: null },
    ] as unknown as AbcXyzRow[];
    expect(issuesOf(() => abcXyzMatrix(bad))).toEqual([
      { path: 'rows[0].values[1]', message: 'expected a number, got "x"' },
      { path: 'rows[1].id', message: 'duplicate id "a", also at rows[0]' },
      { path: 'rows[1].everPurchased', message: 'expected true or false, got "no"' },
      { path: 'rows[2].name', message: 'expected a string, got 5' },
      { path: 'rows[2].owner', message: 'expected a string, got an object' },
      { path: 'rows[2].values', message: 'expected an array of numbers, got null' },
    ]);
  });
});

describe('compareAbcXyz(previous, current)', () => {
  // before: stays A·X (0.76), drops B·X (0.91), rises C·Z (0.98), leaves C·X
  const before = abcXyzMatrix([
    { id: 'stays', values: [100, 100, 100] },
    { id: 'drops', values: [20, 20, 20] },
    { id: 'rises', values: [5, 10, 15] },
    { id: 'leaves', values: [2, 2, 2] },
  ]);
  // after: rises A·X (0.4), stays A·X (exactly 0.8), joins C·X, drops lost, leaves missing
  const after = abcXyzMatrix([
    { id: 'stays', values: [140, 130, 130] },
    { id: 'drops', values: [0, 0, 0] },
    { id: 'rises', values: [130, 135, 135] },
    { id: 'joins', name: 'Нео-Пак, ООО', values: [60, 70, 70] },
  ]);

  it('builds the ABC and XYZ transition matrices, rows previous and columns current, with ids', () => {
    const t = compareAbcXyz(before, after);
    expect(t.abc.states).toEqual(['potential', 'lost', 'C', 'B', 'A']);
    expect(t.xyz.states).toEqual(['potential', 'lost', 'none', 'Z', 'Y', 'X']);
    expect(t.abc.cells.A.A.ids).toEqual(['stays']);
    expect(t.abc.cells.B.lost).toMatchObject({
      from: 'B',
      to: 'lost',
      count: 1,
      ids: ['drops'],
      direction: 'worse',
    });
    expect(t.abc.cells.C.A).toMatchObject({ count: 1, ids: ['rises'], direction: 'better' });
    expect(t.xyz.cells.Z.X.ids).toEqual(['rises']);
    expect(t.xyz.cells.X.lost.ids).toEqual(['drops']);
  });

  it('counts a client missing on one side as potential there, both ways', () => {
    const t = compareAbcXyz(before, after);
    expect(t.abc.cells.potential.C).toMatchObject({ ids: ['joins'], direction: 'better' });
    expect(t.abc.cells.C.potential).toMatchObject({ ids: ['leaves'], direction: 'worse' });
    expect(t.xyz.cells.X.potential.ids).toEqual(['leaves']);
    const leaves = t.changes.find((c) => c.id === 'leaves')!;
    expect(leaves.to).toEqual({ abc: 'potential', xyz: 'potential', cell: 'potential', value: 0 });
  });

  it('lists every client with from/to positions and directions: ABC first, then XYZ', () => {
    const t = compareAbcXyz(before, after);
    expect(t.changes.map((c) => [c.id, c.direction])).toEqual([
      ['rises', 'better'],
      ['stays', 'same'],
      ['joins', 'better'],
      ['drops', 'worse'],
      ['leaves', 'worse'],
    ]);
    const rises = t.changes[0];
    expect(rises.from).toEqual({ abc: 'C', xyz: 'Z', cell: 'CZ', value: 30 });
    expect(rises.to).toMatchObject({ abc: 'A', xyz: 'X', cell: 'AX' });
    expect(t.changes[2].name).toBe('Нео-Пак, ООО');
    expect([t.abc.better, t.abc.worse, t.abc.same]).toEqual([2, 2, 1]);
  });

  it('lets XYZ decide when ABC stays, and does not compare an undefined XYZ with X, Y or Z', () => {
    const a = abcXyzMatrix([
      { id: 'k', values: [10, 50, 90] },
      { id: 'n', values: [1, 1, 1] },
    ]);
    const b = abcXyzMatrix([
      { id: 'k', values: [50, 50, 50] },
      { id: 'n', values: [1, 1] },
    ]);
    const t = compareAbcXyz(a, b);
    const k = t.changes.find((c) => c.id === 'k')!;
    expect([k.abcDirection, k.xyzDirection, k.direction]).toEqual(['same', 'better', 'better']);
    const n = t.changes.find((c) => c.id === 'n')!;
    expect(n.to.xyz).toBe('none');
    expect(n.xyzDirection).toBe('same');
    expect(t.xyz.cells.lost.none.direction).toBe('better');
  });

  it('throws one PulseDataError naming bad items of either side', () => {
    const issues = issuesOf(() =>
      compareAbcXyz(
        { items: [{ id: 'a', status: 'gone' }] } as never,
        { items: [{ id: 'a', status: 'classified', abc: 'D' }] } as never,
      ),
    );
    expect(issues.map((i) => i.path)).toEqual(['previous.items[0].status', 'current.items[0].abc']);
    expect(issuesOf(() => compareAbcXyz(null as never, {} as never)).map((i) => i.path)).toEqual([
      'previous',
      'current',
    ]);
  });

  it('caps the issues at 100 and says that reading stopped, across both sides', () => {
    const bad = (n: number) => ({
      items: Array.from({ length: n }, (_, i) => ({ id: `x${i}`, status: 'gone' })),
    });
    const issues = issuesOf(() => compareAbcXyz(bad(60) as never, bad(60) as never));
    expect(issues).toHaveLength(101);
    expect(issues[59].path).toBe('previous.items[59].status');
    expect(issues[60].path).toBe('current.items[0].status');
    expect(issues[99].path).toBe('current.items[39].status');
    expect(issues[100]).toEqual({ path: '', message: 'more than 100 issues; reading stopped' });
    // Exactly 100 is not capped: no closing entry.
    expect(issuesOf(() => compareAbcXyz(bad(50) as never, bad(50) as never))).toHaveLength(100);
  });
});
