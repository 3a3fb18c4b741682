import {
  abcXyzMatrix,
  DEFAULT_ABC_THRESHOLDS,
  DEFAULT_XYZ_THRESHOLDS,
  type AbcXyzItem,
  type AbcXyzMatrixResult,
  type AbcXyzOptions,
} from '../../core/abc-xyz.js';
import { compareAbcXyz, type AbcXyzComparison } from '../../core/abc-xyz-matrix.js';
import { PulseDataError } from '../../core/errors.js';
import { gridLayout, hasNoXyz, type GridCell } from './abc-xyz-matrix.model.js';
import type { AbcXyzMatrixInput, AbcXyzMeasure } from './abc-xyz-matrix.schema.js';

/** Options of `<pulse-abc-xyz-matrix>`: the core's ABC and XYZ options (thresholds, boundary rule, sigma, minPeriods, topIsA). */
export type AbcXyzMatrixOptions = AbcXyzOptions;

/** What the element computes from its input. */
export interface AbcXyzMatrixViewResult {
  matrix: AbcXyzMatrixResult;
  /** The previous analysis, when `previous` was given. */
  previous?: AbcXyzMatrixResult;
  /** The ABC and XYZ transitions previous → current, when `previous` was given. */
  transitions?: AbcXyzComparison;
  measure: AbcXyzMeasure;
  periods: string[];
  byId: Map<string, AbcXyzItem>;
  grid: GridCell[][];
}

/**
 * Runs the core on validated input: the matrix (`abcXyzMatrix`), and with previous data its
 * matrix and the transitions (`compareAbcXyz`). Core errors about the previous rows are
 * re-addressed to `previous.rows[i]`.
 */
export function computeView(
  input: AbcXyzMatrixInput,
  options: AbcXyzMatrixOptions = {},
): AbcXyzMatrixViewResult {
  const matrix = abcXyzMatrix(input.rows, options);
  let previous: AbcXyzMatrixResult | undefined;
  if (input.previous) {
    try {
      previous = abcXyzMatrix(input.previous.rows, options);
    } catch (error) {
      if (!(error instanceof PulseDataError)) throw error;
      throw new PulseDataError(
        error.issues.map((i) => ({
          path: i.path.startsWith('rows') ? `previous.${i.path}` : i.path,
          message: i.message.replace(/\brows\[/g, 'previous.rows['),
        })),
      );
    }
  }
  return {
    matrix,
    previous,
    transitions: previous ? compareAbcXyz(previous, matrix) : undefined,
    measure: input.measure ?? 'revenue',
    periods: input.periods,
    byId: new Map(matrix.items.map((i) => [i.id, i])),
    grid: gridLayout(hasNoXyz(matrix)),
  };
}

/** The thresholds in effect (for the headers and the Pareto rules), read from the options. */
export function thresholdsOf(o: AbcXyzMatrixOptions = {}): {
  abc: readonly [number, number];
  xyz: readonly [number, number];
  minPeriods: number;
} {
  return {
    abc: o.abc?.thresholds ?? o.abcThresholds ?? DEFAULT_ABC_THRESHOLDS,
    xyz: o.xyz?.thresholds ?? o.xyzThresholds ?? DEFAULT_XYZ_THRESHOLDS,
    minPeriods: o.xyz?.minPeriods ?? o.minPeriods ?? 3,
  };
}
