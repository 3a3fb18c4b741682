import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ABC_XYZ_CELLS,
  abcXyzMatrix,
  classifyAbc,
  classifyXyz,
  type AbcXyzRow,
} from '../../src/core/abc-xyz.js';
import { compareAbcXyz } from '../../src/core/abc-xyz-matrix.js';
import { hashKey, hasRepeatOf } from '../../src/core/internal/key-table.js';
import { hashedIdKeys, idKey, readIds } from '../../src/core/internal/ids.js';
import { earlierDuplicates } from '../../src/core/internal/duplicates.js';
import { sortByValue } from '../../src/core/internal/radix-sort.js';

/** Every number in a result is finite: no NaN, no Infinity anywhere. */
function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value !== null && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}

const amount = fc.oneof(
  fc.double({ min: -1e6, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -5, max: 20 }), // small integers: many ties and zeros
);
const ids = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);
const items = fc
  .array(amount, { maxLength: 40 })
  .map((vs) => vs.map((value, i) => ({ id: ids(vs.length)[i], value })));
const shuffled = <T>(xs: readonly T[]) =>
  fc.shuffledSubarray(xs as T[], { minLength: xs.length, maxLength: xs.length });

const rows = fc
  .array(fc.record({ values: fc.array(amount, { maxLength: 6 }), everPurchased: fc.boolean() }), {
    maxLength: 30,
  })
  .map((rs) => rs.map((r, i): AbcXyzRow => ({ id: `c${i}`, ...r })));

describe('classifyAbc(items) properties', () => {
  it('classifies exactly the positive items, once each; shares of the positive total sum to 1', () => {
    fc.assert(
      fc.property(items, (data) => {
        const r = classifyAbc(data);
        expect(r.map((x) => x.id).sort()).toEqual(data.map((x) => x.id).sort());
        for (const x of r) {
          const defined = x.value > 0;
          expect(x.abc !== null).toBe(defined);
          expect(x.share !== null).toBe(defined);
          expect(x.cumulativeShare !== null).toBe(defined);
        }
        const shares = r.filter((x) => x.share !== null).map((x) => x.share!);
        if (shares.length > 0) {
          expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-9);
          expect(r[shares.length - 1].cumulativeShare).toBe(1);
        }
        expect(allFinite(r)).toBe(true);
      }),
    );
  });

  it('is sorted by value then id, with classes never improving down the list', () => {
    fc.assert(
      fc.property(
        items,
        fc.constantFrom('inclusive', 'strict', 'before') as fc.Arbitrary<'inclusive'>,
        (data, boundary) => {
          const r = classifyAbc(data, { boundary });
          const rank = { A: 0, B: 1, C: 2 } as const;
          for (let k = 1; k < r.length; k++) {
            const [a, b] = [r[k - 1], r[k]];
            expect(a.value > b.value || (a.value === b.value && a.id < b.id)).toBe(true);
            if (a.abc && b.abc) expect(rank[a.abc]).toBeLessThanOrEqual(rank[b.abc]);
          }
          if (r.length > 0 && r[0].abc) expect(r[0].abc).toBe('A');
        },
      ),
    );
  });

  it('does not depend on the input order', () => {
    fc.assert(
      fc.property(
        items.chain((data) => fc.tuple(fc.constant(data), shuffled(data))),
        ([data, other]) => {
          expect(classifyAbc(other)).toEqual(classifyAbc(data));
        },
      ),
    );
  });
});

describe('classifyXyz(items) properties', () => {
  it('gives cv and xyz exactly when the mean is positive and there are minPeriods values; never NaN', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(amount, { maxLength: 6 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        (series, minPeriods, sample) => {
          const r = classifyXyz(
            series.map((values, i) => ({ id: `s${i}`, values })),
            { minPeriods, sigma: sample ? 'sample' : 'population' },
          );
          r.forEach((x, i) => {
            const n = series[i].length;
            expect(x.mean === null).toBe(n === 0);
            expect(x.sd === null).toBe(n === 0 || (sample && n < 2));
            const defined = n >= minPeriods && x.mean !== null && x.mean > 0 && x.sd !== null;
            expect(x.cv !== null).toBe(defined);
            expect(x.xyz !== null).toBe(defined);
            if (x.cv !== null) expect(x.cv).toBeGreaterThanOrEqual(0);
          });
          expect(allFinite(r)).toBe(true);
        },
      ),
    );
  });
});

describe('abcXyzMatrix(rows) properties', () => {
  it('counts every client exactly once in the cells, with the sum of values', () => {
    fc.assert(
      fc.property(rows, (data) => {
        const m = abcXyzMatrix(data);
        const all = Object.values(ABC_XYZ_CELLS).flatMap((k) => m.cells[k].ids);
        expect(all.sort()).toEqual(data.map((r) => String(r.id)).sort());
        expect(m.count).toBe(data.length);
        for (const item of m.items) {
          expect(m.cells[item.cell].ids).toContain(item.id);
          expect(item.status === 'classified').toBe(item.value > 0);
          expect(item.status === 'potential').toBe(
            item.value <= 0 && data.find((r) => r.id === item.id)!.everPurchased === false,
          );
        }
        const classified = m.items.filter((i) => i.status === 'classified');
        const total = classified.reduce((a, i) => a + i.value, 0);
        expect(Math.abs(total - m.total)).toBeLessThanOrEqual(1e-9 * Math.max(1, m.total));
        expect(allFinite(m)).toBe(true);
      }),
    );
  });

  it('does not depend on the input order', () => {
    fc.assert(
      fc.property(
        rows.chain((data) => fc.tuple(fc.constant(data), shuffled(data))),
        ([data, other]) => {
          expect(abcXyzMatrix(other)).toEqual(abcXyzMatrix(data));
        },
      ),
    );
  });
});

describe('compareAbcXyz(previous, current) properties', () => {
  it('lists every client of either side once and counts it once in each transition matrix', () => {
    fc.assert(
      fc.property(rows, rows, (a, b) => {
        const previous = abcXyzMatrix(a);
        const current = abcXyzMatrix(
          b.map((r) => ({ ...r, id: `${r.id}${Number(r.id.toString().slice(1)) % 3 === 0 ? 'x' : ''}` })),
        );
        const t = compareAbcXyz(previous, current);
        const union = new Set([...previous.items.map((i) => i.id), ...current.items.map((i) => i.id)]);
        expect(t.changes.map((c) => c.id).sort()).toEqual([...union].sort());
        for (const matrix of [t.abc, t.xyz]) {
          expect(matrix.better + matrix.worse + matrix.same).toBe(union.size);
          const rowsOf = matrix.cells as Record<string, Record<string, { count: number }>>;
          const cells = Object.values(rowsOf).flatMap((row) => Object.values(row));
          expect(cells.reduce((s, c) => s + c.count, 0)).toBe(union.size);
        }
        const reverse = compareAbcXyz(current, previous);
        const flip = { better: 'worse', worse: 'better', same: 'same' } as const;
        for (const c of reverse.changes) {
          expect(t.changes.find((x) => x.id === c.id)!.direction).toBe(flip[c.direction]);
        }
      }),
    );
  });
});

/** hasRepeatOf with the keys' hashes made here, as the rows' walk makes them. */
const hasRepeat = (keys: string[]) => hasRepeatOf(keys, Uint32Array.from(keys, hashKey));

describe('the large-input paths: sortByValue (radix sort) and hasRepeatOf', () => {
  const value = fc.oneof(
    fc.integer({ min: -5, max: 5 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 2 ** 21, 2 ** 21 + 0.5),
  );

  it('orders 2,048 values or more as a comparator sort does: value descending, then id', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 2048, maxLength: 2600 }), (list) => {
        const values = Float64Array.from(list);
        const ids = list.map((_, i) => `c${i}`);
        const expected = list
          .map((_, i) => i)
          .sort((a, b) => values[b] - values[a] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
        const { order, sorted } = sortByValue(values, ids);
        expect(Array.from(order)).toEqual(expected);
        // The values in that order, -0 read as 0.
        expect(Array.from(sorted)).toEqual(expected.map((i) => values[i] || 0));
      }),
      { numRuns: 25 },
    );
  });

  it('hasRepeat says whether a non-empty key comes twice, as a Set does', () => {
    const key = fc.oneof(fc.constantFrom('', 'a', 'b'), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 3000 }), (keys) => {
        const given = keys.filter((k) => k !== '');
        expect(hasRepeat(keys)).toBe(new Set(given).size !== given.length);
      }),
    );
    const distinct = Array.from({ length: 50_000 }, (_, i) => `c${i}`);
    expect(hasRepeat(distinct)).toBe(false);
    expect(hasRepeat([...distinct, 'c49999'])).toBe(true);
  });

  it('hashedIdKeys reads the ids as idKey does, with their hashes; hasRepeatOf on them agrees with a Set, and readIds names the repeats', () => {
    // Rows as hosts send them: string and number ids (5 and "5" are one id), bad ids, bad rows.
    const id = fc.oneof(
      fc.constantFrom('a', 'b', '5', 5, 5.5, '', null, NaN, Infinity, undefined),
      fc.string({ maxLength: 2 }),
      fc.integer({ min: 0, max: 20 }),
    );
    const row = fc.oneof({ weight: 9, arbitrary: id.map((v) => ({ id: v })) }, fc.constant(null));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 300 }), (rows) => {
        const { keys, hashes } = hashedIdKeys(rows);
        expect(keys).toEqual(rows.map((r) => idKey(r?.id)));
        expect(Array.from(hashes)).toEqual(keys.map(hashKey));
        const given = keys.filter((k) => k !== '');
        expect(hasRepeatOf(keys, hashes)).toBe(new Set(given).size !== given.length);
        expect(readIds(rows)).toEqual({ ids: keys, duplicates: earlierDuplicates(keys) });
      }),
    );
    expect(hashKey('')).toBe(0);
  });
});
