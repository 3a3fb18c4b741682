import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { copyText, dialectOf, downloadText, toCsv } from '../../shared/csv.js';
import { PulseElement } from '../../shared/pulse-element.js';
import { COLUMNS, viewColumns, type ColumnDef, type Ctx } from './debt-table.columns.js';
import { PulseGroupSelectEvent, PulseRowSelectEvent } from './debt-table.events.js';
import { tableCsvRows } from './debt-table.export.js';
import { renderGrid, type TableSort } from './debt-table.grid.js';
import { messages } from './debt-table.messages.js';
import {
  computeTable,
  fillAging,
  type ClientRow,
  type DebtTableOptions,
  type DebtTableResult,
  type GroupNode,
} from './debt-table.model.js';
import {
  DEBT_TABLE_VIEWS,
  runtimeSchema,
  type DebtTableColumn,
  type DebtTableInput,
  type DebtTableView,
} from './debt-table.schema.js';
import { styles } from './debt-table.styles.js';
import { renderToolbar } from './debt-table.toolbar.js';
import { orderOf, renderLegend, summaryText } from './debt-table.text.js';
import { flatten, keyAction, type Item } from './debt-table.tree.js';
import { LineWindow } from './debt-table.window.js';
import { debtTableJob, withGroups, type DebtTableCore } from './debt-table.job.js';

export type { DebtTableOptions, DebtTableResult } from './debt-table.model.js';

/**
 * Receivables of subscription clients on a date, grouped department → owner → client with
 * subtotals per owner and per department and a grand total, as the source reports print
 * them. Four views: debts (months in debt, depth of debt in months, last payment, ...),
 * collection completeness with the owners' KPI step, payment regularity (the expected
 * payment window such as `[22 – 8]`) and aging of invoices. Columns sort and can be hidden;
 * the visible table exports to CSV (Russian Excel dialect) and to the clipboard. Rows past
 * a threshold (depth of debt ≥ 3 months ...) are flagged with an icon and a text. Only the
 * lines in view are rendered, so 20 000 rows scroll and sort smoothly.
 *
 * Keyboard: the table (role="treegrid") is one Tab stop; Up / Down / Page Up / Page Down /
 * Home / End move between lines, Right expands a group (or moves into it), Left collapses
 * it (or moves to its group), Enter or Space selects a client row or toggles a group,
 * Escape clears the selection. The view tabs follow the tabs pattern.
 *
 * @summary Receivables table grouped by department and owner, with collection, regularity and aging views.
 * @tag pulse-debt-table
 * @fires pulse-row-select - A client row was chosen. detail: {id}
 * @fires pulse-group-select - A group row was toggled with the mouse, Enter or Space. detail: {level: 'department' | 'owner', key, ids}
 * @fires pulse-error - The input, or part of it, was not accepted. detail: {issues, partial, source}
 * @csspart toolbar - The bar with the view tabs, the column chooser and the export buttons.
 * @csspart tabs - The view tabs (also tab, tab--debts / tab--collection / tab--regularity / tab--aging).
 * @csspart columns - The column chooser (a details element with a checkbox per column).
 * @csspart columns-button - The summary that opens the column chooser.
 * @csspart csv-button - The CSV download button.
 * @csspart copy-button - The copy-to-clipboard button.
 * @csspart status - The status line (e.g. "copied").
 * @csspart scroller - The scrolling box around the table.
 * @csspart table - The table (role="treegrid").
 * @csspart header - A column header (also header--debt ...).
 * @csspart sort-button - A column header's sort button.
 * @csspart row - A client row (also row--alert when flagged, row--selected).
 * @csspart group-row - A group row with its subtotals (also group-row--department / group-row--owner).
 * @csspart total-row - The grand total row.
 * @csspart cell - A cell (also cell--client, cell--debt, ... and cell--flagged).
 * @csspart legend - The explanation of the flags under the table.
 * @csspart error - The error state box.
 * @csspart notice - The list of left-out rows above a partly valid table.
 * @csspart empty - The empty state.
 * @csspart loading - The loading state.
 * @cssproperty [--pulse-debt-table-height=480px] - Maximum height of the table before it scrolls.
 * @cssproperty [--pulse-debt-table-row-height=32px] - Height of a line.
 * @cssproperty [--pulse-debt-table-alert-color=var(--pulse-status-red)] - Flag icon and the edge of flagged rows.
 * @cssproperty [--pulse-debt-table-group-bg=var(--pulse-color-surface)] - Background of group and total rows.
 * @cssproperty [--pulse-debt-table-selected-bg=color-mix(in srgb, var(--pulse-color-accent) 14%, var(--pulse-color-bg))] - Background of the selected row.
 */
export class PulseDebtTable extends PulseElement<DebtTableInput, DebtTableResult> {
  static override properties = {
    options: { attribute: false },
    view: {},
    tab: { state: true },
    sort: { state: true },
    collapsed: { state: true },
    active: { state: true },
    selected: { state: true },
    shown: { state: true },
    note: { state: true },
  };

  static override styles = [...PulseElement.styles, styles];

  protected readonly schema = runtimeSchema;

  /** `{depthMode, depthAlert, kpiSteps, minR, minPayments}`; defaults: fraction, 3 months, 75 % / 85 %, 0.5, 3. */
  options?: DebtTableOptions;

  /** The view shown first: `debts` (default), `collection`, `regularity` or `aging`. */
  view: DebtTableView = 'debts';

  private tab: DebtTableView = 'debts';
  private sort?: TableSort;
  private collapsed: ReadonlySet<string> = new Set();
  /** The line with the roving tab stop. */
  private active = 0;
  private selected?: string;
  /** The user's column choices over the defaults. */
  private shown = new Map<DebtTableColumn, boolean>();
  private note = '';

  private items: Item[] = [];
  private readonly lines = new LineWindow(this, () => this.items.length);
  private orderCache = new WeakMap<GroupNode, (GroupNode | ClientRow)[]>();
  /** The language the current order was sorted in (names collate by locale). */
  private sortLang = '';

  protected override recomputeOn(): readonly PropertyKey[] {
    return ['options'];
  }

  protected compute(input: DebtTableInput): DebtTableResult {
    return computeTable(input, this.options);
  }

  protected override workerJob() {
    return { widget: debtTableJob.widget, params: this.options ?? {} };
  }

  protected override fromWorker(core: unknown): DebtTableResult {
    return withGroups(core as DebtTableCore);
  }

  protected isEmpty(result: DebtTableResult): boolean {
    return result.rows.length === 0;
  }

  private get ctx(): Ctx {
    return { m: this.i18n.t(messages), f: this.i18n.format, result: this.result as DebtTableResult };
  }

  /** The view on screen: one of the views with data, or the one the host asked for. */
  private get views(): DebtTableView[] {
    const has = this.result?.has;
    return DEBT_TABLE_VIEWS.filter((v) => v === 'debts' || v === this.tab || has?.[v]);
  }

  private get columns(): ColumnDef[] {
    return viewColumns(this.tab, this.shown, this.result as DebtTableResult)
      .filter(([, shown]) => shown)
      .map(([k]) => COLUMNS[k]);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('view')) this.tab = DEBT_TABLE_VIEWS.includes(this.view) ? this.view : 'debts';
    const before = this.result;
    const lang = this.i18n.lang;
    super.willUpdate(changed);
    const result = this.result;
    if (!result) return;
    if (this.tab === 'aging') fillAging(result);
    // New data keeps what the user chose: collapsed groups (by id), the selection if its row is still there.
    if (result !== before && this.selected && !result.rows.some((r) => r.id === this.selected)) {
      this.selected = undefined;
    }
    if (result !== before || changed.has('sort') || changed.has('tab') || lang !== this.sortLang) {
      this.orderCache = new WeakMap();
      this.sortLang = lang;
      this.flatten();
    } else if (changed.has('collapsed')) this.flatten();
  }

  private flatten(): void {
    const ctx = this.ctx;
    this.items = flatten(ctx.result.root, this.collapsed, orderOf(this.sort, ctx), this.orderCache);
    if (this.active >= this.items.length) this.active = Math.max(0, this.items.length - 1);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Scrolling re-uses the <tr> elements: keep focus on the active line, or on the first
    // line in view when the active one scrolled away.
    const focused =
      this.renderRoot instanceof ShadowRoot ? (this.renderRoot.activeElement as HTMLElement | null) : null;
    if (focused?.dataset.i !== undefined && Number(focused.dataset.i) !== this.active) {
      const target = this.line(this.active) ?? this.line(this.lines.first);
      if (target) {
        this.active = Number(target.dataset.i);
        target.focus({ preventScroll: true });
      }
    }
  }

  private line(i: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`tbody tr[data-i="${i}"]`);
  }

  // ── Interaction ────────────────────────────────────────────────────────────────────

  /** Moves the tab stop to line `i`, scrolls it into view and focuses it. */
  private focusLine(i: number): void {
    this.active = i;
    this.lines.reveal(i);
    void this.updateComplete.then(() => this.line(i)?.focus({ preventScroll: true }));
  }

  private toggle(g: GroupNode, open?: boolean): void {
    const next = new Set(this.collapsed);
    if (open ?? next.has(g.id)) next.delete(g.id);
    else next.add(g.id);
    this.collapsed = next;
  }

  /** Enter, Space or a click: selects a client row, or toggles a group and says so. */
  private activate(i: number): void {
    const it = this.items[i];
    if (!it) return;
    this.active = i;
    if (it.group) {
      this.toggle(it.group);
      const { level, key, rows } = it.group;
      this.dispatchEvent(
        new PulseGroupSelectEvent({
          level: level as 'department' | 'owner',
          key,
          ids: rows.map((r) => r.id),
        }),
      );
    } else {
      this.selected = it.row.id;
      this.dispatchEvent(new PulseRowSelectEvent({ id: it.row.id }));
    }
  }

  private indexOf(event: Event): number {
    const tr = (event.target as Element).closest<HTMLElement>('tr[data-i]');
    return tr ? Number(tr.dataset.i) : -1;
  }

  private onClick = (event: MouseEvent): void => {
    const i = this.indexOf(event);
    if (i >= 0) this.activate(i);
  };

  private onFocusIn = (event: FocusEvent): void => {
    const i = this.indexOf(event);
    if (i >= 0) this.active = i;
  };

  private onKeydown = (event: KeyboardEvent): void => {
    const i = this.active;
    const action = keyAction(event.key, this.items, i, this.collapsed, this.lines.page);
    if (!action) return;
    event.preventDefault();
    if (action === 'activate') this.activate(i);
    else if (action === 'clear') this.selected = undefined;
    else if ('open' in action) this.toggle(this.items[i].group as GroupNode, action.open);
    else this.focusLine(action.move);
  };

  private onSort = (key: DebtTableColumn): void => {
    const col = COLUMNS[key];
    // Numbers start with the largest, text with A; a third click returns to the input order.
    const first = !!col.num;
    const s = this.sort;
    this.sort =
      s?.key !== key
        ? { key, descending: first }
        : s.descending === first
          ? { key, descending: !first }
          : undefined;
  };

  private chooseView = (view: DebtTableView, focus: boolean): void => {
    this.tab = view;
    if (focus)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus(),
      );
  };

  // ── Export ─────────────────────────────────────────────────────────────────────────

  /** CSV text of the visible table (Russian Excel dialect under ru: `;`, decimal comma, BOM). */
  csv(): string {
    return this.result
      ? toCsv(tableCsvRows(this.items, this.columns, this.ctx), dialectOf(this.i18n.lang))
      : '';
  }

  /** The base's export (the dashboard's CSV button): the visible table with group totals. */
  override toCsv(): string {
    return this.csv();
  }

  /** Copies the visible table to the clipboard as tab-separated text (pastes into spreadsheet cells). */
  async copy(): Promise<boolean> {
    if (!this.result) return false;
    const ok = await copyText(
      toCsv(tableCsvRows(this.items, this.columns, this.ctx), {
        ...dialectOf(this.i18n.lang),
        separator: '\t',
        bom: false,
      }),
    );
    const m = this.i18n.t(messages);
    this.note = ok ? m.copied : m.copyFailed;
    return ok;
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────

  protected renderResult(result: DebtTableResult): TemplateResult {
    const c = this.ctx;
    const { m } = c;
    const columns = this.columns;
    const [start, end] = this.lines.range();
    const label = this.label ?? m.label;
    return html`${renderToolbar({
        m,
        views: this.views,
        view: this.tab,
        columns: viewColumns(this.tab, this.shown, result).slice(1),
        status: this.note,
        onView: this.chooseView,
        onColumn: (key, shown) => (this.shown = new Map(this.shown).set(key, shown)),
        onCsv: () => downloadText(`debt-table-${this.tab}.csv`, this.csv()),
        onCopy: () => void this.copy(),
      })}
      <p id="summary" class="sr-only">${summaryText(c)}</p>
      <div
        id="panel"
        role=${this.views.length > 1 ? 'tabpanel' : nothing}
        aria-labelledby=${this.views.length > 1 ? `tab-${this.tab}` : nothing}
      >
        <div class="scroller" part="scroller" @scroll=${this.lines.onScroll}>
          ${renderGrid(
            {
              c,
              columns,
              items: this.items,
              start,
              end,
              rowHeight: this.lines.rowHeight,
              sort: this.sort,
              tabStop: this.active >= start && this.active < end ? this.active : start,
              selected: this.selected,
              collapsed: this.collapsed,
              label,
              onSort: this.onSort,
              onClick: this.onClick,
              onKeydown: this.onKeydown,
              onFocusIn: this.onFocusIn,
            },
            result.root,
          )}
        </div>
      </div>
      ${renderLegend(this.tab, c)}`;
  }
}
