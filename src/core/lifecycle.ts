import { describeValue } from './errors.js';
import { IssueList } from './internal/issues.js';
import { readDay, readHistory } from './internal/lifecycle-history.js';
import { readSettings } from './internal/lifecycle-segment.js';
import type { LifecycleInput, LifecycleOptions, LifecycleResult } from './lifecycle-types.js';

export * from './lifecycle-types.js';

// Nine lifecycle segments from purchase history (domain.md, "Lifecycle, 9 segments"), the
// Loginom "repeat sales" method. Built for a million clients with ten purchases each: one
// pass reads and nets the purchases into small reusable typed arrays, gaps go into an
// integer histogram (their median needs no sort), and the result objects are made on the
// way; only clients with one purchase wait for the median of all gaps
// (internal/lifecycle-history.ts and internal/lifecycle-segment.ts). The segments, options
// and result types are in lifecycle-types.ts.

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
  const result = readHistory(clients, asOf, settings, issues);
  issues.throwIfAny();
  return result;
}
