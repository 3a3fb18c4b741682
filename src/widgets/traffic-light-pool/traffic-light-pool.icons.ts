import { html, svg, type TemplateResult } from 'lit';
import type { TrafficColor } from '../../core/traffic-light.js';

// Colour is never the only channel: each colour has its own shape and glyph, so the
// lights read in greyscale and under any colour-vision deficiency.
// red: octagon with ✕, yellow: triangle with !, green: circle with ✓ (16 x 16 viewBox).
const SHAPES: Record<TrafficColor, TemplateResult> = {
  red: svg`<path class="shape" d="M5.1 0.6h5.8l4.5 4.5v5.8l-4.5 4.5H5.1L0.6 10.9V5.1z"></path>
    <path class="glyph" d="M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4"></path>`,
  yellow: svg`<path class="shape" d="M8 0.9c.5 0 .9.3 1.2.8l6.3 11.5c.5 1-.2 2-1.2 2H1.7c-1 0-1.7-1-1.2-2L6.8 1.7C7.1 1.2 7.5.9 8 .9z"></path>
    <path class="glyph" d="M8 5.2v4.6"></path><circle class="glyph-dot" cx="8" cy="12.3" r="1.15"></circle>`,
  green: svg`<circle class="shape" cx="8" cy="8" r="7.4"></circle>
    <path class="glyph" d="M4.6 8.2l2.3 2.3 4.6-4.9"></path>`,
};

/** The lamp icon of a colour (decorative: the words or the label carry the meaning). */
export function lampIcon(color: TrafficColor): TemplateResult {
  return html`<svg class="lamp lamp--${color}" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    ${SHAPES[color]}
  </svg>`;
}

/** Colour as icon and word, never colour alone. */
export function colorTag(color: TrafficColor, word: string): TemplateResult {
  return html`<span class="tag tag--${color}">${lampIcon(color)}<span>${word}</span></span>`;
}
