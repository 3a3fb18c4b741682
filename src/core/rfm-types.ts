// The vocabulary of RFM scoring (domain.md, "RFM scores"): bins, options, scores, edges
// and the segment rules. rfm.ts, which holds the functions, re-exports all of it.

/** Default number of bins per dimension. @example rfmScores(customers, { bins: RFM_DEFAULT_BINS }) */
export const RFM_DEFAULT_BINS = 5;
/** Most bins per dimension: the score 100 R + 10 F + M keeps one digit per dimension. @example RFM_MAX_BINS // 9 */
export const RFM_MAX_BINS = 9;
/** The segment of a customer that no rule matches. @example segments.filter((s) => s.segment === RFM_OTHERS) */
export const RFM_OTHERS = 'Others';

/**
 * One customer of {@link rfmScores}. Amounts may be numbers or number strings.
 *
 * @example { id: 'c1', recencyDays: 12, frequency: 7, monetary: '84 000,00' }
 */
export interface RfmCustomer {
  /** Unique id: a non-empty string, or a number (turned into a string). */
  id: string | number;
  /** Days since the last purchase, 0 or more. */
  recencyDays: number | string;
  /** Number of purchases, 0 or more. */
  frequency: number | string;
  /** Money spent (may be negative after returns). */
  monetary: number | string;
}

/**
 * Bins of one dimension: a number of quantile bins (1 to 9), or ascending edges (at most
 * 8, giving edges + 1 bins). Edges are upper-exclusive: below edges[0] is bin 1,
 * [edges[0], edges[1]) bin 2, and so on; two equal edges leave the bin between them empty
 * (quantile edges can be equal, and {@link rfmEdges} output can be given back).
 *
 * @example 4 // quartiles
 * @example [7, 30, 90, 180] // recency: under a week is bin 1, which scores R5
 */
export type RfmBins = number | readonly number[];

/**
 * Options of {@link rfmScores}.
 *
 * @example rfmScores(customers, { bins: 5, recencyBins: [7, 30, 90, 180] })
 */
export interface RfmOptions {
  /**
   * Number of quantile bins of every dimension not set on its own, 1 to 9. Default 5.
   *
   * @example rfmScores(customers, { bins: 4 })
   */
  bins?: number;
  /** Bins of recencyDays. @example rfmScores(customers, { recencyBins: [7, 30, 90, 180] }) */
  recencyBins?: RfmBins;
  /** Bins of frequency. @example rfmScores(customers, { frequencyBins: [2, 3, 5, 10] }) */
  frequencyBins?: RfmBins;
  /** Bins of monetary. @example rfmScores(customers, { monetaryBins: 3 }) */
  monetaryBins?: RfmBins;
}

/**
 * One scored customer.
 *
 * @example { id: 'c1', r: 5, f: 4, m: 5, score: 545 }
 */
export interface RfmScore {
  id: string;
  /** Recency score: the most recent bin scores highest (5 with 5 bins). */
  r: number;
  /** Frequency score = its bin. */
  f: number;
  /** Monetary score = its bin. */
  m: number;
  /** 100 r + 10 f + m, e.g. 545. */
  score: number;
}

/**
 * Result of {@link rfmScores}: one score per customer, in input order.
 *
 * @example rfmScores(customers).filter((s) => s.score >= 500)
 */
export type RfmResult = RfmScore[];

/**
 * The edges in use for each dimension (see {@link rfmEdges}). A computed edge that no
 * value reaches is `null`: the bins above it stay empty.
 *
 * @example { recency: [7, 30, 90, 180], frequency: [2, 2, 3, 5], monetary: [1200, 5400, null, null] }
 */
export interface RfmEdges {
  recency: (number | null)[];
  frequency: (number | null)[];
  monetary: (number | null)[];
}

/**
 * A named box of scores, inclusive on both ends; an omitted dimension matches any score.
 *
 * @example { name: 'Champions', r: [5, 5], f: [5, 5], m: [5, 5] }
 */
export interface RfmSegmentRule {
  name: string;
  r?: readonly [number, number];
  f?: readonly [number, number];
  m?: readonly [number, number];
}

/**
 * The default segment rules, in order; the first match wins.
 *
 * @example rfmSegments(scores, [...RFM_SEGMENT_RULES, { name: 'Anyone', r: [1, 5] }])
 */
export const RFM_SEGMENT_RULES: readonly RfmSegmentRule[] = [
  { name: 'Champions', r: [5, 5], f: [5, 5], m: [5, 5] },
  { name: 'Potential Loyalist', r: [3, 5], f: [3, 5], m: [2, 5] },
  { name: 'Loyal Customers', r: [2, 4], f: [2, 4], m: [2, 4] },
  { name: 'Promising', r: [3, 4], f: [1, 3], m: [3, 5] },
  { name: 'New Customers', r: [4, 5], f: [1, 3], m: [1, 5] },
  { name: "Can't Lose Them", r: [1, 2], f: [3, 4], m: [4, 5] },
  { name: 'At Risk', r: [1, 2], f: [2, 5], m: [4, 5] },
  { name: 'Need Attention', r: [1, 3], f: [3, 5], m: [3, 5] },
  { name: 'About To Sleep', r: [2, 3], f: [1, 3], m: [1, 4] },
  { name: 'Lost', r: [1, 1], f: [1, 5], m: [1, 5] },
];

/**
 * A scored customer, as {@link rfmScores} returns it (`score` is not needed).
 *
 * @example { id: 'c1', r: 5, f: 4, m: 5 }
 */
export interface RfmScored {
  id: string | number;
  r: number;
  f: number;
  m: number;
}

/**
 * One segmented customer.
 *
 * @example { id: 'c1', segment: 'Champions' }
 */
export interface RfmSegmentResult {
  id: string;
  /** The name of the first matching rule, or {@link RFM_OTHERS}. */
  segment: string;
}
