import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ZodMiniType } from 'zod/mini';
import { PulseDataError, type PulseIssue } from '../core/errors.js';
import { validate } from '../core/schema.js';
import { PulseErrorEvent, type PulseErrorDetail } from './events.js';
import { LocaleController } from './locale-controller.js';
import { common, fill } from './messages.js';
import { ResizeController } from './resize-controller.js';
import { baseStyles } from './theme.js';

/** What a widget is showing. */
export const PULSE_STATUSES = { loading: 'loading', empty: 'empty', error: 'error', ready: 'ready' } as const;
export type PulseStatus = (typeof PULSE_STATUSES)[keyof typeof PULSE_STATUSES];

/** `auto` follows `prefers-color-scheme`. */
export type PulseTheme = 'auto' | 'light' | 'dark';

const MAX_LISTED_ISSUES = 8;

/**
 * The base of every crm-pulse widget: takes JSON through `data` (or fetches it from `src`),
 * validates it against the widget's schema, runs the core in `willUpdate` only when an
 * input changed, and renders loading / empty / error / ready states. Invalid input never
 * throws out of the element: it renders a visible error (`part="error"`, `role="alert"`)
 * and fires `pulse-error`; partly invalid input renders the valid part and lists what was
 * left out (`part="notice"`).
 *
 * @fires pulse-error - The input, or part of it, was not accepted, or `src` failed. detail: {issues, partial, source}
 * @csspart error - The error state box.
 * @csspart notice - The list of left-out items above a partly valid result.
 * @csspart empty - The empty state.
 * @csspart loading - The loading state.
 * @cssproperty [--pulse-font-family=system-ui] - Font family.
 * @cssproperty [--pulse-font-size=14px] - Base font size.
 * @cssproperty [--pulse-color-bg=#ffffff] - Background.
 * @cssproperty [--pulse-color-surface=#f6f7f9] - Raised surfaces and states.
 * @cssproperty [--pulse-color-text=#1f2328] - Text.
 * @cssproperty [--pulse-color-muted=#59636e] - Secondary text.
 * @cssproperty [--pulse-color-border=#d1d9e0] - Borders and grid lines.
 * @cssproperty [--pulse-color-accent=#0060a8] - Selection and links.
 * @cssproperty [--pulse-color-focus=#0060a8] - Focus ring.
 * @cssproperty [--pulse-color-danger=#b3261e] - Errors.
 * @cssproperty [--pulse-color-gain=#00785a] - Gains, positive balance.
 * @cssproperty [--pulse-color-loss=#b34700] - Losses, negative balance.
 * @cssproperty [--pulse-status-red=#c43c00] - Status colour red.
 * @cssproperty [--pulse-status-yellow=#e6a100] - Status colour yellow.
 * @cssproperty [--pulse-status-green=#009e73] - Status colour green.
 * @cssproperty [--pulse-series-1=#0072b2] - Series colours 1..8 (--pulse-series-2 ... --pulse-series-8 likewise).
 * @cssproperty [--pulse-radius=6px] - Corner radius.
 */
export abstract class PulseElement<TInput, TResult> extends LitElement {
  static override styles = [baseStyles];

  /** The widget's input JSON (see its JSON Schema). Replace it, don't mutate it. */
  @property({ attribute: false }) data?: unknown;

  /** A URL to fetch the input JSON from, when `data` is not set. */
  @property({ reflect: true }) src?: string;

  /** Shows the loading state (for hosts that fetch the data themselves). */
  @property({ type: Boolean, reflect: true }) loading = false;

  /** Colour theme: `auto` follows the system, `light` or `dark` force one. */
  @property({ reflect: true }) theme: PulseTheme = 'auto';

  /** Accessible name of the chart; a default from the locale is used otherwise. */
  @property() label?: string;

  protected readonly i18n = new LocaleController(this);
  protected readonly size = new ResizeController(this);

  /** The computed result of the last valid input. */
  @state() protected result?: TResult;
  /** Issues of the last input (all of them when `status` is error, the left-out part otherwise). */
  @state() protected issues: PulseIssue[] = [];
  @state() private invalid = false;
  @state() private fetching = false;

  private fetched?: unknown;
  private fetchError?: PulseIssue;
  private fetchAbort?: AbortController;
  private pendingError?: PulseErrorDetail;
  private inputDirty = true;

  /** The schema of `data`. */
  protected abstract readonly schema: ZodMiniType;
  /** Runs the core on validated input. May throw PulseDataError. */
  protected abstract compute(input: TInput): TResult;
  /** True when the result has nothing to show. */
  protected abstract isEmpty(result: TResult): boolean;
  /** Renders a ready result. */
  protected abstract renderResult(result: TResult): TemplateResult;
  /** Properties (beside `data`) whose change means the core must run again. */
  protected recomputeOn(): readonly PropertyKey[] {
    return [];
  }

  /** What the widget is showing now. */
  get status(): PulseStatus {
    if (this.loading || (this.fetching && this.result === undefined && this.data === undefined))
      return 'loading';
    if (this.invalid) return 'error';
    if (this.result === undefined || this.isEmpty(this.result)) return 'empty';
    return 'ready';
  }

  /** Fetches `src` again (the last good data stays on screen meanwhile). */
  refresh(): Promise<void> {
    return this.src ? this.load(this.src) : Promise.resolve();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.fetchAbort?.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A fetch aborted by a removal restarts when the element comes back.
    if (this.src && this.fetched === undefined && !this.fetchAbort && this.hasUpdated)
      void this.load(this.src);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src')) {
      this.fetched = undefined;
      this.fetchError = undefined;
      if (this.src) void this.load(this.src);
      else this.fetchAbort?.abort();
    }
    if (this.inputDirty || changed.has('data') || this.recomputeOn().some((k) => changed.has(k))) {
      this.inputDirty = false;
      this.run();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const detail = this.pendingError;
    if (detail) {
      this.pendingError = undefined;
      this.dispatchEvent(new PulseErrorEvent(detail));
    }
  }

  private async load(src: string): Promise<void> {
    this.fetchAbort?.abort();
    const controller = new AbortController();
    this.fetchAbort = controller;
    this.fetching = true;
    try {
      const response = await fetch(src, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      const json: unknown = await response.json();
      if (controller.signal.aborted) return;
      this.fetched = json;
      this.fetchError = undefined;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.fetchError = { path: 'src', message: `${errorMessage(error)} (${src})` };
    } finally {
      if (this.fetchAbort === controller) {
        this.fetchAbort = undefined;
        this.fetching = false;
        this.inputDirty = true;
        this.requestUpdate();
      }
    }
  }

  private run(): void {
    const input = this.data !== undefined ? this.data : this.fetched;
    if (input === undefined) {
      if (this.data === undefined && this.fetchError) {
        // The last good data stays on screen; the failure is reported.
        this.fail([this.fetchError], 'src', this.result !== undefined);
        return;
      }
      this.invalid = false;
      this.issues = [];
      this.result = undefined;
      return;
    }
    const checked = validate(this.schema, input);
    if (!checked.ok) {
      this.result = undefined;
      this.fail(checked.issues, 'data', false);
      return;
    }
    try {
      this.result = this.compute(checked.value as TInput);
    } catch (error) {
      this.result = undefined;
      const issues =
        error instanceof PulseDataError ? error.issues : [{ path: '', message: errorMessage(error) }];
      this.fail(issues, 'compute', false);
      return;
    }
    this.invalid = false;
    this.issues = checked.issues;
    if (checked.issues.length > 0)
      this.pendingError = { issues: checked.issues, partial: true, source: 'data' };
  }

  private fail(issues: PulseIssue[], source: PulseErrorDetail['source'], partial: boolean): void {
    this.invalid = !partial;
    this.issues = issues;
    this.pendingError = { issues, partial, source };
  }

  override render(): TemplateResult {
    const m = this.i18n.t(common);
    switch (this.status) {
      case 'loading':
        return html`<div class="state state--loading" part="loading" role="status" aria-live="polite">
          ${m.loading}
        </div>`;
      case 'error':
        return html`<div class="state state--error" part="error" role="alert">
          <h2>${this.fetchError && this.data === undefined ? m.fetchFailed : m.errorTitle}</h2>
          ${this.renderIssues()}
        </div>`;
      case 'empty':
        return html`${this.renderNotice()}
          <div class="state state--empty" part="empty" role="status">${m.empty}</div>`;
      default:
        return html`${this.renderNotice()}${this.renderResult(this.result as TResult)}`;
    }
  }

  private renderNotice(): TemplateResult | typeof nothing {
    if (this.issues.length === 0) return nothing;
    const m = this.i18n.t(common);
    return html`<div class="notice" part="notice" role="alert">
      <h2>${this.fetchError && this.data === undefined ? m.fetchFailed : m.partialTitle}</h2>
      ${this.renderIssues()}
    </div>`;
  }

  private renderIssues(): TemplateResult {
    const m = this.i18n.t(common);
    const shown = this.issues.slice(0, MAX_LISTED_ISSUES);
    const rest = this.issues.length - shown.length;
    return html`<ul class="issues">
      ${shown.map((i) => html`<li>${i.path ? html`<code>${i.path}</code>: ` : nothing}${i.message}</li>`)}
      ${rest > 0 ? html`<li>${fill(m.more, { n: rest })}</li>` : nothing}
    </ul>`;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
