import { describeValue, PulseDataError, type PulseIssue } from './errors.js';
import { amountProblem, parseAmount } from './numbers.js';

// RFM scores and segments (domain.md, "RFM scores"), the classic alternative to the
// lifecycle grid. Bins are upper-exclusive edges, given or computed as quantiles.

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
 * RFM scores. Each dimension is binned by upper-exclusive edges, given or computed as
 * quantiles; frequency and monetary score their bin, recency is reversed (the most recent
 * bin scores the number of bins). `score = 100 r + 10 f + m`.
 *
 * Quantile edges and ties: with k bins over n customers, a value's bin is
 * 1 + floor(k x (number of customers with a smaller value) / n), so equal values always
 * share a bin — the one where the first of them falls — and never straddle an edge. With
 * distinct values every bin gets n / k customers; with many ties some bins stay empty
 * (if most customers bought once, they all get F1).
 *
 * Throws one {@link PulseDataError} listing every bad value (`customers[3].frequency`),
 * duplicate id and bad option (`options.recencyBins`).
 *
 * @example
 * const customers = [1, 2, 3, 4, 5].map((i) => ({ id: `c${i}`, recencyDays: i * 10, frequency: i, monetary: i * 100 }));
 * rfmScores(customers).map((s) => s.score); // [511, 422, 333, 244, 155]
 */
export function rfmScores(customers: readonly RfmCustomer[], options: RfmOptions = {}): RfmResult {
  const issues = new IssueList();
  const data = readCustomers(customers, issues);
  const bins = readBinOptions(options, issues);
  issues.throwIfAny();
  const { ids, recency, frequency, monetary } = data;
  const edges = computeEdges(data, bins);
  const kr = edges.recency.length + 1;
  const out: RfmScore[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const r = kr + 1 - binOf(recency[i], edges.recency);
    const f = binOf(frequency[i], edges.frequency);
    const m = binOf(monetary[i], edges.monetary);
    out[i] = { id: ids[i], r, f, m, score: 100 * r + 10 * f + m };
  }
  return out;
}

/**
 * The edges {@link rfmScores} uses for these customers and options, for a legend
 * ("R5: under 7 days").
 *
 * @example rfmEdges(customers, { bins: 4 }).monetary // quartile edges, e.g. [200, 300, 400]
 */
export function rfmEdges(customers: readonly RfmCustomer[], options: RfmOptions = {}): RfmEdges {
  const issues = new IssueList();
  const data = readCustomers(customers, issues);
  const bins = readBinOptions(options, issues);
  issues.throwIfAny();
  return computeEdges(data, bins);
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

/**
 * Names each scored customer by the first rule whose boxes hold its r, f and m
 * (inclusive); no match gives {@link RFM_OTHERS}. Results are in input order.
 *
 * Throws one {@link PulseDataError} listing every bad score (`scored[2].r`) and bad rule
 * (`rules[1].f`).
 *
 * @example
 * rfmSegments([{ id: 'c1', r: 5, f: 5, m: 5 }, { id: 'c2', r: 1, f: 1, m: 2 }]);
 * // [{ id: 'c1', segment: 'Champions' }, { id: 'c2', segment: 'Lost' }]
 */
export function rfmSegments(
  scored: readonly RfmScored[],
  rules: readonly RfmSegmentRule[] = RFM_SEGMENT_RULES,
): RfmSegmentResult[] {
  const issues = new IssueList();
  const boxes = readRules(rules, issues);
  const out: RfmSegmentResult[] = [];
  if (!Array.isArray(scored))
    issues.add('scored', `expected an array of scores, got ${describeValue(scored)}`);
  else {
    for (let i = 0; i < scored.length && !issues.full; i++) {
      const item: unknown = scored[i];
      if (item === null || typeof item !== 'object') {
        issues.add(`scored[${i}]`, `expected an object with id, r, f and m, got ${describeValue(item)}`);
        continue;
      }
      const s = item as Record<string, unknown>;
      const id =
        typeof s.id === 'string' && s.id !== ''
          ? s.id
          : typeof s.id === 'number' && Number.isFinite(s.id)
            ? String(s.id)
            : null;
      if (id === null)
        issues.add(`scored[${i}].id`, `expected a non-empty string or number id, got ${describeValue(s.id)}`);
      const r = readScore(s.r, i, 'r', issues);
      const f = readScore(s.f, i, 'f', issues);
      const m = readScore(s.m, i, 'm', issues);
      let segment = RFM_OTHERS;
      for (let b = 0; b < boxes.length; b += 7) {
        if (
          r >= boxes[b + 1] &&
          r <= boxes[b + 2] &&
          f >= boxes[b + 3] &&
          f <= boxes[b + 4] &&
          m >= boxes[b + 5] &&
          m <= boxes[b + 6]
        ) {
          segment = rules[boxes[b]].name;
          break;
        }
      }
      out.push({ id: id ?? '', segment });
    }
  }
  issues.throwIfAny();
  return out;
}

// ---------------------------------------------------------------------------------------

interface Customers {
  ids: string[];
  recency: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
}

/** A dimension's bins: a count of quantiles, or the edges. */
type Bins = number | number[];

interface BinSettings {
  recency: Bins;
  frequency: Bins;
  monetary: Bins;
}

function computeEdges(data: Customers, bins: BinSettings): RfmEdges {
  return {
    recency: edgesOf(data.recency, bins.recency),
    frequency: edgesOf(data.frequency, bins.frequency),
    monetary: edgesOf(data.monetary, bins.monetary),
  };
}

/**
 * Given edges as they are; else quantile edges: edge j (1..k-1) is the smallest value with
 * at least ceil(j n / k) values below it, `null` when there is none.
 */
function edgesOf(values: Float64Array, bins: Bins): (number | null)[] {
  if (typeof bins !== 'number') return bins.slice();
  const k = bins;
  const n = values.length;
  const sorted = values.slice().sort();
  const edges: (number | null)[] = [];
  for (let j = 1; j < k; j++) {
    let t = Math.ceil((j * n) / k);
    // sorted[t] has exactly t values below it unless it repeats the value before it.
    while (t > 0 && t < n && sorted[t] === sorted[t - 1]) t++;
    edges.push(t < n ? sorted[t] : null);
  }
  return edges;
}

/** 1 + the number of edges at or below v (edges ascending; `null` is never reached). */
function binOf(v: number, edges: readonly (number | null)[]): number {
  let bin = 1;
  for (let j = 0; j < edges.length; j++) {
    const e = edges[j];
    if (e === null || v < e) break;
    bin++;
  }
  return bin;
}

function readCustomers(customers: unknown, issues: IssueList): Customers {
  const n = Array.isArray(customers) ? customers.length : 0;
  const data: Customers = {
    ids: new Array(n),
    recency: new Float64Array(n),
    frequency: new Float64Array(n),
    monetary: new Float64Array(n),
  };
  if (!Array.isArray(customers)) {
    issues.add('customers', `expected an array of customers, got ${describeValue(customers)}`);
    return data;
  }
  const seen = new Map<string, number>();
  for (let i = 0; i < n && !issues.full; i++) {
    const c: unknown = customers[i];
    if (c === null || typeof c !== 'object') {
      issues.add(
        `customers[${i}]`,
        `expected an object with id, recencyDays, frequency and monetary, got ${describeValue(c)}`,
      );
      continue;
    }
    const { id, recencyDays, frequency, monetary } = c as Record<string, unknown>;
    let key: string | null = null;
    if (typeof id === 'string' && id !== '') key = id;
    else if (typeof id === 'number' && Number.isFinite(id)) key = String(id);
    else
      issues.add(`customers[${i}].id`, `expected a non-empty string or number id, got ${describeValue(id)}`);
    if (key !== null) {
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else
        issues.add(`customers[${i}].id`, `duplicate id ${JSON.stringify(key)}, also at customers[${first}]`);
      data.ids[i] = key;
    }
    data.recency[i] = readNumber(recencyDays, i, 'recencyDays', true, issues);
    data.frequency[i] = readNumber(frequency, i, 'frequency', true, issues);
    data.monetary[i] = readNumber(monetary, i, 'monetary', false, issues);
  }
  return data;
}

function readNumber(v: unknown, i: number, field: string, nonNegative: boolean, issues: IssueList): number {
  let x: number;
  if (typeof v === 'number' && Number.isFinite(v)) x = v;
  else {
    const problem = amountProblem(v);
    if (problem !== null) {
      issues.add(`customers[${i}].${field}`, problem);
      return 0;
    }
    x = parseAmount(v);
  }
  if (nonNegative && x < 0) {
    issues.add(`customers[${i}].${field}`, `expected a value of 0 or more, got ${x}`);
    return 0;
  }
  return x === 0 ? 0 : x; // no -0
}

function readBinOptions(options: unknown, issues: IssueList): BinSettings {
  const s: BinSettings = {
    recency: RFM_DEFAULT_BINS,
    frequency: RFM_DEFAULT_BINS,
    monetary: RFM_DEFAULT_BINS,
  };
  if (options === undefined) return s;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    issues.add('options', `expected an object, got ${describeValue(options)}`);
    return s;
  }
  const o = options as Record<string, unknown>;
  const all = o.bins === undefined ? RFM_DEFAULT_BINS : readBins(o.bins, 'bins', false, issues);
  s.recency = o.recencyBins === undefined ? all : readBins(o.recencyBins, 'recencyBins', true, issues);
  s.frequency =
    o.frequencyBins === undefined ? all : readBins(o.frequencyBins, 'frequencyBins', true, issues);
  s.monetary = o.monetaryBins === undefined ? all : readBins(o.monetaryBins, 'monetaryBins', true, issues);
  return s;
}

function readBins<E extends boolean>(
  v: unknown,
  name: string,
  edgesAllowed: E,
  issues: IssueList,
): E extends true ? Bins : number {
  type Out = E extends true ? Bins : number;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= RFM_MAX_BINS) return v as Out;
  if (edgesAllowed && Array.isArray(v)) {
    const ok =
      v.length < RFM_MAX_BINS &&
      v.every(
        (e, j) => typeof e === 'number' && Number.isFinite(e) && (j === 0 || e >= (v[j - 1] as number)),
      );
    if (ok) return v.slice() as Out;
    issues.add(
      `options.${name}`,
      `expected at most ${RFM_MAX_BINS - 1} ascending finite edges, got ${describeValue(v)}`,
    );
    return RFM_DEFAULT_BINS as Out;
  }
  const what = edgesAllowed
    ? 'a whole number of bins from 1 to 9, or ascending edges'
    : 'a whole number of bins from 1 to 9';
  issues.add(`options.${name}`, `expected ${what}, got ${describeValue(v)}`);
  return RFM_DEFAULT_BINS as Out;
}

function readScore(v: unknown, i: number, field: string, issues: IssueList): number {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= RFM_MAX_BINS) return v;
  issues.add(`scored[${i}].${field}`, `expected a whole score from 1 to 9, got ${describeValue(v)}`);
  return 0;
}

/** Rules as a flat array of 7 numbers each: rule index, then r, f, m as [lo, hi]. */
function readRules(rules: unknown, issues: IssueList): Float64Array {
  if (!Array.isArray(rules)) {
    issues.add('rules', `expected an array of rules, got ${describeValue(rules)}`);
    return new Float64Array(0);
  }
  const boxes = new Float64Array(rules.length * 7);
  rules.forEach((rule: unknown, i) => {
    boxes[i * 7] = i;
    if (rule === null || typeof rule !== 'object') {
      issues.add(`rules[${i}]`, `expected an object with name, r, f and m, got ${describeValue(rule)}`);
      return;
    }
    const { name } = rule as Record<string, unknown>;
    if (typeof name !== 'string' || name === '')
      issues.add(`rules[${i}].name`, `expected a non-empty string, got ${describeValue(name)}`);
    (['r', 'f', 'm'] as const).forEach((d, j) => {
      const range = (rule as Record<string, unknown>)[d];
      let lo = -Infinity;
      let hi = Infinity;
      if (range !== undefined) {
        const ok =
          Array.isArray(range) &&
          range.length === 2 &&
          range.every((x) => typeof x === 'number' && !Number.isNaN(x)) &&
          range[0] <= range[1];
        if (ok) [lo, hi] = range as [number, number];
        else
          issues.add(
            `rules[${i}].${d}`,
            `expected [low, high] with low <= high, got ${describeValue(range)}`,
          );
      }
      boxes[i * 7 + 1 + 2 * j] = lo;
      boxes[i * 7 + 2 + 2 * j] = hi;
    });
  });
  return boxes;
}

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

  throwIfAny(): void {
    if (this.list.length > 0) throw new PulseDataError(this.list);
  }
}
