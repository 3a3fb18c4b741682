import { css, html, nothing, type TemplateResult } from 'lit';
import { parseDate } from '../../core/dates.js';
import type { TrafficColor } from '../../core/traffic-light.js';
import type { Formatter } from '../../shared/format.js';
import { fill } from '../../shared/messages.js';
import type { PoolMessages } from './traffic-light-pool.messages.js';
import { ruleText, type PoolClient, type TrafficLightPoolResult } from './traffic-light-pool.model.js';
import { colorTag } from './traffic-light-pool.icons.js';

/** What the explanation needs from the element. */
export interface ExplainProps {
  m: PoolMessages;
  f: Formatter;
  result: TrafficLightPoolResult;
  client: PoolClient;
  closeLabel: string;
  ownerName: (owner: string | null) => string;
  colorWord: (color: TrafficColor) => string;
  labelOf: (key: string) => string;
  onClose: () => void;
}

function expiryLine(p: ExplainProps, key: string): TemplateResult | typeof nothing {
  const raw = p.client.expires?.[key];
  if (raw === undefined || raw === null) return nothing;
  const day = parseDate(raw);
  if (day === null) return nothing;
  const soon = p.client.expiresSoon?.keys.includes(key) ?? false;
  const expired = p.client.expired.includes(key);
  const text = fill(expired ? p.m.expiredOn : p.m.expiresOn, { date: p.f.date(day) });
  return html`<span class="exp ${soon ? 'exp--soon' : ''} ${expired ? 'exp--expired' : ''}"
    >${text}${soon ? html` <span class="flag">${p.m.soon}</span>` : nothing}</span
  >`;
}

/** For one client: each indicator's raw value, the weight it earned, what is missing, what expires soon. */
export function renderExplain(p: ExplainProps): TemplateResult {
  const { m, f, result, client: c } = p;
  const list = (keys: readonly string[]) => keys.map(p.labelOf).join(', ');
  const earnedSum = result.indicators.reduce((s, ind) => s + (c.earned[ind.key] ?? 0), 0);
  const scoreText = result.normalize
    ? fill(m.verdictNormalized, {
        score: f.count(c.score, 2),
        sum: f.count(earnedSum, 2),
        weights: f.count(result.weightSum, 2),
      })
    : fill(m.verdict, { score: f.count(c.score, 2) });
  const soon = c.expiresSoon;
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') p.onClose();
  };
  return html`<section class="explain" part="explain" aria-labelledby="explain-title" @keydown=${onKeydown}>
    <header class="explain-head">
      <div>
        <h3 id="explain-title">${c.name || c.id}</h3>
        <span class="muted">${p.ownerName(c.owner)} · ${m.explainTitle}</span>
      </div>
      <button type="button" class="close" part="close" aria-label=${p.closeLabel} @click=${p.onClose}>
        ✕
      </button>
    </header>
    <p class="verdict" part="verdict">
      ${colorTag(c.color, p.colorWord(c.color))}
      <span>${scoreText}</span>
      <span class="muted"
        >(${fill(m.thresholdsText, { green: f.count(result.thresholds.green, 2), yellow: f.count(result.thresholds.yellow, 2) })})</span
      >
    </p>
    <table class="data explain-table" part="explain-table">
      <caption class="sr-only">
        ${m.explainTitle}: ${c.name || c.id}
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.indicator}</th>
          <th scope="col" class="num">${m.value}</th>
          <th scope="col">${m.rule}</th>
          <th scope="col" class="num">${m.earnedOfWeight}</th>
        </tr>
      </thead>
      <tbody>
        ${result.indicators.map((ind) => {
          const v = c.values[ind.key];
          const e = c.earned[ind.key] ?? 0;
          const missing = c.missing.includes(ind.key);
          return html`<tr class=${missing ? 'missing' : ''}>
            <th scope="row">${p.labelOf(ind.key)} ${expiryLine(p, ind.key)}</th>
            <td class="num">
              ${missing ? html`<span class="flag">${m.noValue}</span>` : f.count(v ?? null, 2)}
            </td>
            <td>${ruleText(ind.rule, f, m.any)}</td>
            <td class="num earned ${e > 0 ? 'earned--yes' : 'earned--no'}">
              <span aria-hidden="true">${e > 0 ? '✓' : '✕'}</span> ${f.count(e, 2)} /
              ${f.count(ind.weight, 2)}
            </td>
          </tr>`;
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${m.sum}</th>
          <td></td>
          <td></td>
          <td class="num">${f.count(earnedSum, 2)} / ${f.count(result.weightSum, 2)}</td>
        </tr>
      </tfoot>
    </table>
    <ul class="notes" part="notes">
      <li>${c.missing.length > 0 ? fill(m.missing, { list: list(c.missing) }) : m.nothingMissing}</li>
      ${
        result.asOf === null
          ? nothing
          : html`<li class=${soon ? 'soon' : ''}>
              ${
                soon
                  ? html`${fill(m.soonAfter, { days: f.count(result.soonDays), list: list(soon.keys), score: f.count(soon.score, 2) })}
                    ${colorTag(soon.color, p.colorWord(soon.color))}`
                  : fill(m.nothingSoon, { days: f.count(result.soonDays) })
              }
            </li>`
      }
      ${c.expired.length > 0 ? html`<li class="expired">${fill(m.expired, { list: list(c.expired) })}</li>` : nothing}
    </ul>
  </section>`;
}

/** The explanation's styles: they load with it and are adopted by the element (see adoptStyles). */
export const explainStyles = css`
  /* Explanation of one client. */
  .explain {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 10px 12px;
    background: var(--_bg);
    min-width: 0;
    overflow-x: auto;
    /* Contains the visually hidden texts inside (position: absolute), which would otherwise
       escape the scroll box and widen the page. */
    position: relative;
  }
  .explain-head {
    display: flex;
    justify-content: space-between;
    align-items: flex-start;
    gap: 8px;
  }
  .explain-head h3 {
    margin: 0;
    font-size: 1.05em;
  }
  .close {
    border: 0;
    background: none;
    color: var(--_muted);
    font: inherit;
    padding: 2px 6px;
    border-radius: 4px;
    cursor: pointer;
  }
  .close:hover {
    background: var(--_surface);
  }
  .verdict {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
    margin: 8px 0;
  }
  .verdict .tag {
    font-weight: 700;
  }
  .explain-table {
    font-size: 0.92em;
  }
  .explain-table tbody th {
    font-weight: 400;
  }
  .explain-table tfoot th,
  .explain-table tfoot td {
    font-weight: 600;
    border-bottom: 0;
  }
  .explain-table tr.missing th {
    font-style: italic;
  }
  .flag {
    display: inline-block;
    font-size: 0.82em;
    line-height: 1.3;
    padding: 0 4px;
    border-radius: 3px;
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }
  .exp {
    display: block;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .exp--soon {
    color: var(--_text);
  }
  .exp--soon .flag {
    border-color: var(--_text);
    font-weight: 600;
  }
  .exp--expired {
    font-style: italic;
  }
  .notes {
    margin: 8px 0 0;
    padding-left: 1.2em;
    font-size: 0.92em;
  }
  .notes li + li {
    margin-top: 4px;
  }
`;
