import { describeValue } from './errors.js';
import { amountProblem, EPSILON, parseAmount } from './numbers.js';
import { dateProblem, parseDate, type DayNumber } from './dates.js';
import { booleanOption, numberOption } from './options.js';
import {
  IssueList,
  MixTally,
  readOwner,
  readTarget,
  TRAFFIC_COLORS,
  type PoolMixResult,
  type TrafficColor,
  type TrafficTarget,
} from './pool-mix.js';

export {
  DEFAULT_TRAFFIC_TARGET,
  poolMix,
  TRAFFIC_COLORS,
  type ColorShares,
  type OwnerPoolMix,
  type PoolMix,
  type PoolMixClient,
  type PoolMixResult,
  type TrafficColor,
  type TrafficTarget,
} from './pool-mix.js';

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
export const DEFAULT_TRAFFIC_THRESHOLDS: Readonly<TrafficThresholds> = Object.freeze({ yellow: 0.4, green: 0.7 });

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
  id: string;
  name: string | null;
  owner: string | null;
  /** Sum of the earned weights (divided by the weights' sum with `normalize`). */
  score: number;
  color: TrafficColor;
  /** Weight earned per indicator key (not normalised). */
  earned: Record<string, number>;
  /** Indicators without a value, in indicator order. */
  missing: string[];
  /**
   * Indicators whose expiry date is before asOf. They earn by their value as sent (the
   * value is the host's truth at asOf); the list lets a widget flag stale data.
   */
  expired: string[];
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

/** A precompiled indicator: the rule turned into a function of the raw value. */
interface Compiled {
  key: string;
  earn: (value: number) => number;
}

const DEFAULT_SOON_DAYS = 30;
// Keys that would reach Object.prototype when used on a plain object.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Scores every client of a pool from weighted indicators and gives it a colour, then
 * the colour mix in total and per owner against the target. One pass over the clients;
 * each rule is compiled once.
 *
 * - score = sum of the earned weights (`options.normalize`: divided by their sum).
 * - green when score >= thresholds.green, yellow when >= thresholds.yellow, else red,
 *   with a tolerance of 1e-9, so floating sums such as 0.7000000000000001 or
 *   0.6999999999999999 behave as the decimal 0.7.
 * - A missing value earns 0 and is listed in `missing`.
 * - With `asOf`: an indicator whose `expires` date lies in asOf..asOf + soonDays
 *   (inclusive) is in `expiresSoon`, with the score and colour the client has once they
 *   earn 0; an expiry before asOf is listed in `expired` and does not change the score.
 *
 * @throws {PulseDataError} listing every issue (up to 100) with paths such as
 *   `clients[3].values.cok`, `indicators[1].rule.min`, `options.soonDays`.
 *
 * @example
 * const r = scoreTrafficLights({
 *   indicators: [
 *     { key: 'activity', label: 'K+ activity', weight: 0.4, rule: { min: 100 } },
 *     { key: 'overhang', label: 'Навес', weight: 0.1, rule: { max: 0 } },
 *   ],
 *   clients: [{ id: 1, name: 'Ромашка', owner: 'Сотрудник 1', values: { activity: 1779, overhang: 0 } }],
 * });
 * r.clients[0].score // 0.5
 * r.clients[0].color // 'yellow'
 */
export function scoreTrafficLights(input: TrafficLightInput, options?: TrafficLightOptions): TrafficLightResult {
  const issues = new IssueList();
  if (input === null || typeof input !== 'object') {
    issues.add('', `expected an object {indicators, clients}, got ${describeValue(input)}`);
    issues.throwIfAny();
  }
  const normalize = issues.attempt(() => booleanOption(options, 'normalize', false), false);
  const soonDays = issues.attempt(() => numberOption(options, 'soonDays', DEFAULT_SOON_DAYS, { min: 0, integer: true }), 0);
  const asOf = readAsOf(input.asOf, issues);
  const thresholds = readThresholds(input.thresholds, issues);
  const target = readTarget(input.target, 'target', issues);
  const { compiled, weightSum } = compileIndicators(input.indicators, issues);
  if (normalize && compiled.length > 0 && !(weightSum > 0)) {
    issues.add('indicators', 'the weights sum to 0: nothing to normalise by');
  }
  const clients = input.clients;
  if (!Array.isArray(clients)) issues.add('clients', `expected an array, got ${describeValue(clients)}`);
  // Stop before the loop when the configuration is broken: every client would repeat it.
  issues.throwIfAny();

  const scale = normalize ? 1 / weightSum : 1;
  const color = (score: number): TrafficColor =>
    score >= thresholds.green - EPSILON
      ? TRAFFIC_COLORS.green
      : score >= thresholds.yellow - EPSILON
        ? TRAFFIC_COLORS.yellow
        : TRAFFIC_COLORS.red;
  const soonUntil = asOf === null ? 0 : asOf + soonDays;
  const dates = new DateCache();
  const ids = new IdSet();
  const tally = new MixTally();
  const out: TrafficLightClientResult[] = [];
  const m = compiled.length;

  for (let i = 0; i < clients.length && !issues.full; i++) {
    const client = clients[i] as TrafficClient | null;
    if (client === null || typeof client !== 'object') {
      issues.add(`clients[${i}]`, `expected an object, got ${describeValue(client)}`);
      continue;
    }
    const id = readId(client.id, i, clients, ids, issues);
    const owner = readOwner(client.owner, `clients[${i}].owner`, issues);
    const name = client.name;
    if (name !== undefined && name !== null && typeof name !== 'string') {
      issues.add(`clients[${i}].name`, `expected a string, got ${describeValue(name)}`);
    }
    const values = client.values;
    if (values === null || typeof values !== 'object' || Array.isArray(values)) {
      issues.add(`clients[${i}].values`, `expected an object of values by indicator key, got ${describeValue(values)}`);
      continue;
    }

    const earned: Record<string, number> = {};
    const missing: string[] = [];
    let sum = 0;
    for (let k = 0; k < m; k++) {
      const ind = compiled[k];
      let value: unknown = values[ind.key];
      // Fast path: a finite number (x - x is 0 for finite x, NaN otherwise).
      if (typeof value !== 'number' || value - value !== 0) {
        value = readValue(value, values, ind.key, i, issues);
      }
      let e = 0;
      if (value === null) missing.push(ind.key);
      else if (value !== undefined) e = ind.earn(value as number);
      earned[ind.key] = e;
      sum += e;
    }
    const score = sum * scale;
    const c = color(score);

    const expired: string[] = [];
    let expiresSoon: TrafficExpiry | null = null;
    const expires = client.expires;
    if (expires !== undefined && expires !== null) {
      if (typeof expires !== 'object' || Array.isArray(expires)) {
        issues.add(`clients[${i}].expires`, `expected an object of dates by indicator key, got ${describeValue(expires)}`);
      } else if (asOf !== null) {
        let soon: string[] | null = null;
        let after = 0;
        for (let k = 0; k < m; k++) {
          const key = compiled[k].key;
          const raw = Object.hasOwn(expires, key) ? expires[key] : undefined;
          const day = raw === undefined || raw === null ? null : dates.read(raw, `clients[${i}].expires.${key}`, issues);
          if (day !== null && day >= asOf && day <= soonUntil) (soon ??= []).push(key);
          else after += earned[key];
          if (day !== null && day < asOf) expired.push(key);
        }
        if (soon) {
          // Summed again rather than subtracted, so no rounding residue is introduced.
          const s = after * scale;
          expiresSoon = { keys: soon, score: s, color: color(s) };
        }
      }
    }
    if (id === undefined || owner === undefined) continue;
    tally.add(owner, c);
    out.push({
      id,
      name: typeof name === 'string' ? name : null,
      owner,
      score,
      color: c,
      earned,
      missing,
      expired,
      expiresSoon,
    });
  }
  issues.throwIfAny();
  return { clients: out, mix: tally.result(target), thresholds, weightSum };
}

function readAsOf(value: unknown, issues: IssueList): DayNumber | null {
  if (value === undefined || value === null) return null;
  const problem = dateProblem(value);
  if (problem) {
    issues.add('asOf', problem);
    return null;
  }
  const day = parseDate(value);
  if (day === null) issues.add('asOf', 'expected a date, got the empty date 0001-01-01');
  return day;
}

function readThresholds(value: unknown, issues: IssueList): TrafficThresholds {
  const out: TrafficThresholds = { ...DEFAULT_TRAFFIC_THRESHOLDS };
  if (value === undefined || value === null) return out;
  if (typeof value !== 'object' || Array.isArray(value)) {
    issues.add('thresholds', `expected an object {yellow, green}, got ${describeValue(value)}`);
    return out;
  }
  let ok = true;
  for (const key of ['yellow', 'green'] as const) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      issues.add(`thresholds.${key}`, `expected a finite number, got ${describeValue(v)}`);
      ok = false;
    } else {
      out[key] = v;
    }
  }
  if (ok && out.yellow > out.green) {
    issues.add('thresholds', `expected yellow <= green, got yellow ${out.yellow} and green ${out.green}`);
  }
  return out;
}

function compileIndicators(indicators: unknown, issues: IssueList): { compiled: Compiled[]; weightSum: number } {
  const compiled: Compiled[] = [];
  let weightSum = 0;
  if (!Array.isArray(indicators) || indicators.length === 0) {
    issues.add('indicators', `expected a non-empty array of indicators, got ${describeValue(indicators)}`);
    return { compiled, weightSum };
  }
  const keys = new Map<string, number>();
  indicators.forEach((ind: unknown, i) => {
    const path = `indicators[${i}]`;
    if (ind === null || typeof ind !== 'object') {
      issues.add(path, `expected an object {key, label, weight, rule}, got ${describeValue(ind)}`);
      return;
    }
    const { key, label, weight, rule } = ind as Record<string, unknown>;
    let keyOk = false;
    if (typeof key !== 'string' || key === '') {
      issues.add(`${path}.key`, `expected a non-empty string, got ${describeValue(key)}`);
    } else if (FORBIDDEN_KEYS.has(key)) {
      issues.add(`${path}.key`, `${describeValue(key)} cannot be used as a key`);
    } else if (keys.has(key)) {
      issues.add(`${path}.key`, `duplicate key ${describeValue(key)} (first at indicators[${keys.get(key)}])`);
    } else {
      keys.set(key, i);
      keyOk = true;
    }
    if (label !== undefined && typeof label !== 'string') {
      issues.add(`${path}.label`, `expected a string, got ${describeValue(label)}`);
    }
    let weightOk = false;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      issues.add(`${path}.weight`, `expected a finite number of 0 or more, got ${describeValue(weight)}`);
    } else {
      weightSum += weight;
      weightOk = true;
    }
    const earn = compileRule(rule, weightOk ? (weight as number) : 0, `${path}.rule`, issues);
    if (keyOk && earn) compiled.push({ key: key as string, earn });
  });
  return { compiled, weightSum };
}

function compileRule(rule: unknown, weight: number, path: string, issues: IssueList): ((v: number) => number) | null {
  if (Array.isArray(rule)) return compileSteps(rule, weight, path, issues);
  if (rule === null || typeof rule !== 'object') {
    issues.add(path, `expected a range {min, max} or steps [{min, earn}], got ${describeValue(rule)}`);
    return null;
  }
  const bound = (name: 'min' | 'max', fallback: number): number | null => {
    const v = (rule as Record<string, unknown>)[name];
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    issues.add(`${path}.${name}`, `expected a finite number, got ${describeValue(v)}`);
    return null;
  };
  const min = bound('min', -Infinity);
  const max = bound('max', Infinity);
  if (min === null || max === null) return null;
  if (min > max) {
    issues.add(path, `expected min <= max, got min ${min} and max ${max}`);
    return null;
  }
  const lo = min - EPSILON;
  const hi = max + EPSILON;
  return (v) => (v >= lo && v <= hi ? weight : 0);
}

function compileSteps(rule: readonly unknown[], weight: number, path: string, issues: IssueList): ((v: number) => number) | null {
  if (rule.length === 0) {
    issues.add(path, 'expected at least one step {min, earn}');
    return null;
  }
  const steps: { min: number; earn: number }[] = [];
  const mins = new Map<number, number>();
  let ok = true;
  rule.forEach((step, j) => {
    if (step === null || typeof step !== 'object') {
      issues.add(`${path}[${j}]`, `expected a step {min, earn}, got ${describeValue(step)}`);
      ok = false;
      return;
    }
    const { min, earn } = step as Record<string, unknown>;
    if (typeof min !== 'number' || !Number.isFinite(min)) {
      issues.add(`${path}[${j}].min`, `expected a finite number, got ${describeValue(min)}`);
      ok = false;
    } else if (mins.has(min)) {
      issues.add(`${path}[${j}].min`, `duplicate step min ${min} (first at ${path}[${mins.get(min)}])`);
      ok = false;
    } else {
      mins.set(min, j);
    }
    if (typeof earn !== 'number' || !Number.isFinite(earn) || earn < 0 || earn > 1) {
      issues.add(`${path}[${j}].earn`, `expected a fraction from 0 to 1, got ${describeValue(earn)}`);
      ok = false;
    }
    if (ok) steps.push({ min: min as number, earn: earn as number });
  });
  if (!ok) return null;
  // Highest step first, so the first step reached is the one that applies.
  steps.sort((a, b) => b.min - a.min);
  const lows = steps.map((s) => s.min - EPSILON);
  const gains = steps.map((s) => s.earn * weight);
  const n = steps.length;
  return (v) => {
    for (let j = 0; j < n; j++) if (v >= lows[j]) return gains[j];
    return 0;
  };
}

function readId(id: unknown, i: number, clients: readonly TrafficClient[], ids: IdSet, issues: IssueList): string | undefined {
  if (!((typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id)))) {
    issues.add(`clients[${i}].id`, `expected a non-empty string or number id, got ${describeValue(id)}`);
    return undefined;
  }
  if (ids.add(id)) return String(id);
  const key = String(id);
  const first = clients.findIndex((c) => c !== null && typeof c === 'object' && String(c.id) === key);
  issues.add(`clients[${i}].id`, `duplicate id ${describeValue(key)} (first at clients[${first}])`);
  return undefined;
}

/**
 * Ids seen so far, compared as strings (1 and "1" are the same id) without turning every
 * number into a string: hashing a million new strings is the slowest part of a pass.
 */
class IdSet {
  private readonly numbers = new Set<number>();
  private readonly strings = new Set<string>();

  /** Adds an id; false when it was already there. */
  add(id: string | number): boolean {
    if (typeof id === 'number') {
      if (this.numbers.has(id) || (this.strings.size > 0 && this.strings.has(String(id)))) return false;
      this.numbers.add(id);
      return true;
    }
    if (this.strings.has(id)) return false;
    if (this.numbers.size > 0) {
      const n = Number(id);
      if (String(n) === id && this.numbers.has(n)) return false;
    }
    this.strings.add(id);
    return true;
  }
}

/** The slow path of a value: `null` when missing, a number, or `undefined` after an issue. */
function readValue(value: unknown, values: object, key: string, i: number, issues: IssueList): number | null | undefined {
  // An inherited property ("constructor" on a plain object) is not a value.
  if (value === undefined || value === null || !Object.hasOwn(values, key)) return null;
  const problem = amountProblem(value);
  if (problem) {
    issues.add(`clients[${i}].values.${key}`, problem);
    return undefined;
  }
  return parseAmount(value);
}

/** Expiry dates repeat across clients: parse each distinct string once. */
class DateCache {
  private readonly cache = new Map<unknown, DayNumber | null>();

  read(value: unknown, path: string, issues: IssueList): DayNumber | null {
    const hit = this.cache.get(value);
    if (hit !== undefined) return hit;
    const problem = dateProblem(value);
    if (problem) {
      issues.add(path, problem);
      return null;
    }
    const day = parseDate(value);
    if (this.cache.size < 100_000) this.cache.set(value, day);
    return day;
  }
}
