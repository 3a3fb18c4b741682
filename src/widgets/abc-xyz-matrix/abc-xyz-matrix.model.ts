import type { AbcClass, AbcXyzCellKey, AbcXyzItem, AbcXyzMatrixResult } from '../../core/abc-xyz.js';
import { parseMonth } from '../../core/dates.js';
import type { CsvCell } from '../../shared/csv.js';
import type { Formatter } from '../../shared/format.js';
import type { AbcXyzMessages } from './abc-xyz-matrix.text.js';

// Pure layout helpers of <pulse-abc-xyz-matrix>: where each cell sits in the grid, how the
// arrow keys move, the Pareto points' type, and the order and CSV rows of a cell's client
// list (eager: `cellCsv()` is synchronous while the list's view is a lazily loaded part).

/** One cell of the grid: its key and its column span (the bottom row's cells are wide). */
export interface GridCell {
  key: AbcXyzCellKey;
  /** First column (0-based, over the data columns). */
  col: number;
  span: number;
}

export const ABC_ROWS: readonly AbcClass[] = ['A', 'B', 'C'];

/**
 * The grid rows: A, B, C by X, Y, Z (plus a "no XYZ" column when some classified client has
 * no XYZ), and a bottom row with the lost and the potential clients side by side.
 */
export function gridLayout(noXyzColumn: boolean): GridCell[][] {
  const columns = noXyzColumn ? 4 : 3;
  const rows: GridCell[][] = ABC_ROWS.map((abc) => {
    const row: GridCell[] = (['X', 'Y', 'Z'] as const).map((xyz, col) => ({
      key: `${abc}${xyz}` as AbcXyzCellKey,
      col,
      span: 1,
    }));
    if (noXyzColumn) row.push({ key: abc, col: 3, span: 1 });
    return row;
  });
  const lostSpan = Math.ceil(columns / 2);
  rows.push([
    { key: 'lost', col: 0, span: lostSpan },
    { key: 'potential', col: lostSpan, span: columns - lostSpan },
  ]);
  return rows;
}

/** Keys the grid answers to. */
export type GridMove = 'left' | 'right' | 'up' | 'down' | 'home' | 'end' | 'first' | 'last';

/** Grid keys and their moves (`Ctrl+Home` / `Ctrl+End` jump to the first / last cell). */
export const KEY_MOVES: Readonly<Record<string, GridMove>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'home',
  End: 'end',
  'Ctrl+Home': 'first',
  'Ctrl+End': 'last',
  PageUp: 'first',
  PageDown: 'last',
};

/** The cell a key press moves to from `key` (it stays put at the edges). */
export function moveInGrid(grid: readonly GridCell[][], key: AbcXyzCellKey, move: GridMove): AbcXyzCellKey {
  let r = grid.findIndex((row) => row.some((c) => c.key === key));
  if (r < 0) return grid[0][0].key;
  let i = grid[r].findIndex((c) => c.key === key);
  const col = grid[r][i].col;
  const at = (row: number): number => {
    const cells = grid[row];
    const found = cells.findIndex((c) => c.col <= col && col < c.col + c.span);
    return found < 0 ? cells.length - 1 : found;
  };
  switch (move) {
    case 'left':
      i = Math.max(0, i - 1);
      break;
    case 'right':
      i = Math.min(grid[r].length - 1, i + 1);
      break;
    case 'up':
      if (r > 0) i = at(--r);
      break;
    case 'down':
      if (r < grid.length - 1) i = at(++r);
      break;
    case 'home':
      i = 0;
      break;
    case 'end':
      i = grid[r].length - 1;
      break;
    case 'first':
      r = 0;
      i = 0;
      break;
    case 'last':
      r = grid.length - 1;
      i = grid[r].length - 1;
      break;
  }
  return grid[r][i].key;
}

/** A classified cell key split into its classes; `null` for lost and potential. */
export function classesOf(key: AbcXyzCellKey): { abc: AbcClass; xyz: 'X' | 'Y' | 'Z' | null } | null {
  if (key === 'lost' || key === 'potential') return null;
  return { abc: key[0] as AbcClass, xyz: (key[1] as 'X' | 'Y' | 'Z' | undefined) ?? null };
}

/** True when some classified client has no XYZ (fewer periods than `minPeriods`). */
export function hasNoXyz(matrix: AbcXyzMatrixResult): boolean {
  return matrix.cells.A.count + matrix.cells.B.count + matrix.cells.C.count > 0;
}

/** One point of the Pareto curve: the share of clients so far and their cumulative share of the total. */
export interface ParetoPoint {
  x: number;
  y: number;
  abc: AbcClass;
}

/** How much of the clients and of the total each ABC class holds. */
export interface ClassShare {
  abc: AbcClass;
  count: number;
  clientShare: number | null;
  value: number;
  valueShare: number | null;
}

/** Counts and shares per ABC class. */
export function classShares(matrix: AbcXyzMatrixResult): ClassShare[] {
  const classified = matrix.items.filter((i) => i.status === 'classified');
  return ABC_ROWS.map((abc) => {
    const members = classified.filter((i) => i.abc === abc);
    const value = members.reduce((s, i) => s + i.value, 0);
    return {
      abc,
      count: members.length,
      clientShare: classified.length > 0 ? members.length / classified.length : null,
      value,
      valueShare: matrix.total > 0 ? value / matrix.total : null,
    };
  });
}

/** Columns of a cell's client list. */
export const CLIENT_COLUMNS = ['name', 'owner', 'value', 'share', 'cv'] as const;
export type ClientColumn = (typeof CLIENT_COLUMNS)[number];
export interface ClientSort {
  column: ClientColumn;
  descending: boolean;
}

/** The cell's clients in the chosen order; missing values (null) always go last, ties by id. */
export function sortClients(items: readonly AbcXyzItem[], sort: ClientSort, locale: string): AbcXyzItem[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = sort.descending ? -1 : 1;
  const get = (i: AbcXyzItem): string | number | null =>
    sort.column === 'name' ? (i.name ?? i.id) : sort.column === 'owner' ? i.owner : i[sort.column];
  return [...items].sort((a, b) => {
    const x = get(a);
    const y = get(b);
    if (x === null || y === null) return x === y ? cmpId(a, b) : x === null ? 1 : -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return c !== 0 ? sign * c : cmpId(a, b);
  });
}

function cmpId(a: AbcXyzItem, b: AbcXyzItem): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** How many rows the client list shows at first, and how many more "show more" adds. */
export const CLIENT_PAGE = 100;

/** The CSV rows of a cell's clients: a header, then one row per client (shares and cv in percent). */
export function clientCsvRows(items: readonly AbcXyzItem[], m: AbcXyzMessages): CsvCell[][] {
  const pct = (x: number | null): number | null => (x === null ? null : Math.round(x * 1e6) / 1e4);
  return [
    [m.id, m.client, m.owner, m.value, m.sharePct, m.cvPct, m.abc, m.xyz, m.cell],
    ...items.map(
      (i) => [i.id, i.name, i.owner, i.value, pct(i.share), pct(i.cv), i.abc, i.xyz, i.cell] as CsvCell[],
    ),
  ];
}

const YEAR_MONTH = /^\d{4}-\d{2}$/;

/** A period label for display: `2024-01` becomes `01.2024` (ru) or `01/2024` (en); others as given. */
export function periodLabel(period: string, format: Formatter): string {
  if (!YEAR_MONTH.test(period)) return period;
  try {
    return format.month(parseMonth(period));
  } catch {
    return period;
  }
}
