import type { AbcXyzCellKey, AbcXyzMatrixResult } from './abc-xyz.js';
import { readSide, type Side } from './internal/abc-xyz-side.js';
import { IssueList } from './internal/issues.js';

// Transitions between two ABC/XYZ matrices (domain.md, "The ABC/XYZ matrix and
// transitions"): per client, previous -> current, ranked potential < lost < C < B < A and
// potential < lost < Z < Y < X. The matrices themselves are made in abc-xyz.ts.

/**
 * The ABC states of a client, worst first: `Object.values(ABC_STATES)` is the rank order
 * potential < lost < C < B < A.
 *
 * @example Object.values(ABC_STATES).reverse() // rows of a transition table, best first
 */
export const ABC_STATES = { potential: 'potential', lost: 'lost', C: 'C', B: 'B', A: 'A' } as const;
/**
 * One of {@link ABC_STATES}.
 *
 * @example const state: AbcState = 'lost';
 */
export type AbcState = (typeof ABC_STATES)[keyof typeof ABC_STATES];

/**
 * The XYZ states of a client, worst first: potential < lost < Z < Y < X. `'none'` is a
 * classified client whose XYZ is not defined (fewer than `minPeriods` values): better
 * than lost, not comparable with X, Y or Z (such a transition is `'same'`).
 *
 * @example matrix.xyz.cells.none.X.count // clients whose stability became known as X
 */
export const XYZ_STATES = {
  potential: 'potential',
  lost: 'lost',
  none: 'none',
  Z: 'Z',
  Y: 'Y',
  X: 'X',
} as const;
/**
 * One of {@link XYZ_STATES}.
 *
 * @example const state: XyzState = 'none';
 */
export type XyzState = (typeof XYZ_STATES)[keyof typeof XYZ_STATES];

/**
 * Whether a client moved up, down or stayed, for colouring a transition.
 *
 * @example changes.filter((c) => c.direction === TRANSITION_DIRECTIONS.worse)
 */
export const TRANSITION_DIRECTIONS = { better: 'better', worse: 'worse', same: 'same' } as const;
/**
 * One of {@link TRANSITION_DIRECTIONS}.
 *
 * @example const colour = { better: 'green', worse: 'red', same: 'grey' }[change.direction];
 */
export type TransitionDirection = (typeof TRANSITION_DIRECTIONS)[keyof typeof TRANSITION_DIRECTIONS];

/**
 * One cell of a transition matrix: the clients that moved from one state to another.
 *
 * @example comparison.abc.cells.A.lost // { from: 'A', to: 'lost', direction: 'worse', count: 1, ids: ['c1'] }
 */
export interface Transition<S extends string> {
  /** State in the previous matrix (the row). */
  from: S;
  /** State in the current matrix (the column). */
  to: S;
  direction: TransitionDirection;
  count: number;
  /** Client ids, in the order of {@link AbcXyzComparison.changes}. */
  ids: string[];
}

/**
 * A transition matrix: rows = previous state, columns = current state.
 *
 * @example comparison.abc.states.map((from) => comparison.abc.states.map((to) => comparison.abc.cells[from][to].count))
 */
export interface TransitionMatrix<S extends string> {
  /** The states, worst first. */
  states: S[];
  /** `cells[from][to]`, every pair present (empty ones with count 0). */
  cells: Record<S, Record<S, Transition<S>>>;
  /** Number of clients that moved up, down, or stayed. */
  better: number;
  worse: number;
  same: number;
}

/**
 * Where a client stands in one of the two matrices.
 *
 * @example { abc: 'C', xyz: 'Z', cell: 'CZ', value: 30 }
 */
export interface AbcXyzPosition {
  abc: AbcState;
  xyz: XyzState;
  /** The matrix cell (`'potential'` for a client missing from that matrix). */
  cell: AbcXyzCellKey;
  /** The client's value there (0 when missing). */
  value: number;
}

/**
 * One client's move between the two matrices.
 *
 * @example comparison.changes.filter((c) => c.direction === 'worse').map((c) => c.name ?? c.id)
 */
export interface AbcXyzChange {
  id: string;
  /** From the current matrix, else the previous one; `null` when neither has it. */
  name: string | null;
  owner: string | null;
  from: AbcXyzPosition;
  to: AbcXyzPosition;
  /** Direction of the ABC move. */
  abcDirection: TransitionDirection;
  /** Direction of the XYZ move. */
  xyzDirection: TransitionDirection;
  /** ABC decides; when ABC is the same, XYZ does (A·Z -> A·X is better). */
  direction: TransitionDirection;
}

/**
 * Result of {@link compareAbcXyz}.
 *
 * @example const { abc, xyz, changes } = compareAbcXyz(lastQuarter, thisQuarter);
 */
export interface AbcXyzComparison {
  abc: TransitionMatrix<AbcState>;
  xyz: TransitionMatrix<XyzState>;
  /**
   * Every client of either matrix, unchanged ones included (`direction: 'same'`): first
   * in the order of the current matrix's items, then those only in the previous one, in its order.
   */
  changes: AbcXyzChange[];
}

/**
 * Compares a previous and a current {@link abcXyzMatrix} result, per client: the ABC and
 * the XYZ transition matrices (rows = previous, columns = current, with counts and ids) and
 * each client's move. Ranks: potential < lost < C < B < A and potential < lost < Z < Y < X;
 * higher is `'better'`, lower `'worse'`, equal `'same'`. A client missing from one matrix
 * counts as potential there.
 *
 * Throws one {@link PulseDataError} listing every problem with the two inputs
 * (`previous.items[3].status`, duplicate ids).
 *
 * @example
 * const before = abcXyzMatrix([{ id: 'c1', values: [100, 100, 100] }, { id: 'c2', values: [10, 50, 90] }]);
 * const after = abcXyzMatrix([{ id: 'c1', values: [0, 0, 0] }, { id: 'c2', values: [90, 80, 100] }]);
 * const t = compareAbcXyz(before, after);
 * t.abc.cells.A.lost.ids; // ['c1']
 * t.changes.find((c) => c.id === 'c2')?.direction; // 'better' (C·Z -> A·X)
 */
export function compareAbcXyz(previous: AbcXyzMatrixResult, current: AbcXyzMatrixResult): AbcXyzComparison {
  const issues = new IssueList();
  const prev = readSide(previous, 'previous', issues);
  const curr = readSide(current, 'current', issues);
  issues.throwIfAny();

  const abc = emptyMatrix(Object.values(ABC_STATES), abcDirection);
  const xyz = emptyMatrix(Object.values(XYZ_STATES), xyzDirection);
  const changes: AbcXyzChange[] = [];
  const record = (
    id: string,
    from: Side | undefined,
    fromIndex: number,
    to: Side | undefined,
    toIndex: number,
  ) => {
    const a = position(from, fromIndex);
    const b = position(to, toIndex);
    const abcMove = abcDirection(a.abc, b.abc);
    const xyzMove = xyzDirection(a.xyz, b.xyz);
    add(abc, a.abc, b.abc, id);
    add(xyz, a.xyz, b.xyz, id);
    const named = to && toIndex >= 0 ? to : (from as Side);
    const at = to && toIndex >= 0 ? toIndex : fromIndex;
    changes.push({
      id,
      name: named.names[at],
      owner: named.owners[at],
      from: a,
      to: b,
      abcDirection: abcMove,
      xyzDirection: xyzMove,
      direction: abcMove === 'same' ? xyzMove : abcMove,
    });
  };
  for (let i = 0; i < curr.ids.length; i++) {
    const id = curr.ids[i];
    record(id, prev, prev.index.get(id) ?? -1, curr, i);
  }
  for (let i = 0; i < prev.ids.length; i++) {
    const id = prev.ids[i];
    if (!curr.index.has(id)) record(id, prev, i, undefined, -1);
  }
  return { abc, xyz, changes };
}

const ABC_RANK: Record<AbcState, number> = { potential: 0, lost: 1, C: 2, B: 3, A: 4 };
const XYZ_RANK: Record<XyzState, number> = { potential: 0, lost: 1, none: 2, Z: 3, Y: 4, X: 5 };

function position(side: Side | undefined, i: number): AbcXyzPosition {
  if (!side || i < 0) return { abc: 'potential', xyz: 'potential', cell: 'potential', value: 0 };
  const abc = side.abc[i];
  const xyz = side.xyz[i];
  const cell = (
    abc === 'lost' || abc === 'potential' ? abc : xyz === 'none' ? abc : abc + xyz
  ) as AbcXyzCellKey;
  return { abc, xyz, cell, value: side.values[i] };
}

function compareRanks(a: number, b: number): TransitionDirection {
  return b > a ? 'better' : b < a ? 'worse' : 'same';
}

function abcDirection(from: AbcState, to: AbcState): TransitionDirection {
  return compareRanks(ABC_RANK[from], ABC_RANK[to]);
}

function xyzDirection(from: XyzState, to: XyzState): TransitionDirection {
  // An undefined XYZ is not compared with X, Y or Z.
  if ((from === 'none' && XYZ_RANK[to] > 1) || (to === 'none' && XYZ_RANK[from] > 1)) return 'same';
  return compareRanks(XYZ_RANK[from], XYZ_RANK[to]);
}

function emptyMatrix<S extends string>(
  states: S[],
  direction: (a: S, b: S) => TransitionDirection,
): TransitionMatrix<S> {
  const cells = {} as Record<S, Record<S, Transition<S>>>;
  for (const from of states) {
    const row = {} as Record<S, Transition<S>>;
    for (const to of states) row[to] = { from, to, direction: direction(from, to), count: 0, ids: [] };
    cells[from] = row;
  }
  return { states, cells, better: 0, worse: 0, same: 0 };
}

function add<S extends string>(matrix: TransitionMatrix<S>, from: S, to: S, id: string): void {
  const cell = matrix.cells[from][to];
  cell.count++;
  cell.ids.push(id);
  matrix[cell.direction]++;
}
