import type { PoolMixResult, TrafficColor, TrafficTarget } from './pool-mix.js';

// The vocabulary of traffic-light scoring: indicators and their rules, thresholds, the
// input and options of scoreTrafficLights and its result. traffic-light.ts, which holds
// the function, re-exports all of it.

/**
 * A range rule: the full weight is earned when `min <= value <= max` (both inclusive,
 * either may be left out).
 *
 * @example { min: 100 } // at least 100
 * @example { max: 0 } // nothing overdue
 */
export interface TrafficRange {
  /** Lowest value that earns the weight. @example 1 */
  min?: number | null;
  /** Highest value that earns the weight. @example 0 */
  max?: number | null;
}

/**
 * One step of a graded rule: from `min` on, `earn` x weight is earned.
 *
 * @example { min: 50, earn: 0.5 }
 */
export interface TrafficStep {
  /** Lowest value of the step. @example 50 */
  min: number;
  /** Fraction of the weight earned, 0..1. @example 0.5 */
  earn: number;
}

/**
 * How a raw value earns its indicator's weight: a range, or graded steps (the highest
 * step whose `min` <= value applies; below the lowest step nothing is earned).
 *
 * @example { min: 1 }
 * @example [{ min: 50, earn: 0.5 }, { min: 100, earn: 1 }]
 */
export type TrafficRule = TrafficRange | readonly TrafficStep[];

/**
 * One indicator of the pool.
 *
 * @example { key: 'activity', label: 'K+ activity', weight: 0.4, rule: { min: 100 } }
 */
export interface TrafficIndicator {
  /** Key of the value in each client's `values` (and `expires`). @example 'activity' */
  key: string;
  /** Display name. @example 'ЦОК' */
  label?: string;
  /** Weight earned in full, 0 or more. @example 0.1 */
  weight: number;
  /** The rule mapping the raw value to the weight earned. @example { min: 1 } */
  rule: TrafficRule;
}

/**
 * The lower bounds of yellow and green scores (inclusive, tolerance 1e-9).
 *
 * @example { yellow: 0.4, green: 0.7 }
 */
export interface TrafficThresholds {
  /** Lowest yellow score. @example 0.4 */
  yellow: number;
  /** Lowest green score. @example 0.7 */
  green: number;
}

/**
 * The default thresholds: green from 0.7, yellow from 0.4, red below.
 *
 * @example scoreTrafficLights({ ...input, thresholds: DEFAULT_TRAFFIC_THRESHOLDS })
 */
export const DEFAULT_TRAFFIC_THRESHOLDS: Readonly<TrafficThresholds> = Object.freeze({
  yellow: 0.4,
  green: 0.7,
});

/**
 * A raw indicator value: a number, a number string (`"1 779"`), or `null`/missing.
 *
 * @example 1779
 */
export type TrafficValue = number | string | null | undefined;

/**
 * One client of the pool.
 *
 * @example
 * { id: '1', name: 'Ромашка', owner: 'Сотрудник 1',
 *   values: { activity: 1779, cok: 0 }, expires: { cok: '15.06.2024' } }
 */
export interface TrafficClient {
  /** Unique id (a number is read as its string). @example '842197' */
  id: string | number;
  /** Display name. @example 'Ромашка' */
  name?: string | null;
  /** The owner (service engineer, manager). @example 'Сотрудник 1' */
  owner?: string | number | null;
  /**
   * Raw value per indicator key. Missing or `null` earns 0 and is listed in `missing`.
   * Keys that are not indicators are ignored.
   */
  values: Readonly<Record<string, TrafficValue>>;
  /**
   * Date per indicator key when what earns it ends (a subscription, a training
   * certificate). The 1C empty date means "no end". Keys that are not indicators are
   * ignored.
   * @example { training: '2024-06-30' }
   */
  expires?: Readonly<Record<string, string | null | undefined>> | null;
}

/**
 * Input of {@link scoreTrafficLights}.
 *
 * @example { asOf: '2024-06-01', indicators, clients }
 */
export interface TrafficLightInput {
  /** Analysis date; needed only to read `expires`. @example '2024-06-01' */
  asOf?: string | null;
  /** The indicators, at least one, with unique keys. */
  indicators: readonly TrafficIndicator[];
  /** Colour thresholds; missing ones take the defaults (yellow 0.4, green 0.7). */
  thresholds?: Partial<TrafficThresholds> | null;
  /** Target mix; missing colours take the defaults (red 0.05, yellow 0.15, green 0.8). */
  target?: Partial<TrafficTarget> | null;
  /** The pool. */
  clients: readonly TrafficClient[];
}

/**
 * Options of {@link scoreTrafficLights}.
 *
 * @example { normalize: true, soonDays: 14 }
 */
export interface TrafficLightOptions {
  /**
   * Divide each score by the sum of the weights, so scores run 0..1 whatever the weights.
   * Default false.
   * @example { normalize: true }
   */
  normalize?: boolean;
  /**
   * How many days ahead of asOf an expiry counts as "soon" (a whole number, 0 or more).
   * Default 30.
   * @example { soonDays: 14 }
   */
  soonDays?: number;
}

/**
 * What expires soon and where the client lands after it.
 *
 * @example { keys: ['cok', 'training'], score: 0.8, color: 'green' }
 */
export interface TrafficExpiry {
  /** Indicators whose expiry date is within asOf..asOf + soonDays, in indicator order. */
  keys: string[];
  /** The score once they earn 0. */
  score: number;
  /** The colour once they earn 0. */
  color: TrafficColor;
}

/**
 * One scored client.
 *
 * @example
 * { id: '1', name: 'Ромашка', owner: 'Сотрудник 1', score: 0.9, color: 'green',
 *   earned: { activity: 0.4, cok: 0, ... }, missing: [], expired: [],
 *   expiresSoon: { keys: ['cok', 'training'], score: 0.8, color: 'green' } }
 */
export interface TrafficLightClientResult {
  /** The id as a string (a number id is read as its string). */
  id: string;
  name: string | null;
  owner: string | null;
  /** Sum of the earned weights (divided by the weights' sum with `normalize`). */
  score: number;
  color: TrafficColor;
  /**
   * Weight earned per indicator key (not normalised), every key present. Frozen and
   * shared by the clients with the same outcomes: copy it before editing.
   */
  earned: Readonly<Record<string, number>>;
  /** Indicators without a value, in indicator order. Frozen, may be shared. */
  missing: readonly string[];
  /**
   * Indicators whose expiry date is before asOf. They earn by their value as sent (the
   * value is the host's truth at asOf); the list lets a widget flag stale data. Frozen
   * when empty.
   */
  expired: readonly string[];
  /** What expires within soonDays, or `null` when nothing does (or without asOf). */
  expiresSoon: TrafficExpiry | null;
}

/**
 * Result of {@link scoreTrafficLights}.
 *
 * @example { clients: [...], mix: { total, owners, target }, thresholds, weightSum: 1.1 }
 */
export interface TrafficLightResult {
  /** One entry per input client, in input order. */
  clients: TrafficLightClientResult[];
  /** The colour mix in total and per owner. */
  mix: PoolMixResult;
  /** The thresholds used (defaults filled in). */
  thresholds: TrafficThresholds;
  /** Sum of the indicator weights (the divisor with `normalize`). */
  weightSum: number;
}
