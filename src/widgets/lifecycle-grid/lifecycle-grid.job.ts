import { defineJob } from '../../worker/job.js';
import {
  clientOrders,
  computeGrid,
  useClientOrders,
  type LifecycleGridOptions,
  type LifecycleGridResult,
} from './lifecycle-grid.model.js';
import { schema, type LifecycleGridInput } from './lifecycle-grid.schema.js';

/** The grid with the order of each cell's client list, as positions in `clients`. */
export interface LifecycleGridCore {
  result: LifecycleGridResult;
  orders: Record<string, number[]> | null;
}

/**
 * The computation of `<pulse-lifecycle-grid>` that may run in a worker: segments of every
 * client, and each cell's client list in order (so opening a cell sorts nothing on the page).
 */
export const lifecycleGridJob = defineJob({
  widget: 'lifecycle-grid',
  schema,
  core(input: LifecycleGridInput, options: LifecycleGridOptions): LifecycleGridCore {
    const result = computeGrid(input, options);
    return { result, orders: clientOrders(result) };
  },
});

/** The grid from the worker's part, its client lists already in order. */
export function withOrders(core: LifecycleGridCore): LifecycleGridResult {
  useClientOrders(core.result, core.orders);
  return core.result;
}
