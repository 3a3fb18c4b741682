import {
  css,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { AbcClass, AbcXyzMatrixResult } from '../../core/abc-xyz.js';
import { classShares, type ParetoPoint } from './abc-xyz-matrix.model.js';
import { fill } from '../../shared/messages.js';
import { paretoChart, type ParetoChartOptions } from './abc-xyz-matrix.pareto.js';
import { clientsText, valueText, type TextContext } from './abc-xyz-matrix.text.js';

// The Pareto view of <pulse-abc-xyz-matrix>: a lazily loaded part of the element, first
// needed when the Pareto tab is shown (the component must not import it statically).
// Observable Plot itself is a further lazy chunk, imported by the chart on its first draw.

/** The Pareto curve of the classified clients (value descending), from (0, 0) to (1, 1). */
function paretoPoints(matrix: AbcXyzMatrixResult): ParetoPoint[] {
  const classified = matrix.items.filter((i) => i.status === 'classified');
  const n = classified.length;
  if (n === 0) return [];
  const points: ParetoPoint[] = [{ x: 0, y: 0, abc: classified[0].abc as AbcClass }];
  classified.forEach((item, k) =>
    points.push({ x: (k + 1) / n, y: item.cumulativeShare ?? 0, abc: item.abc as AbcClass }),
  );
  return points;
}

/** How many clients each ABC class has and which share of the total they bring. */
function paretoSummary(ctx: TextContext, matrix: AbcXyzMatrixResult): string {
  const f = ctx.format;
  return classShares(matrix)
    .map((s) =>
      fill(ctx.m.paretoSummary, {
        cls: s.abc,
        clients: clientsText(ctx, s.count),
        clientShare: f.percent(s.clientShare),
        valueShare: f.percent(s.valueShare),
      }),
    )
    .join('; ');
}

/** What to draw: the matrix, the width, the ABC thresholds and the words. */
export interface ParetoRequest {
  matrix: AbcXyzMatrixResult;
  /** Changes of this key (language, thresholds) redraw the chart. */
  key: string;
  ctx: TextContext;
  /** The element's width in pixels (0 before it is measured). */
  width: number;
  thresholds: readonly [number, number];
}

/** The chart's options for a request: its size, rules and words. */
function chartOptions({ ctx, matrix, width, thresholds }: ParetoRequest): ParetoChartOptions {
  const { m, format } = ctx;
  return {
    width: width || 600,
    thresholds,
    xLabel: m.paretoX,
    yLabel: m.paretoY,
    percent: (x) => format.percent(x, 0),
    ariaLabel: `${m.paretoTitle}. ${paretoSummary(ctx, matrix)}`,
  };
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
      const node = await paretoChart(paretoPoints(request.matrix), chartOptions(request));
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

/**
 * The styles of the Pareto view (with the rules of Plot's removed `<style>`), adopted into the element's shadow root with the part (they are
 * not in the element's eager stylesheet).
 */
export const paretoStyles = css`
  .pareto-chart {
    min-height: 260px;
    color: var(--_text);
  }
  /* Plot's own <style> is removed (strict CSP); these are its rules. */
  .pareto-chart svg {
    display: block;
    height: auto;
    max-width: 100%;
    overflow: visible;
    --plot-background: var(--_bg);
  }
  .pareto-chart svg text,
  .pareto-chart svg tspan {
    white-space: pre;
  }
  .pareto-area-a {
    fill: var(--_cls-a);
  }
  .pareto-area-b {
    fill: var(--_cls-b);
  }
  .pareto-area-c {
    fill: var(--_cls-c);
  }
  .pareto-area-a,
  .pareto-area-b,
  .pareto-area-c {
    fill-opacity: 0.3;
  }
  .pareto-line {
    stroke: var(--_text);
  }
  .pareto-rule {
    stroke: var(--_muted);
  }
  .swatch {
    display: inline-block;
    width: 10px;
    height: 10px;
    margin-right: 4px;
    border-radius: 2px;
  }
  .swatch.a {
    background: var(--_cls-a);
  }
  .swatch.b {
    background: var(--_cls-b);
  }
  .swatch.c {
    background: var(--_cls-c);
  }
`;
