import { describeValue } from '../errors.js';
import { RFM_DEFAULT_BINS, RFM_MAX_BINS, type RfmEdges } from '../rfm-types.js';
import type { IssueList } from './issues.js';
import { isOptionsObject } from './read.js';
import type { Customers } from './rfm-read.js';

// RFM bins: the options that set them, and the edges they give (given, or quantiles).

/** A dimension's bins: a count of quantiles, or the edges. */
export type Bins = number | number[];

/** The bins of each dimension, as read from the options. */
export interface BinSettings {
  recency: Bins;
  frequency: Bins;
  monetary: Bins;
}

/** The edges of each dimension for these customers. */
export function computeEdges(data: Customers, bins: BinSettings): RfmEdges {
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
export function binOf(v: number, edges: readonly (number | null)[]): number {
  let bin = 1;
  for (let j = 0; j < edges.length; j++) {
    const e = edges[j];
    if (e === null || v < e) break;
    bin++;
  }
  return bin;
}

/** Reads `bins` and the per-dimension bins; every bad one is recorded, and the default used. */
export function readBinOptions(options: unknown, issues: IssueList): BinSettings {
  const s: BinSettings = {
    recency: RFM_DEFAULT_BINS,
    frequency: RFM_DEFAULT_BINS,
    monetary: RFM_DEFAULT_BINS,
  };
  if (!isOptionsObject(options, 'options', issues)) return s;
  const o = options;
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
