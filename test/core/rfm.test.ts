import { describe, expect, it } from 'vitest';
import {
  RFM_OTHERS,
  RFM_SEGMENT_RULES,
  rfmEdges,
  rfmScores,
  rfmSegments,
  type RfmCustomer,
} from '../../src/core/rfm.js';
import { issuesOf } from './issues-of.js';

/** Ten customers with distinct values 1..10 in every dimension. */
const TEN: RfmCustomer[] = Array.from({ length: 10 }, (_, i) => ({
  id: `c${i + 1}`,
  recencyDays: i + 1,
  frequency: i + 1,
  monetary: (i + 1) * 100,
}));

describe('rfmScores(customers)', () => {
  it('puts two of ten distinct values into each of 5 quantile bins, recency reversed', () => {
    const r = rfmScores(TEN);
    expect(r.map((s) => s.f)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(r.map((s) => s.m)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(r.map((s) => s.r)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
    expect(r[0]).toEqual({ id: 'c1', r: 5, f: 1, m: 1, score: 511 });
    expect(r[9].score).toBe(155);
  });

  it('gives equal values one bin, the one where the first of them falls (ties never straddle an edge)', () => {
    const freq = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5];
    const customers = freq.map((f, i) => ({ id: `c${i}`, recencyDays: 0, frequency: f, monetary: 1 }));
    expect(rfmScores(customers).map((s) => s.f)).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
    expect(rfmEdges(customers).frequency).toEqual([2, 2, 2, 4]);
    // all equal: everyone in bin 1, so F1 and M1, and R5 (the most recent bin)
    expect(rfmScores(customers).every((s) => s.m === 1 && s.r === 5)).toBe(true);
    expect(rfmEdges(customers).monetary).toEqual([null, null, null, null]);
  });

  it('reads given edges as upper-exclusive: a value on an edge is in the upper bin', () => {
    const customers = [0, 6, 7, 29, 30, 180, 400].map((d) => ({
      id: `d${d}`,
      recencyDays: d,
      frequency: 1,
      monetary: 1,
    }));
    const r = rfmScores(customers, { recencyBins: [7, 30, 90, 180] });
    expect(r.map((s) => s.r)).toEqual([5, 5, 4, 4, 3, 1, 1]);
    expect(rfmEdges(customers, { recencyBins: [7, 30, 90, 180] }).recency).toEqual([7, 30, 90, 180]);
  });

  it('reads bins for every dimension and per dimension', () => {
    const r = rfmScores(TEN, { bins: 2, monetaryBins: [500] });
    expect(r.map((s) => s.r)).toEqual([2, 2, 2, 2, 2, 1, 1, 1, 1, 1]);
    expect(r.map((s) => s.f)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
    expect(r.map((s) => s.m)).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(r[0].score).toBe(211);
    expect(rfmScores(TEN, { bins: 1 }).every((s) => s.score === 111)).toBe(true);
  });

  it('leaves the upper bins empty when there are fewer customers than bins', () => {
    const two = [1, 2].map((v) => ({ id: `c${v}`, recencyDays: v, frequency: v, monetary: v }));
    expect(rfmScores(two).map((s) => [s.r, s.f, s.m])).toEqual([
      [5, 1, 1],
      [3, 3, 3],
    ]);
    expect(rfmEdges(two).frequency).toEqual([2, 2, null, null]);
  });

  it('returns [] for no customers, keeps the input order and accepts number strings', () => {
    expect(rfmScores([])).toEqual([]);
    const r = rfmScores([
      { id: 'b', recencyDays: '10', frequency: '2', monetary: '1 500,50' },
      { id: 7, recencyDays: 1, frequency: 1, monetary: -20 },
    ]);
    expect(r.map((s) => s.id)).toEqual(['b', '7']);
    expect(r[0].m).toBeGreaterThan(r[1].m);
  });

  it('throws one PulseDataError listing every bad value, duplicate id and bad option', () => {
    const bad = [
      { id: 'a', recencyDays: -1, frequency: 'x', monetary: 1 },
      { id: 'a', recencyDays: 1, frequency: 1, monetary: NaN },
    ] as RfmCustomer[];
    expect(issuesOf(() => rfmScores(bad, { bins: 10, recencyBins: [30, 7] }))).toEqual([
      { path: 'customers[0].recencyDays', message: 'expected a value of 0 or more, got -1' },
      { path: 'customers[0].frequency', message: 'expected a number, got "x"' },
      { path: 'customers[1].id', message: 'duplicate id "a", also at customers[0]' },
      { path: 'customers[1].monetary', message: 'expected a finite number, got NaN' },
      { path: 'options.bins', message: 'expected a whole number of bins from 1 to 9, got 10' },
      { path: 'options.recencyBins', message: 'expected at most 8 ascending finite edges, got an array' },
    ]);
    expect(issuesOf(() => rfmScores({} as never))[0].path).toBe('customers');
    expect(issuesOf(() => rfmScores([], { frequencyBins: 2.5 }))[0].path).toBe('options.frequencyBins');
  });
});

describe('rfmSegments(scored, rules)', () => {
  const seg = (r: number, f: number, m: number) => rfmSegments([{ id: 'x', r, f, m }])[0].segment;

  it('has the default rule list of domain.md, in order', () => {
    expect(RFM_SEGMENT_RULES.map((x) => [x.name, x.r, x.f, x.m])).toEqual([
      ['Champions', [5, 5], [5, 5], [5, 5]],
      ['Potential Loyalist', [3, 5], [3, 5], [2, 5]],
      ['Loyal Customers', [2, 4], [2, 4], [2, 4]],
      ['Promising', [3, 4], [1, 3], [3, 5]],
      ['New Customers', [4, 5], [1, 3], [1, 5]],
      ["Can't Lose Them", [1, 2], [3, 4], [4, 5]],
      ['At Risk', [1, 2], [2, 5], [4, 5]],
      ['Need Attention', [1, 3], [3, 5], [3, 5]],
      ['About To Sleep', [2, 3], [1, 3], [1, 4]],
      ['Lost', [1, 1], [1, 5], [1, 5]],
    ]);
  });

  it('names a customer by the first matching box (inclusive)', () => {
    expect(seg(5, 5, 5)).toBe('Champions');
    expect(seg(5, 4, 5)).toBe('Potential Loyalist'); // before New Customers and Loyal Customers
    expect(seg(3, 3, 3)).toBe('Potential Loyalist');
    expect(seg(2, 2, 2)).toBe('Loyal Customers');
    expect(seg(3, 1, 3)).toBe('Promising');
    expect(seg(5, 1, 1)).toBe('New Customers');
    expect(seg(1, 3, 5)).toBe("Can't Lose Them"); // before At Risk
    expect(seg(1, 5, 5)).toBe('At Risk');
    expect(seg(1, 5, 3)).toBe('Need Attention');
    expect(seg(2, 1, 1)).toBe('About To Sleep');
    expect(seg(3, 1, 1)).toBe('About To Sleep');
    expect(seg(1, 1, 1)).toBe('Lost');
    expect(seg(1, 2, 1)).toBe('Lost');
  });

  it("gives 'Others' when no box matches", () => {
    expect(seg(2, 5, 1)).toBe(RFM_OTHERS);
    expect(RFM_OTHERS).toBe('Others');
  });

  it('takes custom rules; an omitted dimension matches any score', () => {
    const rules = [
      { name: 'Recent', r: [4, 5] as [number, number] },
      { name: 'Rich', m: [5, 5] as [number, number] },
    ];
    const r = rfmSegments(
      [
        { id: 'a', r: 5, f: 1, m: 1 },
        { id: 'b', r: 1, f: 1, m: 5 },
        { id: 'c', r: 1, f: 1, m: 1 },
      ],
      rules,
    );
    expect(r).toEqual([
      { id: 'a', segment: 'Recent' },
      { id: 'b', segment: 'Rich' },
      { id: 'c', segment: 'Others' },
    ]);
  });

  it('segments the output of rfmScores in input order', () => {
    const r = rfmSegments(rfmScores(TEN));
    expect(r[0]).toEqual({ id: 'c1', segment: 'New Customers' }); // 511
    expect(r[9]).toEqual({ id: 'c10', segment: 'At Risk' }); // 155
  });

  it('throws one PulseDataError listing every bad score and rule', () => {
    const issues = issuesOf(() =>
      rfmSegments(
        [{ id: 'a', r: 0, f: 1.5, m: 3 }, null as never],
        [{ name: '', r: [3, 1] as [number, number] }],
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([
      'rules[0].name',
      'rules[0].r',
      'scored[0].r',
      'scored[0].f',
      'scored[1]',
    ]);
    expect(issuesOf(() => rfmSegments([], 'x' as never))[0].path).toBe('rules');
  });
});
