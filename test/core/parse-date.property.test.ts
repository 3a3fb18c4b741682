import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDate } from '../../src/core/dates.js';

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
