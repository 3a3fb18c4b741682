import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDate } from '../../src/core/dates.js';
import { cachedDayNumber, fastDayNumber } from '../../src/core/internal/day-number.js';

// parseDate has a fast path for exact YYYY-MM-DD and DD.MM.YYYY strings; padding the
// same string with a space sends it down the general path. Both must agree, errors included.
function outcome(value: string): number | null | string {
  try {
    return parseDate(value);
  } catch (e) {
    return (e as Error).message.replace(/\s+/g, ''); // the padded string is quoted with its spaces
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('parseDate(value) fast path', () => {
  it('agrees with the general path on any YYYY-MM-DD and DD.MM.YYYY, valid or not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          for (const s of [
            `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`,
            `${pad(d, 2)}.${pad(m, 2)}.${pad(y, 4)}`,
          ]) {
            expect(outcome(s)).toEqual(outcome(` ${s} `));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with Date.UTC day by day over four centuries', () => {
    for (let day = -150_000; day < 150_000; day += 17) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(parseDate(iso)).toBe(day);
    }
  });

  it('leaves malformed strings of the same length to the general path', () => {
    for (const s of ['2024-1-011', '2024/01/01', '20a4-01-01', '01-01-2024', '2024-02-30', '29.02.2023']) {
      expect(() => parseDate(s)).toThrow();
    }
    expect(parseDate('29.02.2024')).toBe(parseDate('2024-02-29'));
  });
});

describe('cachedDayNumber(s, texts, days)', () => {
  // Ten-character texts, most of them dates of either form, some near misses, in one
  // cache: a hit must give what parsing gives, and a text that does not parse must never
  // be kept (nor displace a date).
  const text = fc.oneof(
    fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .chain(([y, m, d]) =>
        fc.constantFrom(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`, `${pad(d, 2)}.${pad(m, 2)}.${pad(y, 4)}`),
      ),
    fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-', '.', 'x'), minLength: 8, maxLength: 11 }),
  );

  it('gives fastDayNumber of every text, over a long sequence sharing one cache', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 300 }), (texts) => {
        const slots = new Array<string>(4096).fill('');
        const days = new Int32Array(4096);
        // Each text twice, the second from a fresh string, so hits compare contents.
        for (const s of [...texts, ...texts.map((t) => [...t].join(''))]) {
          expect(cachedDayNumber(s, slots, days)).toBe(fastDayNumber(s));
        }
        expect(slots.every((s) => s === '' || fastDayNumber(s) === days[slots.indexOf(s)])).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every date of ten years in a slot of its own, in either form', () => {
    for (const form of ['iso', 'dmy'] as const) {
      const slots = new Array<string>(4096).fill('');
      const days = new Int32Array(4096);
      const first = 19_000; // 2022-01-08; ten years of days from there
      for (let day = first; day < first + 3652; day++) {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        const s = form === 'iso' ? iso : `${iso.slice(8)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
        expect(cachedDayNumber(s, slots, days)).toBe(day);
      }
      expect(slots.filter((s) => s !== '').length).toBe(3652);
    }
  });
});
