import { describeValue, PulseDataError } from '../errors.js';
import { EPSILON } from '../numbers.js';
import { parseDate, type DayNumber } from '../dates.js';
import { fastDayNumber } from './day-number.js';
import { earlierDuplicates } from './duplicates.js';
import { checkId, idKeys } from './ids.js';
import type { IssueList } from './issues.js';
import { hasRepeat } from './key-table.js';
import { medianOfHistogram, medianOfSmall } from './median.js';
import { readAmount, readText } from './read.js';

// Pass 1 of lifecycleSegments: purchase histories read, validated and netted per date in
// small reusable typed arrays; each client's gaps between purchases give its own median,
// and all gaps go into one histogram for the median of all clients.

/** What pass 1 keeps per client. */
export interface History {
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
export function readHistory(clients: readonly unknown[], asOf: number, issues: IssueList): History {
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
  // Repeated ids are rare: a quick sort of their hashes says whether to name them.
  const duplicates = hasRepeat(h.ids) ? earlierDuplicates(h.ids) : null;
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
    h.names[i] = readText(c.name, 'clients', i, 'name', issues);
    h.owners[i] = readText(c.owner, 'clients', i, 'owner', issues);
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
    let ascending = true; // each day on or after the one before
    let descending = true; // each day before the one before: newest first, as exports list them
    let amounted = false; // some purchase has an amount (else netting only merges dates)
    for (let j = 0; j < size; j++) {
      const p: unknown = list[j];
      let day: DayNumber | null | undefined;
      let amount = 0;
      let isBare = 1;
      if (typeof p === 'string') {
        // The exact forms without the try/catch of readDay; anything else goes through it.
        day = fastDayNumber(p);
        if (day !== day) day = readDay(p, issues, i, j, false);
      } else if (p !== null && typeof p === 'object') {
        const { date, amount: a } = p as Record<string, unknown>;
        day = readDay(date, issues, i, j, true);
        if (a !== undefined && a !== null) {
          isBare = 0;
          amounted = true;
          amount =
            typeof a === 'number' && Number.isFinite(a)
              ? a
              : readAmount(a, `clients[${i}].purchases[${j}].amount`, issues);
        }
      } else {
        issues.add(
          `clients[${i}].purchases[${j}]`,
          `expected a date or {date, amount}, got ${describeValue(p)}`,
        );
        continue;
      }
      if (day === undefined || day === null || day > asOf) continue;
      if (m > 0) {
        if (day < days[m - 1]) ascending = false;
        // Strictly: reversing equal dates would change the order their amounts are summed in.
        if (day >= days[m - 1]) descending = false;
      }
      days[m] = day;
      amounts[m] = amount;
      bare[m] = isBare;
      m++;
    }
    if (!ascending) {
      if (descending) reverse(days, amounts, bare, m);
      else sortByDay(days, amounts, bare, m);
    }
    let k = 0;
    if (!amounted) {
      // Bare dates only: each distinct date is a purchase.
      for (let j = 0; j < m; j++) if (k === 0 || days[j] !== kept[k - 1]) kept[k++] = days[j];
    } else {
      // Net each date; keep it when a bare date is there or the sum is positive.
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

/** Reverses the first m purchases (newest first to oldest first). */
function reverse(days: Int32Array, amounts: Float64Array, bare: Uint8Array, m: number): void {
  for (let a = 0, b = m - 1; a < b; a++, b--) {
    const d = days[a];
    days[a] = days[b];
    days[b] = d;
    const x = amounts[a];
    amounts[a] = amounts[b];
    amounts[b] = x;
    const y = bare[a];
    bare[a] = bare[b];
    bare[b] = y;
  }
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

/**
 * A date by the input rules (`null` for the 1C empty date), or undefined after recording
 * the issue. Either `(value, issues, path)` or `(value, issues, client, purchase, isObject)`,
 * so the path is only built for a bad date.
 */
export function readDay(
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
