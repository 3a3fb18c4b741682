import { defineJob } from '../../worker/job.js';
import { computeTable, groupRows, type DebtTableOptions, type DebtTableResult } from './debt-table.model.js';
import { runtimeSchema, type DebtTableInput } from './debt-table.schema.js';

/** The table without its group tree (which holds every row a second and a third time). */
export type DebtTableCore = Omit<DebtTableResult, 'root'>;

/**
 * The computation of `<pulse-debt-table>` that may run in a worker: every row read and
 * measured (depth of debt, collection, payment window). The grouping department → owner
 * is done on the page ({@link withGroups}): it is one pass over the rows.
 */
export const debtTableJob = defineJob({
  widget: 'debt-table',
  schema: runtimeSchema,
  core(input: DebtTableInput, options: DebtTableOptions): DebtTableCore {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { root, ...core } = computeTable(input, options);
    // The page reads neither the charges (the depth is measured) nor the payments (the
    // window is; only whether a row has payments counts): leaving their ~12 objects per
    // row here saves the page most of the cost of taking in 50 000 rows.
    for (const row of core.rows) {
      row.charges = null;
      if (row.payments) row.payments = [];
    }
    return core;
  },
});

/** The table from the worker's part: adds the group tree over the same row objects. */
export function withGroups(core: DebtTableCore): DebtTableResult {
  return { ...core, root: groupRows(core.rows, core.levels) };
}
