import { html, type CSSResult, type TemplateResult } from 'lit';
import type { LazyPart } from './lazy-part.js';

/** What {@link lazyView} shows in place of a part that is not there (in the element's language). */
export interface LazyView<T> {
  /** The part (a {@link LazyPart} of a module imported with `import()`). */
  part: LazyPart<T>;
  /** Names the placeholders: `part="<name>-loading"` and `part="<name>-failed"`. */
  name: string;
  /** The loading line shown while the part loads. */
  loading: string;
  /** The message shown when the import failed (the part is not retried). */
  failed: string;
  /** The element's `awaitPart`: renders again when the part settles; `updateComplete` waits for it. */
  wait: (loading: Promise<T>) => void;
}

/**
 * A view of a widget whose code is a lazily loaded part: `render(value)` once the part is
 * loaded; meanwhile a loading line in its place (`part="<name>-loading"`, role="status",
 * aria-busy="true"), which starts the load; after a failed import a visible message
 * (`part="<name>-failed"`, role="alert") instead of an exception.
 *
 * @example lazyView({ part: details, name: 'details', loading, failed, wait: (p) => this.awaitPart(p) }, (d) => d.render(ctx))
 */
export function lazyView<T>(view: LazyView<T>, render: (value: T) => TemplateResult): TemplateResult {
  const { part, name } = view;
  if (part.value !== undefined) return render(part.value);
  if (part.failed)
    return html`<p class="state state--error" part="${name}-failed" role="alert">${view.failed}</p>`;
  view.wait(part.load());
  return html`<p class="state" part="${name}-loading" role="status" aria-busy="true">${view.loading}</p>`;
}

/**
 * Adds a lazily loaded stylesheet (the `css` of a part imported with `import()`) to an
 * element's shadow root, once: the element's own styles stay (unlike Lit's `adoptStyles`,
 * which replaces them). Call it when the part is there, e.g. in the `render` of
 * {@link lazyView}; a root that is not a shadow root, or a browser without constructable
 * stylesheets, is left as it is.
 *
 * @example adoptStyles(this.renderRoot, module.tableStyles) // PulseElement.partView does it for its parts
 */
export function adoptStyles(root: Node | null, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
