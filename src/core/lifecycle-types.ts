// The vocabulary of the lifecycle grid (domain.md, "Lifecycle, 9 segments"): stages,
// activities, the nine segments and their names, and the input, options and result of
// lifecycleSegments. lifecycle.ts, which holds the function, re-exports all of it.

/**
 * How established a client is, by its number of purchases n: new (n = 1), promising
 * (2 <= n < regularFrom), regular (n >= regularFrom). A client with no purchase is
 * `'potential'`, outside the nine segments.
 *
 * @example clients.filter((c) => c.stage === LIFECYCLE_STAGES.regular)
 */
export const LIFECYCLE_STAGES = { new: 'new', promising: 'promising', regular: 'regular' } as const;
/**
 * One of {@link LIFECYCLE_STAGES}.
 *
 * @example const stage: LifecycleStage = 'regular';
 */
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[keyof typeof LIFECYCLE_STAGES];

/**
 * How long since the last purchase compared with the client's rhythm T: active
 * (r <= 1.5 T), falling asleep (1.5 T < r <= 3 T), asleep (r > 3 T).
 *
 * @example clients.filter((c) => c.activity === LIFECYCLE_ACTIVITIES.fallingAsleep)
 */
export const LIFECYCLE_ACTIVITIES = {
  active: 'active',
  fallingAsleep: 'falling-asleep',
  asleep: 'asleep',
} as const;
/**
 * One of {@link LIFECYCLE_ACTIVITIES}.
 *
 * @example const activity: LifecycleActivity = 'falling-asleep';
 */
export type LifecycleActivity = (typeof LIFECYCLE_ACTIVITIES)[keyof typeof LIFECYCLE_ACTIVITIES];

/**
 * Where a client's rhythm T comes from: its own median gap (`'own'`, n >= 2), the median
 * of all clients' gaps (`'all'`), or `options.defaultCycleDays` (`'default'`).
 *
 * @example client.cycleSource === CYCLE_SOURCES.own
 */
export const CYCLE_SOURCES = { own: 'own', all: 'all', default: 'default' } as const;
/**
 * One of {@link CYCLE_SOURCES}.
 *
 * @example const source: CycleSource = 'own';
 */
export type CycleSource = (typeof CYCLE_SOURCES)[keyof typeof CYCLE_SOURCES];

/**
 * A segment number as in the source: 1..3 active, 4..6 falling asleep, 7..9 asleep.
 *
 * @example const segment: LifecycleSegmentNumber = 6; // falling-asleep regular
 */
export type LifecycleSegmentNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/**
 * Stage and activity of each segment, laid out as the 3 x 3 grid: columns new, promising,
 * regular; rows active, falling asleep, asleep.
 *
 * @example LIFECYCLE_SEGMENTS[5] // { stage: 'promising', activity: 'falling-asleep' }
 */
export const LIFECYCLE_SEGMENTS = {
  1: { stage: 'new', activity: 'active' },
  2: { stage: 'promising', activity: 'active' },
  3: { stage: 'regular', activity: 'active' },
  4: { stage: 'new', activity: 'falling-asleep' },
  5: { stage: 'promising', activity: 'falling-asleep' },
  6: { stage: 'regular', activity: 'falling-asleep' },
  7: { stage: 'new', activity: 'asleep' },
  8: { stage: 'promising', activity: 'asleep' },
  9: { stage: 'regular', activity: 'asleep' },
} as const satisfies Record<LifecycleSegmentNumber, { stage: LifecycleStage; activity: LifecycleActivity }>;

/**
 * Segment names in Russian (as in the source) and English.
 *
 * @example SEGMENT_NAMES[4].ru // 'Засыпающие новые'
 */
export const SEGMENT_NAMES = {
  1: { ru: 'Новые', en: 'New' },
  2: { ru: 'Перспективные', en: 'Promising' },
  3: { ru: 'Постоянные', en: 'Regular' },
  4: { ru: 'Засыпающие новые', en: 'Falling-asleep new' },
  5: { ru: 'Засыпающие перспективные', en: 'Falling-asleep promising' },
  6: { ru: 'Засыпающие постоянные', en: 'Falling-asleep regular' },
  7: { ru: 'Уснувшие новые', en: 'Asleep new' },
  8: { ru: 'Уснувшие перспективные', en: 'Asleep promising' },
  9: { ru: 'Уснувшие постоянные', en: 'Asleep regular' },
} as const satisfies Record<LifecycleSegmentNumber, { ru: string; en: string }>;

/**
 * A purchase with its amount. Amounts of one date are summed (returns are negative); the
 * date is a purchase when the sum is positive. Without `amount` (or with `null`) the date
 * counts as a purchase, like a bare date string.
 *
 * @example { date: '27.02.2024', amount: '1 500,00' }
 */
export interface LifecyclePurchase {
  /** `YYYY-MM-DD`, an ISO date-time or `DD.MM.YYYY`; the 1C empty date is skipped. */
  date: string;
  /** A number or a number string such as `"1 234,56"`. */
  amount?: number | string | null;
}

/**
 * One client of {@link lifecycleSegments}.
 *
 * @example { id: 'c1', name: 'Ромашка', purchases: ['2024-05-01', { date: '01.06.2024', amount: 1200 }] }
 */
export interface LifecycleClient {
  /** Unique id: a non-empty string, or a number (turned into a string). */
  id: string | number;
  name?: string | null;
  owner?: string | null;
  /** Purchase dates, or purchases with amounts, in any order. */
  purchases: readonly (string | LifecyclePurchase)[];
}

/**
 * Input of {@link lifecycleSegments}.
 *
 * @example { asOf: '2024-06-30', clients: [{ id: 'a', purchases: ['2024-06-20'] }] }
 */
export interface LifecycleInput {
  /** The analysis date (required; purchases after it are ignored). */
  asOf: string;
  clients: readonly LifecycleClient[];
}

/**
 * Options of {@link lifecycleSegments}.
 *
 * @example lifecycleSegments(input, { regularFrom: 5, defaultCycleDays: 60, minCycleDays: 14, fallingAsleepFactor: 2, asleepFactor: 4 })
 */
export interface LifecycleOptions {
  /**
   * Purchases from which a client is regular, an integer of 2 or more. Default 4.
   *
   * @example lifecycleSegments(input, { regularFrom: 5 })
   */
  regularFrom?: number;
  /**
   * Rhythm T in days when no client has two purchases, 1 or more. Default 30.
   *
   * @example lifecycleSegments(input, { defaultCycleDays: 90 })
   */
  defaultCycleDays?: number;
  /**
   * Least rhythm T in days, 0 or more. Default 7.
   *
   * @example lifecycleSegments(input, { minCycleDays: 14 })
   */
  minCycleDays?: number;
  /**
   * Active while r <= fallingAsleepFactor x T, 0 or more. Default 1.5.
   *
   * @example lifecycleSegments(input, { fallingAsleepFactor: 2 })
   */
  fallingAsleepFactor?: number;
  /**
   * Falling asleep while r <= asleepFactor x T, asleep beyond; at least fallingAsleepFactor. Default 3.
   *
   * @example lifecycleSegments(input, { asleepFactor: 4 })
   */
  asleepFactor?: number;
}

/**
 * One segment of the grid.
 *
 * @example { segment: 1, stage: 'new', activity: 'active', count: 3, share: 0.0667, ids: ['c1', 'c2', 'c3'] }
 */
export interface LifecycleSegment {
  segment: LifecycleSegmentNumber;
  stage: LifecycleStage;
  activity: LifecycleActivity;
  count: number;
  /** count / clients in the nine segments (potential ones excluded); `null` when there are none. */
  share: number | null;
  /** Client ids, in input order. */
  ids: string[];
}

/**
 * One client of the result.
 *
 * @example result.clients.filter((c) => c.daysToNextState !== null && c.daysToNextState <= 7) // about to slip
 */
export interface LifecycleClientResult {
  id: string;
  name: string | null;
  owner: string | null;
  /** `null` for a potential client. */
  segment: LifecycleSegmentNumber | null;
  stage: LifecycleStage | 'potential';
  /** `null` for a potential client. */
  activity: LifecycleActivity | null;
  /**
   * Days from asOf until the client drops to the next worse activity: on
   * asOf + daysToNextState it is in it. `null` when asleep or potential.
   */
  daysToNextState: number | null;
  /** `YYYY-MM-DD` of the last purchase; `null` for a potential client. */
  lastPurchase: string | null;
  /** Number of purchases (distinct dates with a positive net amount, on or before asOf). */
  purchases: number;
  /** Rhythm T in days (after minCycleDays); `null` for a potential client. */
  cycleDays: number | null;
  /** `null` for a potential client. */
  cycleSource: CycleSource | null;
  /** r: days from the last purchase to asOf; `null` for a potential client. */
  recencyDays: number | null;
}

/**
 * Result of {@link lifecycleSegments}.
 *
 * @example const { segments, potential, clients } = lifecycleSegments(input);
 */
export interface LifecycleResult {
  /** `YYYY-MM-DD` of asOf. */
  asOf: string;
  /** The nine segments, 1 to 9. */
  segments: LifecycleSegment[];
  /** Clients with no purchase: outside the nine segments, counted here. */
  potential: { count: number; ids: string[] };
  /** Every client, in input order. */
  clients: LifecycleClientResult[];
  /** Number of clients, potential ones included. */
  total: number;
  /** Median of all clients' gaps between purchases, in days; `null` when no client has two. */
  medianGapDays: number | null;
}
