import { describeValue, fail, PulseDataError, type PulseIssue } from '../../core/errors.js';
import {
  lifecycleSegments,
  type LifecycleClientResult,
  type LifecycleOptions,
  type LifecycleSegmentNumber,
} from '../../core/lifecycle.js';
import { formatIsoDate, parseDate, type DayNumber } from '../../core/dates.js';
import { numberOption } from '../../core/options.js';
import type { LifecycleGridSegment } from './lifecycle-grid.events.js';
import type { LifecycleGridInput } from './lifecycle-grid.schema.js';
import type { LifecycleStrategy } from './lifecycle-grid.strategies.js';

// Pure helpers between the core's result and the template: the two input forms brought to
// one shape, the per-owner view (counts recounted over the owner's clients, never a new
// core run, so a client's rhythm does not change with the filter), and the client list.

/** Options of `<pulse-lifecycle-grid>`: the core's thresholds plus display settings. */
export interface LifecycleGridOptions extends LifecycleOptions {
  /**
   * A client that falls to the next worse state within this many days is marked "soon".
   * Default 7.
   */
  soonDays?: number;
  /** Decimals of the shares. Default 2 (`6,67 %`, as in the source). */
  decimals?: number;
  /**
   * Response strategy per cell, replacing the default text: keys `1`..`9` and `potential`,
   * values a string or `{mail, call, offer}`.
   *
   * @example { strategies: { 6: { call: 'Звонок руководителя отдела в течение дня' }, 7: 'Не трогать' } }
   */
  strategies?: Partial<Record<LifecycleGridSegment, string | LifecycleStrategy>>;
}

/** One cell's figures before the owner filter. */
export interface BaseCell {
  count: number;
  /** `null` when a precomputed input gave the count only. */
  ids: string[] | null;
}

/** What the element computes from its input. */
export interface LifecycleGridResult {
  /** `YYYY-MM-DD` of the analysis date; `null` when a precomputed input has none. */
  asOf: string | null;
  /** The analysis date as a day number (for formatting); `null` with `asOf`. */
  asOfDay: DayNumber | null;
  /** Counts came from the host (`{segments}`), not from purchase histories. */
  precomputed: boolean;
  /** Segments 1..9 at indices 0..8. */
  cells: BaseCell[];
  potential: BaseCell;
  /** Every client with its segment (clients form only). */
  clients: LifecycleClientResult[] | null;
  soonDays: number;
  decimals: number;
}

/** One cell as shown, after the owner filter. */
export interface GridCell {
  segment: LifecycleGridSegment;
  count: number;
  /** count / clients in the nine cells (potential excluded); `null` when there are none. */
  share: number | null;
  ids: string[] | null;
  /** Clients that fall to the next state within `soonDays` (0 for a precomputed input). */
  soon: number;
}

/** The grid as shown. */
export interface GridView {
  cells: GridCell[];
  potential: GridCell;
  /** Clients in the nine cells: the denominator of the shares. */
  counted: number;
}

const CORE_OPTIONS = [
  'regularFrom',
  'defaultCycleDays',
  'minCycleDays',
  'fallingAsleepFactor',
  'asleepFactor',
] as const;
/** The cells in grid order, for validation of keys. */
export const SEGMENT_KEYS: readonly LifecycleGridSegment[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 'potential'];

/** Runs the core (clients form) or checks and normalises precomputed counts. */
export function computeGrid(
  input: LifecycleGridInput,
  options: LifecycleGridOptions = {},
): LifecycleGridResult {
  const soonDays = numberOption(options, 'soonDays', 7, { min: 0 });
  const decimals = numberOption(options, 'decimals', 2, { min: 0, max: 6, integer: true });
  readStrategies(options);
  if (input.clients) {
    const core: LifecycleOptions = {};
    for (const key of CORE_OPTIONS) if (options[key] !== undefined) core[key] = options[key];
    const r = lifecycleSegments({ asOf: input.asOf as string, clients: input.clients }, core);
    return {
      asOf: r.asOf,
      asOfDay: parseDate(r.asOf),
      precomputed: false,
      cells: r.segments.map((s) => ({ count: s.count, ids: s.ids })),
      potential: { count: r.potential.count, ids: r.potential.ids },
      clients: r.clients,
      soonDays,
      decimals,
    };
  }
  const cells: BaseCell[] = Array.from({ length: 9 }, () => ({ count: 0, ids: [] }));
  let potential: BaseCell = input.potential
    ? { count: input.potential.count, ids: input.potential.ids ?? null }
    : { count: 0, ids: [] };
  const seen = new Map<number | string, number>();
  const issues: PulseIssue[] = [];
  if (input.potential) {
    seen.set('potential', -1);
    if (input.potential.ids && input.potential.ids.length !== input.potential.count) {
      issues.push({
        path: 'potential.ids',
        message: countMismatch(input.potential.ids.length, input.potential.count),
      });
    }
  }
  (input.segments ?? []).forEach((s, i) => {
    const before = seen.get(s.segment);
    if (before !== undefined) {
      const where = before < 0 ? 'potential' : `segments[${before}]`;
      issues.push({
        path: `segments[${i}].segment`,
        message: `duplicate segment ${JSON.stringify(s.segment)}, also at ${where}`,
      });
      return;
    }
    seen.set(s.segment, i);
    if (s.ids && s.ids.length !== s.count) {
      issues.push({ path: `segments[${i}].ids`, message: countMismatch(s.ids.length, s.count) });
    }
    const cell = { count: s.count, ids: s.ids ?? null };
    if (s.segment === 'potential') potential = cell;
    else cells[s.segment - 1] = cell;
  });
  if (issues.length > 0) throw new PulseDataError(issues);
  // A cell the host left out has no clients; it is not "unknown".
  const asOf = input.asOf === undefined ? null : parseDate(input.asOf, 'asOf');
  return {
    asOf: asOf === null ? null : formatIsoDate(asOf),
    asOfDay: asOf,
    precomputed: true,
    cells,
    potential,
    clients: null,
    soonDays,
    decimals,
  };
}

function countMismatch(ids: number, count: number): string {
  return `expected ${count} id(s) to match count, got ${ids}`;
}

/** Checks `options.strategies`; the defaults are used for keys it leaves out. */
function readStrategies(options: LifecycleGridOptions): void {
  const map: unknown = options.strategies;
  if (map === undefined) return;
  if (map === null || typeof map !== 'object' || Array.isArray(map)) {
    fail('options.strategies', `expected an object keyed by 1..9 or "potential", got ${describeValue(map)}`);
  }
  for (const key of Object.keys(map)) {
    const path = `options.strategies.${key}`;
    if (!SEGMENT_KEYS.map(String).includes(key)) fail(path, 'expected a key 1..9 or "potential"');
    const v: unknown = (map as Record<string, unknown>)[key];
    if (typeof v === 'string') continue;
    if (v === null || typeof v !== 'object' || Array.isArray(v))
      fail(path, `expected a string or {mail, call, offer}, got ${describeValue(v)}`);
    for (const part of Object.keys(v)) {
      const text: unknown = (v as Record<string, unknown>)[part];
      if (!['mail', 'call', 'offer'].includes(part)) fail(`${path}.${part}`, 'expected mail, call or offer');
      if (typeof text !== 'string') fail(`${path}.${part}`, `expected a string, got ${describeValue(text)}`);
    }
  }
}

/** The host's strategy for a cell, if it gave one (own keys only: no prototype lookups). */
export function hostStrategy(
  options: LifecycleGridOptions | undefined,
  segment: LifecycleGridSegment,
): string | LifecycleStrategy | undefined {
  const map = options?.strategies;
  if (!map || !Object.prototype.hasOwnProperty.call(map, String(segment))) return undefined;
  return (map as Record<string, string | LifecycleStrategy>)[String(segment)];
}

/** The owners of the clients, sorted (Russian collation); `null` stands for "no owner". */
export function ownersOf(result: LifecycleGridResult): (string | null)[] {
  if (!result.clients) return [];
  const set = new Set<string | null>();
  for (const c of result.clients) set.add(c.owner);
  const named = [...set].filter((o): o is string => o !== null).sort((a, b) => a.localeCompare(b, 'ru'));
  return set.has(null) ? [...named, null] : named;
}

/** True when the client falls to the next worse state within `soonDays`. */
export function isSoon(client: LifecycleClientResult, soonDays: number): boolean {
  return client.daysToNextState !== null && client.daysToNextState <= soonDays;
}

/** The segment a client of this segment falls to when it buys nothing: 1..6 → +3, else none. */
export function nextSegment(segment: LifecycleSegmentNumber): LifecycleSegmentNumber | null {
  return segment <= 6 ? ((segment + 3) as LifecycleSegmentNumber) : null;
}

/** The grid as shown: all clients (`owner === undefined`) or one owner's (`null`: no owner). */
export function gridView(result: LifecycleGridResult, owner?: string | null): GridView {
  let cells: BaseCell[] = result.cells;
  let potential = result.potential;
  const soon = new Array<number>(9).fill(0);
  if (result.clients) {
    const filtered = owner !== undefined;
    if (filtered) {
      cells = Array.from({ length: 9 }, () => ({ count: 0, ids: [] as string[] }));
      potential = { count: 0, ids: [] };
    }
    for (const c of result.clients) {
      if (filtered && c.owner !== owner) continue;
      const cell = c.segment === null ? potential : cells[c.segment - 1];
      if (filtered) {
        cell.count++;
        cell.ids!.push(c.id);
      }
      if (c.segment !== null && isSoon(c, result.soonDays)) soon[c.segment - 1]++;
    }
  }
  const counted = cells.reduce((sum, c) => sum + c.count, 0);
  const share = (n: number) => (counted > 0 ? n / counted : null);
  return {
    cells: cells.map((c, i) => ({
      segment: (i + 1) as LifecycleSegmentNumber,
      count: c.count,
      share: share(c.count),
      ids: c.ids,
      soon: soon[i],
    })),
    potential: { segment: 'potential', count: potential.count, share: null, ids: potential.ids, soon: 0 },
    counted,
  };
}

/**
 * The clients of a cell for its list, the most urgent first: days to the next state
 * ascending (none last), then the latest purchase, then name and id. `null` for a
 * precomputed input (it has ids at most).
 */
export function clientRows(
  result: LifecycleGridResult,
  segment: LifecycleGridSegment,
  owner?: string | null,
): LifecycleClientResult[] | null {
  if (!result.clients) return null;
  // Memoised per result: a cell of 20 000 clients is sorted once, not on every render.
  const memo = clientRowsMemo.get(result) ?? new Map<string, LifecycleClientResult[]>();
  clientRowsMemo.set(result, memo);
  const memoKey = `${segment}\u0000${owner === undefined ? '\u0001' : (owner ?? '\u0002')}`;
  const known = memo.get(memoKey);
  if (known) return known;
  const key = segment === 'potential' ? null : segment;
  const rows = result.clients.filter((c) => c.segment === key && (owner === undefined || c.owner === owner));
  rows.sort(
    (a, b) =>
      (a.daysToNextState ?? Infinity) - (b.daysToNextState ?? Infinity) ||
      compareText(b.lastPurchase ?? '', a.lastPurchase ?? '') ||
      byName.compare(a.name ?? '', b.name ?? '') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  memo.set(memoKey, rows);
  return rows;
}

const clientRowsMemo = new WeakMap<LifecycleGridResult, Map<string, LifecycleClientResult[]>>();

/**
 * The order of every cell's client list (all owners), as positions in `result.clients`:
 * computed where the result is (a worker), so the page need not sort 20 000 clients when
 * a cell is opened. {@link useClientOrders} gives them back to {@link clientRows}.
 */
export function clientOrders(result: LifecycleGridResult): Record<string, number[]> | null {
  if (!result.clients) return null;
  const position = new Map(result.clients.map((c, i) => [c, i]));
  const orders: Record<string, number[]> = {};
  for (const segment of SEGMENT_KEYS) {
    orders[String(segment)] = (clientRows(result, segment) ?? []).map((c) => position.get(c) as number);
  }
  return orders;
}

/** Lets {@link clientRows} answer from orders made by {@link clientOrders} for this result. */
export function useClientOrders(result: LifecycleGridResult, orders: Record<string, number[]> | null): void {
  if (!orders || !result.clients) return;
  const clients = result.clients;
  const memo = new Map<string, LifecycleClientResult[]>();
  for (const segment of SEGMENT_KEYS) {
    const order = orders[String(segment)];
    if (order)
      memo.set(
        `${segment}\u0000\u0001`,
        order.map((i) => clients[i]),
      );
  }
  clientRowsMemo.set(result, memo);
}
/** One collator for every comparison (`localeCompare(x, 'ru')` builds one per call). */
const byName = new Intl.Collator('ru');
/** ISO dates compare as plain strings. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
