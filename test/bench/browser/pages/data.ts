// The inputs both sides of the browser benchmark draw: the test fixtures, and seeded
// generators for the large cases, so every run and both sides see the same data.
import { abcXyzMatrix } from '../../../../src/core/abc-xyz.js';
import { abcXyzIssue } from '../../../fixtures/abc-xyz-matrix.js';
import { channelSeed } from '../../../fixtures/channel-pie.js';
import { debtRows } from '../../../fixtures/debt-table.js';
import { funnelIssue } from '../../../fixtures/funnel.js';
import { random } from '../../../fixtures/random.js';
import { slideIndicators } from '../../../fixtures/traffic-light-pool.js';
import type { TrafficLightPoolData } from '../../../../src/widgets/traffic-light-pool/traffic-light-pool.schema.js';

export { abcXyzIssue, channelSeed, debtRows, funnelIssue };

/** The pie's slices (gains, then losses) as label / value pairs. */
export function pieSlices(): { name: string; value: number }[] {
  return [...(channelSeed.gains ?? []), ...(channelSeed.losses ?? [])].map((s) => ({
    name: String(s.label ?? s.key),
    value: Number(s.value),
  }));
}

/** The funnel's stages as label / count pairs. */
export function funnelStages(): { name: string; value: number }[] {
  return (funnelIssue.stages ?? []).map((s) => ({ name: String(s.label ?? s.key), value: Number(s.count) }));
}

export const ABC = ['A', 'B', 'C'] as const;
export const XYZ = ['X', 'Y', 'Z'] as const;

/** The counts of the nine AX..CZ cells of the matrix fixture, from the core (not typed in by hand). */
export function matrixCounts(): [x: number, y: number, count: number][] {
  const { cells } = abcXyzMatrix(abcXyzIssue.rows);
  return ABC.flatMap((abc, y) =>
    XYZ.map((xyz, x): [number, number, number] => [x, y, cells[`${abc}${xyz}`].count]),
  );
}

/** `n` clients of a traffic-light pool with the slide's seven indicators, seeded. */
export function poolClients(n: number): TrafficLightPoolData {
  const rnd = random(n);
  const int = (hi: number) => Math.floor(rnd() * (hi + 1));
  const clients = Array.from({ length: n }, (_, i) => ({
    id: String(i + 1),
    name: `ООО «Клиент-${i + 1}»`,
    owner: `Сотрудник ${1 + int(11)}`,
    values: {
      activity: int(3200),
      cok: int(3),
      co: int(2),
      k1u: int(3),
      gnd: int(2),
      overhang: rnd() < 0.7 ? 0 : int(5),
      training: rnd() < 0.7 ? 1 : 0,
    },
  }));
  return {
    asOf: '2024-06-30',
    indicators: slideIndicators,
    thresholds: { yellow: 0.4, green: 0.7 },
    target: { red: 0.05, yellow: 0.15, green: 0.8 },
    clients,
  };
}
