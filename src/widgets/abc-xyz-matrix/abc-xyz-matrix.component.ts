import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { AbcXyzCellKey, AbcXyzItem } from '../../core/abc-xyz.js';
import type { AbcXyzComparison } from '../../core/abc-xyz-matrix.js';
import { dialectOf, downloadText, toCsv } from '../../shared/csv.js';
import { lazyPart } from '../../shared/lazy-part.js';
import { common } from '../../shared/messages.js';
import { PulseElement } from '../../shared/pulse-element.js';
import {
  computeView,
  thresholdsOf,
  type AbcXyzMatrixOptions,
  type AbcXyzMatrixViewResult,
} from './abc-xyz-matrix.compute.js';
import { PulseCellSelectEvent } from './abc-xyz-matrix.events.js';
import { renderGrid } from './abc-xyz-matrix.grid.js';
import { messages } from './abc-xyz-matrix.messages.js';
import {
  classesOf,
  CLIENT_PAGE,
  clientCsvRows,
  KEY_MOVES,
  moveInGrid,
  sortClients,
  type ClientColumn,
  type ClientSort,
} from './abc-xyz-matrix.model.js';
import type { ParetoController, ParetoRequest } from './abc-xyz-matrix.pareto-view.js';
import {
  defaultReadings,
  ownsReading,
  readingOf,
  type AbcXyzReadings,
  type DefaultReadings,
} from './abc-xyz-matrix.readings.js';
import { schema, type AbcXyzMatrixInput } from './abc-xyz-matrix.schema.js';
import { styles } from './abc-xyz-matrix.styles.js';
import { abcXyzMatrixJob, withLookup, type AbcXyzMatrixCore } from './abc-xyz-matrix.job.js';
import { cellName, matrixSummary, periodsText, type TextContext } from './abc-xyz-matrix.text.js';
import { ABC_XYZ_VIEWS, renderTabs, type AbcXyzView } from './abc-xyz-matrix.tabs.js';

/** The transition matrices' view: a lazily loaded part, first needed when the transitions tab is shown. */
const transitionsPart = lazyPart(() => import('./abc-xyz-matrix.transitions.js'));

/** The client list of a chosen cell: a lazily loaded part, first needed when a cell is chosen. */
const clientsPart = lazyPart(() => import('./abc-xyz-matrix.clients.js'));

/** The Pareto view (its chart loads Plot later still): a lazily loaded part, first needed when it is shown. */
const paretoPart = lazyPart(() => import('./abc-xyz-matrix.pareto-view.js'));

/**
 * ABC/XYZ matrix of clients (or products): A/B/C by their share of the total, X/Y/Z by
 * the stability of their values over the periods, with the lost and the potential clients
 * as an extra row. Each cell shows the count, the value and the share, and a reading
 * ("with whom is it worth working?"); choosing a cell lists its clients with CSV export.
 * With `previous` data, the ABC and XYZ transition matrices (previous → current) are
 * coloured better / worse / unchanged, with an arrow and a word besides the colour. The
 * Pareto view draws the cumulative share with Observable Plot, loaded only when shown.
 *
 * Keyboard: the matrix is one Tab stop (role="grid"); arrows move between cells, Home / End
 * jump in a row, Ctrl+Home / Ctrl+End to the first / last cell, Enter or Space selects the
 * cell and lists its clients, Escape closes the list. The view tabs follow the tabs pattern.
 *
 * @summary ABC/XYZ matrix with cell readings, client lists, transitions and a Pareto view.
 * @tag pulse-abc-xyz-matrix
 * @fires pulse-cell-select - A cell was chosen. detail: {abc, xyz, ids} or {status: 'lost' | 'potential', ids}
 * @fires pulse-error - The input, or part of it, was not accepted. detail: {issues, partial, source}
 * @csspart figure - The whole figure.
 * @csspart tabs - The view tabs (also tab, tab--matrix / tab--transitions / tab--pareto).
 * @csspart grid - The matrix table (role="grid").
 * @csspart cell - A matrix cell (also cell--ax ... cell--cz, cell--a / cell--b / cell--c, cell--lost, cell--potential, cell--selected).
 * @csspart reading - The reading of the active cell.
 * @csspart reading-loading - The loading line of the reading panel while the default readings load (their texts are a lazily loaded part).
 * @csspart clients - The client list of the chosen cell.
 * @csspart clients-loading - The loading line in the client list's place while its code loads (a lazily loaded part).
 * @csspart clients-failed - The message in the client list's place when its code could not be loaded.
 * @csspart client-table - The table of the chosen cell's clients.
 * @csspart csv-button - The CSV export button.
 * @csspart close-button - The button that closes the client list.
 * @csspart more-button - The button that shows more clients.
 * @csspart sort-button - A sortable column header's button.
 * @csspart transitions - The two transition matrices.
 * @csspart transitions-loading - The loading line in the transitions' place while their code loads (a lazily loaded part).
 * @csspart transitions-failed - The message in the transitions' place when their code could not be loaded.
 * @csspart transition-table - One transition matrix (ABC or XYZ), rows = previous, columns = current.
 * @csspart transition - A transition cell (also transition--better / transition--worse / transition--same).
 * @csspart pareto - The Pareto view.
 * @csspart pareto-loading - The loading line in the Pareto view's place while its code loads (a lazily loaded part).
 * @csspart pareto-failed - The message in the Pareto view's place when its code could not be loaded.
 * @csspart pareto-chart - The Plot chart of the Pareto view.
 * @csspart table - The class table of the Pareto view.
 * @csspart error - The error state box.
 * @csspart notice - The list of left-out rows above a partly valid matrix.
 * @csspart empty - The empty state.
 * @csspart loading - The loading state.
 * @cssproperty [--pulse-abc-xyz-matrix-high-color=var(--pulse-status-green)] - Tint of cells worth the most attention.
 * @cssproperty [--pulse-abc-xyz-matrix-medium-color=var(--pulse-status-yellow)] - Tint of cells of medium priority.
 * @cssproperty [--pulse-abc-xyz-matrix-low-color=var(--pulse-series-8)] - Tint of cells of low priority.
 * @cssproperty [--pulse-abc-xyz-matrix-lost-color=var(--pulse-status-red)] - Tint of the lost cell.
 * @cssproperty [--pulse-abc-xyz-matrix-tint=16%] - How strongly cells are tinted.
 * @cssproperty [--pulse-abc-xyz-matrix-cell-min-height=78px] - Height of a matrix cell.
 * @cssproperty [--pulse-abc-xyz-matrix-better-color=var(--pulse-color-gain)] - Transitions to a better class.
 * @cssproperty [--pulse-abc-xyz-matrix-worse-color=var(--pulse-color-loss)] - Transitions to a worse class.
 * @cssproperty [--pulse-abc-xyz-matrix-a-color=var(--pulse-series-1)] - Class A in the Pareto chart.
 * @cssproperty [--pulse-abc-xyz-matrix-b-color=var(--pulse-series-2)] - Class B in the Pareto chart.
 * @cssproperty [--pulse-abc-xyz-matrix-c-color=var(--pulse-series-8)] - Class C in the Pareto chart.
 * @cssproperty [--pulse-abc-xyz-matrix-list-height=420px] - Maximum height of the client list before it scrolls.
 */
export class PulseAbcXyzMatrix extends PulseElement<AbcXyzMatrixInput, AbcXyzMatrixViewResult> {
  static override properties = {
    options: { attribute: false },
    readings: { attribute: false },
    view: {},
    tab: { state: true },
    active: { state: true },
    selected: { state: true },
    sort: { state: true },
    limit: { state: true },
  };

  static override styles = [...PulseElement.styles, styles];

  protected readonly schema = schema;

  /**
   * ABC/XYZ options, flat (`abcThresholds`, `boundary`, `topIsA`, `xyzThresholds`, `sigma`,
   * `minPeriods`) or nested (`abc`, `xyz`). Defaults: thresholds `[0.8, 0.95]` and
   * `[0.1, 0.25]`, boundary `'inclusive'`, sigma `'population'`, minPeriods 3.
   */
  options?: AbcXyzMatrixOptions;

  /** Readings of the cells (title, advice, priority), replacing the defaults of the language key by key. */
  readings?: AbcXyzReadings;

  /** The view shown first: `matrix` (default), `transitions` (needs `previous`) or `pareto`. */
  view: AbcXyzView = 'matrix';

  /** The view the user is on (follows `view` when the host changes it). */
  private tab: AbcXyzView = 'matrix';
  /** The cell with the roving tab stop. */
  private active: AbcXyzCellKey = 'AX';
  /** The cell whose clients are listed. */
  private selected?: AbcXyzCellKey;
  private sort: ClientSort = { column: 'value', descending: true };
  private limit = CLIENT_PAGE;

  /** Draws the Pareto chart; made with the Pareto view's part, when that is first shown. */
  private pareto?: ParetoController;

  /** What the Pareto chart should show now (see {@link ParetoController}). */
  private paretoRequest = (): ParetoRequest | undefined => {
    const result = this.result;
    if (!result) return undefined;
    const abc = this.thresholds().abc;
    return {
      matrix: result.matrix,
      key: `${this.i18n.lang}|${this.size.width}|${abc.join()}|${result.measure}`,
      ctx: this.ctx,
      width: this.size.width,
      thresholds: abc,
    };
  };

  protected override recomputeOn(): readonly PropertyKey[] {
    return ['options'];
  }

  protected compute(input: AbcXyzMatrixInput): AbcXyzMatrixViewResult {
    return computeView(input, this.options);
  }

  protected override workerJob() {
    return { widget: abcXyzMatrixJob.widget, params: this.options ?? {} };
  }

  protected override fromWorker(core: unknown): AbcXyzMatrixViewResult {
    return withLookup(core as AbcXyzMatrixCore);
  }

  protected isEmpty(result: AbcXyzMatrixViewResult): boolean {
    return result.matrix.count === 0;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('view')) this.tab = ABC_XYZ_VIEWS.includes(this.view) ? this.view : 'matrix';
    const before = this.result;
    super.willUpdate(changed);
    const result = this.result;
    if (result !== before && result) {
      this.limit = CLIENT_PAGE;
      const present = (key?: AbcXyzCellKey) => result.grid.some((row) => row.some((c) => c.key === key));
      if (!present(this.active)) this.active = 'AX';
      if (!present(this.selected)) this.selected = undefined;
    }
  }

  /** The view on screen: the transitions need previous data. */
  private get currentView(): AbcXyzView {
    return this.tab === 'transitions' && !this.result?.transitions ? 'matrix' : this.tab;
  }

  private get views(): AbcXyzView[] {
    return this.result?.transitions ? ['matrix', 'transitions', 'pareto'] : ['matrix', 'pareto'];
  }

  private get ctx(): TextContext {
    return { m: this.i18n.t(messages), format: this.i18n.format, measure: this.result?.measure ?? 'revenue' };
  }

  private thresholds() {
    return thresholdsOf(this.options);
  }

  /**
   * The default readings, or `undefined` while their lazily imported texts load (the element
   * renders again when they are there; `updateComplete` waits for them).
   */
  private defaults(): DefaultReadings | undefined {
    const loaded = defaultReadings();
    if (!(loaded instanceof Promise)) return loaded ?? undefined;
    this.awaitPart(loaded);
    return undefined;
  }

  /** True while the reading of `key` waits for the default texts. */
  private readingPending(key: AbcXyzCellKey): boolean {
    return !ownsReading(key, this.readings) && defaultReadings() instanceof Promise;
  }

  private reading = (key: AbcXyzCellKey) =>
    readingOf(
      key,
      this.i18n.lang,
      this.readings,
      ownsReading(key, this.readings) ? undefined : this.defaults(),
    );

  // ── Interaction ────────────────────────────────────────────────────────────────────

  private select = (key: AbcXyzCellKey): void => {
    const result = this.result;
    if (!result) return;
    this.active = key;
    this.selected = key;
    this.limit = CLIENT_PAGE;
    const ids = [...result.matrix.cells[key].ids];
    const classes = classesOf(key);
    this.dispatchEvent(
      new PulseCellSelectEvent(
        classes ? { abc: classes.abc, xyz: classes.xyz, ids } : { status: key as 'lost' | 'potential', ids },
      ),
    );
  };

  private focusCell(key: AbcXyzCellKey): void {
    this.active = key;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#cell-${key}`)?.focus());
  }

  private closeList(): void {
    const key = this.selected;
    this.selected = undefined;
    if (key) this.focusCell(key);
  }

  private onGridKeydown = (event: KeyboardEvent): void => {
    const result = this.result;
    if (!result) return;
    const move = KEY_MOVES[`${event.ctrlKey ? 'Ctrl+' : ''}${event.key}`] ?? KEY_MOVES[event.key];
    if (move) {
      event.preventDefault();
      this.focusCell(moveInGrid(result.grid, this.active, move));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(this.active);
    } else if (event.key === 'Escape' && this.selected) {
      event.preventDefault();
      this.selected = undefined;
    }
  };

  private onListKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.closeList();
  };

  private chooseView = (view: AbcXyzView, focus: boolean): void => {
    this.tab = view;
    if (focus)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus(),
      );
  };

  private onSort = (column: ClientColumn): void => {
    const same = this.sort.column === column;
    // Numbers start descending (largest first), text ascending.
    const numeric = column === 'value' || column === 'share' || column === 'cv';
    this.sort = { column, descending: same ? !this.sort.descending : numeric };
  };

  /** The CSV text of a cell's clients in the list's order (the Russian Excel dialect under ru). */
  cellCsv(key: AbcXyzCellKey): string {
    if (!this.result) return '';
    return toCsv(clientCsvRows(this.cellItems(key), this.ctx.m), dialectOf(this.i18n.lang));
  }

  private cellItems(key: AbcXyzCellKey): AbcXyzItem[] {
    const result = this.result as AbcXyzMatrixViewResult;
    const items = result.matrix.cells[key].ids.map((id) => result.byId.get(id) as AbcXyzItem);
    return sortClients(items, this.sort, this.i18n.format.locale);
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────

  protected renderResult(result: AbcXyzMatrixViewResult): TemplateResult {
    const ctx = this.ctx;
    const { m } = ctx;
    const view = this.currentView;
    return html`<figure part="figure" aria-label=${this.label ?? m.label}>
      <figcaption class="sr-only">${matrixSummary(ctx, result.matrix)}</figcaption>
      <div class="head">
        <h3>${m[result.measure]} <span class="periods">· ${periodsText(ctx, result.periods)}</span></h3>
        ${renderTabs(m, this.views, view, this.chooseView)}
      </div>
      <div id="panel" role="tabpanel" aria-labelledby=${`tab-${view}`}>
        ${view === 'matrix' ? this.renderMatrixView(result) : nothing}
        ${view === 'transitions' && result.transitions ? this.renderTransitionsView(result.transitions) : nothing}
        ${view === 'pareto' ? this.renderParetoView(result) : nothing}
      </div>
    </figure>`;
  }

  /** The transitions, or their loading line while their part loads. */
  private renderTransitionsView(transitions: AbcXyzComparison): TemplateResult {
    const ctx = this.ctx;
    return this.partView(
      transitionsPart,
      'transitions',
      [ctx.m.transitionsLoading, ctx.m.transitionsFailed],
      (view) => view.renderTransitions(transitions, ctx),
      (view) => view.transitionsStyles,
    );
  }

  /** The Pareto view, or its loading line while its part loads. */
  private renderParetoView(result: AbcXyzMatrixViewResult): TemplateResult {
    const ctx = this.ctx;
    return this.partView(
      paretoPart,
      'pareto',
      [ctx.m.paretoViewLoading, ctx.m.paretoViewFailed],
      (view) => {
        // Its hostUpdated runs after this render, which shows the chart's box.
        this.pareto ??= new view.ParetoController(this, this.paretoRequest);
        return view.renderParetoView(ctx, result.matrix, this.pareto);
      },
      (view) => view.paretoStyles,
    );
  }

  /** The client list of the chosen cell, or its loading line while its part loads. */
  private renderClients(selected: AbcXyzCellKey): TemplateResult {
    const ctx = this.ctx;
    return this.partView(
      clientsPart,
      'clients',
      [ctx.m.clientsLoading, ctx.m.clientsFailed],
      (view) => {
        return view.renderClientList({
          cell: selected,
          cellName: cellName(ctx.m, selected),
          items: this.cellItems(selected),
          limit: this.limit,
          sort: this.sort,
          ctx,
          onSort: this.onSort,
          onMore: () => (this.limit += CLIENT_PAGE),
          onCsv: () => downloadText(`abc-xyz-${selected}.csv`, this.cellCsv(selected)),
          onClose: () => this.closeList(),
          onKeydown: this.onListKeydown,
        });
      },
      (view) => view.clientsStyles,
    );
  }

  private renderMatrixView(result: AbcXyzMatrixViewResult): TemplateResult {
    const ctx = this.ctx;
    const { m } = ctx;
    const reading = this.reading(this.active);
    const pending = this.readingPending(this.active);
    const selected = this.selected;
    return html`<div class="matrix-view">
        <div class="grid-wrap">
          ${renderGrid({
            ctx,
            matrix: result.matrix,
            grid: result.grid,
            label: `${this.label ?? m.label}: ${m[result.measure]}`,
            thresholds: this.thresholds(),
            active: this.active,
            selected,
            reading: this.reading,
            onKeydown: this.onGridKeydown,
            onSelect: this.select,
            onFocus: (key) => (this.active = key),
          })}
        </div>
        <aside
          class="reading"
          part="reading"
          aria-labelledby="reading-title"
          aria-busy=${pending ? 'true' : 'false'}
        >
          <h4 id="reading-title">${m.readingTitle}</h4>
          ${
            pending
              ? html`<p class="muted" part="reading-loading" role="status">${this.i18n.t(common).loading}</p>`
              : html`<p><strong>${cellName(m, this.active)} · ${reading.title}</strong></p>
                  <p>${reading.text}</p>`
          }
          <p class="muted">${m.readingHint}</p>
        </aside>
      </div>
      ${selected ? this.renderClients(selected) : nothing}`;
  }
}
