import type { CsvCell } from '../../shared/csv.js';
import { csvCell, groupCsvCell, type ColumnDef, type Ctx } from './debt-table.columns.js';
import { groupName } from './debt-table.text.js';
import type { Item } from './debt-table.tree.js';

/**
 * The table as seen (view, shown columns, expanded lines, order) as CSV rows: the grouping
 * levels first (department, owner), then code, client and the columns; a group's line
 * reads "Итого" with its sums, as the source reports print "total per service engineer";
 * the grand total last. Amounts are numbers, dates and lists as printed.
 */
export function tableCsvRows(items: readonly Item[], columns: readonly ColumnDef[], c: Ctx): CsvCell[][] {
  const { levels, root } = c.result;
  const cols = columns.filter((col) => !['client', 'id', ...levels].includes(col.key));
  const path: (string | null)[] = levels.map(() => null);
  const line = (names: CsvCell[], id: CsvCell, client: CsvCell, cells: CsvCell[]) => [
    ...names,
    id,
    client,
    ...cells,
  ];
  const groupLine = (g: Item['group'] & object, depth: number) =>
    line(
      levels.map((_, k) => (k < depth ? path[k] : null)),
      null,
      c.m.total,
      cols.map((col) => groupCsvCell(col, g, c)),
    );
  const out: CsvCell[][] = [
    line(
      levels.map((l) => c.m[l]),
      c.m.id,
      c.m.client,
      cols.map((col) => c.m[col.key]),
    ),
  ];
  for (const it of items) {
    if (it.group) {
      path[it.level - 1] = groupName(it.group, c);
      out.push(groupLine(it.group, it.level));
    } else {
      const r = it.row;
      out.push(
        line(
          levels.map((l) => (l === 'department' ? (r.department ?? c.m.noDepartment) : r.owner)),
          r.id,
          r.name,
          cols.map((col) => csvCell(col, r, c)),
        ),
      );
    }
  }
  out.push(groupLine(root, 0));
  return out;
}
