import { describe, expect, it } from 'vitest';
import * as z from '../../src/core/internal/z.js';
import { amount, date, validate, parseOrThrow, nonNegativeAmount, month } from '../../src/core/schema.js';
import { PulseDataError } from '../../src/core/errors.js';
import { dayNumber, formatIsoDate } from '../../src/core/dates.js';

const pie = z.object({
  gains: z.array(z.object({ key: z.string(), value: nonNegativeAmount() })),
  losses: z.optional(z.array(z.object({ key: z.string(), value: nonNegativeAmount() }))),
});

describe('validate(schema, data)', () => {
  it('returns the parsed value with no issues for valid input', () => {
    const r = validate(pie, { gains: [{ key: 'a', value: '1 234,5' }] });
    expect(r).toEqual({ ok: true, value: { gains: [{ key: 'a', value: 1234.5 }] }, issues: [], dropped: 0 });
  });
  it('leaves out a bad array element, keeps the rest and names the path', () => {
    const data = {
      gains: [
        { key: 'a', value: 'abc' },
        { key: 'b', value: 2 },
        { key: 'c', value: -5 },
      ],
    };
    const r = validate(pie, data);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.gains).toEqual([{ key: 'b', value: 2 }]);
    expect(r.dropped).toBe(2);
    expect(r.issues).toEqual([
      { path: 'gains[0].value', message: 'expected a number, got "abc"' },
      { path: 'gains[2].value', message: 'expected a value of 0 or more, got -5' },
    ]);
    expect(data.gains).toHaveLength(3);
  });
  it('fails as a whole when an issue is outside any element', () => {
    const r = validate(pie, { gains: 'oops' });
    expect(r).toEqual({ ok: false, issues: [{ path: 'gains', message: 'expected an array, got "oops"' }] });
  });
  it('reports a missing required field', () => {
    const r = validate(pie, {});
    expect(r).toEqual({ ok: false, issues: [{ path: 'gains', message: 'missing (expected an array)' }] });
  });
});

describe('schema building blocks', () => {
  it('date() accepts DD.MM.YYYY and ISO, refuses 31.02.2024, maps the 1C empty date to null', () => {
    expect(parseOrThrow(date(), '27.02.2024')).toBe(dayNumber(2024, 2, 27));
    expect(parseOrThrow(date(), '2024-02-27T23:59:00+03:00')).toBe(dayNumber(2024, 2, 27));
    expect(parseOrThrow(date(), '0001-01-01')).toBeNull();
    expect(() => parseOrThrow(date(), '31.02.2024', ['asOf'])).toThrow(
      'asOf: "31.02.2024" is not a calendar date',
    );
  });
  it('amount() refuses NaN, Infinity and booleans with the field named', () => {
    for (const bad of [NaN, Infinity, true, '1,234.56', '']) {
      try {
        parseOrThrow(amount(), bad, ['rows', 0, 'debt']);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(PulseDataError);
        expect((e as PulseDataError).issues[0].path).toBe('rows[0].debt');
      }
    }
  });
  it('month() reads YYYY-MM and MM.YYYY', () => {
    expect(parseOrThrow(month(), '2023-11')).toBe(2023 * 12 + 10);
    expect(parseOrThrow(month(), '11.2023')).toBe(2023 * 12 + 10);
    expect(() => parseOrThrow(month(), '13.2023')).toThrow(PulseDataError);
  });
});

describe('parseDate(value) across the calendar', () => {
  it('reads years before 100 as written, not as 19xx', () => {
    expect(formatIsoDate(parseOrThrow(date(), '0050-03-01') as number)).toBe('0050-03-01');
    expect(formatIsoDate(parseOrThrow(date(), '29.02.0004') as number)).toBe('0004-02-29');
  });
  it('dayNumber agrees with Date.UTC from 1900 to 2100', () => {
    for (let day = dayNumber(1900, 1, 1); day <= dayNumber(2100, 12, 31); day += 17) {
      const d = new Date(day * 86_400_000);
      expect(dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(day);
    }
  });
});
