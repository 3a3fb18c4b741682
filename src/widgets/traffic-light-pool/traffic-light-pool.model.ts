import { numberOption } from '../../core/options.js';
import {
  scoreTrafficLights,
  type OwnerPoolMix,
  type PoolMix,
  type TrafficColor,
  type TrafficLightClientResult,
  type TrafficTarget,
  type TrafficThresholds,
} from '../../core/traffic-light.js';
import type { Formatter } from '../../shared/format.js';
import type { PoolIndicatorInput, TrafficLightPoolInput } from './traffic-light-pool.schema.js';

// Pure helpers of <pulse-traffic-light-pool>: the core's result joined with the raw input,
// owner grouping, filters and table sorting. No DOM.

/** Options of `<pulse-traffic-light-pool>`. */
export interface TrafficLightPoolOptions {
  /** Days ahead of `asOf` in which an expiry counts as "soon". Default 30. */
  soonDays?: number;
  /** Divide each score by the sum of the weights (scores 0..1). Default false. */
  normalize?: boolean;
  /**
   * Most individual lights drawn at once. Above it the pool is shown as per-owner bars
   * (choose an owner to see its lights), and one owner's lights come in pages of this size.
   * Default 600.
   */
  maxLights?: number;
  /** Rows per page of the table view. Default 50. */
  pageSize?: number;
}

/** A scored client joined with its raw input. */
export interface PoolClient extends TrafficLightClientResult {
  /** Position in the input. */
  index: number;
  /** Raw values as validated (numbers or `null`). */
  values: Record<string, number | null>;
  /** Expiry dates as sent, by indicator key. */
  expires: Record<string, string | null> | null;
}

/** What the element computes from its input. */
export interface TrafficLightPoolResult {
  asOf: string | null;
  indicators: PoolIndicatorInput[];
  clients: PoolClient[];
  total: PoolMix;
  /** Per-owner mixes in display order (numeric-aware, clients without owner last). */
  owners: OwnerPoolMix[];
  target: TrafficTarget;
  thresholds: TrafficThresholds;
  weightSum: number;
  normalize: boolean;
  soonDays: number;
  maxLights: number;
  pageSize: number;
}

/** Colours worst first. */
export const COLORS: readonly TrafficColor[] = ['red', 'yellow', 'green'];
const RANK: Record<TrafficColor, number> = { red: 0, yellow: 1, green: 2 };

const collator = new Intl.Collator(['ru', 'en'], { numeric: true, sensitivity: 'base' });

/** Owners in display order: "Сотрудник 2" before "Сотрудник 10"; no owner last. */
export function compareOwners(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return collator.compare(a, b) || (a < b ? -1 : 1);
}

/**
 * Scores the pool with the core and joins each result with its raw values.
 *
 * @throws {PulseDataError} for bad options or input the core refuses.
 */
export function buildPool(
  input: TrafficLightPoolInput,
  options: TrafficLightPoolOptions = {},
): TrafficLightPoolResult {
  const maxLights = numberOption(options, 'maxLights', 600, { min: 1, integer: true });
  const pageSize = numberOption(options, 'pageSize', 50, { min: 1, integer: true });
  const soonDays = numberOption(options, 'soonDays', 30, { min: 0, integer: true });
  const normalize = options.normalize === true;
  const scored = scoreTrafficLights(
    {
      asOf: input.asOf,
      indicators: input.indicators,
      thresholds: input.thresholds,
      target: input.target,
      clients: input.clients,
    },
    { soonDays, normalize: options.normalize },
  );
  // The input is validated, so the core kept every client, in input order. The core's
  // results are read, never edited (it shares frozen `earned` records between clients).
  const clients = scored.clients.map((c, i): PoolClient => {
    const raw = input.clients[i];
    return { ...c, index: i, values: raw.values, expires: raw.expires ?? null };
  });
  return {
    asOf: input.asOf ?? null,
    indicators: input.indicators,
    clients,
    total: scored.mix.total,
    owners: scored.mix.owners.slice().sort((a, b) => compareOwners(a.owner, b.owner)),
    target: scored.mix.target,
    thresholds: scored.thresholds,
    weightSum: scored.weightSum,
    normalize,
    soonDays,
    maxLights,
    pageSize,
  };
}

/** Which clients are shown: a set of colours (empty: all) and one owner (or all). */
export interface PoolFilter {
  colors: ReadonlySet<TrafficColor>;
  /** `undefined`: every owner; `null`: the clients without owner. */
  owner?: string | null;
}

export function filterClients(clients: readonly PoolClient[], filter: PoolFilter): PoolClient[] {
  const anyColor = filter.colors.size === 0;
  const anyOwner = filter.owner === undefined;
  if (anyColor && anyOwner) return clients.slice();
  return clients.filter(
    (c) => (anyColor || filter.colors.has(c.color)) && (anyOwner || c.owner === filter.owner),
  );
}

/** Lights order inside an owner: worst colour first, then lowest score, then name, then id. */
export function compareForLights(a: PoolClient, b: PoolClient): number {
  return (
    RANK[a.color] - RANK[b.color] ||
    a.score - b.score ||
    collator.compare(a.name ?? '', b.name ?? '') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** One owner's lights. */
export interface OwnerGroup {
  owner: string | null;
  clients: PoolClient[];
  /** Index of the group's first client in the flat order of all shown lights. */
  start: number;
}

/**
 * Groups clients by owner (display order) and, unless `sorted` is false (per-owner bars
 * need only the counts), sorts each group for the lights.
 */
export function groupByOwner(clients: readonly PoolClient[], sorted = true): OwnerGroup[] {
  const map = new Map<string | null, PoolClient[]>();
  for (const c of clients) {
    const list = map.get(c.owner);
    if (list) list.push(c);
    else map.set(c.owner, [c]);
  }
  let start = 0;
  return [...map.keys()].sort(compareOwners).map((owner) => {
    const list = map.get(owner)!;
    if (sorted) list.sort(compareForLights);
    const group = { owner, clients: list, start };
    start += list.length;
    return group;
  });
}

/** Per-colour counts of a list of clients. */
export function countColors(clients: readonly PoolClient[]): Record<TrafficColor, number> {
  const out = { red: 0, yellow: 0, green: 0 };
  for (const c of clients) out[c.color]++;
  return out;
}

/** A sortable column of the table: fixed columns, or `value:<key>` / `earned:<key>`. */
export type SortKey = 'name' | 'owner' | 'score' | 'color' | 'soon' | `value:${string}` | `earned:${string}`;

export interface TableSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

function sortValue(c: PoolClient, key: SortKey): string | number | null {
  switch (key) {
    case 'name':
      return c.name;
    case 'owner':
      return c.owner;
    case 'score':
      return c.score;
    case 'color':
      return RANK[c.color] + c.score / 1e6;
    case 'soon':
      return c.expiresSoon ? c.expiresSoon.keys.length : null;
    default:
      if (key.startsWith('value:')) return c.values[key.slice(6)] ?? null;
      return c.earned[key.slice(7)] ?? null;
  }
}

/** Sorts rows by a column; empty values last in both directions, ties in input order. */
export function sortRows(clients: readonly PoolClient[], sort?: TableSort): PoolClient[] {
  const rows = clients.slice();
  if (!sort) return rows.sort((a, b) => a.index - b.index);
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = rows.map((c) => ({ c, v: sortValue(c, sort.key) }));
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? a.c.index - b.c.index : a.v === null ? 1 : -1;
    const d =
      typeof a.v === 'number' && typeof b.v === 'number'
        ? a.v - b.v
        : sort.key === 'owner'
          ? compareOwners(String(a.v), String(b.v))
          : collator.compare(String(a.v), String(b.v));
    return d * sign || a.c.index - b.c.index;
  });
  return keyed.map((k) => k.c);
}

/** The rule of an indicator in words: `≥ 100`, `≤ 0`, `1 … 5`, `≥ 50: 50 %; ≥ 100: 100 %`. */
export function ruleText(rule: PoolIndicatorInput['rule'], f: Formatter, any: string): string {
  if (Array.isArray(rule)) {
    return rule
      .slice()
      .sort((a, b) => a.min - b.min)
      .map((s) => `≥ ${f.count(s.min, 2)}: ${f.percent(s.earn, 0)}`)
      .join('; ');
  }
  const { min, max } = rule as { min?: number | null; max?: number | null };
  const hasMin = typeof min === 'number';
  const hasMax = typeof max === 'number';
  if (hasMin && hasMax)
    return min === max ? `= ${f.count(min, 2)}` : `${f.count(min, 2)} … ${f.count(max, 2)}`;
  if (hasMin) return `≥ ${f.count(min, 2)}`;
  if (hasMax) return `≤ ${f.count(max, 2)}`;
  return any;
}

/** Ids of one owner's clients under a colour filter (empty set: every colour). */
export function ownerIds(
  clients: readonly PoolClient[],
  owner: string | null,
  colors: ReadonlySet<TrafficColor>,
): string[] {
  const out: string[] = [];
  for (const c of clients)
    if (c.owner === owner && (colors.size === 0 || colors.has(c.color))) out.push(c.id);
  return out;
}
