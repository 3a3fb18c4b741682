import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SEGMENT_NAMES, type LifecycleSegmentNumber } from '../../core/lifecycle.js';
import { dialectOf, downloadText, toCsv } from '../../shared/csv.js';
import { lazyPart } from '../../shared/lazy-part.js';

import { common, fill, type PulseLang } from '../../shared/messages.js';
import { PulseElement } from '../../shared/pulse-element.js';
import type { DetailsContext } from './lifecycle-grid.details.js';
import {
  moveInGrid,
  renderGrid,
  renderPotential,
  soonIcon,
  type GridContext,
} from './lifecycle-grid.grid.js';
import { PulseSegmentSelectEvent, type LifecycleGridSegment } from './lifecycle-grid.events.js';
import { PulseOwnerSelectEvent } from '../traffic-light-pool/traffic-light-pool.events.js';
import { messages } from './lifecycle-grid.messages.js';
import {
  clientRows,
  computeGrid,
  gridView,
  hostStrategy,
  ownersOf,
  type GridCell,
  type GridView,
  type LifecycleGridOptions,
  type LifecycleGridResult,
} from './lifecycle-grid.model.js';
import { schema, type LifecycleGridInput } from './lifecycle-grid.schema.js';
import type { LifecycleStrategy, SegmentNumber } from './lifecycle-grid.strategies.js';
import { styles } from './lifecycle-grid.styles.js';
import { lifecycleGridJob, withOrders, type LifecycleGridCore } from './lifecycle-grid.job.js';

export type { LifecycleGridOptions, LifecycleGridResult } from './lifecycle-grid.model.js';
export type { LifecycleStrategy } from './lifecycle-grid.strategies.js';

/** The default strategies' long texts (ru + en): a lazily loaded part, first needed when a panel opens. */
const defaultStrategies = lazyPart(() =>
  import('./lifecycle-grid.strategies.js').then((m) => m.DEFAULT_STRATEGIES),
);

/** The panel of a chosen cell (strategy, client list, its CSV): a lazily loaded part, first needed when a cell opens. */
const detailsPart = lazyPart(() => import('./lifecycle-grid.details.js'));

/**
 * Client lifecycle segments (the Loginom "repeat sales" method) as a 3 × 3 grid: columns
 * New / Promising / Regular (how established the client is), rows Active / Falling asleep
 * / Asleep (time since the last purchase against the client's rhythm), cells numbered 1-9
 * as in the source, each with its count and its share of the clients with purchases;
 * "potential" clients (no purchases) beside the grid, outside the shares. Choosing a cell
 * opens its response strategy and its clients (last purchase, days to the next state),
 * with a CSV export for a mailing; clients about to fall to the next state within
 * `soonDays` are marked with an icon and the word "soon". A per-owner filter recounts the
 * grid over one owner's clients.
 *
 * Keyboard: the grid is one Tab stop (roving tabindex); arrow keys move between cells,
 * Home / End to the row's ends, Ctrl+Home / Ctrl+End to the corners; Enter or Space
 * selects the cell and opens its client list; Escape closes the list.
 *
 * @summary 3 × 3 client lifecycle grid with response strategies and client lists.
 * @tag pulse-lifecycle-grid
 * @fires pulse-segment-select - A cell (or "potential") was chosen. detail: {segment: 1..9 | 'potential', ids}
 * @fires pulse-owner-select - An owner was chosen in the owner filter. detail: {owner, ids}
 * @fires pulse-error - The input, or part of it, was not accepted. detail: {issues, partial, source}
 * @csspart figure - The whole widget below the states.
 * @csspart header - The title line with the date and the owner filter.
 * @csspart filter - The owner filter (a label around a select).
 * @csspart note - The line that states the denominator of the shares and the "soon" horizon.
 * @csspart grid - The grid table (role="grid").
 * @csspart column-header - A column header (also column-header--new / --promising / --regular).
 * @csspart row-header - A row header (also row-header--active / --falling-asleep / --asleep).
 * @csspart cell - A grid cell (also cell--1 ... cell--9, cell--<stage>, cell--<activity>, cell--selected).
 * @csspart soon - The "soon" marker in a cell or a list row.
 * @csspart potential - The "potential" button beside the grid.
 * @csspart details - The panel of the chosen cell.
 * @csspart details-loading - The loading line in the panel's place while its code loads (a lazily loaded part).
 * @csspart details-failed - The message in the panel's place when its code could not be loaded.
 * @csspart strategy - The response strategy in the panel.
 * @csspart strategy-loading - The loading line of the strategy while the default strategies load (a lazily loaded part).
 * @csspart list - The client list table.
 * @csspart list-scroll - The scrolling box around the client list (a focusable region).
 * @csspart row - A client row (also row--soon).
 * @csspart download - The CSV export button.
 * @csspart close - The button that closes the panel.
 * @csspart more - The "show more" button of a long list.
 * @csspart error - The error state box.
 * @csspart notice - The list of left-out clients above a partly valid grid.
 * @csspart empty - The empty state.
 * @csspart loading - The loading state.
 * @cssproperty [--pulse-lifecycle-grid-gap=6px] - Gap between the cells.
 * @cssproperty [--pulse-lifecycle-grid-cell-min-height=84px] - Height of a cell.
 * @cssproperty [--pulse-lifecycle-grid-active-color=var(--pulse-status-green)] - Edge and tint of the Active row.
 * @cssproperty [--pulse-lifecycle-grid-falling-asleep-color=var(--pulse-status-yellow)] - Edge and tint of the Falling asleep row.
 * @cssproperty [--pulse-lifecycle-grid-asleep-color=var(--pulse-status-red)] - Edge and tint of the Asleep row.
 * @cssproperty [--pulse-lifecycle-grid-bar-color=var(--pulse-color-accent)] - The share bar at the foot of a cell.
 * @cssproperty [--pulse-lifecycle-grid-soon-color=var(--pulse-color-loss)] - The "soon" marker.
 * @cssproperty [--pulse-lifecycle-grid-list-max-height=420px] - Height of the client list before it scrolls.
 */
export class PulseLifecycleGrid extends PulseElement<LifecycleGridInput, LifecycleGridResult> {
  static override properties = {
    options: { attribute: false },
    noOwnerFilter: { type: Boolean, attribute: 'no-owner-filter', reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    active: { state: true },
    selected: { state: true },
    owner: { state: true },
    shown: { state: true },
  };

  static override styles = [...PulseElement.styles, styles];

  protected readonly schema = schema;

  /**
   * Thresholds of the core (`regularFrom` 4, `defaultCycleDays` 30, `minCycleDays` 7,
   * `fallingAsleepFactor` 1.5, `asleepFactor` 3), `soonDays` (7), `decimals` of the
   * shares (2) and `strategies` (texts per cell replacing the defaults).
   */
  options?: LifecycleGridOptions;

  /** Hides the owner filter. */
  noOwnerFilter = false;

  /** Rows of a client list rendered at first and added by "show more". */
  pageSize = 100;

  /** Index 0..8 of the cell with the Tab stop. */
  private active = 0;
  /** The chosen cell, whose panel is open. */
  private selected?: LifecycleGridSegment;
  /** The owner filter: undefined for all owners, null for clients without one. */
  private owner?: string | null;
  private shown = 100;

  private view?: GridView;
  private owners: (string | null)[] = [];

  protected override recomputeOn(): readonly PropertyKey[] {
    return ['options'];
  }

  protected compute(input: LifecycleGridInput): LifecycleGridResult {
    return computeGrid(input, this.options ?? {});
  }

  protected override workerJob() {
    return { widget: lifecycleGridJob.widget, params: this.options ?? {} };
  }

  protected override fromWorker(core: unknown): LifecycleGridResult {
    return withOrders(core as LifecycleGridCore);
  }

  protected isEmpty(result: LifecycleGridResult): boolean {
    return result.cells.every((c) => c.count === 0) && result.potential.count === 0;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const before = this.result;
    super.willUpdate(changed);
    const fresh = this.result !== before;
    if (fresh) {
      this.owners = this.result ? ownersOf(this.result) : [];
      if (this.owner !== undefined && !this.owners.includes(this.owner)) this.owner = undefined;
    }
    if (fresh || changed.has('owner'))
      this.view = this.result ? gridView(this.result, this.owner) : undefined;
  }

  /** The page size, at least 1 (a bad attribute value falls back to 100). */
  private get page(): number {
    return Number.isFinite(this.pageSize) && this.pageSize >= 1 ? Math.floor(this.pageSize) : 100;
  }

  private get m() {
    return this.i18n.t(messages);
  }

  private segmentName(segment: LifecycleGridSegment): string {
    return segment === 'potential' ? this.m.potential : SEGMENT_NAMES[segment][this.i18n.lang];
  }

  private cellTitle(segment: LifecycleGridSegment): string {
    return segment === 'potential' ? this.m.potential : `${segment}. ${this.segmentName(segment)}`;
  }

  private countText(n: number): string {
    return `${this.i18n.format.count(n)} ${this.clientWord(n)}`;
  }

  private clientWord(n: number): string {
    const m = this.m;
    return (
      { one: m.clientOne, few: m.clientFew, many: m.clientMany }[this.i18n.format.plural(n) as 'one'] ??
      m.clientMany
    );
  }

  /** "от 4 клиентов": the genitive after a preposition. */
  private ofClients(n: number): string {
    const m = this.m;
    return `${this.i18n.format.count(n)} ${this.i18n.format.plural(n) === 'one' ? m.clientGenOne : m.clientGenMany}`;
  }

  private daysText(n: number): string {
    const m = this.m;
    return this.i18n.format.countOf(n, { one: m.dayOne, few: m.dayFew, many: m.dayMany, other: m.dayMany });
  }

  private share(p: number | null): string {
    return this.i18n.format.percent(p, this.result?.decimals ?? 2);
  }

  private cellOf(segment: LifecycleGridSegment): GridCell | undefined {
    return segment === 'potential' ? this.view?.potential : this.view?.cells[segment - 1];
  }

  private select(segment: LifecycleGridSegment): void {
    const cell = this.cellOf(segment);
    if (!cell) return;
    if (segment !== 'potential') this.active = segment - 1;
    if (this.selected !== segment) this.shown = this.page;
    this.selected = segment;
    this.dispatchEvent(new PulseSegmentSelectEvent({ segment, ids: [...(cell.ids ?? [])] }));
  }

  private close(): void {
    const was = this.selected;
    this.selected = undefined;
    void this.updateComplete.then(() => {
      const target = was === 'potential' ? '.potential' : `#cell-${this.active + 1}`;
      this.renderRoot.querySelector<HTMLElement>(target)?.focus();
    });
  }

  private focusCell(index: number): void {
    this.active = index;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#cell-${index + 1}`)?.focus(),
    );
  }

  private onGridKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select((this.active + 1) as LifecycleSegmentNumber);
      return;
    }
    if (event.key === 'Escape') {
      if (this.selected === undefined) return;
      event.preventDefault();
      this.selected = undefined;
      return;
    }
    const next = moveInGrid(this.active, event.key, event.ctrlKey || event.metaKey);
    if (next === undefined) return;
    event.preventDefault();
    this.focusCell(next);
  };

  private onDetailsKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.close();
  };

  private onOwnerChange = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.owner = value === '' ? undefined : this.owners[Number(value)];
    this.shown = this.page;
    const owner = this.owner;
    // An owner chosen here can filter other widgets (pulse-dashboard listens to it).
    if (owner !== undefined && this.result?.clients) {
      const ids = this.result.clients.filter((c) => c.owner === owner).map((c) => c.id);
      this.dispatchEvent(new PulseOwnerSelectEvent({ owner, ids }));
    }
  };

  private details(result: LifecycleGridResult, segment: LifecycleGridSegment): DetailsContext {
    const lang = this.i18n.lang;
    const number = segment === 'potential' ? 0 : segment;
    return {
      m: this.m,
      f: this.i18n.format,
      cell: this.cellOf(segment) as GridCell,
      title: this.cellTitle(segment),
      rows: clientRows(result, segment, this.owner),
      shown: this.shown,
      pageSize: this.page,
      soonDays: result.soonDays,
      strategy: hostStrategy(this.options, segment) ?? this.defaultStrategy(lang, number),
      loadingText: this.i18n.t(common).loading,
      segmentName: (s) => this.segmentName(s),
      onClose: () => this.close(),
      onDownload: () => this.download(segment),
      onMore: () => (this.shown += this.page),
      onKeydown: this.onDetailsKeydown,
    };
  }

  /** The default strategy of a cell, or `null` while the defaults load (rendered again after). */
  private defaultStrategy(lang: PulseLang, number: SegmentNumber): LifecycleStrategy | null {
    const loaded = defaultStrategies.value;
    if (loaded) return loaded[lang][number];
    if (defaultStrategies.failed) return {};
    this.awaitPart(defaultStrategies.load());
    return null;
  }

  private download(segment: LifecycleGridSegment): void {
    const result = this.result;
    // The button is in the panel, so the panel's part is there.
    const details = detailsPart.value;
    if (!result || !details) return;
    const csv = toCsv(details.detailsCsv(this.details(result, segment)), dialectOf(this.i18n.lang));
    const name = fill(this.m.fileName, {
      number: segment === 'potential' ? 0 : segment,
      date: result.asOf ?? 'data',
    });
    downloadText(name, csv);
  }

  protected renderResult(result: LifecycleGridResult): TemplateResult {
    const m = this.m;
    const view = this.view as GridView;
    const label = this.label ?? m.label;
    const date = result.asOf ? fill(m.asOf, { date: this.i18n.format.date(result.asOfDay) }) : '';
    const grid: GridContext = {
      m,
      f: this.i18n.format,
      view,
      label: date ? `${label}, ${date}` : label,
      active: this.active,
      selected: this.selected,
      segmentName: (segment) => this.segmentName(segment),
      share: (p) => this.share(p),
      clientWord: (n) => this.clientWord(n),
      onSelect: (segment) => this.select(segment),
      onFocusCell: (index) => (this.active = index),
      onKeydown: this.onGridKeydown,
    };
    return html`<div part="figure" class="figure">
      <div class="head" part="header">
        <h3>${label}</h3>
        ${date ? html`<span class="muted">${date}</span>` : nothing} ${this.renderFilter()}
      </div>
      <p class="note" part="note" id="note">
        ${this.denominator(result, view)}${
          result.precomputed
            ? nothing
            : html`. <span class="soon">${soonIcon()}${m.soonMark}</span> —
                ${fill(m.soonHint, { days: this.daysText(result.soonDays) })}`
        }
      </p>
      <p class="sr-only" id="summary">${this.summary(result, view)}</p>
      <div class="layout">${renderGrid(grid)} ${renderPotential(grid)}</div>
      <p class="sr-only" role="status">${this.announcement()}</p>
      ${this.selected !== undefined && this.cellOf(this.selected) ? this.renderDetails(result, this.selected) : nothing}
    </div>`;
  }

  /** The panel of the chosen cell, or its loading line while the panel's part loads. */
  private renderDetails(result: LifecycleGridResult, segment: LifecycleGridSegment): TemplateResult {
    // Built first, so the default strategies start loading together with the panel.
    const ctx = this.details(result, segment);
    const m = this.m;
    return this.partView(
      detailsPart,
      'details',
      [m.detailsLoading, m.detailsFailed],
      (details) => details.renderDetails(ctx),
      (details) => details.detailsStyles,
    );
  }

  private renderFilter(): TemplateResult | typeof nothing {
    if (this.noOwnerFilter || this.owners.length === 0) return nothing;
    const m = this.m;
    const current = this.owner === undefined ? '' : String(this.owners.indexOf(this.owner));
    return html`<label class="filter" part="filter">
      ${m.owner}
      <select @change=${this.onOwnerChange} .value=${current}>
        <option value="" ?selected=${current === ''}>${m.allOwners}</option>
        ${this.owners.map(
          (o, i) =>
            html`<option value=${String(i)} ?selected=${current === String(i)}>${o ?? m.noOwner}</option>`,
        )}
      </select>
    </label>`;
  }

  /** Read out when a list opens: the focus stays in the grid, the panel appears below it. */
  private announcement(): string {
    const cell = this.selected === undefined ? undefined : this.cellOf(this.selected);
    if (!cell) return '';
    return `${this.cellTitle(cell.segment)}: ${this.countText(cell.count)}. ${this.m.listOpened}`;
  }

  private denominator(result: LifecycleGridResult, view: GridView): string {
    const m = this.m;
    const n = this.ofClients(view.counted);
    if (result.precomputed) return fill(m.denominatorPrecomputed, { n });
    if (this.owner !== undefined) return fill(m.denominatorOwner, { n, owner: this.owner ?? m.noOwner });
    return fill(m.denominator, { n });
  }

  private summary(result: LifecycleGridResult, view: GridView): string {
    const m = this.m;
    const total = this.countText(view.counted + view.potential.count);
    const parts = [
      result.asOf
        ? fill(m.summary, { total, date: this.i18n.format.date(result.asOfDay) })
        : fill(m.summaryNoDate, { total }),
      `${m.potential}: ${this.countText(view.potential.count)}.`,
    ];
    const top = view.cells.reduce((a, b) => (b.count > a.count ? b : a));
    if (top.count > 0) {
      parts.push(
        fill(m.largest, {
          name: this.cellTitle(top.segment),
          count: this.countText(top.count),
          share: this.share(top.share),
        }),
      );
    }
    parts.push(`${m.instructions}.`);
    return parts.join(' ');
  }
}
