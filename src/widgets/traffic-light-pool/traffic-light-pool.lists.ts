import type { TrafficColor } from '../../core/traffic-light.js';
import {
  filterClients,
  groupByOwner,
  sortRows,
  type OwnerGroup,
  type PoolClient,
  type TableSort,
  type TrafficLightPoolResult,
} from './traffic-light-pool.model.js';

/** What the shown lists depend on. */
export interface ListsInput {
  result?: TrafficLightPoolResult;
  colors: ReadonlySet<TrafficColor>;
  /** The chosen owner; `undefined`: all owners. */
  owner?: { value: string | null };
  sort?: TableSort;
}

/**
 * The shown clients of the pool: filtered, grouped by owner for the lights, sorted for the
 * table. Rebuilt only when an input changed (by identity), and the table order only when
 * the table asks for it, so a hover or a focus change costs nothing.
 */
export class PoolLists {
  /** Clients of the chosen owner (all without one), before the colour filter. */
  scope: PoolClient[] = [];
  /** Clients that pass both filters. */
  visible: PoolClient[] = [];
  /** Visible clients by owner; sorted for the lights unless the pool is aggregated. */
  groups: OwnerGroup[] = [];
  /** The lights in drawing order. */
  flat: PoolClient[] = [];
  /** Too many clients for lights with no owner chosen: per-owner bars instead. */
  aggregated = false;

  private sorted?: PoolClient[];
  private sort?: TableSort;
  private from: unknown[] = [];
  private counted?: { scope: PoolClient[]; counts: Record<TrafficColor, number> };

  update({ result, colors, owner, sort }: ListsInput): void {
    const deps = [result, colors, owner, sort];
    if (deps.every((d, i) => d === this.from[i])) return;
    this.from = deps;
    this.sort = sort;
    this.sorted = undefined;
    this.scope = !result
      ? []
      : owner === undefined
        ? result.clients
        : result.clients.filter((c) => c.owner === owner.value);
    this.visible = filterClients(this.scope, { colors });
    this.aggregated = owner === undefined && this.visible.length > (result?.maxLights ?? Infinity);
    // Bars need counts only: the lights order is sorted when lights are drawn.
    this.groups = groupByOwner(this.visible, !this.aggregated);
    this.flat = this.groups.flatMap((g) => g.clients);
  }

  /** The table's rows in the chosen order (input order by default). */
  get rows(): PoolClient[] {
    return (this.sorted ??= sortRows(this.visible, this.sort));
  }

  /** Per-colour counts of the chosen owner's clients, for the colour filter. */
  scopeCounts(): Record<TrafficColor, number> {
    // Counted once per scope, not on every render (50 000 clients are a loop worth keeping).
    if (this.counted?.scope !== this.scope) {
      const counts = { red: 0, yellow: 0, green: 0 };
      for (const c of this.scope) counts[c.color]++;
      this.counted = { scope: this.scope, counts };
    }
    return { ...this.counted.counts };
  }
}
