import { describe, expect, it } from 'vitest';
import { paymentDays, paymentWindow } from '../../src/core/payments.js';
import { issuesOf } from './issues-of.js';

describe('paymentWindow(days)', () => {
  it('reads a window over the month end as [22 - 8] with sd about 8.7, like Ликстрой (000), and calls it irregular', () => {
    const w = paymentWindow([23, 31, 5, 11, 20, 31])!;
    expect(w.from).toBe(22);
    expect(w.to).toBe(8);
    expect(w.sd).toBeCloseTo(8.7, 1);
    expect(w.mean).toBeGreaterThan(30);
    expect(w.r).toBeLessThan(0.5);
    expect(w.regular).toBe(false);
    expect(w.count).toBe(6);
  });

  it('wraps the window over the month end for days 22, 25, 28, 1, 5, 8 (from > to)', () => {
    const w = paymentWindow([22, 25, 28, 1, 5, 8])!;
    expect(w.mean).toBeCloseTo(30.12, 2);
    expect(w.sd).toBeCloseTo(6.66, 2);
    expect([w.from, w.to]).toEqual([23, 6]);
    expect(w.from!).toBeGreaterThan(w.to!);
  });

  it('gives a tight regular window for a punctual payer: [22 - 24] around the 23rd (Финако: [22 - 25], sd 1.78)', () => {
    const w = paymentWindow([23, 22, 24, 23, 25, 21])!;
    expect(w.mean).toBeCloseTo(23, 1);
    expect(w.sd).toBeCloseTo(1.29, 2);
    expect([w.from, w.to]).toEqual([22, 24]);
    expect(w.regular).toBe(true);
  });

  it('gives sd 0 and a one-day window when every payment falls on the same day (СПЕЦТРАНССТРОЙ: [29 - 29], 0)', () => {
    expect(paymentWindow([29, 29, 29, 29])).toEqual({
      mean: 29,
      sd: 0,
      r: 1,
      from: 29,
      to: 29,
      regular: true,
      count: 4,
    });
    expect(paymentWindow([1, 1, 1])).toEqual({
      mean: 1,
      sd: 0,
      r: 1,
      from: 1,
      to: 1,
      regular: true,
      count: 3,
    });
    expect(paymentWindow([31, 31, 31])).toMatchObject({ sd: 0, from: 31, to: 31 });
  });

  it('gives a mean in [1, 32): between the 31st and the 1st the mean is 31.5', () => {
    const w = paymentWindow([31, 1, 31, 1])!;
    expect(w.mean).toBeCloseTo(31.5, 9);
    expect(w.from).toBe(31);
    expect(w.to).toBe(1);
  });

  it('gives a mean of 1, not 32, when the days centre on the 1st (31, 1, 2 and 30, 1, 3)', () => {
    // atan2 puts the mean a rounding error before day 1, which wrapped to exactly 32.
    for (const days of [
      [31, 1, 2],
      [30, 1, 3],
    ]) {
      const w = paymentWindow(days)!;
      expect(w.mean).toBeGreaterThanOrEqual(1);
      expect(w.mean).toBeLessThan(1.000001);
      expect([w.from, w.to]).toEqual([days[0], days[2]]);
    }
  });

  it('returns null for fewer than 3 payments; options.minPayments changes the minimum', () => {
    expect(paymentWindow([])).toBeNull();
    expect(paymentWindow([5, 6])).toBeNull();
    expect(paymentWindow([5, 6], { minPayments: 2 })).toMatchObject({ count: 2, regular: true });
    expect(paymentWindow([5, 6, 7], { minPayments: 4 })).toBeNull();
  });

  it('calls a payer irregular below R 0.5; options.minR moves the bar', () => {
    const w = paymentWindow([1, 5, 9, 13])!;
    expect(w.r).toBeGreaterThan(0.5);
    expect(w.regular).toBe(true);
    expect(paymentWindow([1, 5, 9, 13], { minR: 0.9 })!.regular).toBe(false);
    expect(paymentWindow([1, 10, 20])!.regular).toBe(false);
  });

  it('gives null mean, sd and window (never Infinity) when the days cancel out, R = 0', () => {
    const all = Array.from({ length: 31 }, (_, i) => i + 1);
    expect(paymentWindow(all)).toEqual({
      mean: null,
      sd: null,
      r: 0,
      from: null,
      to: null,
      regular: false,
      count: 31,
    });
  });

  it('gives the whole month 1..31 when the window is a month or wider', () => {
    const days = [...Array.from({ length: 124 }, (_, i) => (i % 31) + 1), 10];
    const w = paymentWindow(days)!;
    expect(w.sd! * 2 + 1).toBeGreaterThan(31);
    expect([w.from, w.to]).toEqual([1, 31]);
    expect(w.regular).toBe(false);
  });

  it('does not depend on the order of the days and does not mutate them', () => {
    const days = Object.freeze([22, 25, 28, 1, 5, 8]);
    const w = paymentWindow(days)!;
    const v = paymentWindow([8, 1, 28, 5, 22, 25])!;
    expect(v.from).toBe(w.from);
    expect(v.to).toBe(w.to);
    expect(v.mean).toBeCloseTo(w.mean!, 9);
    expect(days).toEqual([22, 25, 28, 1, 5, 8]);
  });

  it('throws one PulseDataError listing every issue: each day and each option', () => {
    expect(issuesOf(() => paymentWindow([0, 32, 1.5, '5' as never], { minR: 2, minPayments: 0 }))).toEqual([
      { path: 'days[0]', message: 'expected at least 1, got 0' },
      { path: 'days[1]', message: 'expected at most 31, got 32' },
      { path: 'days[2]', message: 'expected an integer, got 1.5' },
      { path: 'days[3]', message: 'expected a number, got "5"' },
      { path: 'options.minR', message: 'expected at most 1, got 2' },
      { path: 'options.minPayments', message: 'expected at least 1, got 0' },
    ]);
    expect(issuesOf(() => paymentWindow(null as never))).toEqual([
      { path: 'days', message: 'expected an array, got null' },
    ]);
  });
});

describe('paymentDays(payments)', () => {
  it('takes the day of the first payment of each month, months in calendar order', () => {
    expect(
      paymentDays([
        '2024-02-27',
        '2024-01-25',
        '05.01.2024',
        { date: '2024-03-03T10:00:00+03:00', amount: '20 000,00' },
        { date: '2024-03-01', amount: 0 },
        { date: '2024-03-02', amount: -100 },
      ]),
    ).toEqual([5, 27, 3]);
  });

  it('keeps months of different years apart', () => {
    expect(paymentDays(['2023-12-30', '2024-12-02', '2024-01-15'])).toEqual([30, 15, 2]);
  });

  it('counts a payment without an amount; empty input gives no days', () => {
    expect(paymentDays([{ date: '2024-04-30' }, { date: '2024-05-31', amount: null }])).toEqual([30, 31]);
    expect(paymentDays([])).toEqual([]);
  });

  it('feeds paymentWindow: a client paying around the 1st every month', () => {
    const payments = [
      '2024-01-31',
      '2024-03-01',
      '2024-03-30',
      '2024-04-02',
      '2024-04-29',
      '2024-05-29',
      '2024-06-01',
    ];
    expect(paymentDays(payments)).toEqual([31, 1, 2, 29, 1]);
    expect(paymentWindow(paymentDays(payments))).toMatchObject({ from: 30, to: 2, regular: true });
  });

  it('throws one PulseDataError listing every bad payment', () => {
    expect(
      issuesOf(() =>
        paymentDays(['x', { date: '0001-01-01' }, { date: '2024-01-01', amount: 'y' }, 5 as never]),
      ),
    ).toEqual([
      {
        path: 'payments[0]',
        message: 'expected a date as YYYY-MM-DD, an ISO date-time or DD.MM.YYYY, got "x"',
      },
      { path: 'payments[1].date', message: 'expected a date, got the empty date 0001-01-01' },
      { path: 'payments[2].amount', message: 'expected a number, got "y"' },
      { path: 'payments[3]', message: 'expected a date string or {date, amount}, got 5' },
    ]);
    expect(issuesOf(() => paymentDays('2024-01-01' as never))).toEqual([
      { path: 'payments', message: 'expected an array, got "2024-01-01"' },
    ]);
  });

  it('caps the issues at 100 and says that reading stopped', () => {
    const issues = issuesOf(() => paymentDays(Array.from({ length: 150 }, (_, i) => `bad ${i}`)));
    expect(issues).toHaveLength(101);
    expect(issues[99].path).toBe('payments[99]');
    expect(issues[100]).toEqual({ path: '', message: 'more than 100 issues; reading stopped' });
    // Two issues of one payment count as two.
    const both = Array.from({ length: 60 }, () => ({ date: 'x', amount: 'y' }));
    const listed = issuesOf(() => paymentDays(both));
    expect(listed).toHaveLength(101);
    expect(listed[99].path).toBe('payments[49].amount');
  });
});
