import { arc, pie } from 'd3-shape';

/** Geometry of one donut slice in a 200 × 200 viewBox centred on 0,0. */
export interface SliceGeometry {
  path: string;
  /** Where a label sits (the arc's centroid). */
  labelX: number;
  labelY: number;
  /** Angular size in radians; tiny slices get no label. */
  angle: number;
}

export const DONUT_OUTER = 96;
export const DONUT_INNER = 58;

/**
 * Lays out slices in input order (no re-sorting: the host's order is meaningful),
 * clockwise from 12 o'clock, with a small pad between slices.
 */
export function donutGeometry(values: readonly number[]): SliceGeometry[] {
  const arcs = pie<number>()
    .sort(null)
    .value((v) => v)
    .padAngle(values.length > 1 ? 0.012 : 0)(values as number[]);
  const shape = arc<(typeof arcs)[number]>().innerRadius(DONUT_INNER).outerRadius(DONUT_OUTER).cornerRadius(2);
  return arcs.map((a) => {
    const [labelX, labelY] = shape.centroid(a);
    return { path: shape(a) ?? '', labelX, labelY, angle: a.endAngle - a.startAngle };
  });
}
