import { describeValue, PulseDataError } from '../errors.js';
import { EPSILON } from '../numbers.js';
import { parseDate, type DayNumber } from '../dates.js';
import { cachedDayNumber } from './day-number.js';
import { checkId, readIds } from './ids.js';
import type { IssueList } from './issues.js';
import { medianOfHistogram, medianOfSmall } from './median.js';
import { readAmount, readText } from './read.js';
import { Segmenter, type Settings } from './lifecycle-segment.js';
import type { LifecycleResult } from '../lifecycle-types.js';

// lifecycleSegments in one pass: purchase histories read, validated and netted per date in
// small reusable typed arrays; each client's gaps between purchases give its own median,
// and all gaps go into one histogram for the median of all clients. The result objects
// are made on the way (internal/lifecycle-segment.ts).

/**
 * Reads, validates and nets the purchases of every client, and makes each client's result
 * as it goes (see {@link Segmenter}); the median of all clients' gaps comes from their
 * histogram at the end.
 */
export function readHistory(
  clients: readonly unknown[],
  asOf: number,
  settings: Settings,
  issues: IssueList,
): LifecycleResult {
  const n = clients.length;
  const { ids, duplicates } = readIds(clients);
  const out = new Segmenter(n, asOf, settings);
  // Scratch arrays reused by every client; they grow for a client with many purchases.
  // Days are int32, so they stay small integers (no boxed doubles) all the way.
  let days = new Int32Array(64);
  let amounts = new Float64Array(64);
  let bare = new Uint8Array(64);
  let kept = new Int32Array(64);
  let histogram: Uint32Array = new Uint32Array(4096);
  let gapCount = 0;
  // Date texts already parsed (see cachedDayNumber).
  const texts = new Array<string>(4096).fill('');
  const known = new Int32Array(4096);
  for (let i = 0; i < n && !issues.full; i++) {
    const client: unknown = clients[i];
    if (client === null || typeof client !== 'object') {
      issues.add(`clients[${i}]`, `expected an object with id and purchases, got ${describeValue(client)}`);
      continue;
    }
    const c = client as Record<string, unknown>;
    checkId(ids, duplicates, c.id, 'clients', i, issues);
    const name = readText(c.name, 'clients', i, 'name', issues);
    const owner = readText(c.owner, 'clients', i, 'owner', issues);
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
    // The usual list: date strings of an exact form, newest first, none after asOf. A tight
    // loop reads it; a list that is anything else is read again by the general loop below.
    let m = 0;
    for (let newer = asOf + 1; m < size; m++) {
      const p: unknown = list[m];
      if (typeof p !== 'string') break;
      const day = cachedDayNumber(p, texts, known);
      if (!(day < newer)) break; // NaN, not newest first, or after asOf
      days[m] = day;
      newer = day;
    }
    let ascending = true; // each day on or after the one before (read by the general loop)
    let descending = true; // each day before the one before: newest first, as exports list them
    let amounted = false; // some purchase has an amount (else netting only merges dates)
    if (m < size) {
      m = 0;
      for (let j = 0; j < size; j++) {
        const p: unknown = list[j];
        let day: DayNumber | null | undefined;
        let amount = 0;
        let isBare = 1;
        if (typeof p === 'string') {
          // The exact forms without the try/catch of readDay; anything else goes through it.
          day = cachedDayNumber(p, texts, known);
          if (day !== day) day = readDay(p, issues, i, j);
        } else if (p !== null && typeof p === 'object') {
          const { date, amount: a } = p as Record<string, unknown>;
          day = readDay(date, issues, i, j, true);
          if (a !== undefined && a !== null) {
            if (!amounted) {
              // The purchases before are bare dates, whose amounts and flags were not written.
              amounts.fill(0, 0, m);
              bare.fill(1, 0, m);
              amounted = true;
            }
            isBare = 0;
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
        if (amounted) {
          amounts[m] = amount;
          bare[m] = isBare;
        }
        m++;
      }
    }
    // The client's purchase days, distinct, oldest or newest first: `days` itself for bare
    // dates newest first (as exports list them; strictly descending, so distinct), else
    // the days kept in `kept`, oldest first.
    let from = days;
    let k = m;
    if (amounted || !descending) {
      from = kept;
      k = 0;
      if (!amounted) {
        if (!ascending) sortByDay(days, amounts, bare, m);
        // Bare dates only: each distinct date is a purchase.
        for (let j = 0; j < m; j++) if (k === 0 || days[j] !== kept[k - 1]) kept[k++] = days[j];
      } else {
        if (!ascending) {
          if (descending) reverse(days, amounts, bare, m);
          else sortByDay(days, amounts, bare, m);
        }
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
    }
    if (k === 0) {
      out.potential(i, ids[i], name, owner);
      continue;
    }
    const last = Math.max(from[0], from[k - 1]);
    if (k < 2) {
      out.wait(i, name, owner, last);
      continue;
    }
    // Gaps (their median does not need their order) into the histogram, and in place in
    // `kept` (its days are no longer needed).
    for (let j = 0; j < k - 1; j++) {
      const gap = Math.abs(from[j + 1] - from[j]);
      if (gap >= histogram.length) histogram = grown(histogram, gap);
      histogram[gap]++;
      kept[j] = gap;
    }
    gapCount += k - 1;
    out.client(i, ids[i], name, owner, k, last, medianOfSmall(kept, k - 1), true, 'own');
  }
  return out.finish(ids, medianOfHistogram(histogram, gapCount));
}

/** The histogram, grown to hold `gap`. */
function grown(histogram: Uint32Array, gap: number): Uint32Array {
  const larger = new Uint32Array(Math.max(gap + 1, histogram.length * 2));
  larger.set(histogram);
  return larger;
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
  j?: number,
  inObject?: boolean,
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
