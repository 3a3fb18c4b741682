import type { AbcClass } from '../../core/abc-xyz.js';
import type { ParetoPoint } from './abc-xyz-matrix.model.js';

/** What the Pareto chart needs besides its points. */
export interface ParetoChartOptions {
  width: number;
  height?: number;
  /** ABC thresholds on the cumulative share, drawn as dashed rules. */
  thresholds: readonly [number, number];
  xLabel: string;
  yLabel: string;
  /** Formats a fraction as a percent in the widget's language. */
  percent: (fraction: number) => string;
  /** The accessible name of the chart (its text summary). */
  ariaLabel: string;
}

const CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];

/**
 * Draws the Pareto curve of the ABC split with Observable Plot. Plot is imported here with
 * a dynamic `import()`, so it is a lazy chunk loaded only when the Pareto view is shown,
 * never part of the main bundle. Plot's injected `<style>` is removed (a strict CSP refuses
 * it); the element's styles carry the same rules. Colours come from CSS classes.
 */
export async function paretoChart(points: readonly ParetoPoint[], o: ParetoChartOptions): Promise<Element> {
  const Plot = await import('@observablehq/plot');
  // Each class's area starts where the previous class ended, so the areas join up.
  const areas = CLASSES.map((abc) => {
    const start = points.findIndex((p, i) => i > 0 && p.abc === abc);
    if (start < 0) return null;
    let end = start;
    while (end + 1 < points.length && points[end + 1].abc === abc) end++;
    const segment = points.slice(start - 1, end + 1);
    return { abc, segment, mid: (segment[0].x + segment[segment.length - 1].x) / 2 };
  }).filter((a) => a !== null);
  const node = Plot.plot({
    width: Math.max(280, Math.round(o.width)),
    height: o.height ?? 260,
    marginLeft: 48,
    marginBottom: 36,
    ariaLabel: o.ariaLabel,
    x: {
      domain: [0, 1],
      label: o.xLabel,
      tickFormat: o.percent,
      grid: true,
      labelAnchor: 'center',
      labelArrow: 'none',
    },
    y: { domain: [0, 1], label: o.yLabel, tickFormat: o.percent, grid: true, labelArrow: 'none' },
    marks: [
      ...areas.map((a) =>
        Plot.areaY(a.segment, {
          x: 'x',
          y: 'y',
          fill: 'currentColor',
          className: `pareto-area-${a.abc.toLowerCase()}`,
        }),
      ),
      Plot.ruleY(o.thresholds, { strokeDasharray: '4,3', className: 'pareto-rule' }),
      Plot.lineY(points, {
        x: 'x',
        y: 'y',
        stroke: 'currentColor',
        strokeWidth: 2,
        className: 'pareto-line',
      }),
      Plot.text(areas, {
        x: 'mid',
        y: 0.06,
        text: 'abc',
        fontWeight: 700,
        fontSize: 13,
        className: 'pareto-label',
      }),
    ],
  });
  for (const style of node.querySelectorAll('style')) style.remove();
  node.setAttribute('role', 'img');
  return node;
}
