import { html, nothing, svg, type TemplateResult } from 'lit';
import type { FunnelStage } from '../../core/funnel.js';
import { fill } from '../../shared/messages.js';
import type { FunnelWidgetResult } from './funnel.component.js';
import type { StageBar } from './funnel.model.js';
import type { FunnelText } from './funnel.text.js';

// The stage list of <pulse-funnel>: the rows with their bars and figures, the legend of
// the bar parts, the won / lost summary and the data table alternative.

/** What the stage list needs from the element: the result and its interaction state. */
export interface StagesView {
  result: FunnelWidgetResult;
  text: FunnelText;
  /** The chart's accessible name (the table's caption). */
  label: string;
  /** Index of the roving Tab stop; -1 before any focus. */
  active: number;
  /** Key of the selected stage. */
  selected?: string;
  onKeydown: (event: KeyboardEvent) => void;
  onSelect: (k: number) => void;
  onFocus: (k: number) => void;
}

/** A figure column after the label and the bar. */
interface Column {
  key: string;
  title: string;
  value: (s: FunnelStage, t: FunnelText) => string;
}

const SVG_WIDTH = 1000;

/** The figure columns the result has something for (value, share, clients only when given). */
function columns(r: FunnelWidgetResult, t: FunnelText): Column[] {
  const m = t.m;
  const funnelMode = r.mode === 'funnel';
  const cols: Column[] = [
    { key: 'count', title: funnelMode ? m.count : m.done, value: (s) => t.count(s.count) },
  ];
  if (r.has.value) cols.push({ key: 'value', title: m.value, value: (s) => t.money(s.value) });
  if (r.has.share) cols.push({ key: 'share', title: m.shareOfBase, value: (s) => t.percent(s.shareOfBase) });
  if (r.has.clients) cols.push({ key: 'clients', title: m.clients, value: (s) => t.count(s.clients) });
  if (funnelMode) {
    // The first stage converts from nothing: its cell stays empty.
    cols.push({
      key: 'prev',
      title: m.fromPrevious,
      value: (s) => (s.index === 0 ? '' : t.percent(s.fromPrevious)),
    });
    cols.push({ key: 'first', title: m.fromFirst, value: (s) => t.percent(s.fromFirst) });
  }
  return cols;
}

/**
 * The stage rows: one listbox (one Tab stop, arrows move) whose options are named by their
 * content; each figure carries its column title for screen readers (shown when rows stack).
 */
export function renderStages(v: StagesView): TemplateResult {
  const { result: r, text: t } = v;
  const m = t.m;
  const cols = columns(r, t);
  const tabStop = v.active >= 0 ? v.active : 0;
  return html`<div class="grid cols-${cols.length}">
    <div class="head" aria-hidden="true">
      <span>${r.mode === 'funnel' ? m.stage : m.step}</span><span></span>
      ${cols.map((c) => html`<span class="num">${c.title}</span>`)}
    </div>
    <div
      class="stages"
      part="stages"
      role="listbox"
      aria-label=${r.mode === 'funnel' ? m.stages : m.steps}
      @keydown=${v.onKeydown}
    >
      ${r.stages.map((s, k) => {
        const selected = v.selected === s.key;
        const previous = k > 0 ? r.stages[k - 1] : undefined;
        return html`<div
          id=${`stage-${k}`}
          class="stage ${k === v.active ? 'active' : ''}"
          part="stage${selected ? ' stage--selected' : ''}"
          role="option"
          tabindex=${k === tabStop ? 0 : -1}
          aria-selected=${selected ? 'true' : 'false'}
          @click=${() => v.onSelect(k)}
          @focus=${() => v.onFocus(k)}
        >
          ${
            r.mode === 'funnel' && previous && s.dropOff !== null && s.dropOff !== 0
              ? html`<span class="drop ${s.dropOff < 0 ? 'rise' : ''}" part="drop"
                  ><span aria-hidden="true">${s.dropOff < 0 ? '↗' : '↘'}</span> ${t.drop(s, previous)}</span
                >`
              : nothing
          }
          <span class="label" part="label">${s.label}</span>
          ${renderBar(r.bars[k], r.mode)}
          ${cols.map((c) => {
            const value = c.value(s, t);
            return value === ''
              ? html`<span class="num fig fig--${c.key}"></span>`
              : html`<span class="num fig fig--${c.key}"
                  ><span class="fig-title">${c.title}</span> ${value}</span
                >`;
          })}
          ${r.fromDeals ? renderDetails(s, t) : nothing}
        </div>`;
      })}
    </div>
  </div>`;
}

function renderBar(bar: StageBar, mode: string): TemplateResult {
  return html`<svg
    class="bar bar--${mode}"
    part="bar"
    viewBox="0 0 ${SVG_WIDTH} 10"
    preserveAspectRatio="none"
    aria-hidden="true"
  >
    <rect class="track" width=${SVG_WIDTH} height="10"></rect>
    ${bar.ghost !== null ? svg`<rect class="ghost" width=${bar.ghost * SVG_WIDTH} height="10"></rect>` : nothing}
    ${bar.segments.map(
      (g) =>
        svg`<rect class="segment segment--${g.kind}" part="segment segment--${g.kind}" x=${g.x * SVG_WIDTH} width=${g.width * SVG_WIDTH} height="10"></rect>`,
    )}
  </svg>`;
}

/** Open and lost deals at the stage, and the time spent in it. */
function renderDetails(s: FunnelStage, t: FunnelText): TemplateResult {
  const m = t.m;
  return html`<span class="details" part="details">
    ${s.open && s.open.count > 0 ? html`<span>${m.open} ${t.group(s.open)}</span>` : nothing}
    ${
      s.lost && s.lost.count > 0
        ? html`<span class="lost"><span aria-hidden="true">✕ </span>${m.lost} ${t.group(s.lost)}</span>`
        : nothing
    }
    ${s.time && s.time.left > 0 ? html`<span>${t.time(s.time)}</span>` : nothing}
    ${
      s.time && s.time.inStage > 0
        ? html`<span class="muted">${fill(m.stillIn, { n: t.count(s.time.inStage) })}</span>`
        : nothing
    }
  </span>`;
}

/** The parts of a deal bar (the figures themselves are in the rows' text). */
export function renderLegend(r: FunnelWidgetResult, t: FunnelText): TemplateResult {
  const m = t.m;
  const kinds = new Set<string>(r.bars.flatMap((b) => b.segments.map((g) => g.kind)));
  const items: [string, string][] = [
    ['advanced', m.advanced],
    ['won', m.won],
    ['open', m.open],
    ['lost', m.lost],
  ];
  return html`<ul class="legend" part="legend" aria-hidden="true">
    ${items
      .filter(([k]) => kinds.has(k))
      .map(([k, text]) => html`<li><span class="key key--${k}"></span>${text}</li>`)}
  </ul>`;
}

/** Won and lost in total, the win rate and what is still open. */
export function renderSummary(r: FunnelWidgetResult, t: FunnelText): TemplateResult | typeof nothing {
  if (!r.won || !r.lost || !r.open) return nothing;
  const m = t.m;
  return html`<p class="summary" part="summary">
    <span class="won"
      ><span aria-hidden="true">✓ </span>${m.won}: <strong class="num">${t.group(r.won)}</strong></span
    >
    <span class="lost"
      ><span aria-hidden="true">✕ </span>${m.lost}: <strong class="num">${t.group(r.lost)}</strong></span
    >
    <span>${m.winRate}: <strong class="num">${t.percent(r.winRate)}</strong></span>
    <span>${m.open}: <strong class="num">${t.group(r.open)}</strong></span>
  </p>`;
}

/** The data table alternative: every stage figure, and with deals the open, lost and time columns. */
export function renderTable(v: StagesView): TemplateResult {
  const { result: r, text: t } = v;
  const m = t.m;
  const cols = columns(r, t);
  const deals = r.fromDeals;
  // The wrapper hides the table: a table is never narrower than its content, so an sr-only
  // table would widen its scrolling ancestors.
  return html`<div class="sr-only table-wrap">
    <table class="data" part="table">
      <caption>
        ${v.label}
      </caption>
      <thead>
        <tr>
          <th scope="col">${r.mode === 'funnel' ? m.stage : m.step}</th>
          ${cols.map((c) => html`<th scope="col" class="num">${c.title}</th>`)}
          ${
            deals
              ? html`<th scope="col" class="num">${m.open}</th>
                  <th scope="col" class="num">${m.lost}</th>`
              : nothing
          }
          ${r.has.time ? html`<th scope="col" class="num">${m.timeTitle}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${r.stages.map(
          (s) =>
            html`<tr>
              <th scope="row">${s.label}</th>
              ${cols.map((c) => html`<td class="num">${c.value(s, t)}</td>`)}
              ${
                deals
                  ? html`<td class="num">${s.open ? t.group(s.open) : '—'}</td>
                      <td class="num">${s.lost ? t.group(s.lost) : '—'}</td>`
                  : nothing
              }
              ${r.has.time ? html`<td class="num">${s.time && s.time.left > 0 ? t.time(s.time) : '—'}</td>` : nothing}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
