import { describeValue } from '../errors.js';
import { amountProblem, parseAmount } from '../numbers.js';
import { RFM_MAX_BINS } from '../rfm-types.js';
import { checkId, readIds } from './ids.js';
import type { IssueList } from './issues.js';

// Reading the input of rfmScores and rfmSegments: every issue recorded, values into
// typed arrays.

/** The customers, read into columns. */
export interface Customers {
  ids: string[];
  recency: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
}

/** Reads the customers of rfmScores and rfmEdges. */
export function readCustomers(customers: unknown, issues: IssueList): Customers {
  const n = Array.isArray(customers) ? customers.length : 0;
  const { ids, duplicates } = readIds(Array.isArray(customers) ? customers : []);
  const data: Customers = {
    ids,
    recency: new Float64Array(n),
    frequency: new Float64Array(n),
    monetary: new Float64Array(n),
  };
  if (!Array.isArray(customers)) {
    issues.add('customers', `expected an array of customers, got ${describeValue(customers)}`);
    return data;
  }
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
    checkId(data.ids, duplicates, id, 'customers', i, issues);
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

/** A score of `scored[i]`: a whole number from 1 to 9; records an issue and gives 0 otherwise. */
export function readScore(v: unknown, i: number, field: string, issues: IssueList): number {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= RFM_MAX_BINS) return v;
  issues.add(`scored[${i}].${field}`, `expected a whole score from 1 to 9, got ${describeValue(v)}`);
  return 0;
}

/** Rules as a flat array of 7 numbers each: rule index, then r, f, m as [lo, hi]. */
export function readRules(rules: unknown, issues: IssueList): Float64Array {
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
