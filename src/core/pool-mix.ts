import { describeValue } from './errors.js';
import { compareNullLast } from './internal/compare.js';
import { IssueList } from './internal/issues.js';
import { EPSILON } from './numbers.js';

// The colour mix of a traffic-light pool: counts, shares, the target and the deviation
// from it, in total and per owner. Split from traffic-light.ts, which re-exports the
// public names; the helpers marked @internal are shared by the two files only.

/**
 * The three traffic-light colours, worst first.
 *
 * @example TRAFFIC_COLORS.green // 'green'
 */
export const TRAFFIC_COLORS = { red: 'red', yellow: 'yellow', green: 'green' } as const;

/** A traffic-light colour: `'red' | 'yellow' | 'green'`. */
export type TrafficColor = (typeof TRAFFIC_COLORS)[keyof typeof TRAFFIC_COLORS];

/** Colour indices for counting, worst first. @internal */
export const RED = 0;
/** @internal */
export const YELLOW = 1;
/** @internal */
export const GREEN = 2;
/** The colour of each index. @internal */
export const COLOR_NAMES: readonly TrafficColor[] = [
  TRAFFIC_COLORS.red,
  TRAFFIC_COLORS.yellow,
  TRAFFIC_COLORS.green,
];

/**
 * The target share of each colour in a pool, as fractions.
 *
 * @example { red: 0.05, yellow: 0.15, green: 0.8 }
 */
export interface TrafficTarget {
  /** Largest acceptable share of red clients. @example 0.05 */
  red: number;
  /** Expected share of yellow clients (only reported as a deviation). @example 0.15 */
  yellow: number;
  /** Smallest acceptable share of green clients. @example 0.8 */
  green: number;
}

/**
 * The source standard's target: red 5%, yellow 15%, green 80%.
 *
 * @example poolMix(clients, DEFAULT_TRAFFIC_TARGET)
 */
export const DEFAULT_TRAFFIC_TARGET: Readonly<TrafficTarget> = Object.freeze({
  red: 0.05,
  yellow: 0.15,
  green: 0.8,
});

/**
 * One number (or `null`) per colour: shares, or deviations from the target.
 *
 * @example { red: 0.038, yellow: 0.203, green: 0.759 }
 */
export interface ColorShares {
  red: number | null;
  yellow: number | null;
  green: number | null;
}

/**
 * The colour mix of a set of clients.
 *
 * @example
 * { count: 133, red: 5, yellow: 27, green: 101,
 *   shares: { red: 0.0376, yellow: 0.2030, green: 0.7594 },
 *   meetsTarget: false, deviation: { red: -0.0124, yellow: 0.0530, green: -0.0406 } }
 */
export interface PoolMix {
  /** Number of clients. */
  count: number;
  /** Number of red clients. */
  red: number;
  /** Number of yellow clients. */
  yellow: number;
  /** Number of green clients. */
  green: number;
  /** Count / pool size per colour; all `null` for an empty pool (0/0). */
  shares: ColorShares;
  /**
   * Red share <= target.red and green share >= target.green (tolerance 1e-9);
   * `null` for an empty pool.
   */
  meetsTarget: boolean | null;
  /** Share - target per colour (negative: below the target); `null` for an empty pool. */
  deviation: ColorShares;
}

/**
 * The mix of one owner's clients.
 *
 * @example { owner: 'НОИО 1', count: 133, red: 5, yellow: 27, green: 101, ... }
 */
export interface OwnerPoolMix extends PoolMix {
  /** The owner, or `null` for clients without one. */
  owner: string | null;
}

/**
 * The mix in total and per owner, with the target it was measured against.
 *
 * @example poolMix(clients).owners[0].meetsTarget
 */
export interface PoolMixResult {
  /** The whole pool. */
  total: PoolMix;
  /** One entry per owner, sorted by owner (code-point order), clients without owner last. */
  owners: OwnerPoolMix[];
  /** The target used (defaults filled in). */
  target: TrafficTarget;
}

/**
 * A client as {@link poolMix} reads it: its colour and owner. The clients of a
 * `scoreTrafficLights` result fit as they are.
 *
 * @example { color: 'green', owner: 'Сотрудник 1' }
 */
export interface PoolMixClient {
  /** The client's colour. */
  color: TrafficColor;
  /** The client's owner (a number is read as its string); missing or `null`: no owner. */
  owner?: string | number | null;
}

/**
 * Counts and shares of red, yellow and green clients, in total and per owner, compared
 * with a target. Shares of an empty pool are `null` (0/0), never 0.
 *
 * @param clients - Clients with a colour and an optional owner.
 * @param target - Target shares; missing colours take the default red 0.05, yellow 0.15,
 *   green 0.8. Each must be within 0..1.
 * @throws {PulseDataError} listing every bad client colour or owner and bad target value.
 *
 * @example
 * const mix = poolMix([{ color: 'green', owner: 'A' }, { color: 'red', owner: 'A' }]);
 * mix.total.shares // { red: 0.5, yellow: 0, green: 0.5 }
 * mix.total.meetsTarget // false
 * @example
 * poolMix([]).total.shares // { red: null, yellow: null, green: null }
 */
export function poolMix(
  clients: readonly PoolMixClient[],
  target?: Partial<TrafficTarget> | null,
): PoolMixResult {
  const issues = new IssueList();
  const goal = readTarget(target, 'target', issues);
  const tally = new MixTally();
  if (!Array.isArray(clients)) {
    issues.add('clients', `expected an array, got ${describeValue(clients)}`);
  } else {
    for (let i = 0; i < clients.length && !issues.full; i++) {
      const client = clients[i] as unknown;
      if (client === null || typeof client !== 'object') {
        issues.add(`clients[${i}]`, `expected an object, got ${describeValue(client)}`);
        continue;
      }
      const { color, owner } = client as Record<string, unknown>;
      const ownerKey = readOwner(owner, i, issues);
      const index = COLOR_NAMES.indexOf(color as TrafficColor);
      if (index < 0) {
        issues.add(
          `clients[${i}].color`,
          `expected one of 'red', 'yellow', 'green', got ${describeValue(color)}`,
        );
      } else if (ownerKey !== undefined) {
        tally.add(ownerKey, index);
      }
    }
  }
  issues.throwIfAny();
  return tally.result(goal);
}

/**
 * The owner of `clients[i]` as a string, `null` for none, `undefined` (and an issue) when
 * invalid. The path is built only for an issue: this runs once per client. @internal
 */
export function readOwner(owner: unknown, i: number, issues: IssueList): string | null | undefined {
  if (typeof owner === 'string') return owner;
  if (owner === undefined || owner === null) return null;
  if (typeof owner === 'number' && Number.isFinite(owner)) return String(owner);
  issues.add(`clients[${i}].owner`, `expected a string or a number, got ${describeValue(owner)}`);
  return undefined;
}

/** Reads a target, filling in defaults; each share within 0..1. @internal */
export function readTarget(target: unknown, path: string, issues: IssueList): TrafficTarget {
  const out: TrafficTarget = { ...DEFAULT_TRAFFIC_TARGET };
  if (target === undefined || target === null) return out;
  if (typeof target !== 'object' || Array.isArray(target)) {
    issues.add(path, `expected an object {red, yellow, green}, got ${describeValue(target)}`);
    return out;
  }
  for (const color of COLOR_NAMES) {
    const v = (target as Record<string, unknown>)[color];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) {
      issues.add(`${path}.${color}`, `expected a share from 0 to 1, got ${describeValue(v)}`);
    } else {
      out[color] = v;
    }
  }
  return out;
}

/** Clients per colour index: [red, yellow, green]. */
type Counts = [number, number, number];

/** Counts colours per owner in one pass; builds the mixes at the end. @internal */
export class MixTally {
  private readonly total: Counts = [0, 0, 0];
  private readonly byOwner = new Map<string | null, Counts>();
  // The first owners met, scanned before the map: a pool has a handful of owners, and
  // comparing a few strings is cheaper than a hash lookup per client.
  private readonly recent: (string | null)[] = [];
  private readonly recentCounts: Counts[] = [];

  /** Counts one client: its owner and colour index (RED, YELLOW, GREEN). */
  add(owner: string | null, color: number): void {
    this.total[color]++;
    const recent = this.recent;
    for (let j = 0; j < recent.length; j++) {
      if (recent[j] === owner) {
        this.recentCounts[j][color]++;
        return;
      }
    }
    let counts = this.byOwner.get(owner);
    if (!counts) {
      counts = [0, 0, 0];
      this.byOwner.set(owner, counts);
      if (recent.length < 16) {
        recent.push(owner);
        this.recentCounts.push(counts);
      }
    }
    counts[color]++;
  }

  result(target: TrafficTarget): PoolMixResult {
    // Code-point order, no owner last: deterministic on every machine; a widget re-sorts
    // with Intl.Collator for display.
    const keys = [...this.byOwner.keys()].sort(compareNullLast);
    return {
      total: mixOf(this.total, target),
      owners: keys.map((owner) => ({ owner, ...mixOf(this.byOwner.get(owner)!, target) })),
      target: { ...target },
    };
  }
}

function mixOf([r, y, g]: Counts, target: TrafficTarget): PoolMix {
  const count = r + y + g;
  if (count === 0) {
    const none = (): ColorShares => ({ red: null, yellow: null, green: null });
    return { count, red: r, yellow: y, green: g, shares: none(), meetsTarget: null, deviation: none() };
  }
  const red = r / count;
  const yellow = y / count;
  const green = g / count;
  return {
    count,
    red: r,
    yellow: y,
    green: g,
    shares: { red, yellow, green },
    meetsTarget: red <= target.red + EPSILON && green >= target.green - EPSILON,
    deviation: { red: red - target.red, yellow: yellow - target.yellow, green: green - target.green },
  };
}
