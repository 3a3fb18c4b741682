import { defineJob } from '../../worker/job.js';
import {
  computeView,
  type AbcXyzMatrixOptions,
  type AbcXyzMatrixViewResult,
} from './abc-xyz-matrix.compute.js';
import { schema, type AbcXyzMatrixInput } from './abc-xyz-matrix.schema.js';

/** The view result without its lookup by id (which would copy every item a second time). */
export type AbcXyzMatrixCore = Omit<AbcXyzMatrixViewResult, 'byId'>;

/**
 * The computation of `<pulse-abc-xyz-matrix>` that may run in a worker: both matrices and
 * the transitions. The lookup by id is built on the page ({@link withLookup}).
 */
export const abcXyzMatrixJob = defineJob({
  widget: 'abc-xyz-matrix',
  schema,
  core(input: AbcXyzMatrixInput, options: AbcXyzMatrixOptions): AbcXyzMatrixCore {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { byId, ...core } = computeView(input, options);
    return core;
  },
});

/** The view result from the worker's part: adds the lookup of items by id. */
export function withLookup(core: AbcXyzMatrixCore): AbcXyzMatrixViewResult {
  return { ...core, byId: new Map(core.matrix.items.map((i) => [i.id, i])) };
}
