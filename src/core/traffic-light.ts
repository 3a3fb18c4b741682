import { describeValue } from './errors.js';
import { amountProblem, EPSILON, parseAmount } from './numbers.js';
import { dateProblem, parseDate, type DayNumber } from './dates.js';
import { booleanOption, numberOption } from './options.js';
import {
  COLOR_NAMES,
  GREEN,
  IssueList,
  MixTally,
  readOwner,
  readTarget,
  RED,
  YELLOW,
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

/**
 * The indicators compiled once into parallel arrays the hot loop indexes by position.
 * Each rule maps a value to an outcome: a range to 0 (outside) or 1 (inside, when
 * `lo[k] <= value <= hi[k]`), graded steps to the number of step minimums `<= value`
 * (`lows[k]`, ascending). `gains[k][outcome]` is the weight earned.
 */
interface Compiled {
  keys: string[];
  lo: Float64Array;
  hi: Float64Array;
  /** Ascending step minimums (tolerance applied) of a graded rule; `null` for a range. */
  lows: (Float64Array | null)[];
  gains: Float64Array[];
  /** Place value of indicator k in the outcome code (mixed radix over the gains' lengths). */
  radix: number[];
  /** Number of combinations of outcomes (product of the gains' lengths). */
  combinations: number;
  /** The outcome code of every combination fits in a safe integer. */
  codable: boolean;
  /** An `earned` record with every key, copied when a new combination is met. */
  template: Record<string, number>;
}

/** A compiled rule: range bounds (tolerance applied), or step minimums and gains. */
type CompiledRule = { lo: number; hi: number; weight: number } | { lows: Float64Array; gains: Float64Array };

/** The earned weights of one combination of outcomes, its score and colour index. */
interface Earned {
  earned: Readonly<Record<string, number>>;
  score: number;
  color: number;
}

// Shared by every client with nothing missing or expired, so a million clients do not
// allocate two million empty arrays. Frozen: results are read, not edited.
const NONE: readonly string[] = Object.freeze([]);
// Clients with the same outcomes share one frozen `earned` record: a pool has at most a
// few hundred combinations, so a million clients do not allocate a million records.
// Combinations whose code reaches this are not remembered.
const MAX_SHARED = 65_536;

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
 * - Clients with the same outcomes share one frozen `earned` record (and `missing`
 *   list): a million clients cost a million small result objects and little more.
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
export function scoreTrafficLights(
  input: TrafficLightInput,
  options?: TrafficLightOptions,
): TrafficLightResult {
  const issues = new IssueList();
  if (input === null || typeof input !== 'object') {
    issues.add('', `expected an object {indicators, clients}, got ${describeValue(input)}`);
    issues.throwIfAny();
  }
  const normalize = issues.attempt(() => booleanOption(options, 'normalize', false), false);
  const soonDays = issues.attempt(
    () => numberOption(options, 'soonDays', DEFAULT_SOON_DAYS, { min: 0, integer: true }),
    0,
  );
  const asOf = readAsOf(input.asOf, issues);
  const thresholds = readThresholds(input.thresholds, issues);
  const target = readTarget(input.target, 'target', issues);
  const { compiled, weightSum } = compileIndicators(input.indicators, issues);
  if (normalize && compiled.keys.length > 0 && !(weightSum > 0)) {
    issues.add('indicators', 'the weights sum to 0: nothing to normalise by');
  }
  const clients = input.clients;
  if (!Array.isArray(clients)) issues.add('clients', `expected an array, got ${describeValue(clients)}`);
  // Stop before the loop when the configuration is broken: every client would repeat it.
  issues.throwIfAny();

  const scale = normalize ? 1 / weightSum : 1;
  const greenFrom = thresholds.green - EPSILON;
  const yellowFrom = thresholds.yellow - EPSILON;
  const colorOf = (score: number): number =>
    score >= greenFrom ? GREEN : score >= yellowFrom ? YELLOW : RED;
  const soonUntil = asOf === null ? 0 : asOf + soonDays;
  const { keys, lo, hi, lows, radix, codable, combinations } = compiled;
  const m = keys.length;
  const outcomes = new Int32Array(m);
  const numbers = new Float64Array(m);
  const missed = new Uint8Array(m);
  const missingLists = new Map<number, readonly string[]>();
  // Indexed by outcome code while the combinations are few enough to remember.
  const shared = new Array<Earned | undefined>(codable ? Math.min(combinations, MAX_SHARED) : 0);
  const dates = new DateCache();
  const ids = new IdTable(clients);
  const tally = new MixTally();
  // Filled by position; a row with an issue leaves a hole, but then nothing is returned.
  const out: TrafficLightClientResult[] = new Array(clients.length);

  for (let i = 0; i < clients.length && !issues.full; i++) {
    const client = clients[i] as TrafficClient | null;
    if (client === null || typeof client !== 'object') {
      issues.add(`clients[${i}]`, `expected an object, got ${describeValue(client)}`);
      continue;
    }
    const id = readId(client.id, i, ids, issues);
    const owner = readOwner(client.owner, i, issues);
    const name = client.name;
    if (name !== undefined && name !== null && typeof name !== 'string') {
      issues.add(`clients[${i}].name`, `expected a string, got ${describeValue(name)}`);
    }
    const values = client.values;
    if (values === null || typeof values !== 'object' || Array.isArray(values)) {
      issues.add(
        `clients[${i}].values`,
        `expected an object of values by indicator key, got ${describeValue(values)}`,
      );
      continue;
    }

    let code = 0;
    let missingCode = 0;
    readNumbers(values, keys, numbers);
    for (let k = 0; k < m; k++) {
      let v = numbers[k];
      // Not a finite number (x - x is NaN then): missing, a number string, or an error.
      if (v - v !== 0) {
        const key = keys[k];
        const value = readValue(values[key], values, key, i, issues);
        outcomes[k] = 0;
        if (value === null) {
          missed[k] = 1;
          missingCode += 2 ** k;
        }
        if (value === null || value === undefined) continue;
        v = value;
      }
      const steps = lows[k];
      let outcome: number;
      if (steps === null) outcome = v >= lo[k] && v <= hi[k] ? 1 : 0;
      else for (outcome = steps.length; outcome > 0 && v < steps[outcome - 1];) outcome--;
      outcomes[k] = outcome;
      code += outcome * radix[k];
    }
    let entry = code < shared.length ? shared[code] : undefined;
    if (entry === undefined) {
      const { earned, sum } = earnedOf(outcomes, compiled);
      entry = { earned, score: sum * scale, color: colorOf(sum * scale) };
      if (code < shared.length) shared[code] = entry;
    }
    const { earned, score, color } = entry;
    let missing = NONE;
    if (missingCode !== 0) {
      // Shared like `earned`, by the set of missing keys (a bit per key while it fits).
      const byCode = m <= 52 ? missingLists.get(missingCode) : undefined;
      missing = byCode ?? Object.freeze(keys.filter((_, k) => missed[k] === 1));
      if (byCode === undefined && m <= 52 && missingLists.size < MAX_SHARED)
        missingLists.set(missingCode, missing);
      missed.fill(0);
    }

    let expired = NONE;
    let expiresSoon: TrafficExpiry | null = null;
    const expires = client.expires;
    if (expires !== undefined && expires !== null) {
      if (typeof expires !== 'object' || Array.isArray(expires)) {
        issues.add(
          `clients[${i}].expires`,
          `expected an object of dates by indicator key, got ${describeValue(expires)}`,
        );
      } else if (asOf !== null) {
        let soon: string[] | null = null;
        let after = 0;
        for (let k = 0; k < m; k++) {
          const key = keys[k];
          const raw = Object.hasOwn(expires, key) ? expires[key] : undefined;
          const day = raw === undefined || raw === null ? null : dates.read(raw, i, key, issues);
          if (day !== null && day >= asOf && day <= soonUntil) (soon ??= []).push(key);
          else after += earned[key];
          if (day !== null && day < asOf) expired = [...expired, key];
        }
        if (soon) {
          // Summed again rather than subtracted, so no rounding residue is introduced.
          const s = after * scale;
          expiresSoon = { keys: soon, score: s, color: COLOR_NAMES[colorOf(s)] };
        }
      }
    }
    if (id === undefined || owner === undefined) continue;
    tally.add(owner, color);
    out[i] = {
      id,
      name: typeof name === 'string' ? name : null,
      owner,
      score,
      color: COLOR_NAMES[color],
      earned,
      missing,
      expired,
      expiresSoon,
    };
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

function compileIndicators(
  indicators: unknown,
  issues: IssueList,
): { compiled: Compiled; weightSum: number } {
  const keys: string[] = [];
  const rules: CompiledRule[] = [];
  let weightSum = 0;
  if (!Array.isArray(indicators) || indicators.length === 0) {
    issues.add('indicators', `expected a non-empty array of indicators, got ${describeValue(indicators)}`);
  } else {
    const seen = new Map<string, number>();
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
      } else if (seen.has(key)) {
        issues.add(
          `${path}.key`,
          `duplicate key ${describeValue(key)} (first at indicators[${seen.get(key)}])`,
        );
      } else {
        seen.set(key, i);
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
      const compiled = compileRule(rule, weightOk ? (weight as number) : 0, `${path}.rule`, issues);
      if (keyOk && compiled) {
        keys.push(key as string);
        rules.push(compiled);
      }
    });
  }
  const gains = rules.map((r) => ('gains' in r ? r.gains : Float64Array.of(0, r.weight)));
  const radix: number[] = [];
  let combinations = 1;
  for (const g of gains) {
    radix.push(combinations);
    combinations *= g.length;
  }
  // JSON.parse builds an object with every key as an in-object field; spreading it
  // copies that shape at once instead of growing a new object key by key.
  const template = JSON.parse(`{${keys.map((k) => `${JSON.stringify(k)}:0`).join(',')}}`) as Record<
    string,
    number
  >;
  const compiled: Compiled = {
    keys,
    lo: Float64Array.from(rules, (r) => ('lo' in r ? r.lo : 0)),
    hi: Float64Array.from(rules, (r) => ('hi' in r ? r.hi : 0)),
    lows: rules.map((r) => ('lows' in r ? r.lows : null)),
    gains,
    radix,
    combinations,
    codable: combinations <= Number.MAX_SAFE_INTEGER,
    template,
  };
  return { compiled, weightSum };
}

function compileRule(rule: unknown, weight: number, path: string, issues: IssueList): CompiledRule | null {
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
  return { lo: min - EPSILON, hi: max + EPSILON, weight };
}

function compileSteps(
  rule: readonly unknown[],
  weight: number,
  path: string,
  issues: IssueList,
): CompiledRule | null {
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
  steps.sort((a, b) => a.min - b.min);
  return {
    lows: Float64Array.from(steps, (s) => s.min - EPSILON),
    gains: Float64Array.from([0, ...steps.map((s) => s.earn * weight)]),
  };
}

/**
 * Copies each indicator's value into `numbers`, NaN where it is not a number. One property
 * read per position, each at its own site: every site then always reads the same key from
 * rows of the same shape and V8 caches it (monomorphic), where one read in a loop over the
 * keys goes through the slow generic lookup. That is most of the pass for a million rows.
 */
function readNumbers(
  values: Readonly<Record<string, unknown>>,
  keys: readonly string[],
  numbers: Float64Array,
): void {
  const m = keys.length;
  let x: unknown;
  if (m > 0) numbers[0] = typeof (x = values[keys[0]]) === 'number' ? x : NaN;
  if (m > 1) numbers[1] = typeof (x = values[keys[1]]) === 'number' ? x : NaN;
  if (m > 2) numbers[2] = typeof (x = values[keys[2]]) === 'number' ? x : NaN;
  if (m > 3) numbers[3] = typeof (x = values[keys[3]]) === 'number' ? x : NaN;
  if (m > 4) numbers[4] = typeof (x = values[keys[4]]) === 'number' ? x : NaN;
  if (m > 5) numbers[5] = typeof (x = values[keys[5]]) === 'number' ? x : NaN;
  if (m > 6) numbers[6] = typeof (x = values[keys[6]]) === 'number' ? x : NaN;
  if (m > 7) numbers[7] = typeof (x = values[keys[7]]) === 'number' ? x : NaN;
  if (m > 8) numbers[8] = typeof (x = values[keys[8]]) === 'number' ? x : NaN;
  if (m > 9) numbers[9] = typeof (x = values[keys[9]]) === 'number' ? x : NaN;
  if (m > 10) numbers[10] = typeof (x = values[keys[10]]) === 'number' ? x : NaN;
  if (m > 11) numbers[11] = typeof (x = values[keys[11]]) === 'number' ? x : NaN;
  for (let k = 12; k < m; k++) numbers[k] = typeof (x = values[keys[k]]) === 'number' ? x : NaN;
}

/** The earned record and sum of one combination of outcomes; frozen, as it may be shared. */
function earnedOf(
  outcomes: Int32Array,
  { keys, gains, template }: Compiled,
): { earned: Readonly<Record<string, number>>; sum: number } {
  const earned = { ...template };
  let sum = 0;
  for (let k = 0; k < keys.length; k++) {
    const e = gains[k][outcomes[k]];
    earned[keys[k]] = e;
    sum += e;
  }
  return { earned: Object.freeze(earned), sum };
}

function readId(id: unknown, i: number, ids: IdTable, issues: IssueList): string | undefined {
  let key: string;
  if (typeof id === 'string' && id !== '') key = id;
  else if (typeof id === 'number' && Number.isFinite(id)) key = String(id);
  else {
    issues.add(`clients[${i}].id`, `expected a non-empty string or number id, got ${describeValue(id)}`);
    return undefined;
  }
  const first = ids.add(key, i);
  if (first < 0) return key;
  issues.add(`clients[${i}].id`, `duplicate id ${describeValue(key)} (first at clients[${first}])`);
  return undefined;
}

/**
 * Ids seen so far, in an open-addressing hash table of row positions sized once for the
 * pool: a million ids cost two typed arrays instead of a growing Set of a million strings,
 * the slowest part of the pass. The full hash is kept beside each row, so a probe only
 * reads another row's id when the hashes are equal.
 */
class IdTable {
  /** Per slot: row + 1 (0 when empty), then the hash; side by side, one cache line. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly clients: readonly TrafficClient[]) {
    // A power of two at least twice the pool keeps probe chains short.
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, clients.length * 2)));
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  /** Adds the id `key` of row `row`; returns -1, or the row that had it first. */
  add(key: string, row: number): number {
    // FNV-1a over the UTF-16 code units.
    let h = 0x811c9dc5 | 0;
    for (let j = 0; j < key.length; j++) h = Math.imul(h ^ key.charCodeAt(j), 0x01000193);
    const slots = this.slots;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slots[slot * 2] - 1;
      if (at < 0) {
        slots[slot * 2] = row + 1;
        slots[slot * 2 + 1] = h;
        return -1;
      }
      if (slots[slot * 2 + 1] === h && String(this.clients[at].id) === key) return at;
    }
  }
}

/** The slow path of a value: `null` when missing, a number, or `undefined` after an issue. */
function readValue(
  value: unknown,
  values: object,
  key: string,
  i: number,
  issues: IssueList,
): number | null | undefined {
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

  /** The day of `clients[i].expires[key]`; the path is built only for an issue. */
  read(value: unknown, i: number, key: string, issues: IssueList): DayNumber | null {
    const hit = this.cache.get(value);
    if (hit !== undefined) return hit;
    const problem = dateProblem(value);
    if (problem) {
      issues.add(`clients[${i}].expires.${key}`, problem);
      return null;
    }
    const day = parseDate(value);
    if (this.cache.size < 100_000) this.cache.set(value, day);
    return day;
  }
}
