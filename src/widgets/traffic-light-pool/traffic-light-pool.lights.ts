import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from '../../shared/style-map.js';
import type { TrafficColor } from '../../core/traffic-light.js';
import type { Formatter } from '../../shared/format.js';
import { fill } from '../../shared/messages.js';
import { lampIcon } from './traffic-light-pool.icons.js';
import type { PoolMessages } from './traffic-light-pool.messages.js';
import { COLORS, type OwnerGroup, type PoolClient } from './traffic-light-pool.model.js';

/** What the lights panel needs from the element. */
export interface LightsProps {
  m: PoolMessages;
  f: Formatter;
  groups: OwnerGroup[];
  /** How many lights (in flat order) are drawn; the rest wait behind "show more". */
  drawn: number;
  /** How many lights are not drawn yet. */
  rest: number;
  /** One owner chosen: offer the way back to all owners. */
  ownerChosen: boolean;
  /** Above maxLights with no owner chosen: per-owner bars instead of lights. */
  aggregated: boolean;
  maxLights: number;
  selectedId?: string;
  /** Flat index of the light that is the Tab stop. */
  tabStop: number;
  /** Index of the owner bar that is the Tab stop. */
  barStop: number;
  ownerName: (owner: string | null) => string;
  colorWord: (color: TrafficColor) => string;
  clientCount: (n: number) => string;
  optionLabel: (client: PoolClient) => string;
  onLightsKeydown: (event: KeyboardEvent) => void;
  onLightsClick: (event: MouseEvent) => void;
  onLightsPointer: (event: PointerEvent) => void;
  onLightsLeave: () => void;
  onLightsFocus: (event: FocusEvent) => void;
  onBar: (owner: string | null) => void;
  onBarsKeydown: (event: KeyboardEvent) => void;
  onMore: () => void;
  onBack: () => void;
}

/** Per-colour counts by client list: a group's list is rebuilt, not edited, when the lists change. */
const counted = new WeakMap<readonly PoolClient[], Record<TrafficColor, number>>();

function counts(p: LightsProps, clients: readonly PoolClient[]): TemplateResult {
  let n = counted.get(clients);
  if (!n) {
    n = { red: 0, yellow: 0, green: 0 };
    for (const c of clients) n[c.color]++;
    counted.set(clients, n);
  }
  return html`<span class="counts">
    ${COLORS.map(
      (c) =>
        html`<span class="count-item" title=${p.colorWord(c)}
          >${lampIcon(c)}<span class="sr-only">${p.colorWord(c)}</span> ${p.f.count(n[c])}</span
        >`,
    )}
  </span>`;
}

function light(p: LightsProps, c: PoolClient, i: number): TemplateResult {
  const soon = c.expiresSoon ? ' light--soon' : '';
  return html`<span
    role="option"
    class="light light--${c.color}${soon}"
    part="light light--${c.color}${soon}"
    data-i=${i}
    tabindex=${i === p.tabStop ? 0 : -1}
    aria-selected=${c.id === p.selectedId ? 'true' : 'false'}
    aria-label=${p.optionLabel(c)}
    >${lampIcon(c.color)}</span
  >`;
}

function renderGroups(p: LightsProps): TemplateResult {
  let left = p.drawn;
  const groups: TemplateResult[] = [];
  for (const [gi, g] of p.groups.entries()) {
    if (left <= 0) break;
    const shown = g.clients.length > left ? g.clients.slice(0, left) : g.clients;
    left -= shown.length;
    groups.push(
      html`<div class="group" part="group" role="group" aria-labelledby=${`group-${gi}`}>
        <div class="group-head" id=${`group-${gi}`}>
          <span class="group-name">${p.ownerName(g.owner)}</span>
          <span class="muted">${p.clientCount(g.clients.length)}</span>
          ${counts(p, g.clients)}
        </div>
        <div class="lights">${shown.map((c, k) => light(p, c, g.start + k))}</div>
      </div>`,
    );
  }
  return html`<div
      class="pool"
      part="lights"
      role="listbox"
      aria-label=${p.m.clients}
      @keydown=${p.onLightsKeydown}
      @click=${p.onLightsClick}
      @pointerover=${p.onLightsPointer}
      @pointerleave=${p.onLightsLeave}
      @focusin=${p.onLightsFocus}
    >
      ${groups}
    </div>
    ${
      p.rest > 0
        ? html`<button type="button" class="more" part="more" @click=${p.onMore}>
            ${fill(p.m.showMore, { n: p.f.count(Math.min(p.rest, p.maxLights)) })}
          </button>`
        : nothing
    }`;
}

function renderBars(p: LightsProps): TemplateResult {
  const max = Math.max(1, ...p.groups.map((g) => g.clients.length));
  return html`<p class="muted aggregated-note">${fill(p.m.aggregated, { n: p.f.count(p.maxLights) })}</p>
    <ul class="bars" part="bars" @keydown=${p.onBarsKeydown}>
      ${p.groups.map((g, i) => {
        const n = { red: 0, yellow: 0, green: 0 };
        for (const c of g.clients) n[c.color]++;
        return html`<li>
          <button
            type="button"
            class="bar-row"
            part="bar"
            data-roving="bars"
            data-i=${i}
            tabindex=${i === p.barStop ? 0 : -1}
            @click=${() => p.onBar(g.owner)}
          >
            <span class="bar-owner">${p.ownerName(g.owner)}</span>
            <span class="bar-track" aria-hidden="true">
              <span
                class="bar-fill"
                style=${styleMap({ width: `${((g.clients.length / max) * 100).toFixed(3)}%` })}
              >
                ${COLORS.map((c) =>
                  n[c] > 0
                    ? html`<span
                        class="seg seg--${c}"
                        part="bar-segment bar-segment--${c}"
                        style=${styleMap({ width: `${((n[c] / g.clients.length) * 100).toFixed(3)}%` })}
                      ></span>`
                    : nothing,
                )}
              </span>
            </span>
            <span class="bar-total num"
              >${p.f.count(g.clients.length)}<span class="sr-only">
                (${p.clientCount(g.clients.length)})</span
              ></span
            >
            ${counts(p, g.clients)}<span class="sr-only">. ${p.m.showOwner}</span>
          </button>
        </li>`;
      })}
    </ul>`;
}

/** The pool as lights grouped by owner, or per-owner bars when there are too many to draw. */
export function renderLights(p: LightsProps): TemplateResult {
  return html`${
    p.ownerChosen
      ? html`<button type="button" class="back" part="back" @click=${p.onBack}>${p.m.allOwnersBack}</button>`
      : nothing
  }
  ${p.aggregated ? renderBars(p) : renderGroups(p)}`;
}
