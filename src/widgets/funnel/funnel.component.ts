import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { type FunnelMode, type FunnelResult, type FunnelStage } from '../../core/funnel.js';
import { lazyPart } from '../../shared/lazy-part.js';
import { PulseElement } from '../../shared/pulse-element.js';
import { ResizeController } from '../../shared/resize-controller.js';
import { PulseStageSelectEvent } from './funnel.events.js';
import { messages } from './funnel.messages.js';
import type { StageBar } from './funnel.model.js';
import { runtimeSchema, type FunnelRuntimeInput } from './funnel.schema.js';
import { renderLegend, renderStages, renderSummary, renderTable, type StagesView } from './funnel.stages.js';
import { styles } from './funnel.styles.js';
import { FunnelText } from './funnel.text.js';
import { listKey } from '../../shared/keys.js';
import { funnelJob, type FunnelJobParams } from './funnel.job.js';

/** The owner breakdown and its stylesheet: a lazily loaded part, first needed when the deals carry owners. */
const ownersPart = lazyPart(() => import('./funnel.owners.js'));

/** Options of `<pulse-funnel>`. */
export interface FunnelWidgetOptions {
  /** Decimals of the percentages (conversions, shares): 0..4, default 1 (`78,5 %`). */
  decimals?: number;
  /** Whether events carry deal ids; turn off for very large deal lists. Default true. */
  ids?: boolean;
}

/** What the funnel computes from its input: the core's result and the layout. */
export interface FunnelWidgetResult extends FunnelResult {
  currency: string;
  /** True for the raw (deal-list) input. */
  fromDeals: boolean;
  bars: StageBar[];
  /** Per stage, the owners with the worst conversion (or completion). */
  worst: Set<string>[];
  /** Which optional columns have any figure. */
  has: { value: boolean; share: boolean; clients: boolean; time: boolean };
}

/**
 * A sales or needs funnel as horizontal bars: per stage the count, the value, the
 * conversion from the previous and from the first stage, and the drop-off between stages.
 * From a deal list it also shows, per stage, the deals that went on, are still open and
 * were lost (count and sum), the time spent in the stage (mean and median days), and the
 * won / lost totals with the win rate. With owners it adds a breakdown table of cells like
 * `570/81 % — 348` (count / share of the owner's base — distinct clients) and marks the
 * owner with the worst conversion at each stage with ▼ and a text label.
 * `mode="checklist"` shows independent steps (completion per step, no conversion).
 *
 * Keyboard: the stage list is one Tab stop (arrows move, Home / End jump, Enter or Space
 * selects, Escape clears); the owner table is another (arrows move between cells).
 *
 * @summary Sales funnel with conversion from the previous and the first stage, and an owner breakdown.
 * @tag pulse-funnel
 * @fires pulse-stage-select - A stage or an owner's cell was chosen. detail: {stage, label, owner?, ids, lostIds, count}
 * @fires pulse-error - The input, or part of it, was not accepted. detail: {issues, partial, source}
 * @csspart figure - The figure holding the whole funnel.
 * @csspart stages - The list of stage rows (role listbox).
 * @csspart stage - One stage row (also stage--selected).
 * @csspart label - The label of a stage row.
 * @csspart bar - The bar of a stage row (an SVG).
 * @csspart segment - A part of a bar (also segment--reached / segment--advanced / segment--won / segment--open / segment--lost / segment--done).
 * @csspart drop - The drop-off line above a stage row.
 * @csspart details - The open / lost / time line of a stage row (deal input).
 * @csspart legend - The legend of the bar parts (deal input).
 * @csspart summary - The won / lost / win rate line (deal input).
 * @csspart hint - The note shown when counts rise between funnel stages.
 * @csspart owners - The owner breakdown table (role grid).
 * @csspart owners-scroll - The owner table's scroll container (a focusable region when the table is wider than the widget).
 * @csspart cell - A cell of the owner table (also cell--worst / cell--selected).
 * @csspart worst - The ▼ mark of the worst owner at a stage.
 * @csspart owners-loading - The loading line in the owner table's place while its code loads (a lazily loaded part).
 * @csspart owners-failed - The message in the owner table's place when its code could not be loaded.
 * @csspart table - The data table alternative (visually hidden unless show-table).
 * @csspart error - The error state box.
 * @csspart notice - The list of left-out items above a partly valid funnel.
 * @csspart empty - The empty state.
 * @csspart loading - The loading state.
 * @cssproperty [--pulse-funnel-bar-color=var(--pulse-series-1)] - Bar fill (aggregated stages, deals that went on).
 * @cssproperty [--pulse-funnel-open-color=var(--pulse-series-5)] - Deals still open at a stage.
 * @cssproperty [--pulse-funnel-won-color=var(--pulse-color-gain)] - Won deals (last stage) and the won total.
 * @cssproperty [--pulse-funnel-lost-color=var(--pulse-color-loss)] - Deals lost at a stage, drop-off and the worst mark.
 * @cssproperty [--pulse-funnel-ghost-color=var(--pulse-color-border)] - The previous stage's bar behind a bar.
 * @cssproperty [--pulse-funnel-bar-height=18px] - Height of a bar.
 * @cssproperty [--pulse-funnel-label-width=16em] - Maximum width of the stage labels.
 */
export class PulseFunnel extends PulseElement<FunnelRuntimeInput, FunnelWidgetResult> {
  static override properties = {
    mode: { reflect: true },
    options: { attribute: false },
    showTable: { type: Boolean, attribute: 'show-table', reflect: true },
    noOwners: { type: Boolean, attribute: 'no-owners', reflect: true },
    activeStage: { state: true },
    selectedStage: { state: true },
    activeCell: { state: true },
    selectedCell: { state: true },
  };

  static override styles = [...PulseElement.styles, styles];

  protected readonly schema = runtimeSchema;

  /** `funnel` (conversion between consecutive stages) or `checklist` (independent steps). */
  mode: FunnelMode = 'funnel';

  /** Percent decimals and deal ids in events: `{decimals: 1, ids: true}` by default. */
  options?: FunnelWidgetOptions;

  /** Shows the data table under the chart (it is always there for screen readers). */
  showTable = false;

  /** Hides the owner breakdown even when the data has owners (its code is then never loaded). */
  noOwners = false;

  /** Index of the stage row with keyboard focus (the roving Tab stop). */
  private activeStage = -1;
  private selectedStage?: string;
  /** Row and column of the owner cell with keyboard focus. */
  private activeCell: [number, number] = [0, 0];
  /** `owner\u0000stage` of the selected owner cell. */
  private selectedCell?: string;
  /** A resize of the widget re-checks whether the owner table scrolls. */
  protected readonly resize = new ResizeController(this);

  protected override recomputeOn(): readonly PropertyKey[] {
    return ['mode', 'options'];
  }

  private get jobParams(): FunnelJobParams {
    return { mode: this.mode, ids: this.options?.ids ?? true };
  }

  protected compute(input: FunnelRuntimeInput): FunnelWidgetResult {
    return funnelJob.core(input, this.jobParams);
  }

  protected override workerJob() {
    return { widget: funnelJob.widget, params: this.jobParams };
  }

  protected isEmpty(result: FunnelWidgetResult): boolean {
    return result.stages.length === 0;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const before = this.result;
    super.willUpdate(changed);
    if (this.result !== before) {
      const n = this.result?.stages.length ?? 0;
      if (this.activeStage >= n) this.activeStage = -1;
      const rows = this.result?.owners?.length ?? 0;
      if (this.activeCell[0] >= rows || this.activeCell[1] >= n) this.activeCell = [0, 0];
    }
  }

  private get decimals(): number {
    const d = this.options?.decimals;
    return typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 4 ? d : 1;
  }

  private text(result: FunnelWidgetResult): FunnelText {
    return new FunnelText(this.i18n.format, this.i18n.t(messages), {
      mode: result.mode,
      currency: result.currency,
      decimals: this.decimals,
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // An owner table wider than the widget scrolls in a labelled region in the Tab order;
    // set here, after layout, without another render (a resize renders again).
    const scroll = this.renderRoot.querySelector<HTMLElement>('.owners-scroll');
    if (scroll) markScrollRegion(scroll, scroll.scrollWidth > scroll.clientWidth + 1);
  }

  // ── selection ────────────────────────────────────────────────────────────────

  private selectStage(k: number): void {
    const r = this.result;
    const stage = r?.stages[k];
    if (!r || !stage) return;
    this.activeStage = k;
    this.selectedStage = stage.key;
    this.selectedCell = undefined;
    this.dispatchEvent(new PulseStageSelectEvent(detailOf(stage)));
  }

  private selectCell(row: number, col: number): void {
    const owner = this.result?.owners?.[row];
    const stage = owner?.stages[col];
    if (!owner || !stage) return;
    this.activeCell = [row, col];
    this.selectedCell = `${owner.owner}\u0000${stage.key}`;
    this.selectedStage = undefined;
    this.dispatchEvent(new PulseStageSelectEvent({ ...detailOf(stage), owner: owner.owner }));
  }

  private focusById(id: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus());
  }

  private onStagesKeydown = (event: KeyboardEvent): void => {
    const n = this.result?.stages.length ?? 0;
    if (n === 0) return;
    const action = listKey(event.key, this.activeStage < 0 ? 0 : this.activeStage, n);
    if (action === null) return;
    event.preventDefault();
    if (action === 'select') this.selectStage(this.activeStage < 0 ? 0 : this.activeStage);
    else if (action === 'clear') this.selectedStage = undefined;
    else {
      this.activeStage = action.move;
      this.focusById(`stage-${action.move}`);
    }
  };

  private onOwnersKeydown = (event: KeyboardEvent): void => {
    const rows = this.result?.owners?.length ?? 0;
    const cols = this.result?.stages.length ?? 0;
    if (rows === 0 || cols === 0) return;
    let [r, c] = this.activeCell;
    switch (event.key) {
      case 'ArrowDown':
        r = Math.min(rows - 1, r + 1);
        break;
      case 'ArrowUp':
        r = Math.max(0, r - 1);
        break;
      case 'ArrowRight':
        c = Math.min(cols - 1, c + 1);
        break;
      case 'ArrowLeft':
        c = Math.max(0, c - 1);
        break;
      case 'Home':
        c = 0;
        if (event.ctrlKey) r = 0;
        break;
      case 'End':
        c = cols - 1;
        if (event.ctrlKey) r = rows - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.selectCell(r, c);
        return;
      case 'Escape':
        this.selectedCell = undefined;
        return;
      default:
        return;
    }
    event.preventDefault();
    this.activeCell = [r, c];
    this.focusById(`cell-${r}-${c}`);
  };

  // ── rendering ────────────────────────────────────────────────────────────────

  private renderOwners(result: FunnelWidgetResult, text: FunnelText): TemplateResult {
    const m = text.m;
    return this.partView(
      ownersPart,
      'owners',
      [m.ownersLoading, m.ownersFailed],
      ({ renderOwners }) =>
        renderOwners({
          result,
          text,
          active: this.activeCell,
          selected: this.selectedCell,
          onKeydown: this.onOwnersKeydown,
          onSelect: (row, col) => this.selectCell(row, col),
          onFocus: (row, col) => (this.activeCell = [row, col]),
        }),
      ({ ownersStyles }) => ownersStyles,
    );
  }

  protected renderResult(result: FunnelWidgetResult): TemplateResult {
    const m = this.i18n.t(messages);
    const t = this.text(result);
    const label = this.label ?? (result.mode === 'checklist' ? m.labelChecklist : m.label);
    const view: StagesView = {
      result,
      text: t,
      label,
      active: this.activeStage,
      selected: this.selectedStage,
      onKeydown: this.onStagesKeydown,
      onSelect: (k) => this.selectStage(k),
      onFocus: (k) => (this.activeStage = k),
    };
    const owners = result.owners && result.owners.length > 0 && !this.noOwners;
    return html`<figure part="figure" aria-label=${label}>
      <figcaption class="sr-only">
        ${t.summary(label, result.stages, result.winRate, result.won, result.lost)}
        ${owners ? `${m.owners}: ${m.instructionsGrid}.` : ''}
      </figcaption>
      ${result.nonMonotonic ? html`<p class="hint" part="hint" role="note">${m.nonMonotonic}</p>` : nothing}
      ${renderStages(view)} ${result.fromDeals ? renderLegend(result, t) : nothing}
      ${result.fromDeals ? renderSummary(result, t) : nothing}
      ${owners ? this.renderOwners(result, t) : nothing} ${renderTable(view)}
    </figure>`;
  }
}

/**
 * Makes the owner table's scroll container a labelled region in the Tab order while the
 * table is wider than it (keyboard users can then scroll it), and a plain box otherwise.
 */
function markScrollRegion(scroll: HTMLElement, scrolls: boolean): void {
  if (scrolls === scroll.hasAttribute('role')) return;
  if (scrolls) {
    scroll.setAttribute('role', 'region');
    scroll.setAttribute('aria-labelledby', 'owners-title');
    scroll.tabIndex = 0;
  } else {
    scroll.removeAttribute('role');
    scroll.removeAttribute('aria-labelledby');
    scroll.removeAttribute('tabindex');
  }
}

function detailOf(stage: FunnelStage) {
  return {
    stage: stage.key,
    label: stage.label,
    ids: stage.ids ? [...stage.ids] : null,
    lostIds: stage.lost?.ids ? [...stage.lost.ids] : null,
    count: stage.count,
  };
}
