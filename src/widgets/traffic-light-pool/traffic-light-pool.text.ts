import { html, nothing, type TemplateResult } from 'lit';
import type { TrafficColor } from '../../core/traffic-light.js';
import type { Formatter } from '../../shared/format.js';
import { fill } from '../../shared/messages.js';
import type { PoolMessages } from './traffic-light-pool.messages.js';
import type { PoolClient, TrafficLightPoolResult } from './traffic-light-pool.model.js';
import { colorTag } from './traffic-light-pool.icons.js';

/** The text summary for screen readers: the total mix, the target and who misses it. */
export function summaryText(
  m: PoolMessages,
  f: Formatter,
  result: TrafficLightPoolResult,
  ownerName: (owner: string | null) => string,
  clientCount: (n: number) => string,
): string {
  const t = result.total;
  const parts = [
    fill(m.summary, {
      count: clientCount(t.count),
      red: f.count(t.red),
      yellow: f.count(t.yellow),
      green: f.count(t.green),
      redShare: f.percent(t.shares.red, 1),
      yellowShare: f.percent(t.shares.yellow, 1),
      greenShare: f.percent(t.shares.green, 1),
    }),
  ];
  if (t.meetsTarget !== null) {
    const target = [result.target.red, result.target.yellow, result.target.green]
      .map((v) => f.percent(v, 0))
      .join(' / ');
    parts.push(fill(m.summaryTarget, { target, state: t.meetsTarget ? m.meets : m.misses }));
  }
  const missing = result.owners.filter((o) => o.meetsTarget === false).map((o) => ownerName(o.owner));
  if (missing.length > 0) parts.push(fill(m.summaryOwners, { list: missing.join(', ') }));
  return parts.join(' ');
}

/** The tooltip of a light: name, owner, colour and sum, and what expires soon. */
export function tipContent(
  m: PoolMessages,
  f: Formatter,
  c: PoolClient,
  ownerName: (owner: string | null) => string,
  colorWord: (color: TrafficColor) => string,
  labelOf: (key: string) => string,
): TemplateResult {
  return html`<strong>${c.name || c.id}</strong><br />
    <span class="muted-tip">${ownerName(c.owner)}</span><br />
    ${colorTag(c.color, colorWord(c.color))} <span class="num">${m.sum} ${f.count(c.score, 2)}</span> ${
      c.expiresSoon ? html`<br />${m.expiresSoon}: ${c.expiresSoon.keys.map(labelOf).join(', ')}` : nothing
    }`;
}
