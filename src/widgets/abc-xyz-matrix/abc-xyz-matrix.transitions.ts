import { css, html, type TemplateResult } from 'lit';
import type { AbcXyzComparison, TransitionDirection, TransitionMatrix } from '../../core/abc-xyz-matrix.js';
import type { Formatter } from '../../shared/format.js';
import { fill } from '../../shared/messages.js';
import type { AbcXyzMessages as M } from './abc-xyz-matrix.text.js';

const ARROWS: Record<TransitionDirection, string> = { better: '↑', worse: '↓', same: '=' };

/** The ABC and the XYZ transition matrices side by side, each with its legend in words. */
export function renderTransitions(t: AbcXyzComparison, ctx: { m: M; format: Formatter }): TemplateResult {
  const { m } = ctx;
  return html`<div class="transitions" part="transitions">
    ${renderMatrix('abc', t.abc, m.transitionsAbc, ctx)} ${renderMatrix('xyz', t.xyz, m.transitionsXyz, ctx)}
  </div>`;
}

function stateName(state: string, m: M): string {
  if (state === 'lost') return m.lost;
  if (state === 'potential') return m.potential;
  if (state === 'none') return m.noXyz;
  return state;
}

function renderMatrix<S extends string>(
  dimension: 'abc' | 'xyz',
  matrix: TransitionMatrix<S>,
  title: string,
  ctx: { m: M; format: Formatter },
): TemplateResult {
  const { m, format } = ctx;
  // Best first; "XYZ not defined" only when some client is there.
  const used = (s: S) =>
    matrix.states.some((o) => matrix.cells[s][o].count > 0 || matrix.cells[o][s].count > 0);
  const states = [...matrix.states].reverse().filter((s) => s !== 'none' || used(s));
  const id = `transitions-${dimension}`;
  const words: Record<TransitionDirection, string> = { better: m.better, worse: m.worse, same: m.same };
  return html`<section aria-labelledby=${id}>
    <h4 id=${id}>${title}</h4>
    <table class="moves" part="transition-table">
      <thead>
        <tr>
          <th scope="col">${m.previousRows}</th>
          ${states.map((s) => html`<th scope="col">${stateName(s, m)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${states.map(
          (from) =>
            html`<tr>
              <th scope="row">${stateName(from, m)}</th>
              ${states.map((to) => {
                const cell = matrix.cells[from][to];
                if (cell.count === 0) {
                  return html`<td class="move empty num" part="transition">0</td>`;
                }
                return html`<td
                  class="move ${cell.direction} num"
                  part="transition transition--${cell.direction}"
                >
                  <span class="arrow" aria-hidden="true">${ARROWS[cell.direction]}</span
                  >${format.count(cell.count)}<span class="sr-only">, ${words[cell.direction]}</span>
                </td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>
    <p class="summary">
      ${fill(m.transitionsSummary, {
        better: format.count(matrix.better),
        worse: format.count(matrix.worse),
        same: format.count(matrix.same),
      })}
    </p>
    <ul class="legend" aria-hidden="true">
      ${(['better', 'worse', 'same'] as const).map(
        (d) =>
          html`<li>
            <span class="move ${d}"><span class="arrow">${ARROWS[d]}</span></span> ${words[d]}
          </li>`,
      )}
    </ul>
  </section>`;
}

/**
 * The styles of the transition matrices, adopted into the element's shadow root with the part (they are
 * not in the element's eager stylesheet).
 */
export const transitionsStyles = css`
  .transitions h4 {
    margin: 0 0 6px;
    font-size: 1em;
    font-weight: 600;
  }
  .transitions {
    display: flex;
    flex-wrap: wrap;
    gap: 16px;
  }
  .transitions section {
    flex: 1 1 540px;
    min-width: 0;
    overflow-x: auto;
  }
  table.moves {
    border-collapse: separate;
    border-spacing: 2px;
  }
  .moves th,
  .moves td {
    min-width: 3.2em;
    padding: 4px 8px;
    text-align: center;
    border-radius: 4px;
  }
  .moves th {
    font-weight: 600;
  }
  .move {
    background: var(--_surface);
  }
  .move.better {
    background: color-mix(in srgb, var(--_better) 22%, var(--_bg));
  }
  .move.worse {
    background: color-mix(in srgb, var(--_worse) 22%, var(--_bg));
  }
  .move.empty {
    background: none;
    color: var(--_muted);
  }
  .arrow {
    display: inline-block;
    min-width: 1em;
    font-weight: 700;
  }
  .better .arrow {
    color: var(--_better);
  }
  .worse .arrow {
    color: var(--_worse);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: 6px 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .legend .move {
    display: inline-block;
    padding: 0 6px;
    border-radius: 4px;
  }
`;
