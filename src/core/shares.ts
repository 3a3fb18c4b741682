import { describeValue } from './errors.js';
import { compareStrings } from './internal/compare.js';
import { IssueList } from './internal/issues.js';
import { isOptionsObject } from './internal/read.js';
import { amountProblem, EPSILON, parseAmount } from './numbers.js';
import { enumOption, numberOption } from './options.js';
import { MAX_SHARE_DECIMALS, roundShares } from './round-shares.js';
import {
  OTHER_KEY,
  SHARE_SORTS,
  type ChannelSharesInput,
  type ChannelSharesOptions,
  type ChannelSharesResult,
  type ChannelSlice,
  type ShareSort,
} from './shares-types.js';

export * from './round-shares.js';
export * from './shares-types.js';

// Channel shares (domain.md, "Channel shares"): gains and losses are separate sets with
// their own totals, displayed percentages are rounded by the largest-remainder method
// (round-shares.ts) so they add up to exactly 100, and small slices are grouped into "other".
// The input, options and result types are in shares-types.ts.

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
    // Each value is finite, their sum may not be: shares of an infinite total are all 0.
    const overflow = (set: Parsed[], name: string) => {
      if (set.reduce((sum, s) => sum + s.value, 0) === Infinity)
        issues.add(name, 'the values add up beyond 1.7e308: no shares can be computed');
    };
    overflow(gains, 'gains');
    overflow(losses, 'losses');
  }
  let otherBelow = 0.02;
  let decimals = 0;
  let sort: ShareSort = 'input';
  let otherLabel = 'Other';
  if (isOptionsObject(options, 'options', issues)) {
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
  return b.value - a.value || compareStrings(a.key, b.key);
}
