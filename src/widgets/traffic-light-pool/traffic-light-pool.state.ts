import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TrafficColor } from '../../core/traffic-light.js';
import {
  PulseClientSelectEvent,
  PulseColorSelectEvent,
  PulseOwnerSelectEvent,
} from './traffic-light-pool.events.js';
import { PoolLists } from './traffic-light-pool.lists.js';
import {
  ownerIds,
  type PoolClient,
  type SortKey,
  type TableSort,
  type TrafficLightPoolResult,
} from './traffic-light-pool.model.js';
import type { PoolView } from './traffic-light-pool.toolbar.js';

/** The composites with a roving Tab stop. */
export type Roving = 'lights' | 'mix' | 'bars' | 'rows';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

const NO_ACTIVE: Readonly<Record<Roving, number>> = { lights: -1, mix: -1, bars: -1, rows: -1 };

/**
 * What the user has chosen in <pulse-traffic-light-pool>: view, filters, the client, the
 * sort, the page, the roving Tab stops. Every change requests an update of the host; the
 * select events are fired here, so only user actions (which call these methods) fire them.
 */
export class PoolState implements ReactiveController {
  private readonly host: Host;
  result?: TrafficLightPoolResult;
  /** The view the user switched to (the host's `view` property until then). */
  shownView?: PoolView;
  colors: ReadonlySet<TrafficColor> = new Set();
  /** The chosen owner; `undefined`: all owners. */
  owner?: { value: string | null };
  selectedId?: string;
  active: Record<Roving, number> = { ...NO_ACTIVE };
  sort?: TableSort;
  page = 0;
  /** How many pages of maxLights lights of one owner are drawn. */
  lightPages = 1;
  tip?: { id: string; x: number; y: number };
  readonly lists = new PoolLists();
  private lookup?: Map<string, PoolClient>;
  /** The result's clients by id, built on first use (a lookup of 50 000 is not needed to draw). */
  get byId(): ReadonlyMap<string, PoolClient> {
    this.lookup ??= new Map(this.result ? this.result.clients.map((c) => [c.id, c]) : []);
    return this.lookup;
  }
  labels = new Map<string, string>();

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** A removed element keeps no tooltip open. */
  hostDisconnected(): void {
    this.tip = undefined;
  }

  /** Called in the host's willUpdate with the current result. */
  sync(result: TrafficLightPoolResult | undefined): void {
    if (result !== this.result) {
      this.result = result;
      this.lookup = undefined;
      this.labels = new Map(result ? result.indicators.map((i) => [i.key, i.label ?? i.key]) : []);
      if (this.selectedId !== undefined && !this.byId.has(this.selectedId)) this.selectedId = undefined;
      if (this.owner && !result?.owners.some((o) => o.owner === this.owner!.value)) this.owner = undefined;
      this.active = { ...NO_ACTIVE };
      this.resetPaging();
    }
    this.lists.update({ result, colors: this.colors, owner: this.owner, sort: this.sort });
  }

  private changed(): void {
    this.host.requestUpdate();
  }

  get selected(): PoolClient | undefined {
    return this.selectedId === undefined ? undefined : this.byId.get(this.selectedId);
  }

  selectClient(c: PoolClient): void {
    this.selectedId = c.id;
    this.changed();
    this.host.dispatchEvent(new PulseClientSelectEvent({ id: c.id }));
  }

  clearSelection(): void {
    this.selectedId = undefined;
    this.tip = undefined;
    this.changed();
  }

  chooseOwner(owner: string | null): void {
    if (!this.result) return;
    this.owner = { value: owner };
    this.resetPaging();
    this.host.dispatchEvent(
      new PulseOwnerSelectEvent({ owner, ids: ownerIds(this.result.clients, owner, this.colors) }),
    );
  }

  clearOwner(): void {
    this.owner = undefined;
    this.resetPaging();
  }

  toggleColor(color: TrafficColor): void {
    const next = new Set(this.colors);
    if (!next.delete(color)) next.add(color);
    this.colors = next;
    this.resetPaging();
    const ids: string[] = [];
    if (this.result && next.size > 0)
      for (const c of this.result.clients) if (next.has(c.color)) ids.push(c.id);
    const order: TrafficColor[] = ['red', 'yellow', 'green'];
    this.host.dispatchEvent(new PulseColorSelectEvent({ colors: order.filter((c) => next.has(c)), ids }));
  }

  resetFilters(): void {
    this.colors = new Set();
    this.clearOwner();
  }

  showView(view: PoolView): void {
    this.shownView = view;
    this.tip = undefined;
    this.changed();
  }

  sortBy(key: SortKey): void {
    this.sort =
      this.sort?.key === key ? { key, dir: this.sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' };
    this.resetPaging();
  }

  resetPaging(): void {
    this.page = 0;
    this.lightPages = 1;
    this.active = { ...this.active, lights: -1, rows: -1 };
    this.tip = undefined;
    this.changed();
  }

  /** Makes an item the Tab stop of its composite, and focuses it once rendered. */
  setActive(kind: Roving, index: number, focus?: string): void {
    if (this.active[kind] !== index) {
      this.active = { ...this.active, [kind]: index };
      this.changed();
    }
    if (focus) this.focusLater(focus);
  }

  focusLater(selector: string): void {
    this.afterUpdate(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /** Runs once the pending update is rendered. */
  afterUpdate(run: () => void): void {
    void this.host.updateComplete.then(run);
  }

  /** The Tab stop of a composite of `count` items. */
  stop(kind: Roving, count: number, fallback = 0): number {
    const i = this.active[kind];
    return i >= 0 && i < count ? i : fallback;
  }

  setTip(tip: PoolState['tip']): void {
    if (tip?.id === this.tip?.id) return;
    this.tip = tip;
    this.changed();
  }

  /** How many lights are drawn: all of them, or maxLights per page for one owner, none as bars. */
  get lightsDrawn(): number {
    if (!this.result || this.lists.aggregated) return 0;
    const n = this.lists.flat.length;
    return this.owner === undefined ? n : Math.min(n, this.result.maxLights * this.lightPages);
  }

  moreLights(): void {
    this.lightPages++;
    this.changed();
  }

  pageCount(): number {
    return Math.max(1, Math.ceil(this.lists.visible.length / (this.result?.pageSize ?? 50)));
  }

  pageIndex(): number {
    return Math.min(this.page, this.pageCount() - 1);
  }

  pageRows(): PoolClient[] {
    const size = this.result?.pageSize ?? 50;
    const start = this.pageIndex() * size;
    return this.lists.rows.slice(start, start + size);
  }

  goToPage(page: number): void {
    this.page = Math.min(Math.max(page, 0), this.pageCount() - 1);
    this.active = { ...this.active, rows: -1 };
    this.changed();
  }
}
