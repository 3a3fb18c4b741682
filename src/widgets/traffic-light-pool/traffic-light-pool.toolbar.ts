import { html, type TemplateResult } from 'lit';
import type { TrafficColor } from '../../core/traffic-light.js';
import type { Formatter } from '../../shared/format.js';
import { fill } from '../../shared/messages.js';
import { lampIcon } from './traffic-light-pool.icons.js';
import type { PoolMessages } from './traffic-light-pool.messages.js';
import { COLORS, type TrafficLightPoolResult } from './traffic-light-pool.model.js';

/** The two views of the pool. */
export const POOL_VIEWS = { lights: 'lights', table: 'table' } as const;
export type PoolView = (typeof POOL_VIEWS)[keyof typeof POOL_VIEWS];

/** What the toolbar needs from the element. */
export interface ToolbarProps {
  m: PoolMessages;
  f: Formatter;
  result: TrafficLightPoolResult;
  view: PoolView;
  colors: ReadonlySet<TrafficColor>;
  /** Per-colour counts of the chosen owner's clients. */
  counts: Record<TrafficColor, number>;
  /** Index (in result.owners) of the chosen owner, or -1. */
  chosen: number;
  shown: number;
  ownerName: (owner: string | null) => string;
  colorWord: (color: TrafficColor) => string;
  onView: (view: PoolView) => void;
  onTabsKeydown: (event: KeyboardEvent) => void;
  onColor: (color: TrafficColor) => void;
  onOwnerSelect: (event: Event) => void;
}

/** View tabs (one Tab stop, Left / Right), colour filter toggles, owner filter, shown count. */
export function renderToolbar(p: ToolbarProps): TemplateResult {
  const { m, f, result } = p;
  return html`<div class="toolbar" part="toolbar">
    <div role="tablist" aria-label=${m.views} class="tabs" part="tabs" @keydown=${p.onTabsKeydown}>
      ${(['lights', 'table'] as const).map(
        (v) =>
          html`<button
            type="button"
            role="tab"
            id=${`tab-${v}`}
            part="tab"
            aria-selected=${v === p.view ? 'true' : 'false'}
            aria-controls="panel"
            tabindex=${v === p.view ? 0 : -1}
            @click=${() => p.onView(v)}
          >
            ${v === 'lights' ? m.viewLights : m.viewTable}
          </button>`,
      )}
    </div>
    <div class="filters" role="group" aria-label=${m.colorFilter}>
      ${COLORS.map(
        (c) =>
          html`<button
            type="button"
            class="filter filter--${c}"
            part="filter filter--${c}"
            aria-pressed=${p.colors.has(c) ? 'true' : 'false'}
            @click=${() => p.onColor(c)}
          >
            ${lampIcon(c)}<span>${p.colorWord(c)}</span><span class="num muted">${f.count(p.counts[c])}</span>
          </button>`,
      )}
    </div>
    <label class="owner-filter" part="owner-filter">
      <span>${m.ownerFilter}</span>
      <select @change=${p.onOwnerSelect}>
        <option value="" ?selected=${p.chosen < 0}>${m.allOwners} (${f.count(result.total.count)})</option>
        ${result.owners.map(
          (o, i) =>
            html`<option value=${String(i)} ?selected=${i === p.chosen}>
              ${p.ownerName(o.owner)} (${f.count(o.count)})
            </option>`,
        )}
      </select>
    </label>
    <span class="shown muted" role="status">
      ${fill(m.shown, { shown: f.count(p.shown), total: f.count(result.total.count) })}
    </span>
  </div>`;
}
