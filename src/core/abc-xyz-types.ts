// The vocabulary of ABC and XYZ classification (domain.md, "ABC", "XYZ"): the classes,
// the options and the items in and out of classifyAbc and classifyXyz. abc-xyz.ts, which
// holds the functions and the matrix, re-exports all of it.

/** The ABC classes, A the most valuable. @example ABC_CLASSES.A // 'A' */
export const ABC_CLASSES = { A: 'A', B: 'B', C: 'C' } as const;
/**
 * One of {@link ABC_CLASSES}.
 *
 * @example const top: AbcClass = 'A';
 */
export type AbcClass = (typeof ABC_CLASSES)[keyof typeof ABC_CLASSES];

/** The XYZ classes, X the most stable. @example XYZ_CLASSES.X // 'X' */
export const XYZ_CLASSES = { X: 'X', Y: 'Y', Z: 'Z' } as const;
/**
 * One of {@link XYZ_CLASSES}.
 *
 * @example const steady: XyzClass = 'X';
 */
export type XyzClass = (typeof XYZ_CLASSES)[keyof typeof XYZ_CLASSES];

/**
 * How a cumulative share is compared with an ABC threshold (see {@link AbcOptions.boundary}).
 *
 * @example classifyAbc(items, { boundary: ABC_BOUNDARIES.before })
 */
export const ABC_BOUNDARIES = { inclusive: 'inclusive', strict: 'strict', before: 'before' } as const;
/**
 * One of {@link ABC_BOUNDARIES}.
 *
 * @example const boundary: AbcBoundary = 'before';
 */
export type AbcBoundary = (typeof ABC_BOUNDARIES)[keyof typeof ABC_BOUNDARIES];

/**
 * Which standard deviation XYZ uses: `'population'` divides by n, `'sample'` by n − 1.
 *
 * @example classifyXyz(items, { sigma: XYZ_SIGMAS.sample })
 */
export const XYZ_SIGMAS = { population: 'population', sample: 'sample' } as const;
/**
 * One of {@link XYZ_SIGMAS}.
 *
 * @example const sigma: XyzSigma = 'sample';
 */
export type XyzSigma = (typeof XYZ_SIGMAS)[keyof typeof XYZ_SIGMAS];

/**
 * Where a client of the matrix stands: `'classified'` (a positive value in the period),
 * `'lost'` (none, but it bought before) or `'potential'` (it never bought).
 *
 * @example matrix.items.filter((i) => i.status === ABC_XYZ_STATUSES.lost)
 */
export const ABC_XYZ_STATUSES = { classified: 'classified', lost: 'lost', potential: 'potential' } as const;
/**
 * One of {@link ABC_XYZ_STATUSES}.
 *
 * @example matrix.items.filter((i) => i.status === 'lost')
 */
export type AbcXyzStatus = (typeof ABC_XYZ_STATUSES)[keyof typeof ABC_XYZ_STATUSES];

/**
 * The cells of the ABC/XYZ matrix: the nine `AX`..`CZ`; `A`, `B`, `C` for a classified
 * client whose XYZ is not defined (fewer than `minPeriods` values); `lost`; `potential`.
 * Every client is in exactly one cell.
 *
 * @example Object.values(ABC_XYZ_CELLS).map((key) => matrix.cells[key].count)
 */
export const ABC_XYZ_CELLS = {
  AX: 'AX',
  AY: 'AY',
  AZ: 'AZ',
  BX: 'BX',
  BY: 'BY',
  BZ: 'BZ',
  CX: 'CX',
  CY: 'CY',
  CZ: 'CZ',
  A: 'A',
  B: 'B',
  C: 'C',
  lost: 'lost',
  potential: 'potential',
} as const;
/**
 * One of {@link ABC_XYZ_CELLS}.
 *
 * @example matrix.cells['AX' satisfies AbcXyzCellKey].count
 */
export type AbcXyzCellKey = (typeof ABC_XYZ_CELLS)[keyof typeof ABC_XYZ_CELLS];

/** Default ABC thresholds on the cumulative share. @example classifyAbc(items, { thresholds: [...DEFAULT_ABC_THRESHOLDS] }) */
export const DEFAULT_ABC_THRESHOLDS: readonly [number, number] = [0.8, 0.95];
/** Default XYZ thresholds on cv, a fraction. @example classifyXyz(items, { thresholds: [...DEFAULT_XYZ_THRESHOLDS] }) */
export const DEFAULT_XYZ_THRESHOLDS: readonly [number, number] = [0.1, 0.25];

/**
 * One input item of {@link classifyAbc}.
 *
 * @example { id: 'c1', value: '1 500,00' }
 */
export interface AbcItem {
  /** Unique id: a non-empty string, or a number (turned into a string). */
  id: string | number;
  /** The amount: a number or a number string such as `"1 234,56"`. 0 or less gets no class. */
  value: number | string;
}

/**
 * Options of {@link classifyAbc}.
 *
 * @example classifyAbc(items, { thresholds: [0.7, 0.9], boundary: 'strict', topIsA: false })
 */
export interface AbcOptions {
  /**
   * Cumulative-share thresholds `[A, B]`, fractions with 0 <= A <= B <= 1. Default `[0.8, 0.95]`.
   *
   * @example classifyAbc(items, { thresholds: [0.7, 0.9] })
   */
  thresholds?: readonly [number, number];
  /**
   * `'inclusive'` (default): cumulativeShare <= threshold stays in the class. `'strict'`:
   * only < does. `'before'`: the cumulative share before the item decides, so the item
   * that crosses a threshold stays in the higher class. All compared with a tolerance of 1e-9.
   *
   * @example classifyAbc(items, { boundary: 'before' })
   */
  boundary?: AbcBoundary;
  /**
   * The largest item is always A, so a single dominant client is not C. Default true.
   *
   * @example classifyAbc([{ id: 'big', value: 99 }, { id: 'small', value: 1 }], { topIsA: false })[0].abc // 'C'
   */
  topIsA?: boolean;
}

/**
 * One result item of {@link classifyAbc}.
 *
 * @example { id: 'c1', value: 1500, share: 0.375, cumulativeShare: 0.375, abc: 'A' }
 */
export interface AbcResultItem {
  id: string;
  value: number;
  /** value / total of the positive values; `null` for a value of 0 or less or a zero total. */
  share: number | null;
  /** Share of this item and every item before it in the order; `null` where `share` is. */
  cumulativeShare: number | null;
  /** `null` for a value of 0 or less. */
  abc: AbcClass | null;
}

/**
 * Result of {@link classifyAbc}: every item, by value descending, then id ascending.
 *
 * @example classifyAbc(items).filter((i) => i.abc === 'A').map((i) => i.id)
 */
export type AbcResult = AbcResultItem[];

/**
 * One input item of {@link classifyXyz}: one value per sub-period (missing sub-periods are zeros).
 *
 * @example { id: 'c1', values: [900, 800, '700'] }
 */
export interface XyzItem {
  /** Unique id: a non-empty string, or a number (turned into a string). */
  id: string | number;
  /** One amount per sub-period: numbers or number strings. */
  values: readonly (number | string)[];
}

/**
 * Options of {@link classifyXyz}.
 *
 * @example classifyXyz(items, { thresholds: [0.15, 0.3], sigma: 'sample', minPeriods: 6 })
 */
export interface XyzOptions {
  /**
   * Upper bounds `[X, Y]` of cv (a fraction), inclusive, 0 <= X <= Y. Default `[0.1, 0.25]`.
   *
   * @example classifyXyz(items, { thresholds: [0.15, 0.4] })
   */
  thresholds?: readonly [number, number];
  /**
   * `'population'` (default, divides by n) or `'sample'` (divides by n − 1).
   *
   * @example classifyXyz([{ id: 'a', values: [900, 800, 700] }], { sigma: 'sample' })[0].sd // 100
   */
  sigma?: XyzSigma;
  /**
   * Fewest values that give a cv, an integer of 1 or more. Default 3.
   *
   * @example classifyXyz([{ id: 'a', values: [5, 6] }], { minPeriods: 2 })[0].xyz // 'X' (cv 0.09)
   */
  minPeriods?: number;
}

/**
 * One result item of {@link classifyXyz}.
 *
 * @example { id: 'c1', periods: 3, mean: 800, sd: 81.65, cv: 0.1021, xyz: 'Y' }
 */
export interface XyzResultItem {
  id: string;
  /** Number of values (sub-periods). */
  periods: number;
  /** Mean of the values; `null` when there are none. */
  mean: number | null;
  /** Standard deviation; `null` when there are no values (or one, with `sigma: 'sample'`). */
  sd: number | null;
  /** sd / mean as a fraction; `null` when mean <= 0, sd is null or periods < minPeriods. */
  cv: number | null;
  /** `null` where cv is. */
  xyz: XyzClass | null;
}

/**
 * Result of {@link classifyXyz}: one item per input item, in input order.
 *
 * @example classifyXyz(items).filter((i) => i.xyz === null) // too few periods or no sales
 */
export type XyzResult = XyzResultItem[];
