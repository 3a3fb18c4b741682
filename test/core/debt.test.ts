import { describe, expect, it } from 'vitest';
import { agingBuckets, debtDepth, type AgingInvoice } from '../../src/core/debt.js';
import { issuesOf } from './issues-of.js';

describe('debtDepth(debt, chargesNewestFirst)', () => {
  it('debtDepth(250, [100, 120, 80, 100]) counts the partly covered month as 30/80: 2.375', () => {
    expect(debtDepth(250, [100, 120, 80, 100])).toEqual({ months: 2.375, atLeast: false });
  });

  it('skips months with a zero charge', () => {
    expect(debtDepth(250, [0, 100, 0, 120, 0, 80])).toEqual({ months: 2.375, atLeast: false });
  });

  it('counts whole months when the debt equals the charges it covers', () => {
    expect(debtDepth(220, [100, 120, 80])).toEqual({ months: 2, atLeast: false });
    expect(debtDepth(400, [100, 120, 80, 100])).toEqual({ months: 4, atLeast: false });
  });

  it('absorbs float residues: 0.3 over [0.1, 0.2] is exactly 2 months', () => {
    expect(debtDepth(0.3, [0.1, 0.2])).toEqual({ months: 2, atLeast: false });
    expect(debtDepth(0.1 + 0.2, [0.1, 0.2, 5])).toEqual({ months: 2, atLeast: false });
  });

  it('gives a lower bound (atLeast) when the charges run out before the debt', () => {
    expect(debtDepth(500, [100, 120, 80, 100])).toEqual({ months: 4, atLeast: true });
    expect(debtDepth(500, [100, 0])).toEqual({ months: 1, atLeast: true });
  });

  it('gives 0 for no debt, a zero debt or an advance (negative debt)', () => {
    expect(debtDepth(0, [100])).toEqual({ months: 0, atLeast: false });
    expect(debtDepth(-50, [100])).toEqual({ months: 0, atLeast: false });
    expect(debtDepth(-50, [])).toEqual({ months: 0, atLeast: false });
  });

  it('gives null (not 0, not Infinity) for a debt with no non-zero charge to measure it by', () => {
    expect(debtDepth(250, [])).toEqual({ months: null, atLeast: false });
    expect(debtDepth(250, [0, 0])).toEqual({ months: null, atLeast: false });
    expect(debtDepth(250, [0, 0], { mode: 'ratio' })).toEqual({ months: null, atLeast: false });
    expect(debtDepth(250, [0], { mode: 'ceil' })).toEqual({ months: null, atLeast: false });
  });

  it("mode 'ceil' rounds the fraction result up to whole months, leaving whole results alone", () => {
    expect(debtDepth(250, [100, 120, 80, 100], { mode: 'ceil' })).toEqual({ months: 3, atLeast: false });
    expect(debtDepth(220, [100, 120, 80], { mode: 'ceil' })).toEqual({ months: 2, atLeast: false });
    expect(debtDepth(500, [100, 120], { mode: 'ceil' })).toEqual({ months: 2, atLeast: true });
    expect(debtDepth(1, [100], { mode: 'ceil' })).toEqual({ months: 1, atLeast: false });
  });

  it("mode 'ratio' divides by the latest non-zero charge", () => {
    expect(debtDepth(250, [100, 120, 80, 100], { mode: 'ratio' })).toEqual({ months: 2.5, atLeast: false });
    expect(debtDepth(250, [0, 125, 80], { mode: 'ratio' })).toEqual({ months: 2, atLeast: false });
    // Ликстрой (000): 1 000 000,00 of debt, last month's charge 27 600,00.
    expect(debtDepth('1 000 000,00', ['27 600,00'], { mode: 'ratio' }).months).toBeCloseTo(36.2319, 4);
  });

  it("mode 'fraction' is the default and may be given explicitly", () => {
    expect(debtDepth(250, [100, 120, 80], { mode: 'fraction' })).toEqual(debtDepth(250, [100, 120, 80]));
    expect(debtDepth(250, [100, 120, 80], null)).toEqual(debtDepth(250, [100, 120, 80]));
  });

  it('accepts amounts as Russian or plain number strings', () => {
    expect(debtDepth('250,00', ['100', '120.00', '80'])).toEqual({ months: 2.375, atLeast: false });
  });

  it('does not mutate the charges', () => {
    const charges = Object.freeze([100, 0, 120, 80]);
    debtDepth(250, charges);
    expect(charges).toEqual([100, 0, 120, 80]);
  });

  it('throws one PulseDataError listing every issue: debt, each charge, the mode', () => {
    const issues = issuesOf(() => debtDepth('x', [1, -2, 'y', NaN], { mode: 'months' as never }));
    expect(issues).toEqual([
      { path: 'debt', message: 'expected a number, got "x"' },
      { path: 'charges[1]', message: 'expected a value of 0 or more, got -2' },
      { path: 'charges[2]', message: 'expected a number, got "y"' },
      { path: 'charges[3]', message: 'expected a finite number, got NaN' },
      { path: 'options.mode', message: 'expected one of "fraction", "ceil", "ratio", got "months"' },
    ]);
    expect(issuesOf(() => debtDepth(250, [100], 5 as never))).toEqual([
      { path: 'options', message: 'expected an object, got 5' },
    ]);
    expect(issuesOf(() => debtDepth(Infinity, 'x' as never))).toEqual([
      { path: 'debt', message: 'expected a finite number, got Infinity' },
      { path: 'charges', message: 'expected an array, got "x"' },
    ]);
  });
});

describe('agingBuckets(invoices, {asOf, edges})', () => {
  const asOf = '2024-07-18';
  // Days past due at 18.07.2024 for a due date `d` days earlier.
  const due = (daysPastDue: number) =>
    new Date(Date.UTC(2024, 6, 18 - daysPastDue)).toISOString().slice(0, 10);
  const invoice = (id: string, daysPastDue: number, amount: number | string = 100, paid?: number | string) =>
    ({ id, dueDate: due(daysPastDue), amount, paid }) as AgingInvoice;

  it('has the default buckets not due, 1-30, 31-60, 61-90, 91+ with their bounds', () => {
    const r = agingBuckets([], { asOf });
    expect(r.buckets.map(({ key, from, to }) => ({ key, from, to }))).toEqual([
      { key: 'not-due', from: null, to: 0 },
      { key: '1-30', from: 1, to: 30 },
      { key: '31-60', from: 31, to: 60 },
      { key: '61-90', from: 61, to: 90 },
      { key: '91+', from: 91, to: null },
    ]);
  });

  it('puts invoices at each boundary in the bucket whose upper bound is inclusive', () => {
    const days = [-5, 0, 1, 30, 31, 60, 61, 90, 91, 400];
    const r = agingBuckets(
      days.map((d) => invoice(`d${d}`, d)),
      { asOf },
    );
    expect(r.buckets.map((b) => b.ids)).toEqual([
      ['d-5', 'd0'],
      ['d1', 'd30'],
      ['d31', 'd60'],
      ['d61', 'd90'],
      ['d91', 'd400'],
    ]);
  });

  it('sums the outstanding amount (amount - paid) per bucket, with its share of the total', () => {
    const r = agingBuckets(
      [invoice('a', 10, '1 000,50', 500.5), invoice('b', 45, 300), invoice('c', 100, 200, '100')],
      { asOf },
    );
    expect(r.buckets.map((b) => [b.count, b.amount])).toEqual([
      [0, 0],
      [1, 500],
      [1, 300],
      [0, 0],
      [1, 100],
    ]);
    expect(r.buckets.map((b) => b.share)).toEqual([0, 500 / 900, 300 / 900, 0, 100 / 900]);
    expect(r.total).toEqual({ count: 3, amount: 900, ids: ['a', 'b', 'c'] });
  });

  it('leaves fully paid and overpaid invoices out of the buckets and counts them as settled', () => {
    const r = agingBuckets(
      [invoice('paid', 40, 100, 100), invoice('over', 40, 100, 150), invoice('open', 40, 100, 99.99)],
      { asOf },
    );
    expect(r.settled).toEqual({ count: 2, amount: 0, ids: ['paid', 'over'] });
    expect(r.buckets[2].ids).toEqual(['open']);
    expect(r.buckets[2].amount).toBeCloseTo(0.01, 9);
  });

  it('puts an invoice with the 1C empty due date in undated, counted in the total', () => {
    const r = agingBuckets([{ id: 1, dueDate: '0001-01-01', amount: 70 }, invoice('x', 5, 30)], { asOf });
    expect(r.undated).toEqual({ count: 1, amount: 70, ids: ['1'] });
    expect(r.total).toEqual({ count: 2, amount: 100, ids: ['1', 'x'] });
    expect(r.buckets[1].share).toBeCloseTo(0.3, 12);
  });

  it('reads due dates as DD.MM.YYYY, YYYY-MM-DD and ISO date-times alike', () => {
    const r = agingBuckets(
      [
        { id: 'ru', dueDate: '17.07.2024', amount: 1 },
        { id: 'iso', dueDate: '2024-07-17', amount: 1 },
        { id: 'dt', dueDate: '2024-07-17T23:30:00+03:00', amount: 1 },
      ],
      { asOf: '18.07.2024' },
    );
    expect(r.buckets[1].ids).toEqual(['ru', 'iso', 'dt']);
  });

  it('takes other edges as an option: [15, 30] gives 1-15, 16-30, 31+', () => {
    const r = agingBuckets([invoice('a', 15), invoice('b', 16), invoice('c', 31)], { asOf, edges: [15, 30] });
    expect(r.buckets.map((b) => [b.key, b.from, b.to, b.ids])).toEqual([
      ['not-due', null, 0, []],
      ['1-15', 1, 15, ['a']],
      ['16-30', 16, 30, ['b']],
      ['31+', 31, null, ['c']],
    ]);
  });

  it('with no edges has only not due and 1+', () => {
    const r = agingBuckets([invoice('a', 0), invoice('b', 1)], { asOf, edges: [] });
    expect(r.buckets.map((b) => [b.key, b.ids])).toEqual([
      ['not-due', ['a']],
      ['1+', ['b']],
    ]);
  });

  it('gives null shares (0/0) when nothing is outstanding, and empty groups for no invoices', () => {
    const r = agingBuckets([invoice('a', 5, 10, 10)], { asOf });
    expect(r.buckets.every((b) => b.share === null)).toBe(true);
    expect(r.total).toEqual({ count: 0, amount: 0, ids: [] });
  });

  it('does not mutate the invoices', () => {
    const invoices = Object.freeze([Object.freeze(invoice('a', 5, '10,5'))]);
    agingBuckets(invoices, Object.freeze({ asOf, edges: Object.freeze([30]) }));
    expect(invoices[0].amount).toBe('10,5');
  });

  it('throws one PulseDataError listing every issue, duplicate ids and options included', () => {
    const issues = issuesOf(() =>
      agingBuckets(
        [
          { id: 1, dueDate: '31.02.2024', amount: -1 },
          { id: '1', dueDate: 'x', amount: 1, paid: 'y' },
          null as never,
        ],
        { asOf: '0001-01-01', edges: [30, 20, 1.5, 0] },
      ),
    );
    expect(issues).toEqual([
      { path: 'invoices[0].dueDate', message: '"31.02.2024" is not a calendar date' },
      { path: 'invoices[0].amount', message: 'expected a value of 0 or more, got -1' },
      {
        path: 'invoices[1].dueDate',
        message: 'expected a date as YYYY-MM-DD, an ISO date-time or DD.MM.YYYY, got "x"',
      },
      { path: 'invoices[1].paid', message: 'expected a number, got "y"' },
      { path: 'invoices[2]', message: 'expected an object, got null' },
      { path: 'invoices[1].id', message: 'duplicate id "1" (first at invoices[0])' },
      { path: 'options.asOf', message: 'expected a date, got the empty date 0001-01-01' },
      { path: 'options.edges[1]', message: 'expected more than the previous edge 30, got 20' },
      { path: 'options.edges[2]', message: 'expected an integer, got 1.5' },
      { path: 'options.edges[2]', message: 'expected more than the previous edge 20, got 1.5' },
      { path: 'options.edges[3]', message: 'expected at least 1, got 0' },
      { path: 'options.edges[3]', message: 'expected more than the previous edge 1.5, got 0' },
    ]);
    expect(issuesOf(() => agingBuckets([], undefined as never))).toEqual([
      { path: 'options', message: 'missing (expected an object)' },
    ]);
    expect(issuesOf(() => agingBuckets([], { asOf, edges: [30, 30] }))).toEqual([
      { path: 'options.edges[1]', message: 'expected more than the previous edge 30, got 30' },
    ]);
  });
});
