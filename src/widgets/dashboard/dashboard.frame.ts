import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { PulseIssue } from '../../core/errors.js';
import type { WidgetType } from '../../core/filter.js';
import { fill } from '../../shared/messages.js';
import type { PulseElement } from '../../shared/pulse-element.js';
import { styleMap } from '../../shared/style-map.js';
import type { messages } from './dashboard.messages.js';

/**
 * A frame toolbar button: its name is both the accessible label and the tooltip; `prepare`
 * runs when the pointer or the focus reaches it (loads the code its click needs).
 */
function frameButton(
  name: string,
  label: string,
  onClick: (e: Event) => void,
  content: TemplateResult | string,
  disabled = false,
  prepare?: (e: Event) => void,
): TemplateResult {
  return html`<button
    type="button"
    part="button button--${name}"
    aria-label=${label}
    title=${label}
    ?disabled=${disabled}
    @click=${onClick}
    @pointerenter=${prepare}
    @focus=${prepare}
  >
    ${content}
  </button>`;
}

/** A widget element as the dashboard drives it. */
export type DashboardWidgetElement = PulseElement<unknown, unknown> & { options?: unknown };

/** One frame as rendered: a config widget, a bad config widget, or a child element. */
export interface Frame {
  id: string;
  index: number;
  title: string;
  span: number;
  kind?: WidgetType;
  el?: DashboardWidgetElement;
  issues?: PulseIssue[];
  remote: boolean;
}

/** What a frame needs from the dashboard: texts, heading level, actions. */
export interface FrameContext {
  m: (typeof messages)['ru'];
  lang: string;
  /** Heading level of the frame titles. */
  level: number;
  /** Config widgets are rendered in place; child elements through a slot. */
  configMode: boolean;
  note?: { frame: string; text: string };
  expand(frame: Frame, opener: HTMLElement): void;
  /** The pointer or the focus reached a button: load what its click needs. */
  prepare(action: 'fullscreen' | 'export', opener: HTMLElement): void;
  exportChart(frame: Frame, format: 'png' | 'svg'): void;
  exportCsv(frame: Frame): void;
}

/**
 * An icon of a frame button: inline SVG drawn in the text colour, hidden from assistive
 * technology (the button's aria-label names it). Not a font glyph: ↻ and ⛶ are missing from
 * the system fonts of some Linux desktops and rendered as empty boxes there.
 */
export function icon(paths: SVGTemplateResult): TemplateResult {
  return html`<svg
    class="icon"
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    stroke-width="1.6"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    ${paths}
  </svg>`;
}

/** A circular arrow: reload. */
export const refreshIcon = (): TemplateResult =>
  icon(svg`<path d="M13 8a5 5 0 1 1-1.5-3.55"></path><path d="M13 2.5V5h-2.5"></path>`);

/** Four corners: full screen. */
export const fullscreenIcon = (): TemplateResult =>
  icon(
    svg`<path d="M2.5 6V2.5H6"></path><path d="M10 2.5h3.5V6"></path><path d="M13.5 10v3.5H10"></path><path d="M6 13.5H2.5V10"></path>`,
  );

/** A file name from a title: letters (any script), digits and dashes. */
export function fileName(title: string, ext: string): string {
  const base = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'widget'}.${ext}`;
}

/** The issues of a bad config, each with its path. */
export function renderIssues(issues: PulseIssue[]): TemplateResult {
  return html`<ul class="issues">
    ${issues.map((i) => html`<li>${i.path ? html`<code>${i.path}</code>: ` : nothing}${i.message}</li>`)}
  </ul>`;
}

/** A frame: its title line with the buttons, and the widget (or the error of its config). */
export function renderFrame(f: Frame, c: FrameContext): TemplateResult {
  const { m, level } = c;
  const titleId = `title-${f.index}`;
  const t = { title: f.title };
  const bad = f.issues !== undefined;
  const prepareExport = (e: Event) => c.prepare('export', e.currentTarget as HTMLElement);
  return html`<section
    class="frame"
    part="frame frame--${f.kind ?? 'error'}"
    data-frame=${f.index}
    aria-labelledby=${titleId}
    lang=${c.lang}
    style=${styleMap({ '--_span': String(f.span) })}
  >
    <div class="frame-head" part="frame-header">
      <div class="frame-title" part="frame-title" id=${titleId} role="heading" aria-level=${level}>
        ${f.title}
      </div>
      ${
        bad
          ? nothing
          : html`<div class="toolbar" part="toolbar" role="group" aria-label=${fill(m.actions, t)}>
              ${frameButton('refresh', fill(m.refresh, t), () => void f.el?.refresh(), refreshIcon(), !f.remote)}
              ${frameButton(
                'fullscreen',
                fill(m.fullscreen, t),
                (e) => c.expand(f, e.currentTarget as HTMLElement),
                fullscreenIcon(),
                false,
                (e) => c.prepare('fullscreen', e.currentTarget as HTMLElement),
              )}
              ${frameButton('png', fill(m.exportPng, t), () => c.exportChart(f, 'png'), 'PNG', false, prepareExport)}
              ${frameButton('svg', fill(m.exportSvg, t), () => c.exportChart(f, 'svg'), 'SVG', false, prepareExport)}
              ${frameButton('csv', fill(m.exportCsv, t), () => c.exportCsv(f), 'CSV')}
            </div>`
      }
    </div>
    <div class="body" part="body">
      ${
        bad
          ? html`<div class="frame-error" part="error" role="alert">
              <p class="error-title">${m.widgetError}</p>
              ${renderIssues(f.issues as PulseIssue[])}
            </div>`
          : c.configMode
            ? f.el
            : html`<slot data-frame=${f.index}></slot>`
      }
      <p class="note" role="status">${c.note?.frame === f.id ? c.note.text : nothing}</p>
    </div>
  </section>`;
}
