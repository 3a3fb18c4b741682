import { describeValue, PulseDataError, type PulseIssue } from './errors.js';
import { amountProblem, EPSILON, parseAmount } from './numbers.js';
import { enumOption, numberOption } from './options.js';

// Channel shares (domain.md, "Channel shares"): gains and losses are separate sets with
// their own totals, displayed percentages are rounded by the largest-remainder method so
// they add up to exactly 100, and small slices are grouped into "other".

/** Most issues one error lists; the rest are summed up in a last issue. */
const MAX_ISSUES = 100;

/** Most decimals {@link roundShares} accepts (units of 10^-decimals must stay exact integers). */
export const MAX_SHARE_DECIMALS = 10;

// A total in units of 10^-decimals must be an exact integer in a double.
const MAX_UNITS = 2 ** 50;

/**
 * The key of the slice that groups the small slices. Input keys may not use it.
 *
 * @example result.gains.find((s) => s.key === OTHER_KEY)?.members
 */
export const OTHER_KEY = '__other__';

/**
 * How {@link channelShares} orders the slices of a set. `'input'` keeps the host's order
 * (it is usually meaningful: the order of a slide or a report); `'value'` sorts by value
 * descending, then key ascending. The "other" slice is always last.
 *
 * @example channelShares(data, { sort: SHARE_SORTS.value })
 */
export const SHARE_SORTS = { input: 'input', value: 'value' } as const;
/** One of {@link SHARE_SORTS}. */
export type ShareSort = (typeof SHARE_SORTS)[keyof typeof SHARE_SORTS];

/** Options of {@link roundShares}. */
export interface RoundSharesOptions {
  /**
   * What the rounded results add up to. Default 100 (percentages). Must be a whole number
   * of units of 10^-decimals.
   *
   * @example roundShares([1, 1, 1], { total: 1, decimals: 2 }) // [0.34, 0.33, 0.33]
   */
  total?: number;
  /**
   * Decimals of each result, 0 to {@link MAX_SHARE_DECIMALS}. Default 0.
   *
   * @example roundShares([1, 2], { decimals: 1 }) // [33.3, 66.7]
   */
  decimals?: number;
}

/**
 * Rounds non-negative values to shares of `total` (percentages by default) that add up to
 * exactly `total`, by the largest-remainder method: every item gets the floor of its exact
 * share, and the units still missing go to the items with the largest remainders; ties go
 * to the earlier item. Each result is therefore its exact share rounded down or up, never
 * further. The work is done in integer units of 10^-decimals, so floating-point error
 * cannot break the sum: the results, as units, sum to `total` exactly (as JavaScript
 * numbers with decimals the sum equals `total` up to the usual floating-point error).
 *
 * All-zero input (or an empty array) gives all zeros: there are no shares to distribute,
 * and the results cannot sum to `total`.
 *
 * A negative, NaN or infinite value, or a non-number, is a {@link PulseDataError} naming
 * `values[i]`; every bad value is listed.
 *
 * @example roundShares([1, 1, 1]) // [34, 33, 33]
 * @example roundShares([2.3, 6.27]) // [27, 73]
 * @example roundShares([0, 0]) // [0, 0]
 */
export function roundShares(values: readonly number[], options: RoundSharesOptions = {}): number[] {
  const issues = new IssueList();
  if (!Array.isArray(values)) {
    issues.add('values', `expected an array of numbers, got ${describeValue(values)}`);
  } else {
    values.forEach((v: unknown, i) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        issues.add(`values[${i}]`, `expected a finite number, got ${describeValue(v)}`);
      } else if (v < 0) {
        issues.add(`values[${i}]`, `expected a value of 0 or more, got ${v}`);
      }
    });
  }
  const { scale, units } = readTotal(options, issues);
  issues.throwIfAny();
  return largestRemainder(values, units).map((u) => u / scale);
}

/** Reads `total` and `decimals`; returns the scale 10^decimals and the total in units. */
function readTotal(
  options: RoundSharesOptions | undefined,
  issues: IssueList,
): { scale: number; units: number } {
  if (!isOptionsObject(options, issues)) return { scale: 1, units: 100 };
  const decimals = issues.read(
    () => numberOption(options, 'decimals', 0, { min: 0, max: MAX_SHARE_DECIMALS, integer: true }),
    0,
  );
  const total = issues.read(() => numberOption(options, 'total', 100, { min: 0 }), 100);
  const scale = 10 ** decimals;
  const units = Math.round(total * scale);
  if (Math.abs(units - total * scale) > 1e-6 * Math.max(1, units)) {
    issues.add(
      'options.total',
      `expected a multiple of ${1 / scale} (options.decimals is ${decimals}), got ${total}`,
    );
  } else if (units > MAX_UNITS) {
    issues.add('options.total', `too large to round at ${decimals} decimals, got ${total}`);
  }
  return { scale, units };
}

/**
 * The largest-remainder method on validated values, in integer units. Values are divided
 * by their maximum first, so very large values cannot overflow to Infinity.
 */
function largestRemainder(values: readonly number[], units: number): number[] {
  const n = values.length;
  let max = 0;
  for (const v of values) if (v > max) max = v;
  const out = new Array<number>(n).fill(0);
  if (max === 0) return out;
  let sum = 0;
  for (const v of values) sum += v / max;
  // Remainders are compared as integers of 1e-9, so two items whose exact shares differ
  // only by floating-point noise tie, and the tie goes to the earlier item.
  const rank = new Float64Array(n);
  let assigned = 0;
  for (let i = 0; i < n; i++) {
    let exact = (values[i] / max / sum) * units;
    const nearest = Math.round(exact);
    // 17.000000000000004 is 17: snap noise so it does not take or lose a unit.
    if (Math.abs(exact - nearest) <= Math.max(1e-9, exact * 1e-12)) exact = nearest;
    const floor = Math.floor(exact);
    out[i] = floor;
    assigned += floor;
    rank[i] = Math.round((exact - floor) * 1e9);
  }
  let left = units - assigned;
  if (left === 0) return out;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => rank[b] - rank[a] || a - b);
  // left is in 0..n by construction; the loop for a negative left (floors that overshoot
  // through noise) takes units back from the smallest remainders, defensively.
  for (let k = 0; left > 0 && k < n; k++, left--) out[order[k]] += 1;
  for (let k = n - 1; left < 0 && k >= 0; k--) {
    if (out[order[k]] > 0) {
      out[order[k]] -= 1;
      left++;
    }
  }
  return out;
}

/**
 * One input slice of {@link channelShares}.
 *
 * @example { key: 'upsell', label: 'Upsell', value: '5' }
 */
export interface ChannelItem {
  /** Unique key within its set: a non-empty string, or a number (turned into a string). */
  key: string | number;
  /** Display label; defaults to the key. */
  label?: string | null;
  /** Non-negative amount: a number or a number string such as `"1 234,56"`. */
  value: number | string;
}

/**
 * Input of {@link channelShares}: gains (connections, upsell, ...) and, optionally,
 * losses (disconnections), each a set with its own total.
 *
 * @example { gains: [{ key: 'upsell', value: 5 }], losses: [{ key: 'competitors', value: 2.3 }] }
 */
export interface ChannelSharesInput {
  gains: readonly ChannelItem[];
  losses?: readonly ChannelItem[] | null;
}

/** Options of {@link channelShares}. */
export interface ChannelSharesOptions {
  /**
   * Slices whose share (a fraction of their set's total, not a percentage) is below this
   * are grouped into one {@link OTHER_KEY} slice, when there are at least two of them.
   * Compared with a tolerance of 1e-9: a share equal to the threshold is kept. 0 turns
   * grouping off. Default 0.02 (2%).
   *
   * @example channelShares(data, { otherBelow: 0.05 })
   */
  otherBelow?: number;
  /**
   * Decimals of `percent`, 0 to {@link MAX_SHARE_DECIMALS}. Default 0.
   *
   * @example channelShares(data, { decimals: 1 }) // percents such as 26.8 and 73.2
   */
  decimals?: number;
  /**
   * Slice order, one of {@link SHARE_SORTS}. Default `'input'`.
   *
   * @example channelShares(data, { sort: 'value' })
   */
  sort?: ShareSort;
  /**
   * Label of the "other" slice. Default `'Other'`; a widget passes its localised word.
   *
   * @example channelShares(data, { otherLabel: 'Прочие' })
   */
  otherLabel?: string;
}

/** A slice grouped into "other", as listed in its `members`. */
export interface ChannelMember {
  key: string;
  label: string;
  value: number;
  /** value / the set's total, full precision. */
  share: number;
}

/** One slice of a set, as drawn. */
export interface ChannelSlice {
  key: string;
  label: string;
  /** The amount (for "other", the sum of its members). */
  value: number;
  /** value / the set's total, full precision; `null` when the total is 0. */
  share: number | null;
  /**
   * The share as a percentage rounded to `options.decimals` by the largest-remainder
   * method, so a set's percents sum to exactly 100; `null` when the total is 0.
   */
  percent: number | null;
  /** Only on the {@link OTHER_KEY} slice: the grouped slices, in slice order. */
  members?: ChannelMember[];
}

/**
 * Result of {@link channelShares}.
 *
 * @example
 * // gains 5, 1.7, 1, 2.3 and losses 2.3, 6.27:
 * // gainsTotal 10, lossesTotal 8.57, net 1.43; percents 50, 17, 10, 23 and 27, 73
 */
export interface ChannelSharesResult {
  gains: ChannelSlice[];
  losses: ChannelSlice[];
  /** Sum of the gains. */
  gainsTotal: number;
  /** Sum of the losses (0 when there are none). */
  lossesTotal: number;
  /** gainsTotal − lossesTotal: the balance of the client base; 0 or above is the goal. */
  net: number;
}

/**
 * Shares of sales channels: gains and losses are separate sets with their own totals,
 * `net = gainsTotal − lossesTotal`. Each slice gets its exact `share` and a displayed
 * `percent` rounded with {@link roundShares}, so each set's percents add up to exactly 100
 * (ties go to the earlier slice in the final order). Slices below `otherBelow` are grouped
 * into one {@link OTHER_KEY} slice listing its members, placed last; a single small slice
 * is kept as is (a one-member "other" says nothing). A set whose total is 0 has `null`
 * shares and percents and is not grouped.
 *
 * Throws one {@link PulseDataError} listing every problem: a value that is not a number or
 * is negative (`gains[2].value`), a missing or duplicate key (`losses[1].key`), a bad option
 * (`options.otherBelow`).
 *
 * @example
 * const r = channelShares({
 *   gains: [
 *     { key: 'upsell', value: 5 }, { key: 'premium', value: 1.7 },
 *     { key: 'restoration', value: 1 }, { key: 'referral', value: 2.3 },
 *   ],
 *   losses: [{ key: 'competitors', value: 2.3 }, { key: 'other', value: 6.27 }],
 * });
 * r.gains.map((s) => s.percent); // [50, 17, 10, 23]
 * r.losses.map((s) => s.percent); // [27, 73]
 * r.net; // 1.43 (up to floating-point error)
 */
export function channelShares(
  input: ChannelSharesInput,
  options: ChannelSharesOptions = {},
): ChannelSharesResult {
  const issues = new IssueList();
  let gains: Parsed[] = [];
  let losses: Parsed[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    issues.add('', `expected an object with gains and losses, got ${describeValue(input)}`);
  } else {
    gains = readSet(input.gains, 'gains', true, issues);
    losses = readSet(input.losses, 'losses', false, issues);
  }
  let otherBelow = 0.02;
  let decimals = 0;
  let sort: ShareSort = 'input';
  let otherLabel = 'Other';
  if (isOptionsObject(options, issues)) {
    otherBelow = issues.read(() => numberOption(options, 'otherBelow', 0.02, { min: 0, max: 1 }), 0.02);
    decimals = issues.read(
      () => numberOption(options, 'decimals', 0, { min: 0, max: MAX_SHARE_DECIMALS, integer: true }),
      0,
    );
    sort = issues.read(() => enumOption(options, 'sort', Object.values(SHARE_SORTS), 'input'), 'input');
    const label = options.otherLabel;
    if (label !== undefined) {
      if (typeof label === 'string') otherLabel = label;
      else issues.add('options.otherLabel', `expected a string, got ${describeValue(label)}`);
    }
  }
  issues.throwIfAny();
  const settings = { otherBelow, decimals, sort, otherLabel };
  const g = sliceSet(gains, settings);
  const l = sliceSet(losses, settings);
  return {
    gains: g.slices,
    losses: l.slices,
    gainsTotal: g.total,
    lossesTotal: l.total,
    net: g.total - l.total,
  };
}

interface Parsed {
  key: string;
  label: string;
  value: number;
}

interface Settings {
  otherBelow: number;
  decimals: number;
  sort: ShareSort;
  otherLabel: string;
}

function readSet(items: unknown, name: string, required: boolean, issues: IssueList): Parsed[] {
  if (items === undefined || items === null) {
    if (required) issues.add(name, 'missing (expected an array)');
    return [];
  }
  if (!Array.isArray(items)) {
    issues.add(name, `expected an array, got ${describeValue(items)}`);
    return [];
  }
  const out: Parsed[] = [];
  const seen = new Map<string, number>();
  items.forEach((item: unknown, i) => {
    const path = `${name}[${i}]`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      issues.add(path, `expected an object with key and value, got ${describeValue(item)}`);
      return;
    }
    const { key: rawKey, label: rawLabel, value: rawValue } = item as Record<string, unknown>;
    let key: string | null = null;
    if (
      (typeof rawKey === 'string' && rawKey !== '') ||
      (typeof rawKey === 'number' && Number.isFinite(rawKey))
    ) {
      key = String(rawKey);
      const first = seen.get(key);
      if (key === OTHER_KEY) {
        issues.add(`${path}.key`, `"${OTHER_KEY}" is reserved for the grouped slice`);
      } else if (first !== undefined) {
        issues.add(`${path}.key`, `duplicate key ${describeValue(key)} (also at ${name}[${first}])`);
      } else {
        seen.set(key, i);
      }
    } else {
      issues.add(`${path}.key`, `expected a non-empty string or number key, got ${describeValue(rawKey)}`);
    }
    if (rawLabel !== undefined && rawLabel !== null && typeof rawLabel !== 'string') {
      issues.add(`${path}.label`, `expected a string, got ${describeValue(rawLabel)}`);
    }
    const problem = amountProblem(rawValue);
    let value = 0;
    if (problem) {
      issues.add(`${path}.value`, rawValue === undefined ? 'missing (expected a number)' : problem);
    } else {
      value = parseAmount(rawValue);
      if (value < 0) issues.add(`${path}.value`, `expected a value of 0 or more, got ${value}`);
    }
    if (key !== null) out.push({ key, label: typeof rawLabel === 'string' ? rawLabel : key, value });
  });
  return out;
}

function sliceSet(items: Parsed[], settings: Settings): { slices: ChannelSlice[]; total: number } {
  const ordered = settings.sort === 'value' ? items.slice().sort(byValueThenKey) : items;
  let total = 0;
  for (const item of ordered) total += item.value;
  if (total === 0) {
    const slices = ordered.map((s) => ({
      key: s.key,
      label: s.label,
      value: s.value,
      share: null,
      percent: null,
    }));
    return { slices, total };
  }
  const threshold = settings.otherBelow - EPSILON;
  const small = ordered.filter((s) => s.value / total < threshold);
  const grouped = small.length >= 2 ? new Set(small) : new Set<Parsed>();
  const slices: ChannelSlice[] = [];
  for (const s of ordered) {
    if (!grouped.has(s))
      slices.push({ key: s.key, label: s.label, value: s.value, share: s.value / total, percent: 0 });
  }
  if (grouped.size > 0) {
    let value = 0;
    for (const s of small) value += s.value;
    const members = small.map((s) => ({
      key: s.key,
      label: s.label,
      value: s.value,
      share: s.value / total,
    }));
    slices.push({
      key: OTHER_KEY,
      label: settings.otherLabel,
      value,
      share: value / total,
      percent: 0,
      members,
    });
  }
  const percents = roundShares(
    slices.map((s) => s.value),
    { total: 100, decimals: settings.decimals },
  );
  slices.forEach((s, i) => (s.percent = percents[i]));
  return { slices, total };
}

function byValueThenKey(a: Parsed, b: Parsed): number {
  return b.value - a.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function isOptionsObject(options: unknown, issues: IssueList): options is Record<string, unknown> {
  if (options === undefined) return false;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    issues.add('options', `expected an object, got ${describeValue(options)}`);
    return false;
  }
  return true;
}

/** Collects issues so one {@link PulseDataError} can list them all. */
class IssueList {
  private readonly list: PulseIssue[] = [];
  private more = 0;

  add(path: string, message: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ path, message });
    else this.more++;
  }

  /** Runs an option reader that throws; records its issues and returns the fallback. */
  read<T>(reader: () => T, fallback: T): T {
    try {
      return reader();
    } catch (e) {
      if (!(e instanceof PulseDataError)) throw e;
      for (const issue of e.issues) this.add(issue.path, issue.message);
      return fallback;
    }
  }

  throwIfAny(): void {
    if (this.list.length === 0) return;
    const list =
      this.more > 0 ? [...this.list, { path: '', message: `and ${this.more} more issue(s)` }] : this.list;
    throw new PulseDataError(list);
  }
}
