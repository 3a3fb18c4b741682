import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import {
  OTHER_KEY,
  type ChannelSharesOptions,
  type ChannelSharesResult,
  type ChannelSlice,
} from '../../core/shares.js';
import { PulseElement } from '../../shared/pulse-element.js';
import { common, fill } from '../../shared/messages.js';
import { donutGeometry, DONUT_INNER, type SliceGeometry } from './channel-pie.chart.js';
import { PulseSliceSelectEvent } from './channel-pie.events.js';
import { messages } from './channel-pie.messages.js';
import { schema, type ChannelPieInput, type ChannelUnit } from './channel-pie.schema.js';
import { styles } from './channel-pie.styles.js';
import { listKey } from '../../shared/keys.js';
import { channelPieJob } from './channel-pie.job.js';

/** Options of `<pulse-channel-pie>`: grouping and rounding of the shares. */
export type ChannelPieOptions = Pick<ChannelSharesOptions, 'otherBelow' | 'decimals' | 'sort'>;

/** What the pie computes from its input. */
export interface ChannelPieResult extends ChannelSharesResult {
  unit: ChannelUnit;
  currency: string;
  hasLosses: boolean;
}

type SetName = 'gains' | 'losses';

interface FlatSlice {
  set: SetName;
  slice: ChannelSlice;
  geometry: SliceGeometry;
  /** Colour class: c1..c7 by position in the set, c0 for "other". */
  colour: string;
}

const LABEL_MIN_ANGLE = 0.3;
/** Members of "other" named in its legend, tooltip and labels; the rest are counted ("and 49 990 more"). */
const MAX_MEMBERS = 10;

/**
 * Sales channel shares and loss reasons as two donuts, each with its own total, and the
 * net balance (gains − losses). Percent labels are rounded by the largest-remainder method
 * so each donut adds up to exactly 100; small slices are grouped into "other".
 *
 * Keyboard: the chart is one Tab stop; arrow keys move between slices (across both donuts),
 * Home / End jump, Enter or Space selects, Escape clears the selection.
 *
 * @summary Sales channel shares and loss reasons with the net balance.
 * @tag pulse-channel-pie
 * @fires pulse-slice-select - A slice was chosen. detail: {set: 'gains' | 'losses', key, keys, label, value}
 * @fires pulse-error - The input, or part of it, was not accepted. detail: {issues, partial, source}
 * @csspart figure - The figure holding both donuts, the balance and the table.
 * @csspart set - One donut with its title and legend (also set--gains / set--losses).
 * @csspart chart - The SVG of a donut.
 * @csspart slice - A slice path (also slice--gains / slice--losses / slice--other).
 * @csspart legend - The legend list of a donut.
 * @csspart balance - The net balance line.
 * @csspart table - The data table alternative (visually hidden unless show-table).
 * @csspart tooltip - The tooltip.
 * @csspart error - The error state box.
 * @csspart notice - The list of left-out items above a partly valid chart.
 * @csspart empty - The empty state.
 * @csspart loading - The loading state.
 * @cssproperty [--pulse-channel-pie-size=220px] - Maximum diameter of a donut.
 * @cssproperty [--pulse-channel-pie-gap=24px] - Gap between the donuts.
 * @cssproperty [--pulse-channel-pie-other-color=var(--pulse-series-8)] - Fill of the "other" slice.
 * @cssproperty [--pulse-series-1=#0072b2] - Slice colours come from --pulse-series-1 ... --pulse-series-7.
 */
export class PulseChannelPie extends PulseElement<ChannelPieInput, ChannelPieResult> {
  static override properties = {
    options: { attribute: false },
    noLegend: { type: Boolean, attribute: 'no-legend', reflect: true },
    showTable: { type: Boolean, attribute: 'show-table', reflect: true },
    active: { state: true },
    selected: { state: true },
    tip: { state: true },
  };

  static override styles = [...PulseElement.styles, styles];

  protected readonly schema = schema;

  /** Grouping and rounding: `{otherBelow: 0.02, decimals: 0, sort: 'input'}` by default. */
  options?: ChannelPieOptions;

  /** Hides the legends. */
  noLegend = false;

  /** Shows the data table under the chart (it is always there for screen readers). */
  showTable = false;

  /** Index (over both donuts, gains first) of the slice with keyboard focus or pointer. */
  private active = -1;
  /** `set:key` of the selected slice. */
  private selected?: string;
  private tip?: { index: number; x: number; y: number };

  private get tooltipEl(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.tooltip') ?? null;
  }

  private flat: FlatSlice[] = [];

  protected override recomputeOn(): readonly PropertyKey[] {
    return ['options'];
  }

  protected compute(input: ChannelPieInput): ChannelPieResult {
    return channelPieJob.core(input, this.options ?? {});
  }

  protected override workerJob() {
    return { widget: channelPieJob.widget, params: this.options ?? {} };
  }

  protected isEmpty(result: ChannelPieResult): boolean {
    return result.gains.length === 0 && result.losses.length === 0;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const before = this.result;
    super.willUpdate(changed);
    if (this.result !== before) {
      this.flat = this.result
        ? [...this.layout('gains', this.result.gains), ...this.layout('losses', this.result.losses)]
        : [];
      if (this.active >= this.flat.length) this.active = -1;
      this.tip = undefined;
    }
  }

  private layout(set: SetName, slices: ChannelSlice[]): FlatSlice[] {
    const geometry = donutGeometry(slices.map((s) => s.value));
    return slices.map((slice, i) => ({
      set,
      slice,
      geometry: geometry[i],
      colour: slice.key === OTHER_KEY ? 'c0' : `c${((set === 'losses' ? i + 5 : i) % 7) + 1}`,
    }));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const tip = this.tooltipEl;
    if (!tip) return;
    // Positioned through the CSSOM (allowed under a strict CSP), shown in the top layer
    // so the host's overflow cannot clip it.
    if (this.tip) {
      tip.style.left = `${Math.round(this.tip.x + 12)}px`;
      tip.style.top = `${Math.round(this.tip.y + 12)}px`;
      if (typeof tip.showPopover === 'function' && !tip.matches(':popover-open')) tip.showPopover();
    } else if (typeof tip.hidePopover === 'function' && tip.matches(':popover-open')) {
      tip.hidePopover();
    }
  }

  private sliceLabel(slice: ChannelSlice): string {
    return slice.key === OTHER_KEY ? this.i18n.t(messages).other : slice.label;
  }

  private value(v: number): string {
    const r = this.result as ChannelPieResult;
    return this.i18n.format.value(v, r.unit, r.currency);
  }

  private percent(p: number | null): string {
    return this.i18n.format.percentValue(p, this.options?.decimals ?? 0);
  }

  private describe(f: FlatSlice): string {
    const m = this.i18n.t(messages);
    const members = f.slice.members ? ` (${this.membersText(f.slice.members)})` : '';
    return `${f.set === 'gains' ? m.gains : m.losses}. ${this.sliceLabel(f.slice)}${members}: ${this.value(f.slice.value)}, ${this.percent(f.slice.percent)}`;
  }

  /** The members of "other", the first {@link MAX_MEMBERS} by name and the rest counted. */
  private membersText(members: NonNullable<ChannelSlice['members']>): string {
    const named = members
      .slice(0, MAX_MEMBERS)
      .map((x) => x.label)
      .join(', ');
    const rest = members.length - MAX_MEMBERS;
    return rest > 0
      ? `${named} ${fill(this.i18n.t(common).more, { n: this.i18n.format.count(rest) })}`
      : named;
  }

  private select(index: number): void {
    const f = this.flat[index];
    if (!f) return;
    this.active = index;
    this.selected = `${f.set}:${f.slice.key}`;
    const keys = f.slice.members ? f.slice.members.map((x) => x.key) : [f.slice.key];
    this.dispatchEvent(
      new PulseSliceSelectEvent({
        set: f.set,
        key: f.slice.key,
        keys,
        label: this.sliceLabel(f.slice),
        value: f.slice.value,
      }),
    );
  }

  private focusSlice(index: number): void {
    this.active = index;
    void this.updateComplete.then(() => {
      const path = this.renderRoot.querySelector<SVGPathElement>(`#slice-${index}`);
      if (!path) return;
      path.focus();
      const box = path.getBoundingClientRect();
      this.tip = { index, x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
  }

  private onKeydown(event: KeyboardEvent): void {
    const n = this.flat.length;
    if (n === 0) return;
    const current = this.active < 0 ? 0 : this.active;
    const action = listKey(event.key, current, n, { wrap: true });
    if (action === null) return;
    event.preventDefault();
    if (action === 'select') this.select(current);
    else if (action === 'clear') {
      this.selected = undefined;
      this.tip = undefined;
    } else this.focusSlice(action.move);
  }

  protected renderResult(result: ChannelPieResult): TemplateResult {
    const m = this.i18n.t(messages);
    const label = this.label ?? m.label;
    return html`<figure part="figure" aria-label=${label}>
      <figcaption class="sr-only">${this.summary(result)}</figcaption>
      <div class="charts" @keydown=${this.onKeydown} @focusout=${this.onFocusOut}>
        ${this.renderSet('gains', result.gains, result.gainsTotal)}
        ${result.hasLosses ? this.renderSet('losses', result.losses, result.lossesTotal) : nothing}
      </div>
      ${result.hasLosses ? this.renderBalance(result) : nothing} ${this.renderTable()}
      <div class="tooltip" part="tooltip" popover="manual" role="tooltip">
        ${this.tip && this.flat[this.tip.index] ? this.renderTip(this.flat[this.tip.index]) : nothing}
      </div>
    </figure>`;
  }

  private onFocusOut = (event: FocusEvent): void => {
    if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) this.tip = undefined;
  };

  private renderSet(set: SetName, slices: ChannelSlice[], total: number): TemplateResult {
    const m = this.i18n.t(messages);
    const title = set === 'gains' ? m.gains : m.losses;
    const offset = set === 'gains' ? 0 : (this.result as ChannelPieResult).gains.length;
    const items = this.flat.slice(offset, offset + slices.length);
    // The first slice is the Tab stop until another is active (roving tabindex).
    const tabStop = this.active >= 0 ? this.active : 0;
    return html`<section class="set" part="set set--${set}">
      <h3>${title} <span class="total num">· ${this.value(total)}</span></h3>
      ${
        items.length === 0
          ? html`<p class="muted">${set === 'gains' ? m.noGains : m.noLosses}</p>`
          : html`<svg
                viewBox="-100 -100 200 200"
                part="chart"
                role="group"
                aria-label=${`${title}, ${m.total} ${this.value(total)}`}
              >
                ${set === 'losses' ? this.hatchPattern() : nothing}
                ${items.map((f, i) => this.renderSlice(f, offset + i, tabStop))} ${this.renderCentre(total)}
                <text class="center-label" y=${DONUT_INNER / 2 - 4} aria-hidden="true">${m.total}</text>
              </svg>
              ${this.noLegend ? nothing : this.renderLegend(items, offset)}`
      }
    </section>`;
  }

  private renderCentre(total: number): TemplateResult {
    const r = this.result as ChannelPieResult;
    const text = this.i18n.format.compact(total, r.unit, r.currency);
    return svg`<text class="center-value ${text.length > 7 ? 'center-value--long' : ''}" y="4" aria-hidden="true">${text}</text>`;
  }

  private hatchPattern(): TemplateResult {
    return svg`<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line></pattern></defs>`;
  }

  private renderSlice(f: FlatSlice, index: number, tabStop: number): TemplateResult {
    const key = `${f.set}:${f.slice.key}`;
    const showLabel = f.geometry.angle >= LABEL_MIN_ANGLE;
    return svg`<path id=${`slice-${index}`} class="slice ${f.colour} ${index === this.active ? 'active' : ''}"
        part="slice slice--${f.set}${f.slice.key === OTHER_KEY ? ' slice--other' : ''}"
        d=${f.geometry.path} role="button" tabindex=${index === tabStop ? 0 : -1}
        aria-pressed=${this.selected === key ? 'true' : 'false'}
        aria-label=${this.describe(f)}
        @click=${() => this.select(index)}
        @pointerenter=${(e: PointerEvent) => this.pointTip(index, e)}
        @pointermove=${(e: PointerEvent) => this.pointTip(index, e)}
        @pointerleave=${() => (this.tip = undefined)}
        @focus=${() => (this.active = index)}></path>
      ${f.set === 'losses' ? svg`<path class="hatched" d=${f.geometry.path} fill="url(#hatch)" aria-hidden="true"></path>` : nothing}
      ${showLabel ? svg`<text class="slice-label" x=${f.geometry.labelX} y=${f.geometry.labelY} aria-hidden="true">${this.percent(f.slice.percent)}</text>` : nothing}`;
  }

  private pointTip(index: number, event: PointerEvent): void {
    this.tip = { index, x: event.clientX, y: event.clientY };
  }

  private renderLegend(items: FlatSlice[], offset: number): TemplateResult {
    return html`<ul class="legend" part="legend" aria-hidden="true">
      ${items.map(
        (f, i) =>
          html`<li
            class="${offset + i === this.active ? 'active' : ''} ${this.selected === `${f.set}:${f.slice.key}` ? 'selected' : ''}"
            @click=${() => this.select(offset + i)}
            @pointerenter=${() => (this.active = offset + i)}
          >
            <span class="swatch ${f.colour} ${f.set === 'losses' ? 'hatched-swatch' : ''}"></span>
            <span>${this.sliceLabel(f.slice)}</span>
            <span class="num muted">${this.value(f.slice.value)}</span>
            <span class="num">${this.percent(f.slice.percent)}</span>
            ${f.slice.members ? html`<span class="members">${this.membersText(f.slice.members)}</span>` : nothing}
          </li>`,
      )}
    </ul>`;
  }

  private renderTip(f: FlatSlice): TemplateResult {
    return html`<strong>${this.sliceLabel(f.slice)}</strong><br />
      <span class="num">${this.value(f.slice.value)} · ${this.percent(f.slice.percent)}</span>
      ${
        f.slice.members
          ? html`<br />${f.slice.members
                .slice(0, MAX_MEMBERS)
                .map((x) => html`${x.label}: ${this.value(x.value)}<br />`)}${
                f.slice.members.length > MAX_MEMBERS
                  ? fill(this.i18n.t(common).more, {
                      n: this.i18n.format.count(f.slice.members.length - MAX_MEMBERS),
                    })
                  : nothing
              }`
          : nothing
      }`;
  }

  private renderBalance(result: ChannelPieResult): TemplateResult {
    const m = this.i18n.t(messages);
    const text = this.i18n.format.signed(this.value(Math.abs(result.net)), result.net);
    const tone = result.net > 0 ? 'positive' : result.net < 0 ? 'negative' : '';
    return html`<p class="balance" part="balance">
      ${m.net} (${m.gains.toLowerCase()} − ${m.losses.toLowerCase()}):
      <span class="num ${tone}">${text}</span>
    </p>`;
  }

  private summary(result: ChannelPieResult): string {
    const m = this.i18n.t(messages);
    const f = this.i18n.format;
    const part = (set: SetName, slices: ChannelSlice[], total: number): string => {
      const title = set === 'gains' ? m.gains : m.losses;
      if (slices.length === 0) return `${set === 'gains' ? m.noGains : m.noLosses}.`;
      const n = slices.length;
      const forms =
        set === 'gains'
          ? { one: m.channelOne, few: m.channelFew, many: m.channelMany, other: m.channelMany }
          : { one: m.reasonOne, few: m.reasonFew, many: m.reasonMany, other: m.reasonMany };
      const top = slices.reduce((a, b) => (b.value > a.value ? b : a));
      return `${title}: ${m.total} ${this.value(total)}, ${f.countOf(n, forms)}; ${fill(m.largest, {
        label: this.sliceLabel(top),
        percent: this.percent(top.percent),
      })}.`;
    };
    const parts = [part('gains', result.gains, result.gainsTotal)];
    if (result.hasLosses) {
      parts.push(part('losses', result.losses, result.lossesTotal));
      parts.push(`${m.net}: ${f.signed(this.value(Math.abs(result.net)), result.net)}.`);
    }
    return `${parts.join(' ')} ${m.instructions}.`;
  }

  private renderTable(): TemplateResult {
    const m = this.i18n.t(messages);
    // The wrapper hides the table: a table is never narrower than its content, so an sr-only
    // table would widen the page.
    return html`<div class="sr-only table-wrap">
      <table class="data" part="table">
        <caption>
          ${this.label ?? m.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.set}</th>
            <th scope="col">${m.item}</th>
            <th scope="col" class="num">${m.value}</th>
            <th scope="col" class="num">${m.share}</th>
          </tr>
        </thead>
        <tbody>
          ${this.flat.map(
            (f) =>
              html`<tr>
                <td>${f.set === 'gains' ? m.gains : m.losses}</td>
                <th scope="row">
                  ${this.sliceLabel(f.slice)}${f.slice.members ? ` (${this.membersText(f.slice.members)})` : ''}
                </th>
                <td class="num">${this.value(f.slice.value)}</td>
                <td class="num">${this.percent(f.slice.percent)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
