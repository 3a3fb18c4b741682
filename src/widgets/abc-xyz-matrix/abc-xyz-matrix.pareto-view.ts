import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { AbcXyzMatrixResult } from '../../core/abc-xyz.js';
import { classShares, paretoPoints } from './abc-xyz-matrix.model.js';
import { paretoChart, type ParetoChartOptions } from './abc-xyz-matrix.pareto.js';
import { paretoSummary, valueText, type TextContext } from './abc-xyz-matrix.text.js';

/** What to draw: the matrix, the width and the chart's words. */
export interface ParetoRequest {
  matrix: AbcXyzMatrixResult;
  /** Changes of this key (language, thresholds) redraw the chart. */
  key: string;
  options: ParetoChartOptions;
}

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * Draws the Pareto chart into the `.pareto-chart` box after each render that shows it, when
 * the matrix, the width or the words changed. Plot is loaded on the first draw only (the
 * chart module imports it lazily); a late drawing for an older state is dropped.
 */
export class ParetoController implements ReactiveController {
  /** True once the chart for the shown box is drawn. */
  drawn = false;
  /** Why the last drawing failed. */
  failed?: string;

  private readonly host: Host;
  private readonly request: () => ParetoRequest | undefined;
  private box?: Element;
  private matrix?: AbcXyzMatrixResult;
  private key?: string;
  private token = 0;

  constructor(host: Host, request: () => ParetoRequest | undefined) {
    this.host = host;
    this.request = request;
    host.addController(this);
  }

  hostUpdated(): void {
    const box = this.host.renderRoot.querySelector('.pareto-chart') ?? undefined;
    const request = box ? this.request() : undefined;
    if (!box || !request) {
      this.box = undefined;
      this.drawn = false;
      return;
    }
    if (box === this.box && request.matrix === this.matrix && request.key === this.key) return;
    this.box = box;
    this.matrix = request.matrix;
    this.key = request.key;
    void this.draw(box, request, ++this.token);
  }

  private async draw(box: Element, request: ParetoRequest, token: number): Promise<void> {
    try {
      const node = await paretoChart(paretoPoints(request.matrix), request.options);
      if (token !== this.token || !box.isConnected) return;
      box.replaceChildren(node);
      this.drawn = true;
      this.failed = undefined;
    } catch (error) {
      if (token !== this.token) return;
      this.failed = error instanceof Error ? error.message : String(error);
    }
    this.host.requestUpdate();
  }
}

/** The Pareto view: the chart box (filled by {@link ParetoController}) and its text alternative. */
export function renderParetoView(
  ctx: TextContext,
  matrix: AbcXyzMatrixResult,
  pareto: ParetoController,
): TemplateResult {
  const { m, format: f } = ctx;
  return html`<section class="pareto" part="pareto" aria-labelledby="pareto-title">
    <h4 id="pareto-title">${m.paretoTitle}</h4>
    <div class="pareto-chart" part="pareto-chart"></div>
    ${
      pareto.failed
        ? html`<p class="muted" role="status">${m.paretoFailed}: ${pareto.failed}</p>`
        : pareto.drawn
          ? nothing
          : html`<p class="muted" role="status">${m.paretoLoading}</p>`
    }
    <table class="data pareto-table" part="table">
      <caption class="sr-only">
        ${paretoSummary(ctx, matrix)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.paretoClass}</th>
          <th scope="col" class="num">${m.paretoClients}</th>
          <th scope="col" class="num">${m.paretoClientShare}</th>
          <th scope="col" class="num">${m.value}</th>
          <th scope="col" class="num">${m.paretoValueShare}</th>
        </tr>
      </thead>
      <tbody>
        ${classShares(matrix).map(
          (s) =>
            html`<tr>
              <th scope="row">
                <span class="swatch ${s.abc.toLowerCase()}" aria-hidden="true"></span>${s.abc}
              </th>
              <td class="num">${f.count(s.count)}</td>
              <td class="num">${f.percent(s.clientShare)}</td>
              <td class="num">${valueText(ctx, s.value)}</td>
              <td class="num">${f.percent(s.valueShare)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}
