import { describeValue } from '../errors.js';
import { amountProblem, parseAmount } from '../numbers.js';
import { dateProblem, parseDate, type DayNumber } from '../dates.js';
import { DEFAULT_TRAFFIC_THRESHOLDS, type TrafficThresholds } from '../traffic-light-types.js';
import { keyOf } from './ids.js';
import type { IssueList } from './issues.js';
import { addKey } from './key-table.js';

// Reading the input of scoreTrafficLights: asOf, thresholds, and each client's id,
// values and expiry dates, with the path of every issue built only when there is one.

/** The analysis date; `null` when not given (or bad: then an issue is recorded). */
export function readAsOf(value: unknown, issues: IssueList): DayNumber | null {
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

/** The colour thresholds, defaults filled in; yellow must not exceed green. */
export function readThresholds(value: unknown, issues: IssueList): TrafficThresholds {
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

/**
 * Copies each indicator's value into `numbers`, NaN where it is not a number. One property
 * read per position, each at its own site: every site then always reads the same key from
 * rows of the same shape and V8 caches it (monomorphic), where one read in a loop over the
 * keys goes through the slow generic lookup. That is most of the pass for a million rows.
 */
export function readNumbers(
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

/**
 * The id of `clients[i]` as a string, or `undefined` after recording a bad or duplicate
 * one (naming the first row). `ids` is the table of the ids so far (keySlots of key-table.ts),
 * `keys` holds them by row.
 */
export function readId(
  id: unknown,
  i: number,
  ids: Int32Array,
  keys: string[],
  issues: IssueList,
): string | undefined {
  const key = keyOf(id);
  if (key === null) {
    issues.add(`clients[${i}].id`, `expected a non-empty string or number id, got ${describeValue(id)}`);
    return undefined;
  }
  const first = addKey(ids, keys, key, i);
  if (first < 0) {
    keys[i] = key;
    return key;
  }
  issues.add(`clients[${i}].id`, `duplicate id ${describeValue(key)} (first at clients[${first}])`);
  return undefined;
}

/** The slow path of a value: `null` when missing, a number, or `undefined` after an issue. */
export function readValue(
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
export class DateCache {
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
