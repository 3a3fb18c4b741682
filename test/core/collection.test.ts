import { describe, expect, it } from 'vitest';
import {
  collection,
  collectionKpi,
  DEFAULT_KPI_STEPS,
  type CollectionRow,
} from '../../src/core/collection.js';
import { issuesOf } from './issues-of.js';

describe('collectionKpi(fact, plan, steps)', () => {
  it('collectionKpi(238539, 263492) is 90.53% and earns 0.2 (002, Аракелян Наринэ)', () => {
    const r = collectionKpi(238539, 263492);
    expect(r.ratio).toBeCloseTo(0.9053, 4);
    expect(r.kpi).toBe(0.2);
  });

  it('steps on the unrounded ratio: < 0.75 -> 0, [0.75, 0.85) -> 0.1, >= 0.85 -> 0.2', () => {
    const kpi = (fact: number) => collectionKpi(fact, 100).kpi;
    expect([0, 50, 74.99, 74.999999, 75, 80, 84.99, 84.9999, 85, 99, 100, 130].map(kpi)).toEqual([
      0, 0, 0, 0, 0.1, 0.1, 0.1, 0.1, 0.2, 0.2, 0.2, 0.2,
    ]);
  });

  it('meets a boundary reached through float arithmetic (0.85 x plan)', () => {
    expect(collectionKpi(0.1 + 0.75, 1).kpi).toBe(0.2);
    expect(collectionKpi(0.75 * 3, 3).kpi).toBe(0.1);
  });

  it('gives {ratio: null, kpi: null} for a plan of 0, whatever the fact', () => {
    expect(collectionKpi(0, 0)).toEqual({ ratio: null, kpi: null });
    expect(collectionKpi(500, 0)).toEqual({ ratio: null, kpi: null });
  });

  it('gives ratio 0 and KPI 0 when nothing was paid', () => {
    expect(collectionKpi(0, 1000)).toEqual({ ratio: 0, kpi: 0 });
  });

  it('accepts amounts as number strings', () => {
    expect(collectionKpi('238 539', '263 492,00')).toEqual(collectionKpi(238539, 263492));
  });

  it('takes its own steps; below the first step the KPI is 0', () => {
    const steps = [
      { from: 0.5, kpi: 1 },
      { from: 0.9, kpi: 3 },
    ];
    expect(collectionKpi(40, 100, steps)).toEqual({ ratio: 0.4, kpi: 0 });
    expect(collectionKpi(50, 100, steps)).toEqual({ ratio: 0.5, kpi: 1 });
    expect(collectionKpi(95, 100, steps)).toEqual({ ratio: 0.95, kpi: 3 });
    expect(collectionKpi(95, 100, DEFAULT_KPI_STEPS)).toEqual(collectionKpi(95, 100));
  });

  it('throws one PulseDataError listing every issue: fact, plan, steps', () => {
    expect(
      issuesOf(() =>
        collectionKpi(-1, 'x', [
          { from: 0.5, kpi: 1 },
          { from: 0.5, kpi: 2 },
          { from: 'a' as never, kpi: 3 },
        ]),
      ),
    ).toEqual([
      { path: 'fact', message: 'expected a value of 0 or more, got -1' },
      { path: 'plan', message: 'expected a number, got "x"' },
      { path: 'steps[2].from', message: 'expected a number, got "a"' },
      { path: 'steps[1].from', message: "expected more than the previous step's from 0.5, got 0.5" },
    ]);
    expect(issuesOf(() => collectionKpi(1, 1, []))).toEqual([
      { path: 'steps', message: 'expected at least 1 item(s)' },
    ]);
    expect(issuesOf(() => collectionKpi(NaN, Infinity))).toEqual([
      { path: 'fact', message: 'expected a finite number, got NaN' },
      { path: 'plan', message: 'expected a finite number, got Infinity' },
    ]);
  });
});

describe('collection(rows, options)', () => {
  // "Полнота сбора" on 18.07.2024 (000), Калинина М.В., July 2024: plan, debt, advance, fact.
  const kalinina: CollectionRow[] = [
    { id: '777008', plan: '80 213,44', debt: '80 213,44', advance: 0, fact: '80 213,44' },
    { id: '777017', plan: '102 000,00', debt: 0, advance: 0, fact: 0 },
    { id: '777019', plan: '32 000,00', debt: 0, advance: 0, fact: '32 000,00' },
    { id: '777023', plan: '90 103,83', debt: '90 103,83', advance: 0, fact: '90 103,83' },
    { id: '777026', plan: '185 500,00', debt: 0, advance: 0, fact: '185 500,00' },
  ].map((r) => ({ ...r, owner: 'Калинина М.В.', department: 'Подразделение СИ' }));

  it('computes completeness = fact / plan per row', () => {
    const r = collection(kalinina);
    expect(r.rows.map((row) => row.completeness)).toEqual([1, 0, 1, 1, 1]);
    expect(r.rows[0]).toEqual({
      id: '777008',
      owner: 'Калинина М.В.',
      department: 'Подразделение СИ',
      plan: 80213.44,
      fact: 80213.44,
      debt: 80213.44,
      advance: 0,
      completeness: 1,
    });
  });

  it('totals sum of fact / sum of plan per owner, per department and in all, with the KPI step', () => {
    const r = collection(kalinina);
    const plan = 80213.44 + 102000 + 32000 + 90103.83 + 185500;
    const fact = 80213.44 + 32000 + 90103.83 + 185500;
    expect(r.owners).toHaveLength(1);
    expect(r.owners[0].owner).toBe('Калинина М.В.');
    expect(r.owners[0].plan).toBeCloseTo(plan, 6);
    expect(r.owners[0].completeness).toBeCloseTo(fact / plan, 12);
    expect(r.owners[0].completeness).toBeCloseTo(0.7918, 4);
    expect(r.owners[0].kpi).toBe(0.1);
    expect(r.owners[0].debt).toBeCloseTo(80213.44 + 90103.83, 6);
    expect(r.owners[0].advance).toBe(0);
    expect(r.departments[0]).toMatchObject({ department: 'Подразделение СИ', count: 5 });
    expect(r.total.ids).toEqual(['777008', '777017', '777019', '777023', '777026']);
  });

  it('weights the total by plan instead of averaging the rows ratios', () => {
    const r = collection([
      { id: 'big', plan: 1000, fact: 700 },
      { id: 'small', plan: 10, fact: 10 },
    ]);
    expect(r.total.completeness).toBeCloseTo(710 / 1010, 12);
    // The mean of the ratios, (0.7 + 1) / 2 = 0.85, would earn 0.2.
    expect(r.total.kpi).toBe(0);
  });

  it('sums the charges as the plan when the host sends none; a sent plan wins over charges', () => {
    const r = collection([
      { id: 1, charges: [2818, '1 150', 2510], fact: 6478 },
      { id: 2, charges: ['2 818'], fact: 0 },
      { id: 3, plan: 100, charges: [5000], fact: 90 },
      { id: 4, charges: [], fact: 0 },
    ]);
    expect(r.rows.map((row) => [row.plan, row.completeness])).toEqual([
      [6478, 1],
      [2818, 0],
      [100, 0.9],
      [0, null],
    ]);
  });

  it('gives null completeness and KPI (not 0, not Infinity) for a plan of 0, also with a fact', () => {
    const r = collection([{ id: 1, plan: 0, fact: 50 }]);
    expect(r.rows[0].completeness).toBeNull();
    expect(r.total).toMatchObject({ plan: 0, fact: 50, completeness: null, kpi: null });
  });

  it('groups per owner and department in code-point order, rows without either last', () => {
    const r = collection([
      { id: 1, owner: 'Харитонова А.В.', department: 'Б', plan: 100, fact: 80 },
      { id: 2, plan: 100, fact: 100 },
      { id: 3, owner: 'Калинина М.В.', department: 'А', plan: 100, fact: 74 },
      { id: 4, owner: 'Харитонова А.В.', department: 'А', plan: 100, fact: 100 },
    ]);
    expect(r.owners.map((o) => [o.owner, o.count, o.completeness, o.kpi])).toEqual([
      ['Калинина М.В.', 1, 0.74, 0],
      ['Харитонова А.В.', 2, 0.9, 0.2],
      [null, 1, 1, 0.2],
    ]);
    expect(r.departments.map((d) => [d.department, d.ids])).toEqual([
      ['А', ['3', '4']],
      ['Б', ['1']],
      [null, ['2']],
    ]);
  });

  it('keeps debt and advance null when no row sent them', () => {
    const r = collection([{ id: 1, plan: 10, fact: 5 }]);
    expect(r.rows[0]).toMatchObject({ debt: null, advance: null });
    expect(r.total).toMatchObject({ debt: null, advance: null });
  });

  it('applies options.steps to the totals', () => {
    const r = collection([{ id: 1, plan: 100, fact: 80 }], {
      steps: [
        { from: 0, kpi: 0 },
        { from: 0.8, kpi: 1 },
      ],
    });
    expect(r.total.kpi).toBe(1);
  });

  it('handles no rows: empty groups, total completeness null', () => {
    const r = collection([]);
    expect(r).toEqual({
      rows: [],
      owners: [],
      departments: [],
      total: {
        count: 0,
        plan: 0,
        fact: 0,
        debt: null,
        advance: null,
        completeness: null,
        kpi: null,
        ids: [],
      },
    });
  });

  it('does not mutate its input', () => {
    const rows = Object.freeze(kalinina.map((row) => Object.freeze({ ...row })));
    const before = structuredClone(rows);
    collection(rows);
    expect(rows).toEqual(before);
  });

  it('throws one PulseDataError listing every issue: fields, missing plan, duplicate ids, options', () => {
    const issues = issuesOf(() =>
      collection(
        [
          { id: 1, fact: 'x' } as CollectionRow,
          { id: '1', plan: -5, fact: 1 },
          null as never,
          { id: 3, owner: true as never, charges: [1, 'z'], fact: 1 },
        ],
        {
          steps: [
            { from: 0.5, kpi: 0 },
            { from: 0.4, kpi: 1 },
          ],
        },
      ),
    );
    expect(issues).toEqual([
      { path: 'rows[0].fact', message: 'expected a number, got "x"' },
      { path: 'rows[0].plan', message: 'missing (send plan or charges)' },
      { path: 'rows[1].plan', message: 'expected a value of 0 or more, got -5' },
      { path: 'rows[2]', message: 'expected an object, got null' },
      { path: 'rows[3].owner', message: 'expected a string or a number, got boolean' },
      { path: 'rows[3].charges[1]', message: 'expected a number, got "z"' },
      { path: 'rows[1].id', message: 'duplicate id "1" (first at rows[0])' },
      { path: 'options.steps[1].from', message: "expected more than the previous step's from 0.5, got 0.4" },
    ]);
  });
});
