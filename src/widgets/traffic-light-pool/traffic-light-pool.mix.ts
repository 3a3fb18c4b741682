import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from '../../shared/style-map.js';
import { EPSILON } from '../../core/numbers.js';
import type { PoolMix, TrafficColor, TrafficTarget } from '../../core/traffic-light.js';
import type { Formatter } from '../../shared/format.js';
import { fill } from '../../shared/messages.js';
import { lampIcon } from './traffic-light-pool.icons.js';
import type { PoolMessages } from './traffic-light-pool.messages.js';
import { COLORS, type TrafficLightPoolResult } from './traffic-light-pool.model.js';

/** What the mix table needs from the element. */
export interface MixProps {
  m: PoolMessages;
  f: Formatter;
  result: TrafficLightPoolResult;
  ownerName: (owner: string | null) => string;
  /** Index (in result.owners) of the chosen owner, or -1. */
  chosen: number;
  /** Index of the owner button that is the Tab stop. */
  tabStop: number;
  onOwner: (index: number) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/** Whether a colour's share breaks the target: red above it, green below it (yellow is informative). */
export function offTarget(color: TrafficColor, share: number | null, target: TrafficTarget): boolean {
  if (share === null) return false;
  if (color === 'red') return share > target.red + EPSILON;
  if (color === 'green') return share < target.green - EPSILON;
  return false;
}

export function shortWord(m: PoolMessages, color: TrafficColor): string {
  return color === 'red' ? m.redShort : color === 'yellow' ? m.yellowShort : m.greenShort;
}

/** A deviation in percentage points with its sign: `+5,3 п. п.`, `−1,2 п. п.`. */
export function pointsText(m: PoolMessages, f: Formatter, deviation: number): string {
  const rounded = Math.round(deviation * 1000) / 10;
  return fill(m.pp, { value: f.signed(f.fixed(Math.abs(rounded), 1), rounded) });
}

function shareCell(p: MixProps, mix: PoolMix, color: TrafficColor): TemplateResult {
  const { m, f, result } = p;
  const share = mix.shares[color];
  const deviation = mix.deviation[color];
  const off = offTarget(color, share, result.target);
  return html`<td
    class="num share ${off ? 'off' : ''}"
    part="share share--${color}${off ? ' share--off' : ''}"
  >
    <span class="share-value">${f.percent(share, 1)}</span>
    <span class="count">(${f.count(mix[color])})</span>
    ${
      deviation === null
        ? nothing
        : html`<span class="dev" part="deviation${off ? ' deviation--off' : ''}"
            >${off ? html`<span aria-hidden="true">${color === 'red' ? '▲' : '▼'} </span>` : nothing}${pointsText(
              m,
              f,
              deviation,
            )}${off ? html`<span class="sr-only">, ${m.worse}</span>` : nothing}</span
          >`
    }
  </td>`;
}

function mixBar(mix: PoolMix, target: TrafficTarget): TemplateResult {
  if (mix.count === 0) return html`<span class="muted">—</span>`;
  return html`<div class="mixbar" part="mix-bar" aria-hidden="true">
    ${COLORS.map((c) =>
      mix[c] > 0
        ? html`<span
            class="seg seg--${c}"
            style=${styleMap({ width: `${((mix.shares[c] ?? 0) * 100).toFixed(3)}%` })}
          ></span>`
        : nothing,
    )}
    <span class="mark" style=${styleMap({ left: `${(target.red * 100).toFixed(3)}%` })}></span>
    <span class="mark" style=${styleMap({ left: `${((1 - target.green) * 100).toFixed(3)}%` })}></span>
  </div>`;
}

function meetsCell(m: PoolMessages, meets: boolean | null): TemplateResult {
  if (meets === null) return html`<td>—</td>`;
  return html`<td class="meets" part="meets meets--${meets ? 'yes' : 'no'}">
    ${lampIcon(meets ? 'green' : 'red')}<span>${meets ? m.meets : m.misses}</span>
  </td>`;
}

/** The mix per owner and in total against the target, with the deviation marked. */
export function renderMix(p: MixProps): TemplateResult {
  const { m, f, result } = p;
  const t = result.target;
  const caption = fill(m.mixCaption, {
    red: f.percent(t.red, 0),
    yellow: f.percent(t.yellow, 0),
    green: f.percent(t.green, 0),
  });
  return html`<section class="mix" part="mix">
    <table class="data mix-table" part="mix-table">
      <caption>
        <span class="mix-title">${m.mixTitle}</span>
        <span class="muted"
          >${m.target}: ${lampIcon('red')} ≤ ${f.percent(t.red, 0)} · ${lampIcon('yellow')}
          ${f.percent(t.yellow, 0)} · ${lampIcon('green')} ≥ ${f.percent(t.green, 0)}</span
        >
        <span class="sr-only">${caption}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.owner}</th>
          <th scope="col" class="num">${m.count}</th>
          ${COLORS.map((c) => html`<th scope="col" class="num">${lampIcon(c)} ${shortWord(m, c)}</th>`)}
          <th scope="col" class="bar-col">${m.structure}</th>
          <th scope="col">${m.target}</th>
        </tr>
      </thead>
      <tbody @keydown=${p.onKeydown}>
        ${result.owners.map(
          (o, i) =>
            html`<tr class=${i === p.chosen ? 'chosen' : ''}>
              <th scope="row">
                <button
                  type="button"
                  class="owner-btn"
                  part="owner"
                  data-roving="mix"
                  data-i=${i}
                  tabindex=${i === p.tabStop ? 0 : -1}
                  aria-pressed=${i === p.chosen ? 'true' : 'false'}
                  @click=${() => p.onOwner(i)}
                >
                  ${p.ownerName(o.owner)}
                </button>
              </th>
              <td class="num">${f.count(o.count)}</td>
              ${COLORS.map((c) => shareCell(p, o, c))}
              <td class="bar-col">${mixBar(o, t)}</td>
              ${meetsCell(m, o.meetsTarget)}
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr class="total" part="mix-total">
          <th scope="row">${m.total}</th>
          <td class="num">${f.count(result.total.count)}</td>
          ${COLORS.map((c) => shareCell(p, result.total, c))}
          <td class="bar-col">${mixBar(result.total, t)}</td>
          ${meetsCell(m, result.total.meetsTarget)}
        </tr>
      </tfoot>
    </table>
  </section>`;
}
