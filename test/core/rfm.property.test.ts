import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rfmEdges, rfmScores, rfmSegments, RFM_SEGMENT_RULES } from '../../src/core/rfm.js';

const customers = fc
  .array(
    fc.record({
      recencyDays: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 1e4, noNaN: true })),
      frequency: fc.integer({ min: 0, max: 6 }),
      monetary: fc.double({ min: -1e3, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    }),
    { maxLength: 40 },
  )
  .map((cs) => cs.map((c, i) => ({ id: `c${i}`, ...c })));

describe('rfmScores(customers) properties', () => {
  it('scores within 1..bins, gives equal values equal scores, and orders scores like values', () => {
    fc.assert(
      fc.property(customers, fc.integer({ min: 1, max: 9 }), (data, bins) => {
        const r = rfmScores(data, { bins });
        r.forEach((s, i) => {
          for (const x of [s.r, s.f, s.m]) expect(x >= 1 && x <= bins && Number.isInteger(x)).toBe(true);
          expect(s.score).toBe(100 * s.r + 10 * s.f + s.m);
          for (let j = 0; j < data.length; j++) {
            const [a, b] = [data[i], data[j]];
            if (a.frequency <= b.frequency) expect(s.f).toBeLessThanOrEqual(r[j].f);
            if (a.monetary <= b.monetary) expect(s.m).toBeLessThanOrEqual(r[j].m);
            if (a.recencyDays <= b.recencyDays) expect(s.r).toBeGreaterThanOrEqual(r[j].r);
          }
        });
      }),
    );
  });

  it('matches bin = 1 + floor(bins x smaller values / n), and its edges reproduce the bins', () => {
    fc.assert(
      fc.property(customers, fc.integer({ min: 1, max: 9 }), (data, bins) => {
        const r = rfmScores(data, { bins });
        const n = data.length;
        r.forEach((s, i) => {
          const smaller = data.filter((c) => c.frequency < data[i].frequency).length;
          expect(s.f).toBe(1 + Math.floor((bins * smaller) / n));
        });
        const edges = rfmEdges(data, { bins }).frequency.filter((e): e is number => e !== null);
        const again = rfmScores(data, { frequencyBins: edges });
        expect(again.map((s) => s.f)).toEqual(r.map((s) => s.f));
      }),
    );
  });

  it('segments every scored customer with a default rule name or Others', () => {
    const names = new Set([...RFM_SEGMENT_RULES.map((x) => x.name), 'Others']);
    fc.assert(
      fc.property(customers, (data) => {
        const r = rfmSegments(rfmScores(data));
        expect(r.map((s) => s.id)).toEqual(data.map((c) => c.id));
        for (const s of r) expect(names.has(s.segment)).toBe(true);
      }),
    );
  });
});
