import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseAmount } from '../../core/index.js';

/**
 * @summary Temporary toolchain probe.
 * @fires pulse-zz-select - Chosen. detail: {id}
 * @csspart chart - The chart.
 * @cssproperty [--pulse-zz-tmp-color=red] - Colour.
 */
export class PulseZzTmp extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  /** The value. */
  @property() value = '1 000';
  /** Theme. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';
  @state() private svgCount = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value')) void this.draw();
  }

  private async draw() {
    const Plot = await import('@observablehq/plot');
    const svg = Plot.plot({ marks: [Plot.barY([1, 2, 3])] });
    this.svgCount = svg.querySelectorAll('rect').length;
  }

  override render() {
    return html`<p part="chart">${parseAmount(this.value)} / ${this.svgCount} / ${this.theme} / ${this.closest('[lang]')?.getAttribute('lang')}</p>`;
  }
}
