import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { TrafficColor } from '../../core/traffic-light.js';
import { common, fill } from '../../shared/messages.js';
import { lazyPart } from '../../shared/lazy-part.js';
import { PulseElement } from '../../shared/pulse-element.js';
import { PoolInput } from './traffic-light-pool.input.js';
import { renderLights } from './traffic-light-pool.lights.js';
import { messages, type PoolMessages } from './traffic-light-pool.messages.js';
import { renderMix } from './traffic-light-pool.mix.js';
import {
  buildPool,
  type PoolClient,
  type TrafficLightPoolOptions,
  type TrafficLightPoolResult,
} from './traffic-light-pool.model.js';
import { schema, type TrafficLightPoolInput } from './traffic-light-pool.schema.js';
import { PoolState } from './traffic-light-pool.state.js';
import { styles } from './traffic-light-pool.styles.js';
import { trafficLightPoolJob } from './traffic-light-pool.job.js';
import type { TableProps } from './traffic-light-pool.table.js';
import { summaryText, tipContent } from './traffic-light-pool.text.js';
import { renderToolbar, type PoolView } from './traffic-light-pool.toolbar.js';

export type {
  PoolClient,
  TrafficLightPoolOptions,
  TrafficLightPoolResult,
} from './traffic-light-pool.model.js';
export { POOL_VIEWS, type PoolView } from './traffic-light-pool.toolbar.js';

/** The explanation of a client's colour: a lazily loaded part, first needed when a client is chosen. */
const explainPart = lazyPart(() => import('./traffic-light-pool.explain.js'));

/** The table view and its stylesheet: a lazily loaded part, first needed when the table is shown. */
const tablePart = lazyPart(() => import('./traffic-light-pool.table.js'));

/**
 * "Лампочки": every client of a pool gets a colour from weighted indicators. Shows the
 * pool as lights grouped by owner (per-owner bars above `maxLights` clients, with a drill
 * into one owner), the colour mix per owner and in total against the target with the
 * deviation marked, a sortable table of the same clients, and for a chosen client why it
 * has its colour: each indicator's raw value, the weight it earned, what is missing and
 * what expires soon with the colour after that. Colour is never the only channel: red,
 * yellow and green also differ by shape and glyph (✕ / ! / ✓) and by their words.
 *
 * Keyboard: each composite is one Tab stop. Lights: arrow keys move (up / down by visual
 * row), Home / End, Page Up / Page Down jump between owners, Enter or Space explains the
 * client, Escape clears the choice. The view tabs move with Left / Right; the owner rows of
 * the mix table, the per-owner bars and the table's client buttons move with Up / Down.
 *
 * @summary Traffic-light client pool with the target mix and a per-client explanation.
 * @tag pulse-traffic-light-pool
 * @fires pulse-client-select - A client was chosen (light or table row). detail: {id}
 * @fires pulse-owner-select - An owner was chosen (mix table, per-owner bar or owner filter). detail: {owner, ids}
 * @fires pulse-color-select - A colour of the colour filter was switched on or off. detail: {colors, ids} (ids of every client with a chosen colour)
 * @fires pulse-error - The input, or part of it, was not accepted. detail: {issues, partial, source}
 * @csspart figure - The whole widget under the state boxes.
 * @csspart mix - The mix section.
 * @csspart mix-table - The mix table: owners and the total against the target.
 * @csspart mix-total - The total row of the mix table.
 * @csspart owner - An owner button in the mix table.
 * @csspart share - A share cell (also share--red / share--yellow / share--green, and share--off when it misses the target).
 * @csspart deviation - The deviation from the target in percentage points (also deviation--off).
 * @csspart mix-bar - The stacked bar of a mix, with the target marks.
 * @csspart meets - Whether the target is met (also meets--yes / meets--no).
 * @csspart toolbar - The bar with the view tabs, the colour filter and the owner filter.
 * @csspart tabs - The view tabs.
 * @csspart tab - One view tab.
 * @csspart filter - A colour filter button (also filter--red / filter--yellow / filter--green).
 * @csspart owner-filter - The owner filter.
 * @csspart panel - The panel of the current view (also panel--lights / panel--table).
 * @csspart none - The message when no client passes the filters.
 * @csspart lights - The listbox of lights.
 * @csspart group - One owner's lights.
 * @csspart light - One client's light (also light--red / light--yellow / light--green, and light--soon).
 * @csspart bars - The per-owner bars shown instead of lights for a large pool.
 * @csspart bar - One owner's bar (a button that drills into the owner).
 * @csspart bar-segment - A colour segment of a bar (also bar-segment--red / bar-segment--yellow / bar-segment--green).
 * @csspart back - The "all owners" button after a drill into one owner.
 * @csspart more - The "show more" button of a long owner.
 * @csspart table-wrap - The scroll container of the table.
 * @csspart table - The client table.
 * @csspart row - A table row (also row--selected).
 * @csspart detail-row - The row under the selected client that holds its explanation.
 * @csspart sort - A sort button in a table header.
 * @csspart pager - The table's page navigation.
 * @csspart table-loading - The loading line in the table's place while its code loads (a lazily loaded part).
 * @csspart table-failed - The message in the table's place when its code could not be loaded.
 * @csspart explain - The explanation of the chosen client.
 * @csspart explain-table - The indicator table of the explanation.
 * @csspart explain-loading - The loading line in the explanation's place while its code loads (a lazily loaded part).
 * @csspart explain-failed - The message in the explanation's place when its code could not be loaded.
 * @csspart verdict - The colour and sum line of the explanation.
 * @csspart notes - What is missing, what expires soon, what already expired.
 * @csspart close - The button that closes the explanation.
 * @csspart tooltip - The tooltip of a light.
 * @csspart error - The error state box.
 * @csspart notice - The list of left-out items above a partly valid pool.
 * @csspart empty - The empty state.
 * @csspart loading - The loading state.
 * @cssproperty [--pulse-traffic-light-pool-light-size=18px] - Size of one light.
 * @cssproperty [--pulse-traffic-light-pool-light-gap=3px] - Gap between lights.
 * @cssproperty [--pulse-traffic-light-pool-explain-width=400px] - Width of the explanation beside the lights on wide hosts.
 * @cssproperty [--pulse-traffic-light-pool-glyph-color=var(--pulse-color-bg)] - Glyph (✕ ✓) on red and green lights.
 * @cssproperty [--pulse-traffic-light-pool-glyph-yellow-color=#1f2328] - Glyph (!) on yellow lights.
 * @cssproperty [--pulse-traffic-light-pool-target-color=var(--pulse-color-text)] - The target marks on the mix bars.
 * @cssproperty [--pulse-status-red=#c43c00] - Red (also --pulse-status-yellow, --pulse-status-green).
 */
export class PulseTrafficLightPool extends PulseElement<TrafficLightPoolInput, TrafficLightPoolResult> {
  static override properties = {
    options: { attribute: false },
    view: { reflect: true },
    noMix: { type: Boolean, attribute: 'no-mix', reflect: true },
  };

  static override styles = [...PulseElement.styles, ...styles];

  protected readonly schema = schema;

  /** `{soonDays: 30, normalize: false, maxLights: 600, pageSize: 50}` by default. */
  options?: TrafficLightPoolOptions;

  /** The view shown first: `lights` or `table` (the user can switch; the table's code loads when first shown). */
  view: PoolView = 'lights';

  /** Hides the mix table. */
  noMix = false;

  private get tooltipEl(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.tooltip') ?? null;
  }

  /** What the user chose (filters, client, sort, page, Tab stops); it requests updates itself. */
  private readonly state = new PoolState(this);
  private readonly input = new PoolInput(
    this.state,
    () => this.renderRoot,
    () => this.currentView,
  );

  protected override recomputeOn(): readonly PropertyKey[] {
    return ['options'];
  }

  protected compute(input: TrafficLightPoolInput): TrafficLightPoolResult {
    return buildPool(input, this.options ?? {});
  }

  protected override workerJob() {
    return { widget: trafficLightPoolJob.widget, params: this.options ?? {} };
  }

  /**
   * A worker's result: its lookups and shown lists are built here, in a task of their own
   * before the render (50 000 clients make each of the two a long task otherwise).
   */
  protected override fromWorker(value: unknown): TrafficLightPoolResult {
    const result = value as TrafficLightPoolResult;
    this.state.sync(result);
    return result;
  }

  protected isEmpty(result: TrafficLightPoolResult): boolean {
    return result.clients.length === 0;
  }

  private get currentView(): PoolView {
    return (this.state.shownView ?? this.view) === 'table' ? 'table' : 'lights';
  }

  private get m(): PoolMessages {
    return this.i18n.t(messages);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('view')) this.state.shownView = undefined;
    this.state.sync(this.result);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const tip = this.tooltipEl;
    const at = this.state.tip;
    if (!tip) return;
    // Positioned through the CSSOM (allowed under a strict CSP), in the top layer so the
    // host's overflow cannot clip it.
    if (at) {
      tip.style.left = `${Math.round(at.x)}px`;
      tip.style.top = `${Math.round(at.y + 6)}px`;
      if (typeof tip.showPopover === 'function' && !tip.matches(':popover-open')) tip.showPopover();
    } else if (typeof tip.hidePopover === 'function' && tip.matches(':popover-open')) {
      tip.hidePopover();
    }
  }

  // No owner reads as such; a blank owner name still shows something to click.
  private ownerName = (owner: string | null): string =>
    owner === null ? this.m.noOwner : owner.trim() === '' ? '—' : owner;
  private colorWord = (color: TrafficColor): string => this.m[color];
  private labelOf = (key: string): string => this.state.labels.get(key) ?? key;
  private clientCount = (n: number): string => {
    const m = this.m;
    return this.i18n.format.countOf(n, {
      one: m.clientOne,
      few: m.clientFew,
      many: m.clientMany,
      other: m.clientMany,
    });
  };
  private optionLabel = (c: PoolClient): string => {
    const color = this.colorWord(c.color).toLowerCase();
    const text = fill(this.m.optionLabel, {
      name: c.name || c.id,
      color,
      score: this.i18n.format.count(c.score, 2),
    });
    const soon = c.expiresSoon;
    return soon ? `${text}; ${this.m.soonLegend}: ${soon.keys.map(this.labelOf).join(', ')}` : text;
  };

  protected renderResult(result: TrafficLightPoolResult): TemplateResult {
    const { m, state: s, input } = this;
    const f = this.i18n.format;
    const view = this.currentView;
    const chosen = s.owner ? result.owners.findIndex((o) => o.owner === s.owner!.value) : -1;
    const tipClient = s.tip ? s.byId.get(s.tip.id) : undefined;
    const words = { ownerName: this.ownerName, colorWord: this.colorWord, labelOf: this.labelOf };
    const client = s.selected;
    const explain = client
      ? this.partView(
          explainPart,
          'explain',
          [m.explainLoading, m.explainFailed],
          (part) =>
            part.renderExplain({
              m,
              f,
              result,
              client,
              closeLabel: this.i18n.t(common).close,
              onClose: input.close,
              ...words,
            }),
          (part) => part.explainStyles,
        )
      : undefined;
    return html`<figure part="figure" aria-label=${this.label ?? m.label}>
      <figcaption class="sr-only">
        ${summaryText(m, f, result, this.ownerName, this.clientCount)} ${m.instructions}.
      </figcaption>
      ${
        this.noMix
          ? nothing
          : renderMix({
              m,
              f,
              result,
              ownerName: this.ownerName,
              chosen,
              tabStop: s.stop('mix', result.owners.length, Math.max(chosen, 0)),
              onOwner: input.mixOwner,
              onKeydown: input.mixKeydown,
            })
      }
      ${renderToolbar({
        m,
        f,
        result,
        view,
        colors: s.colors,
        counts: s.lists.scopeCounts(),
        chosen,
        shown: s.lists.visible.length,
        ...words,
        onView: (v) => s.showView(v),
        onTabsKeydown: input.tabsKeydown,
        onColor: (c) => s.toggleColor(c),
        onOwnerSelect: input.ownerSelect,
      })}
      <div class="body ${explain && view === 'lights' ? 'with-explain' : ''}">
        <div
          role="tabpanel"
          id="panel"
          aria-labelledby=${`tab-${view}`}
          class="panel"
          part="panel panel--${view}"
        >
          ${
            s.lists.visible.length === 0
              ? html`<p class="none" part="none">
                  ${m.noneShown}
                  <button type="button" @click=${() => s.resetFilters()}>${m.resetFilters}</button>
                </p>`
              : view === 'lights'
                ? this.renderLightsPanel(result)
                : this.renderTablePanel(result, explain)
          }
        </div>
        ${view === 'lights' ? (explain ?? nothing) : nothing}
      </div>
      <div class="tooltip" part="tooltip" popover="manual" role="tooltip">
        ${tipClient ? tipContent(m, f, tipClient, this.ownerName, this.colorWord, this.labelOf) : nothing}
      </div>
    </figure>`;
  }

  private renderLightsPanel(result: TrafficLightPoolResult): TemplateResult {
    const { state: s, input } = this;
    const drawn = s.lightsDrawn;
    const { aggregated, groups, flat } = s.lists;
    return renderLights({
      m: this.m,
      f: this.i18n.format,
      groups,
      drawn,
      rest: aggregated ? 0 : flat.length - drawn,
      ownerChosen: s.owner !== undefined,
      aggregated,
      maxLights: result.maxLights,
      selectedId: s.selectedId,
      tabStop: s.stop('lights', drawn),
      barStop: s.stop('bars', groups.length),
      ownerName: this.ownerName,
      colorWord: this.colorWord,
      clientCount: this.clientCount,
      optionLabel: this.optionLabel,
      onLightsKeydown: input.lightsKeydown,
      onLightsClick: input.lightsClick,
      onLightsPointer: input.lightsPointer,
      onLightsLeave: input.lightsLeave,
      onLightsFocus: input.lightsFocus,
      onBar: input.bar,
      onBarsKeydown: input.barsKeydown,
      onMore: input.more,
      onBack: input.back,
    });
  }

  private renderTablePanel(result: TrafficLightPoolResult, detail?: TemplateResult): TemplateResult {
    const { m } = this;
    return this.partView(
      tablePart,
      'table',
      [m.tableLoading, m.tableFailed],
      ({ renderTable }) => renderTable(this.tableProps(result, detail)),
      ({ tableStyles }) => tableStyles,
    );
  }

  private tableProps(result: TrafficLightPoolResult, detail?: TemplateResult): TableProps {
    const { state: s, input } = this;
    const rows = s.pageRows();
    return {
      m: this.m,
      f: this.i18n.format,
      result,
      rows,
      sort: s.sort,
      page: s.pageIndex(),
      pages: s.pageCount(),
      selectedId: s.selectedId,
      tabStop: s.stop('rows', rows.length),
      ownerName: this.ownerName,
      colorWord: this.colorWord,
      labelOf: this.labelOf,
      onSort: (key) => s.sortBy(key),
      onSelect: (c) => {
        s.setActive('rows', rows.indexOf(c));
        s.selectClient(c);
      },
      onRowsKeydown: input.rowsKeydown,
      onPage: input.page,
      detail,
    };
  }
}
