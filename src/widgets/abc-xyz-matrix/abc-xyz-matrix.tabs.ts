import { html, type TemplateResult } from 'lit';
import type { AbcXyzMessages } from './abc-xyz-matrix.text.js';

/** The views of the element. */
export const ABC_XYZ_VIEWS = ['matrix', 'transitions', 'pareto'] as const;
export type AbcXyzView = (typeof ABC_XYZ_VIEWS)[number];

/**
 * The view tabs (tabs pattern, automatic activation): one Tab stop, Left / Right move and
 * activate, Home / End jump; `onChoose` gets the view and whether to move focus to its tab.
 */
export function renderTabs(
  m: AbcXyzMessages,
  views: readonly AbcXyzView[],
  current: AbcXyzView,
  onChoose: (view: AbcXyzView, focus: boolean) => void,
): TemplateResult {
  const names: Record<AbcXyzView, string> = {
    matrix: m.viewMatrix,
    transitions: m.viewTransitions,
    pareto: m.viewPareto,
  };
  const onKeydown = (event: KeyboardEvent) => {
    const i = views.indexOf(current);
    const targets: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowLeft: i - 1,
      Home: 0,
      End: views.length - 1,
    };
    if (!(event.key in targets)) return;
    event.preventDefault();
    onChoose(views[(targets[event.key] + views.length) % views.length], true);
  };
  return html`<div role="tablist" part="tabs" aria-label=${m.views} @keydown=${onKeydown}>
    ${views.map(
      (v) =>
        html`<button
          type="button"
          role="tab"
          id=${`tab-${v}`}
          part="tab tab--${v}"
          aria-selected=${v === current ? 'true' : 'false'}
          aria-controls="panel"
          tabindex=${v === current ? 0 : -1}
          @click=${() => onChoose(v, false)}
        >
          ${names[v]}
        </button>`,
    )}
  </div>`;
}
