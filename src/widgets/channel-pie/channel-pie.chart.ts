/** Geometry of one donut slice in a 200 × 200 viewBox centred on 0,0. */
export interface SliceGeometry {
  path: string;
  /** Where a label sits (the middle of the ring at the slice's mid-angle). */
  labelX: number;
  labelY: number;
  /** Angular size in radians; tiny slices get no label. */
  angle: number;
}

export const DONUT_OUTER = 96;
export const DONUT_INNER = 58;
const PAD = 0.012;
const TAU = 2 * Math.PI;

// Written by hand rather than with d3-shape: the donut needs two arcs and two lines,
// and d3-shape would otherwise be shared with the lazy Plot chunk and pulled whole
// into the eager bundle.
const r = (v: number) => Math.round(v * 100) / 100;
const point = (radius: number, angle: number) =>
  `${r(radius * Math.sin(angle))},${r(-radius * Math.cos(angle))}`;

function ring(outer: number, inner: number): string {
  return (
    `M0,${-outer}A${outer},${outer} 0 1 1 0,${outer}A${outer},${outer} 0 1 1 0,${-outer}Z` +
    `M0,${-inner}A${inner},${inner} 0 1 0 0,${inner}A${inner},${inner} 0 1 0 0,${-inner}Z`
  );
}

/**
 * Lays out slices in input order (no re-sorting: the host's order is meaningful),
 * clockwise from 12 o'clock, with a small gap between slices.
 */
export function donutGeometry(values: readonly number[]): SliceGeometry[] {
  const total = values.reduce((s, v) => s + Math.max(0, v), 0);
  const pad = values.filter((v) => v > 0).length > 1 ? PAD : 0;
  let start = 0;
  return values.map((v) => {
    const angle = total > 0 ? (Math.max(0, v) / total) * TAU : 0;
    const a0 = start + Math.min(pad, angle) / 2;
    const a1 = start + angle - Math.min(pad, angle) / 2;
    start += angle;
    const mid = (a0 + a1) / 2;
    const labelRadius = (DONUT_OUTER + DONUT_INNER) / 2;
    let path = '';
    if (angle >= TAU - 1e-9) path = ring(DONUT_OUTER, DONUT_INNER);
    else if (a1 > a0) {
      const large = a1 - a0 > Math.PI ? 1 : 0;
      path =
        `M${point(DONUT_OUTER, a0)}A${DONUT_OUTER},${DONUT_OUTER} 0 ${large} 1 ${point(DONUT_OUTER, a1)}` +
        `L${point(DONUT_INNER, a1)}A${DONUT_INNER},${DONUT_INNER} 0 ${large} 0 ${point(DONUT_INNER, a0)}Z`;
    }
    return { path, labelX: r(labelRadius * Math.sin(mid)), labelY: r(-labelRadius * Math.cos(mid)), angle };
  });
}
