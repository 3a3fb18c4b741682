// A lazily loaded part (funnel.component.ts): the owner breakdown, first needed when the deals
// carry owners. Import it with import() only; `import type` is fine.
import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../../shared/messages.js';
import type { FunnelWidgetResult } from './funnel.component.js';
import type { FunnelText } from './funnel.text.js';

export { ownersStyles } from './funnel.owners.styles.js';

/** What the owner breakdown needs from the element: the result and its interaction state. */
export interface OwnersView {
  result: FunnelWidgetResult;
  text: FunnelText;
  /** Row and column of the roving Tab stop. */
  active: [number, number];
  /** `owner\u0000stage` of the selected cell. */
  selected?: string;
  onKeydown: (event: KeyboardEvent) => void;
  onSelect: (row: number, col: number) => void;
  onFocus: (row: number, col: number) => void;
}

/**
 * The owner breakdown: a grid (a real table with row and column headers) of cells like
 * `570/81 % — 348` and, in funnel mode, the conversion from the previous stage. The owner
 * with the lowest conversion at a stage gets ▼ and the words "lowest conversion" (for
 * screen readers), not a colour alone. Each cell is selectable. A table wider than the
 * widget scrolls in its own container, which is then a labelled region in the Tab order (so
 * keyboard users can scroll it, as in accessible scrolling tables).
 */
export function renderOwners(v: OwnersView): TemplateResult {
  const { result: r, text: t } = v;
  const m = t.m;
  const owners = r.owners ?? [];
  const marked = r.worst.some((w) => w.size > 0);
  return html`<section class="owners-section">
    <h3 class="owners-title" id="owners-title">${m.owners}</h3>
    <div class="scroll owners-scroll" part="owners-scroll">
      <table class="owners" part="owners" role="grid" aria-labelledby="owners-title" @keydown=${v.onKeydown}>
        <thead>
          <tr>
            <th scope="col">${m.owner}</th>
            ${r.stages.map((s) => html`<th scope="col">${s.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${owners.map(
            (o, row) =>
              html`<tr>
                <th scope="row">
                  ${o.owner}
                  ${
                    o.base !== null || o.winRate !== null
                      ? html`<span class="sub"
                          >${[
                            o.base !== null ? fill(m.base, { n: t.count(o.base) }) : '',
                            o.winRate !== null
                              ? fill(m.ownerWinRate, { percent: t.percent(o.winRate, 0) })
                              : '',
                          ]
                            .filter(Boolean)
                            .join(' · ')}</span
                        >`
                      : nothing
                  }
                </th>
                ${o.stages.map((s, col) => {
                  const worst = r.worst[col]?.has(o.owner) ?? false;
                  const selected = v.selected === `${o.owner}\u0000${s.key}`;
                  const active = v.active[0] === row && v.active[1] === col;
                  return html`<td
                    id=${`cell-${row}-${col}`}
                    class="cell ${worst ? 'worst-cell' : ''}"
                    part="cell${worst ? ' cell--worst' : ''}${selected ? ' cell--selected' : ''}"
                    role="gridcell"
                    tabindex=${active ? 0 : -1}
                    aria-selected=${selected ? 'true' : 'false'}
                    @click=${() => v.onSelect(row, col)}
                    @focus=${() => v.onFocus(row, col)}
                  >
                    <span class="cell-main num"
                      >${worst ? html`<span class="worst" part="worst" aria-hidden="true">▼ </span>` : nothing}${t.cell(s)}</span
                    >
                    ${
                      r.mode === 'funnel' && col > 0
                        ? html`<span class="cell-conv num"
                            ><span aria-hidden="true">→ </span>${t.percent(s.fromPrevious)}<span
                              class="sr-only"
                            >
                              ${m.fromPreviousLong}</span
                            ></span
                          >`
                        : nothing
                    }
                    ${worst ? html`<span class="sr-only">, ${r.mode === 'funnel' ? m.worst : m.worstStep}</span>` : nothing}
                  </td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${marked ? html`<p class="note">${r.mode === 'funnel' ? m.worstLegend : m.worstLegendChecklist}</p>` : nothing}
  </section>`;
}
