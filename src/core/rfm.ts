import { describeValue } from './errors.js';
import { keyOf } from './internal/ids.js';
import { IssueList } from './internal/issues.js';
import { binOf, computeEdges, readBinOptions } from './internal/rfm-bins.js';
import { readCustomers, readRules, readScore } from './internal/rfm-read.js';
import {
  RFM_OTHERS,
  RFM_SEGMENT_RULES,
  type RfmCustomer,
  type RfmEdges,
  type RfmOptions,
  type RfmResult,
  type RfmScore,
  type RfmScored,
  type RfmSegmentResult,
  type RfmSegmentRule,
} from './rfm-types.js';

export * from './rfm-types.js';

// RFM scores and segments (domain.md, "RFM scores"), the classic alternative to the
// lifecycle grid. Bins are upper-exclusive edges, given or computed as quantiles
// (internal/rfm-bins.ts). The options, results and segment rules are in rfm-types.ts.

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
      const id = keyOf(s.id);
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
