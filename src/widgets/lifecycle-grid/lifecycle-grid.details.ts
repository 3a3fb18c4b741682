import { css, html, nothing, type TemplateResult } from 'lit';
import { parseDate } from '../../core/dates.js';
import type { LifecycleClientResult, LifecycleSegmentNumber } from '../../core/lifecycle.js';
import type { CsvCell } from '../../shared/csv.js';
import type { Formatter } from '../../shared/format.js';
import { fill } from '../../shared/messages.js';
import type { LifecycleGridSegment } from './lifecycle-grid.events.js';
import { soonIcon } from './lifecycle-grid.grid.js';
import type { messages } from './lifecycle-grid.messages.js';
import { isSoon, nextSegment, type GridCell } from './lifecycle-grid.model.js';
import type { LifecycleStrategy } from './lifecycle-grid.strategies.js';

// The panel that opens under the grid when a cell is chosen: its response strategy and
// its clients, with a CSV export for a mailing. Plain functions of their inputs.

type Text = Record<keyof (typeof messages)['ru'], string>;

/** What the panel needs from the element. */
export interface DetailsContext {
  m: Text;
  f: Formatter;
  cell: GridCell;
  /** "3. Постоянные". */
  title: string;
  /** The client rows (clients form), or `null` for a precomputed input. */
  rows: LifecycleClientResult[] | null;
  /** How many rows are rendered (the rest behind "show more"). */
  shown: number;
  pageSize: number;
  soonDays: number;
  /** The cell's strategy; `null` while the default strategies (a lazily loaded part) load. */
  strategy: string | LifecycleStrategy | null;
  /** The loading line shown meanwhile. */
  loadingText: string;
  segmentName: (segment: LifecycleGridSegment) => string;
  onClose: () => void;
  onDownload: () => void;
  onMore: () => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/** `через 5 дней` / `in 5 days`. */
export function inDays(ctx: Pick<DetailsContext, 'm' | 'f'>, days: number): string {
  const { m, f } = ctx;
  return fill(m.inDays, {
    days: f.countOf(days, { one: m.dayOne, few: m.dayFew, many: m.dayMany, other: m.dayMany }),
  });
}

function dateOf(f: Formatter, iso: string | null): string {
  return iso === null ? '—' : f.date(parseDate(iso));
}

function nextText(ctx: DetailsContext, c: LifecycleClientResult): string {
  if (c.daysToNextState === null || c.segment === null) return '—';
  const next = nextSegment(c.segment);
  const state = next === null ? ctx.m.never : ctx.segmentName(next);
  return fill(ctx.m.soonTo, { when: inDays(ctx, c.daysToNextState), state });
}

function renderStrategy(ctx: DetailsContext): TemplateResult {
  const { m, strategy } = ctx;
  if (strategy === null)
    return html`<div class="strategy" part="strategy" aria-busy="true">
      <h5>${m.strategy}</h5>
      <p class="muted" part="strategy-loading" role="status">${ctx.loadingText}</p>
    </div>`;
  const parts: [string, string | undefined][] =
    typeof strategy === 'string'
      ? []
      : [
          [m.mail, strategy.mail],
          [m.call, strategy.call],
          [m.offer, strategy.offer],
        ];
  return html`<div class="strategy" part="strategy">
    <h5>${m.strategy}</h5>
    ${
      typeof strategy === 'string'
        ? html`<p>${strategy}</p>`
        : html`<dl>
            ${parts
              .filter(([, text]) => text)
              .map(
                ([term, text]) =>
                  html`<dt>${term}</dt>
                    <dd>${text}</dd>`,
              )}
          </dl>`
    }
  </div>`;
}

function renderClients(ctx: DetailsContext, rows: LifecycleClientResult[]): TemplateResult {
  const { m, f } = ctx;
  const visible = rows.slice(0, ctx.shown);
  const rest = rows.length - visible.length;
  return html`<div class="list-wrap" part="list-scroll" role="region" tabindex="0" aria-label=${ctx.title}>
      <table class="data list" part="list">
        <caption class="sr-only">
          ${ctx.title}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.client}</th>
            <th scope="col">${m.owner}</th>
            <th scope="col">${m.lastPurchase}</th>
            <th scope="col" class="num">${m.purchases}</th>
            <th scope="col">${m.daysToNext}</th>
          </tr>
        </thead>
        <tbody>
          ${visible.map((c) => {
            const soon = isSoon(c, ctx.soonDays);
            return html`<tr part=${soon ? 'row row--soon' : 'row'}>
              <th scope="row">${c.name ?? c.id}</th>
              <td class="owner">${c.owner ?? '—'}</td>
              <td class="num">${dateOf(f, c.lastPurchase)}</td>
              <td class="num">${f.count(c.purchases)}</td>
              <td class=${soon ? 'soon-cell' : ''}>
                ${soon ? html`<span class="soon" part="soon">${soonIcon()}${m.soonMark}:</span>${' '}` : nothing}${nextText(ctx, c)}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${
      rest > 0
        ? html`<p class="more">
            <span class="muted"
              >${fill(m.rowsShown, { shown: f.count(visible.length), total: f.count(rows.length) })}</span
            >
            <button type="button" part="more" @click=${ctx.onMore}>
              ${fill(m.showMore, { n: f.count(Math.min(rest, ctx.pageSize)) })}
            </button>
          </p>`
        : nothing
    }`;
}

function renderIds(ctx: DetailsContext, ids: string[]): TemplateResult {
  const visible = ids.slice(0, ctx.shown);
  return html`<p class="muted">${ctx.m.idsOnly}</p>
    <div class="list-wrap" part="list-scroll" role="region" tabindex="0" aria-label=${ctx.title}>
      <table class="data list" part="list">
        <caption class="sr-only">
          ${ctx.title}
        </caption>
        <thead>
          <tr>
            <th scope="col">${ctx.m.idColumn}</th>
          </tr>
        </thead>
        <tbody>
          ${visible.map(
            (id) =>
              html`<tr part="row">
                <th scope="row">${id}</th>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      ids.length > visible.length
        ? html`<p class="more">
            <button type="button" part="more" @click=${ctx.onMore}>
              ${fill(ctx.m.showMore, { n: ctx.f.count(Math.min(ids.length - visible.length, ctx.pageSize)) })}
            </button>
          </p>`
        : nothing
    }`;
}

/** The panel of the chosen cell. */
export function renderDetails(ctx: DetailsContext): TemplateResult {
  const { m, f, cell } = ctx;
  const count = f.countOf(cell.count, {
    one: m.clientOne,
    few: m.clientFew,
    many: m.clientMany,
    other: m.clientMany,
  });
  const canExport = ctx.rows ? ctx.rows.length > 0 : (cell.ids?.length ?? 0) > 0;
  let body: TemplateResult;
  if (cell.count === 0) body = html`<p class="muted">${m.noClients}</p>`;
  else if (ctx.rows) body = renderClients(ctx, ctx.rows);
  else if (cell.ids) body = renderIds(ctx, cell.ids);
  else body = html`<p class="muted">${m.noIds}</p>`;
  return html`<section
    class="details"
    part="details"
    aria-labelledby="details-title"
    @keydown=${ctx.onKeydown}
  >
    <div class="details-head">
      <h4 id="details-title">${ctx.title}: ${count}</h4>
      ${
        canExport
          ? html`<button type="button" part="download" @click=${ctx.onDownload}>${m.download}</button>`
          : nothing
      }
      <button type="button" part="close" @click=${ctx.onClose}>${m.close}</button>
    </div>
    ${renderStrategy(ctx)} ${body}
  </section>`;
}

/** The CSV of a cell's list: every row (not only the rendered ones), for a mailing. */
export function detailsCsv(ctx: DetailsContext): CsvCell[][] {
  const { m, f, cell } = ctx;
  if (!ctx.rows) {
    return [[m.idColumn, m.segment], ...(cell.ids ?? []).map((id) => [id, ctx.title])];
  }
  const header = [
    m.idColumn,
    m.client,
    m.owner,
    m.segment,
    m.lastPurchase,
    m.purchases,
    m.daysToNext,
    m.soonColumn,
  ];
  return [
    header,
    ...ctx.rows.map((c) => [
      c.id,
      c.name,
      c.owner,
      c.segment === null
        ? ctx.segmentName('potential')
        : `${c.segment}. ${ctx.segmentName(c.segment as LifecycleSegmentNumber)}`,
      dateOf(f, c.lastPurchase) === '—' ? null : dateOf(f, c.lastPurchase),
      c.purchases,
      c.daysToNextState,
      isSoon(c, ctx.soonDays) ? m.yes : null,
    ]),
  ];
}

/** The panel's styles: they load with it and are adopted by the element (see adoptStyles). */
export const detailsStyles = css`
  .details {
    margin-top: 14px;
    padding: 10px 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .details-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .details-head h4 {
    margin: 0;
    font-size: 1.05em;
    margin-right: auto;
  }
  .strategy {
    margin: 8px 0;
    padding: 6px 10px;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .strategy h5 {
    margin: 0 0 4px;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .strategy dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 10px;
    margin: 0;
  }
  .strategy dt {
    font-weight: 600;
  }
  .strategy dd,
  .strategy p {
    margin: 0;
  }
  .list-wrap {
    max-height: var(--_list-max);
    overflow: auto;
  }
  .list-wrap:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  table.list {
    min-width: 640px;
  }
  table.list th {
    position: sticky;
    top: 0;
    background: var(--_bg);
  }
  table.list td.owner {
    white-space: nowrap;
  }
  table.list td.soon-cell .soon {
    margin-right: 4px;
  }
  .more {
    margin-top: 6px;
  }
`;
