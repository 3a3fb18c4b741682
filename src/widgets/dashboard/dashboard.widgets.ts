import { filterByClients, filterByOwner, ownersIn, type WidgetType } from '../../core/filter.js';
import type { PulseLoader } from '../../shared/data-source.js';
import type { PulseTheme } from '../../shared/pulse-element.js';
import type { DashboardWidgetElement } from './dashboard.frame.js';
import type { DashboardWidget, DashboardWidgetConfig } from './dashboard.schema.js';

/**
 * A host callback that loads the input of a config widget with a `src`, for hosts that
 * fetch their own way (auth headers, a 1C HTTP service): it gets the widget's config.
 */
export type DashboardLoader = (widget: DashboardWidgetConfig, signal: AbortSignal) => Promise<unknown>;

/** What the dashboard keeps per config widget between renders. */
interface Slot {
  kind: WidgetType;
  el: DashboardWidgetElement;
  /** What was last given to the element, to set it again only when it changes. */
  key?: string;
  data?: unknown;
  owner?: string | null;
  clients?: readonly string[] | null;
  /** The last input loaded for `src` (unfiltered): the owner list and re-filtering read it. */
  raw?: unknown;
}

/** What a config widget is given beside its config. */
export interface SyncOptions {
  theme: PulseTheme;
  /** The owner filter for this widget (null: none). */
  owner: string | null;
  /** The client filter for this widget (null: none). */
  clients: readonly string[] | null;
  /** The dashboard's refresh interval (seconds). */
  refreshInterval?: number;
  loader?: DashboardLoader;
}

/** The input narrowed to the owner, then to the clients (each `null`: no filter). */
export function narrow(
  kind: WidgetType,
  data: unknown,
  owner: string | null,
  clients: readonly string[] | null,
): unknown {
  return filterByClients(kind, filterByOwner(kind, data, owner), clients);
}

let loaderIds = 0;
const loaderId = new WeakMap<object, number>();
const identity = (f: unknown): string => {
  if (typeof f !== 'function') return '-';
  let id = loaderId.get(f);
  if (id === undefined) loaderId.set(f, (id = ++loaderIds));
  return String(id);
};

async function fetchJson(src: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(src, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return response.json() as Promise<unknown>;
}

/**
 * The elements of the config widgets, one per config index, kept between renders: each is
 * created once per type and given its input (inline data, or a loader for `src`) filtered
 * by owner, only when something changed.
 */
export class ConfigWidgets {
  private readonly slots = new Map<number, Slot>();
  private readonly onLoaded: () => void;

  /** `onLoaded` runs when a `src` widget received new data (the owner list may change). */
  constructor(onLoaded: () => void) {
    this.onLoaded = onLoaded;
  }

  /** Creates or updates the element of a config widget; sets only what changed. */
  sync(w: DashboardWidget, o: SyncOptions): DashboardWidgetElement {
    let slot = this.slots.get(w.index);
    if (!slot || slot.kind !== w.kind) {
      slot?.el.remove();
      slot = { kind: w.kind, el: document.createElement(`pulse-${w.kind}`) as DashboardWidgetElement };
      this.slots.set(w.index, slot);
    }
    const { el } = slot;
    if (el.theme !== o.theme) el.theme = o.theme;
    if (el.options !== w.options) el.options = w.options;
    const { owner, clients } = o;
    if (w.src !== undefined) {
      const interval = w.refreshInterval ?? o.refreshInterval ?? 0;
      if (el.refreshInterval !== interval) el.refreshInterval = interval;
      const key = `src|${w.src}|${identity(o.loader)}`;
      if (slot.key !== key || slot.owner !== owner || slot.clients !== clients) {
        const reuse = slot.key === key;
        if (!reuse) slot.raw = undefined;
        slot.key = key;
        slot.owner = owner;
        slot.clients = clients;
        el.data = undefined;
        el.loader = this.loaderOf(slot, w, o, reuse);
      }
    } else {
      if (slot.key !== 'data' || slot.data !== w.data || slot.owner !== owner || slot.clients !== clients) {
        slot.key = 'data';
        slot.data = w.data;
        slot.owner = owner;
        slot.clients = clients;
        slot.raw = w.data;
        el.loader = undefined;
        if (el.refreshInterval !== 0) el.refreshInterval = 0;
        el.data = narrow(w.kind, w.data, owner, clients);
      }
    }
    return el;
  }

  /**
   * The loader of a `src` widget: fetches (or asks the host's `loader`), keeps the raw
   * input for the owner list, and hands the widget its owner's part. A new filter reuses the
   * raw input once instead of fetching again; refreshes and the timer fetch.
   */
  private loaderOf(slot: Slot, w: DashboardWidget, o: SyncOptions, reuse: boolean): PulseLoader {
    let cached = reuse && slot.raw !== undefined;
    const { loader: hostLoader, owner, clients } = o;
    const { kind, index, ...config } = w;
    return async (signal) => {
      let raw: unknown;
      if (cached) raw = slot.raw;
      else {
        raw = hostLoader ? await hostLoader(config, signal) : await fetchJson(w.src as string, signal);
        if (!signal.aborted && this.slots.get(index) === slot) {
          slot.raw = raw;
          this.onLoaded(); // the owner list may change
        }
      }
      cached = false;
      return narrow(kind, raw, owner, clients);
    };
  }

  /** Drops the elements of the indices not in `used` (all of them without `used`). */
  prune(used: ReadonlySet<number> = new Set()): void {
    for (const [index, slot] of this.slots) {
      if (!used.has(index)) {
        slot.el.remove();
        this.slots.delete(index);
      }
    }
  }

  /** The owners found in the widgets' unfiltered inputs. */
  owners(): string[] {
    const found = new Set<string>();
    for (const slot of this.slots.values()) for (const o of ownersIn(slot.kind, slot.raw)) found.add(o);
    return [...found];
  }
}
