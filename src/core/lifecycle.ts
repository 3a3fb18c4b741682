import { describeValue, PulseDataError, type PulseIssue } from './errors.js';
import { amountProblem, EPSILON, parseAmount } from './numbers.js';
import { formatIsoDate, parseDate, type DayNumber } from './dates.js';
import { numberOption } from './options.js';

// Nine lifecycle segments from purchase history (domain.md, "Lifecycle, 9 segments"), the
// Loginom "repeat sales" method. Built for a million clients with ten purchases each: one
// pass reads and nets the purchases into small reusable typed arrays, gaps go into an
// integer histogram (their median needs no sort), a second pass makes the result objects.

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

/**
 * Nine lifecycle segments from purchase history. A purchase is a distinct date with a
 * positive net amount (amounts of a date summed; a sum that is 0 up to floating-point
 * error is 0) on or before asOf. Stage by the number of purchases n; rhythm T = the median
 * gap between the client's own purchases (n >= 2), else the median of all clients' gaps
 * (pooled), else `defaultCycleDays`; T >= `minCycleDays`. Activity by r, the days from
 * the last purchase to asOf: active r <= 1.5 T, falling asleep r <= 3 T, else asleep
 * (tolerance 1e-9). Segment = 3 x activity row + stage column + 1.
 *
 * Throws one {@link PulseDataError} listing every problem: a bad or empty `asOf`, a bad
 * date or amount (`clients[2].purchases[1]`, `clients[2].purchases[1].amount`), a
 * duplicate id (naming both indices), a bad option (`options.regularFrom`).
 *
 * @example
 * const r = lifecycleSegments({
 *   asOf: '2024-06-30',
 *   clients: [
 *     { id: 'a', purchases: ['2024-06-20'] },
 *     { id: 'b', purchases: ['2024-03-01', '2024-04-01', '2024-05-01', '2024-06-01'] },
 *     { id: 'e', purchases: [] },
 *   ],
 * });
 * r.clients.map((c) => c.segment); // [1, 3, null]: a new and active, b regular and active, e potential
 */
export function lifecycleSegments(input: LifecycleInput, options: LifecycleOptions = {}): LifecycleResult {
  const issues = new IssueList();
  const settings = readSettings(options, issues);
  let asOf = Infinity;
  let clients: readonly unknown[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    issues.add('', `expected an object with asOf and clients, got ${describeValue(input)}`);
  } else {
    const day = readDay(input.asOf, issues, 'asOf');
    if (day === null) issues.add('asOf', `expected a date, got the empty date ${describeValue(input.asOf)}`);
    else if (day !== undefined) asOf = day;
    if (Array.isArray(input.clients)) clients = input.clients;
    else issues.add('clients', `expected an array of clients, got ${describeValue(input.clients)}`);
  }
  const history = readHistory(clients, asOf, issues);
  issues.throwIfAny();
  return segment(history, asOf, settings);
}

interface Settings {
  regularFrom: number;
  defaultCycleDays: number;
  minCycleDays: number;
  fallingAsleepFactor: number;
  asleepFactor: number;
}

/** What pass 1 keeps per client. */
interface History {
  ids: string[];
  names: (string | null)[];
  owners: (string | null)[];
  /** Number of purchases. */
  count: Uint32Array;
  /** Day number of the last purchase. */
  last: Int32Array;
  /** Median of the client's own gaps; NaN when n < 2. */
  ownCycle: Float64Array;
  /** Median of all clients' gaps; NaN when there are none. */
  medianGap: number;
}

/** Pass 1: validate, net purchases per date, count them, gaps and their histogram. */
function readHistory(clients: readonly unknown[], asOf: number, issues: IssueList): History {
  const n = clients.length;
  const h: History = {
    ids: idKeys(clients),
    names: new Array(n),
    owners: new Array(n),
    count: new Uint32Array(n),
    last: new Int32Array(n),
    ownCycle: new Float64Array(n),
    medianGap: NaN,
  };
  const duplicates = earlierDuplicates(h.ids);
  // Scratch arrays reused by every client; they grow for a client with many purchases.
  // Days are int32, so they stay small integers (no boxed doubles) all the way.
  let days = new Int32Array(64);
  let amounts = new Float64Array(64);
  let bare = new Uint8Array(64);
  let kept = new Int32Array(64);
  let histogram = new Uint32Array(4096);
  let gapCount = 0;
  for (let i = 0; i < n && !issues.full; i++) {
    h.ownCycle[i] = NaN;
    const client: unknown = clients[i];
    if (client === null || typeof client !== 'object') {
      issues.add(`clients[${i}]`, `expected an object with id and purchases, got ${describeValue(client)}`);
      continue;
    }
    const c = client as Record<string, unknown>;
    checkId(h.ids, duplicates, c.id, 'clients', i, issues);
    h.names[i] = readText(c.name, i, 'name', issues);
    h.owners[i] = readText(c.owner, i, 'owner', issues);
    const list = c.purchases;
    if (!Array.isArray(list)) {
      issues.add(
        `clients[${i}].purchases`,
        `expected an array of dates or {date, amount}, got ${describeValue(list)}`,
      );
      continue;
    }
    const size = list.length;
    if (size > days.length) {
      const grown = Math.max(size, days.length * 2);
      days = new Int32Array(grown);
      amounts = new Float64Array(grown);
      bare = new Uint8Array(grown);
      kept = new Int32Array(grown);
    }
    let m = 0;
    let sorted = true;
    for (let j = 0; j < size; j++) {
      const p: unknown = list[j];
      let day: DayNumber | null | undefined;
      let amount = 0;
      let isBare = 1;
      if (typeof p === 'string') {
        day = readDay(p, issues, i, j, false);
      } else if (p !== null && typeof p === 'object') {
        const { date, amount: a } = p as Record<string, unknown>;
        day = readDay(date, issues, i, j, true);
        if (a !== undefined && a !== null) {
          isBare = 0;
          amount = typeof a === 'number' && Number.isFinite(a) ? a : readAmount(a, i, j, issues);
        }
      } else {
        issues.add(
          `clients[${i}].purchases[${j}]`,
          `expected a date or {date, amount}, got ${describeValue(p)}`,
        );
        continue;
      }
      if (day === undefined || day === null || day > asOf) continue;
      if (m > 0 && day < days[m - 1]) sorted = false;
      days[m] = day;
      amounts[m] = amount;
      bare[m] = isBare;
      m++;
    }
    if (!sorted) sortByDay(days, amounts, bare, m);
    // Net each date; keep it when a bare date is there or the sum is positive.
    let k = 0;
    for (let j = 0; j < m;) {
      const day = days[j];
      let net = 0;
      let gross = 0;
      let any = 0;
      for (; j < m && days[j] === day; j++) {
        net += amounts[j];
        gross += Math.abs(amounts[j]);
        any |= bare[j];
      }
      if (any || net > EPSILON * gross) kept[k++] = day;
    }
    h.count[i] = k;
    if (k === 0) continue;
    h.last[i] = kept[k - 1];
    if (k < 2) continue;
    // Gaps, in place in `kept` (its days are no longer needed), into the histogram.
    for (let j = 0; j < k - 1; j++) {
      const gap = kept[j + 1] - kept[j];
      if (gap >= histogram.length) {
        const grown = new Uint32Array(Math.max(gap + 1, histogram.length * 2));
        grown.set(histogram);
        histogram = grown;
      }
      histogram[gap]++;
      kept[j] = gap;
    }
    gapCount += k - 1;
    h.ownCycle[i] = medianOfSmall(kept, k - 1);
  }
  h.medianGap = medianOfHistogram(histogram, gapCount);
  return h;
}

/** Pass 2: rhythm, activity, segment; the result objects. */
function segment(h: History, asOf: number, s: Settings): LifecycleResult {
  const n = h.ids.length;
  const segments: LifecycleSegment[] = [];
  for (let k = 1; k <= 9; k++) {
    const number = k as LifecycleSegmentNumber;
    segments.push({ segment: number, ...LIFECYCLE_SEGMENTS[number], count: 0, share: null, ids: [] });
  }
  const potential = { count: 0, ids: [] as string[] };
  const clients: LifecycleClientResult[] = new Array(n);
  const fallbackCycle = Number.isNaN(h.medianGap) ? s.defaultCycleDays : h.medianGap;
  const fallbackSource: CycleSource = Number.isNaN(h.medianGap) ? 'default' : 'all';
  const isoOf = new Map<number, string>(); // few distinct last dates: format each once
  for (let i = 0; i < n; i++) {
    const id = h.ids[i];
    const count = h.count[i];
    if (count === 0) {
      potential.count++;
      potential.ids.push(id);
      clients[i] = {
        id,
        name: h.names[i],
        owner: h.owners[i],
        segment: null,
        stage: 'potential',
        activity: null,
        daysToNextState: null,
        lastPurchase: null,
        purchases: 0,
        cycleDays: null,
        cycleSource: null,
        recencyDays: null,
      };
      continue;
    }
    const own = h.ownCycle[i];
    const hasOwn = !Number.isNaN(own);
    const cycle = Math.max(hasOwn ? own : fallbackCycle, s.minCycleDays);
    const last = h.last[i];
    const r = asOf - last;
    const stage = count === 1 ? 0 : count < s.regularFrom ? 1 : 2;
    const fallingAt = s.fallingAsleepFactor * cycle + EPSILON;
    const asleepAt = s.asleepFactor * cycle + EPSILON;
    const activity = r <= fallingAt ? 0 : r <= asleepAt ? 1 : 2;
    // The first whole day beyond the limit of the current activity.
    const next =
      activity === 0 ? Math.floor(fallingAt) + 1 - r : activity === 1 ? Math.floor(asleepAt) + 1 - r : null;
    const seg = segments[activity * 3 + stage];
    seg.count++;
    seg.ids.push(id);
    let iso = isoOf.get(last);
    if (iso === undefined) isoOf.set(last, (iso = formatIsoDate(last)));
    clients[i] = {
      id,
      name: h.names[i],
      owner: h.owners[i],
      segment: seg.segment,
      stage: seg.stage,
      activity: seg.activity,
      daysToNextState: next,
      lastPurchase: iso,
      purchases: count,
      cycleDays: cycle,
      cycleSource: hasOwn ? 'own' : fallbackSource,
      recencyDays: r,
    };
  }
  const counted = n - potential.count;
  if (counted > 0) for (const seg of segments) seg.share = seg.count / counted;
  return {
    asOf: formatIsoDate(asOf),
    segments,
    potential,
    clients,
    total: n,
    medianGapDays: Number.isNaN(h.medianGap) ? null : h.medianGap,
  };
}

/** Sorts the first m purchases by day: insertion sort for a few, an index sort beyond. */
function sortByDay(days: Int32Array, amounts: Float64Array, bare: Uint8Array, m: number): void {
  if (m <= 32) {
    for (let j = 1; j < m; j++) {
      const d = days[j];
      const a = amounts[j];
      const b = bare[j];
      let q = j - 1;
      while (q >= 0 && days[q] > d) {
        days[q + 1] = days[q];
        amounts[q + 1] = amounts[q];
        bare[q + 1] = bare[q];
        q--;
      }
      days[q + 1] = d;
      amounts[q + 1] = a;
      bare[q + 1] = b;
    }
    return;
  }
  const order = Array.from({ length: m }, (_, j) => j).sort((x, y) => days[x] - days[y]);
  const d = days.slice(0, m);
  const a = amounts.slice(0, m);
  const b = bare.slice(0, m);
  for (let j = 0; j < m; j++) {
    days[j] = d[order[j]];
    amounts[j] = a[order[j]];
    bare[j] = b[order[j]];
  }
}

/** Median of the first m values (m >= 1), sorting them in place. */
function medianOfSmall(x: Int32Array, m: number): number {
  if (m > 32) x.subarray(0, m).sort();
  else {
    for (let j = 1; j < m; j++) {
      const v = x[j];
      let q = j - 1;
      while (q >= 0 && x[q] > v) {
        x[q + 1] = x[q];
        q--;
      }
      x[q + 1] = v;
    }
  }
  const mid = m >> 1;
  return m % 2 === 1 ? x[mid] : (x[mid - 1] + x[mid]) / 2;
}

/** Median of `total` integer values given as a histogram (value -> count); NaN for none. */
function medianOfHistogram(histogram: Uint32Array, total: number): number {
  if (total === 0) return NaN;
  const lowRank = (total - 1) >> 1; // 0-based ranks of the middle value(s)
  const highRank = total >> 1;
  let low = NaN;
  let seen = 0;
  for (let v = 0; v < histogram.length; v++) {
    seen += histogram[v];
    if (Number.isNaN(low) && seen > lowRank) low = v;
    if (seen > highRank) return (low + v) / 2;
  }
  return low;
}

// ---------------------------------------------------------------------------------------
// Reading input.

/**
 * A date by the input rules (`null` for the 1C empty date), or undefined after recording
 * the issue. Either `(value, issues, path)` or `(value, issues, client, purchase, isObject)`,
 * so the path is only built for a bad date.
 */
function readDay(
  value: unknown,
  issues: IssueList,
  at: string | number,
  j = 0,
  inObject = false,
): DayNumber | null | undefined {
  try {
    return parseDate(value);
  } catch (e) {
    if (!(e instanceof PulseDataError)) throw e;
    const path = typeof at === 'string' ? at : `clients[${at}].purchases[${j}]${inObject ? '.date' : ''}`;
    issues.add(path, e.issues[0].message);
    return undefined;
  }
}

function readAmount(v: unknown, i: number, j: number, issues: IssueList): number {
  const problem = amountProblem(v);
  if (problem === null) return parseAmount(v);
  issues.add(`clients[${i}].purchases[${j}].amount`, problem);
  return 0;
}

function readText(v: unknown, i: number, field: string, issues: IssueList): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  issues.add(`clients[${i}].${field}`, `expected a string, got ${describeValue(v)}`);
  return null;
}

function readSettings(options: unknown, issues: IssueList): Settings {
  const s: Settings = {
    regularFrom: 4,
    defaultCycleDays: 30,
    minCycleDays: 7,
    fallingAsleepFactor: 1.5,
    asleepFactor: 3,
  };
  if (options === undefined) return s;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    issues.add('options', `expected an object, got ${describeValue(options)}`);
    return s;
  }
  s.regularFrom = issues.read(() => numberOption(options, 'regularFrom', 4, { min: 2, integer: true }), 4);
  s.defaultCycleDays = issues.read(() => numberOption(options, 'defaultCycleDays', 30, { min: 1 }), 30);
  s.minCycleDays = issues.read(() => numberOption(options, 'minCycleDays', 7, { min: 0 }), 7);
  s.fallingAsleepFactor = issues.read(
    () => numberOption(options, 'fallingAsleepFactor', 1.5, { min: 0 }),
    1.5,
  );
  s.asleepFactor = issues.read(() => numberOption(options, 'asleepFactor', 3, { min: 0 }), 3);
  if (s.asleepFactor < s.fallingAsleepFactor) {
    issues.add(
      'options.asleepFactor',
      `expected at least fallingAsleepFactor (${s.fallingAsleepFactor}), got ${s.asleepFactor}`,
    );
  }
  return s;
}

/** Pass 0: each row's id as a string; `''` when the row or its id is not valid. */
function idKeys(rows: readonly unknown[]): string[] {
  const n = rows.length;
  const keys: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    const id = row !== null && typeof row === 'object' ? (row as { id?: unknown }).id : undefined;
    keys[i] = typeof id === 'string' ? id : typeof id === 'number' && Number.isFinite(id) ? String(id) : '';
  }
  return keys;
}

/** Records a bad id, or a duplicate one naming the first index, in row order. */
function checkId(
  keys: readonly string[],
  duplicates: Int32Array | null,
  id: unknown,
  label: string,
  i: number,
  issues: IssueList,
): void {
  if (keys[i] === '') {
    issues.add(`${label}[${i}].id`, `expected a non-empty string or number id, got ${describeValue(id)}`);
  } else if (duplicates !== null && duplicates[i] >= 0) {
    issues.add(
      `${label}[${i}].id`,
      `duplicate id ${JSON.stringify(keys[i])}, also at ${label}[${duplicates[i]}]`,
    );
  }
}

/**
 * For each key, the index of its first occurrence when that is earlier, else -1; `null`
 * when all keys are distinct. `''` keys are skipped. A Map of a million strings costs
 * several times more (mostly in garbage collection) than sorting 32-bit hashes of the keys
 * by two radix passes and comparing keys only within runs of equal hashes.
 */
function earlierDuplicates(keys: readonly string[]): Int32Array | null {
  const n = keys.length;
  let out: Int32Array | null = null;
  if (n < MAP_BELOW) {
    const seen = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const key = keys[i];
      if (key === '') continue;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else (out ??= new Int32Array(n).fill(-1))[i] = first;
    }
    return out;
  }
  const hash = new Uint32Array(n);
  const low = new Uint32Array(65536);
  const high = new Uint32Array(65536);
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    // FNV-1a over at most the first 64 code units; equal hashes are compared in full.
    let h = 0x811c9dc5 ^ key.length;
    for (let j = 0, end = Math.min(key.length, 64); j < end; j++)
      h = Math.imul(h ^ key.charCodeAt(j), 0x01000193);
    h >>>= 0;
    hash[i] = h;
    low[h & 0xffff]++;
    high[h >>> 16]++;
  }
  for (let d = 0, a = 0, b = 0; d < 65536; d++) {
    const x = low[d];
    const y = high[d];
    low[d] = a;
    high[d] = b;
    a += x;
    b += y;
  }
  const byLow = new Uint32Array(n);
  for (let i = 0; i < n; i++) byLow[low[hash[i] & 0xffff]++] = i;
  const order = new Uint32Array(n); // by hash, then index (the passes are stable)
  for (let q = 0; q < n; q++) {
    const i = byLow[q];
    order[high[hash[i] >>> 16]++] = i;
  }
  for (let start = 0; start < n;) {
    const h = hash[order[start]];
    let end = start + 1;
    while (end < n && hash[order[end]] === h) end++;
    for (let q = start + 1; q < end; q++) {
      const key = keys[order[q]];
      if (key === '') continue;
      for (let p = start; p < q; p++) {
        if (keys[order[p]] === key) {
          (out ??= new Int32Array(n).fill(-1))[order[q]] = order[p];
          break;
        }
      }
    }
    start = end;
  }
  return out;
}

/** Below this many clients duplicates are found with a Map. */
const MAP_BELOW = 2048;

/** Most issues one error lists; reading stops there. */
const MAX_ISSUES = 100;

/** Collects issues so one {@link PulseDataError} can list them all. */
class IssueList {
  private readonly list: PulseIssue[] = [];
  full = false;

  add(path: string, message: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ path, message });
    else if (!this.full) {
      this.full = true;
      this.list.push({ path: '', message: `more than ${MAX_ISSUES} issues; reading stopped` });
    }
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
    if (this.list.length > 0) throw new PulseDataError(this.list);
  }
}
