import { describe, expect, it } from 'vitest';
import { channelShares, OTHER_KEY, roundShares } from '../../src/core/shares.js';
import { issuesOf } from './issues-of.js';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

// The year's channel results from the source slides (domain.md, section 6).
const slide = {
  gains: [
    { key: 'upsell', label: 'Upsell of the main line', value: 5 },
    { key: 'premium', label: 'Premium upsell', value: 1.7 },
    { key: 'restoration', label: 'Restoration', value: 1 },
    { key: 'referral', label: 'Referrals', value: 2.3 },
  ],
  losses: [
    { key: 'competitors', label: 'To competitors', value: 2.3 },
    { key: 'other', label: 'Other', value: 6.27 },
  ],
};

describe('roundShares(values)', () => {
  it('rounds to percentages that add up to exactly 100', () => {
    expect(roundShares([1, 1, 1])).toEqual([34, 33, 33]);
    expect(sum(roundShares([1, 1, 1]))).toBe(100);
  });
  it('gives the missing units to the largest remainders', () => {
    // exact 26.84 and 73.16
    expect(roundShares([2.3, 6.27])).toEqual([27, 73]);
    // floors 12, 37, 49, 0 leave 2 units: to .625, then to the earlier of the tied .5s
    expect(roundShares([12.5, 37.5, 49.625, 0.375])).toEqual([13, 37, 50, 0]);
  });
  it('gives a tied remainder to the earlier item', () => {
    expect(roundShares([1, 1])).toEqual([50, 50]);
    expect(roundShares([1, 2, 1, 2], { total: 1 })).toEqual([0, 1, 0, 0]);
    expect(roundShares([2, 1, 2, 1], { total: 1 })).toEqual([1, 0, 0, 0]);
  });
  it('does not let floating-point noise move a unit (1.7 / 10 is 17%, not 16.99..)', () => {
    expect(roundShares([5, 1.7, 1, 2.3])).toEqual([50, 17, 10, 23]);
    expect(roundShares([0.1, 0.2, 0.7], { total: 10 })).toEqual([1, 2, 7]);
  });
  it('rounds at options.decimals so the sum is exact in units of 10^-decimals', () => {
    const r = roundShares([1, 1, 1], { decimals: 1 });
    expect(r).toEqual([33.4, 33.3, 33.3]);
    expect(Math.round(sum(r) * 10)).toBe(1000);
    expect(roundShares([2.3, 6.27], { decimals: 2 })).toEqual([26.84, 73.16]);
  });
  it('rounds to any options.total', () => {
    expect(roundShares([1, 1, 1], { total: 1, decimals: 2 })).toEqual([0.34, 0.33, 0.33]);
    expect(roundShares([3, 1], { total: 7 })).toEqual([5, 2]);
    expect(roundShares([3, 1], { total: 0 })).toEqual([0, 0]);
  });
  it('returns all zeros for all-zero input (nothing to distribute)', () => {
    expect(roundShares([0, 0, 0])).toEqual([0, 0, 0]);
    expect(roundShares([])).toEqual([]);
  });
  it('gives a single positive item the whole total and zeros stay zero', () => {
    expect(roundShares([0, 7, 0])).toEqual([0, 100, 0]);
  });
  it('does not overflow with very large values', () => {
    expect(roundShares([Number.MAX_VALUE, Number.MAX_VALUE])).toEqual([50, 50]);
  });
  it('throws one PulseDataError naming every bad value', () => {
    expect(issuesOf(() => roundShares([1, -2, NaN, Infinity, '3' as unknown as number]))).toEqual([
      { path: 'values[1]', message: 'expected a value of 0 or more, got -2' },
      { path: 'values[2]', message: 'expected a finite number, got NaN' },
      { path: 'values[3]', message: 'expected a finite number, got Infinity' },
      { path: 'values[4]', message: 'expected a finite number, got "3"' },
    ]);
  });
  it('names bad options', () => {
    expect(issuesOf(() => roundShares([1], { decimals: 1.5, total: -1 })).map((i) => i.path)).toEqual([
      'options.decimals',
      'options.total',
    ]);
    expect(issuesOf(() => roundShares([1], { total: 99.5 }))).toEqual([
      { path: 'options.total', message: 'expected a multiple of 1 (options.decimals is 0), got 99.5' },
    ]);
    expect(issuesOf(() => roundShares([1], { decimals: 11 }))[0].path).toBe('options.decimals');
  });
  it('refuses a non-array', () => {
    expect(issuesOf(() => roundShares('1,2' as unknown as number[]))[0].path).toBe('values');
  });
  it('does not mutate its input', () => {
    const values = [3, 1, 2];
    roundShares(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('channelShares(input)', () => {
  it('reproduces the slide: gains 50/17/10/23, losses 27/73, net 1.43', () => {
    const r = channelShares(slide);
    expect(r.gains.map((s) => s.percent)).toEqual([50, 17, 10, 23]);
    expect(r.losses.map((s) => s.percent)).toEqual([27, 73]);
    expect(sum(r.gains.map((s) => s.percent!))).toBe(100);
    expect(sum(r.losses.map((s) => s.percent!))).toBe(100);
    expect(r.gainsTotal).toBeCloseTo(10, 12);
    expect(r.lossesTotal).toBeCloseTo(8.57, 12);
    expect(r.net).toBeCloseTo(1.43, 12);
  });
  it('keeps full-precision shares next to the rounded percents', () => {
    const r = channelShares(slide);
    expect(r.losses[0]).toEqual({
      key: 'competitors',
      label: 'To competitors',
      value: 2.3,
      share: 2.3 / 8.57,
      percent: 27,
    });
    expect(r.losses[0].share).toBeCloseTo(0.26838, 5);
  });
  it('keeps input order by default and sorts by value desc, then key, with sort: value', () => {
    expect(channelShares(slide).gains.map((s) => s.key)).toEqual([
      'upsell',
      'premium',
      'restoration',
      'referral',
    ]);
    const r = channelShares(
      {
        gains: [
          { key: 'b', value: 1 },
          { key: 'c', value: 5 },
          { key: 'a', value: 1 },
        ],
      },
      { sort: 'value' },
    );
    expect(r.gains.map((s) => s.key)).toEqual(['c', 'a', 'b']);
  });
  it('rounds percents to options.decimals', () => {
    expect(channelShares(slide, { decimals: 1 }).losses.map((s) => s.percent)).toEqual([26.8, 73.2]);
  });
  it('accepts number strings and numeric keys, and defaults the label to the key', () => {
    const r = channelShares({
      gains: [
        { key: 1, value: '1 234,5' },
        { key: 'b', label: null, value: '765.5' },
      ],
    });
    expect(r.gains.map((s) => [s.key, s.label, s.value])).toEqual([
      ['1', '1', 1234.5],
      ['b', 'b', 765.5],
    ]);
    expect(r.gainsTotal).toBe(2000);
  });
  it('treats missing losses as an empty set: net equals gains', () => {
    const r = channelShares({ gains: [{ key: 'a', value: 3 }] });
    expect(r.losses).toEqual([]);
    expect(r.lossesTotal).toBe(0);
    expect(r.net).toBe(3);
    expect(channelShares({ gains: [], losses: [{ key: 'x', value: 2 }] }).net).toBe(-2);
  });
  it('gives null shares and percents when a set totals 0', () => {
    const r = channelShares({
      gains: [
        { key: 'a', value: 0 },
        { key: 'b', value: 0 },
        { key: 'c', value: 0 },
      ],
    });
    expect(r.gains.map((s) => [s.share, s.percent])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(r.gains.some((s) => s.members)).toBe(false);
  });

  describe('grouping into other', () => {
    const long = {
      gains: [
        { key: 'a', value: 60 },
        { key: 'tiny1', label: 'Tiny 1', value: 1 },
        { key: 'b', value: 37 },
        { key: 'tiny2', label: 'Tiny 2', value: 1.5 },
        { key: 'zero', value: 0 },
        { key: 'edge', value: 0.5 },
      ],
    };
    it('groups slices below 2% into one other slice, last, listing its members', () => {
      const r = channelShares(long);
      expect(r.gains.map((s) => s.key)).toEqual(['a', 'b', OTHER_KEY]);
      const other = r.gains[2];
      expect(other.label).toBe('Other');
      expect(other.value).toBe(3);
      expect(other.share).toBeCloseTo(0.03, 12);
      expect(other.members).toEqual([
        { key: 'tiny1', label: 'Tiny 1', value: 1, share: 0.01 },
        { key: 'tiny2', label: 'Tiny 2', value: 1.5, share: 0.015 },
        { key: 'zero', label: 'zero', value: 0, share: 0 },
        { key: 'edge', label: 'edge', value: 0.5, share: 0.005 },
      ]);
      expect(r.gains.map((s) => s.percent)).toEqual([60, 37, 3]);
    });
    it('keeps a share equal to otherBelow (compared with a tolerance)', () => {
      const r = channelShares({
        gains: [
          { key: 'a', value: 96 },
          { key: 'two', value: 2 },
          { key: 'x', value: 1 },
          { key: 'y', value: 1 },
        ],
      });
      expect(r.gains.map((s) => s.key)).toEqual(['a', 'two', OTHER_KEY]);
    });
    it('keeps a single small slice as it is (a one-member other says nothing)', () => {
      const r = channelShares({
        gains: [
          { key: 'a', value: 99 },
          { key: 'b', value: 1 },
        ],
      });
      expect(r.gains.map((s) => [s.key, s.percent])).toEqual([
        ['a', 99],
        ['b', 1],
      ]);
    });
    it('follows options.otherBelow and options.otherLabel; 0 turns grouping off', () => {
      const r = channelShares(long, { otherBelow: 0.4, otherLabel: 'Прочие' });
      expect(r.gains.map((s) => s.key)).toEqual(['a', OTHER_KEY]);
      expect(r.gains[1].label).toBe('Прочие');
      expect(r.gains[1].members!.map((m) => m.key)).toEqual(['tiny1', 'b', 'tiny2', 'zero', 'edge']);
      expect(channelShares(long, { otherBelow: 0 }).gains).toHaveLength(6);
    });
    it('orders members like the slices with sort: value', () => {
      const r = channelShares(long, { sort: 'value' });
      expect(r.gains.map((s) => s.key)).toEqual(['a', 'b', OTHER_KEY]);
      expect(r.gains[2].members!.map((m) => m.key)).toEqual(['tiny2', 'tiny1', 'edge', 'zero']);
    });
    it('groups each set on its own total', () => {
      const r = channelShares({
        gains: [{ key: 'a', value: 1000 }],
        losses: [
          { key: 'x', value: 1 },
          { key: 'y', value: 1 },
        ],
      });
      expect(r.losses.map((s) => s.percent)).toEqual([50, 50]);
    });
  });

  describe('errors', () => {
    it('names a negative value: gains[2].value', () => {
      const input = { gains: [...slide.gains.slice(0, 2), { key: 'restoration', value: -1 }] };
      expect(issuesOf(() => channelShares(input))).toEqual([
        { path: 'gains[2].value', message: 'expected a value of 0 or more, got -1' },
      ]);
    });
    it('lists every problem in one error', () => {
      const input = {
        gains: [
          { key: 'a', value: 'abc' },
          { key: 'a', value: 1 },
          { key: '', value: 1 },
          { key: OTHER_KEY, value: 1 },
          { value: 2 },
          { key: 'b', label: 5, value: NaN },
          { key: 'c' },
          null,
        ],
        losses: 'none',
      };
      expect(issuesOf(() => channelShares(input as never, { otherBelow: 2, sort: 'size' as never }))).toEqual(
        [
          { path: 'gains[0].value', message: 'expected a number, got "abc"' },
          { path: 'gains[1].key', message: 'duplicate key "a" (also at gains[0])' },
          { path: 'gains[2].key', message: 'expected a non-empty string or number key, got ""' },
          { path: 'gains[3].key', message: '"__other__" is reserved for the grouped slice' },
          { path: 'gains[4].key', message: 'expected a non-empty string or number key, got undefined' },
          { path: 'gains[5].label', message: 'expected a string, got 5' },
          { path: 'gains[5].value', message: 'expected a finite number, got NaN' },
          { path: 'gains[6].value', message: 'missing (expected a number)' },
          { path: 'gains[7]', message: 'expected an object with key and value, got null' },
          { path: 'losses', message: 'expected an array, got "none"' },
          { path: 'options.otherBelow', message: 'expected at most 1, got 2' },
          { path: 'options.sort', message: `expected one of 'input', 'value', got "size"` },
        ],
      );
    });
    it('allows the same key in gains and losses', () => {
      expect(() =>
        channelShares({ gains: [{ key: 'a', value: 1 }], losses: [{ key: 'a', value: 1 }] }),
      ).not.toThrow();
    });
    it('refuses missing gains, a non-object input and non-object options', () => {
      expect(issuesOf(() => channelShares({} as never))).toEqual([
        { path: 'gains', message: 'missing (expected an array)' },
      ]);
      expect(issuesOf(() => channelShares(null as never))[0].path).toBe('');
      expect(issuesOf(() => channelShares(slide, 'x' as never))[0].path).toBe('options');
    });
    it('caps the issues listed at 100 and says that reading stopped', () => {
      const gains = Array.from({ length: 150 }, (_, i) => ({ key: `k${i}`, value: -1 }));
      const issues = issuesOf(() => channelShares({ gains }));
      expect(issues).toHaveLength(101);
      expect(issues[100]).toEqual({ path: '', message: 'more than 100 issues; reading stopped' });
    });
  });

  it('does not mutate its input', () => {
    const input = structuredClone(slide);
    channelShares(input, { sort: 'value', otherBelow: 0.2 });
    expect(input).toEqual(slide);
  });
});
