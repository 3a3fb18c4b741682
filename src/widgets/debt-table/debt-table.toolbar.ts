import { html, type TemplateResult } from 'lit';
import type { DebtTableMessages } from './debt-table.messages.js';
import type { DebtTableColumn, DebtTableView } from './debt-table.schema.js';

/** What the toolbar needs from the element. */
export interface ToolbarProps {
  m: DebtTableMessages;
  views: readonly DebtTableView[];
  view: DebtTableView;
  /** The view's columns but the client, and whether each is shown. */
  columns: readonly [DebtTableColumn, boolean][];
  status: string;
  onView: (view: DebtTableView, focus: boolean) => void;
  onColumn: (key: DebtTableColumn, shown: boolean) => void;
  onCsv: () => void;
  onCopy: () => void;
}

/**
 * View tabs (tabs pattern, automatic activation: one Tab stop, Left / Right / Home / End),
 * the column chooser (a disclosure with checkboxes), CSV and clipboard export, and a
 * live status line.
 */
export function renderToolbar(p: ToolbarProps): TemplateResult {
  const { m, views } = p;
  const onTabsKeydown = (event: KeyboardEvent) => {
    const i = views.indexOf(p.view);
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: views.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    p.onView(views[(to + views.length) % views.length], true);
  };
  return html`<div class="toolbar" part="toolbar">
    ${
      views.length > 1
        ? html`<div role="tablist" part="tabs" aria-label=${m.views} @keydown=${onTabsKeydown}>
            ${views.map(
              (v) =>
                html`<button
                  type="button"
                  role="tab"
                  id=${`tab-${v}`}
                  part="tab tab--${v}"
                  aria-selected=${v === p.view ? 'true' : 'false'}
                  aria-controls="panel"
                  tabindex=${v === p.view ? 0 : -1}
                  @click=${() => p.onView(v, false)}
                >
                  ${m[`view-${v}`]}
                </button>`,
            )}
          </div>`
        : html`<span></span>`
    }
    <span class="actions">
      <details part="columns">
        <summary part="columns-button">${m.columnsButton}</summary>
        <fieldset>
          <legend class="sr-only">${m.columnsButton}</legend>
          ${p.columns.map(
            ([key, shown]) =>
              html`<label
                ><input
                  type="checkbox"
                  .checked=${shown}
                  @change=${(e: Event) => p.onColumn(key, (e.target as HTMLInputElement).checked)}
                />${m[key]}</label
              >`,
          )}
        </fieldset>
      </details>
      <button type="button" part="csv-button" @click=${p.onCsv}>${m.csv}</button>
      <button type="button" part="copy-button" @click=${p.onCopy}>${m.copy}</button>
    </span>
    <span class="status" part="status" role="status">${p.status}</span>
  </div>`;
}
