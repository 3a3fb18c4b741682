import {
  html,
  LitElement,
  nothing,
  type CSSResult,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { ZodMiniType } from '../core/internal/z.js';
import { PulseDataError, type PulseIssue } from '../core/errors.js';
import { validate } from '../core/schema.js';
import { DataSource, type PulseLoader } from './data-source.js';
import { PulseErrorEvent, type PulseErrorDetail } from './events.js';
import { LocaleController } from './locale-controller.js';
import { common, fill } from './messages.js';
import { ResizeController } from './resize-controller.js';
import { baseStyles } from './theme.js';
import { WorkerJobs, type ElementJob, type JobArrival } from '../worker/worker-jobs.js';
import { tableCsv } from './table-csv.js';
import type { LazyPart } from './lazy-part.js';
import { adoptStyles, lazyView } from './lazy-view.js';

/** What a widget is showing. */
export const PULSE_STATUSES = { loading: 'loading', empty: 'empty', error: 'error', ready: 'ready' } as const;
export type PulseStatus = (typeof PULSE_STATUSES)[keyof typeof PULSE_STATUSES];

/** `auto` follows `prefers-color-scheme`. */
export type PulseTheme = 'auto' | 'light' | 'dark';

const MAX_LISTED_ISSUES = 8;

/** The loading state's line. */
const loadingLine = (text: string): TemplateResult =>
  html`<div class="state state--loading" part="loading" role="status" aria-live="polite">${text}</div>`;

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
 * @csspart busy - Shown above the last result while a large input is computed in the worker.
 * @csspart updated-at - When the data of `src` / `loader` was last loaded (localised time).
 * @csspart stale - A failed refresh, shown while the last good data stays.
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
  // Reactive properties are declared here and in each widget as `static properties`
  // rather than with Lit's decorators: the same accessors, without the decorator helpers
  // and one call per property in the bundle (0.7 KB gzipped less for all seven elements).
  // The fields below only give their types and initial values; tsconfig's
  // `useDefineForClassFields: false` keeps them from shadowing Lit's accessors.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: { reflect: true },
    loader: { attribute: false },
    refreshInterval: { type: Number, attribute: 'refresh-interval' },
    loading: { type: Boolean, reflect: true },
    theme: { reflect: true },
    label: {},
    workerThreshold: { type: Number, attribute: 'worker-threshold' },
    workerUrl: { attribute: 'worker-url' },
    result: { state: true },
    issues: { state: true },
    invalid: { state: true },
  };

  static override styles = [baseStyles];

  /** The widget's input JSON (see its JSON Schema). Replace it, don't mutate it. */
  data?: unknown;

  /** A URL to fetch the input JSON from, when `data` is not set. */
  src?: string;

  /**
   * A host callback that returns the input (`(signal) => Promise<unknown>`), for hosts that
   * fetch their own way; wins over `src`. Without `data`, `loader` or `src`, a
   * `<script type="application/json">` child is the input.
   */
  loader?: PulseLoader;

  /** Seconds between automatic reloads of `src` / `loader` (0: none). */
  refreshInterval = 0;

  /** Shows the loading state (for hosts that fetch the data themselves). */
  loading = false;

  /** Colour theme: `auto` follows the system, `light` or `dark` force one. */
  theme: PulseTheme = 'auto';

  /** Accessible name of the chart; a default from the locale is used otherwise. */
  label?: string;

  /**
   * Inputs of more rows than this are validated and computed in a Web Worker, so the page
   * stays responsive (the last result stays on screen meanwhile); `0` never uses a worker.
   */
  workerThreshold = 5000;

  /**
   * URL of `pulse-worker.js`. By default it is found beside the ES module (or the classic
   * script, or `CrmPulse.workerUrl`); where none can start, the element computes on the main thread.
   */
  workerUrl?: string;

  protected readonly i18n = new LocaleController(this);
  protected readonly size = new ResizeController(this);

  /** The computed result of the last valid input. */
  protected result?: TResult;
  /** Issues of the last input (all of them when `status` is error, the left-out part otherwise). */
  protected issues: PulseIssue[] = [];
  private invalid = false;

  /** Where the input comes from when `data` is not set: `loader`, `src` or a script child. */
  private readonly source = new DataSource(this, (valueChanged) => {
    if (valueChanged) this.inputDirty = true;
    this.requestUpdate();
  });
  private pendingError?: PulseErrorDetail;
  private inputDirty = true;
  /** Validation + compute of large inputs in a worker. */
  private readonly jobs = new WorkerJobs(this);
  /** Parts loaded on demand (see {@link awaitPart}); `updateComplete` waits for them. */
  private readonly parts = new Set<Promise<unknown>>();

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
  /**
   * The widget's worker job and its parameters (structured-cloneable), or `null` to always
   * compute on the main thread. The job must give what {@link fromWorker} turns into
   * exactly what {@link compute} gives.
   */
  protected workerJob(): ElementJob | null {
    return null;
  }
  /** Turns the worker job's result into the widget's result (the main-thread layout part). */
  protected fromWorker(value: unknown): TResult {
    return value as TResult;
  }
  /** Rows in the input, counted cheaply: the items of the arrays one and two levels down. */
  protected sizeOf(data: unknown): number {
    if (Array.isArray(data)) return data.length;
    if (data === null || typeof data !== 'object') return 0;
    let n = 0;
    for (const v of Object.values(data)) {
      if (Array.isArray(v)) n += v.length;
      else if (v !== null && typeof v === 'object')
        for (const w of Object.values(v)) if (Array.isArray(w)) n += w.length;
    }
    return n;
  }

  /** What the widget is showing now. */
  get status(): PulseStatus {
    if (
      this.loading ||
      this.i18n.loading ||
      this.jobs.busy ||
      (this.source.loading && this.result === undefined && this.data === undefined)
    )
      return 'loading';
    if (this.invalid) return 'error';
    if (this.result === undefined || this.isEmpty(this.result)) return 'empty';
    return 'ready';
  }

  /** Loads `loader` / `src` again (the last good data stays on screen meanwhile). */
  refresh(): Promise<void> {
    return this.source.refresh();
  }

  /**
   * The widget's data as CSV text (the Russian Excel dialect for `ru`, plain CSV for `en`):
   * by default its data table, as shown; widgets with a richer export override it.
   */
  toCsv(): string {
    return tableCsv(this.renderRoot, this.i18n.lang);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') || changed.has('loader')) this.source.sourceChanged();
    if (changed.has('refreshInterval')) this.source.schedule();
    if (this.inputDirty || changed.has('data') || this.recomputeOn().some((k) => changed.has(k))) {
      this.inputDirty = false;
      this.run();
    }
    const arrived = this.jobs.take();
    if (arrived) this.settleJob(arrived);
  }

  /** Resolves once the element has rendered the result of its current input (a worker job included). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.jobs.running || this.parts.size > 0) {
      await Promise.all([this.jobs.running, ...[...this.parts].map((p) => p.catch(() => undefined))]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * Renders again once `part` (a lazily imported part, e.g. long texts) settles, and makes
   * `updateComplete` wait for it meanwhile. Safe to call on every render while it loads.
   */
  protected awaitPart<T>(part: Promise<T>): void {
    if (this.parts.has(part)) return;
    this.parts.add(part);
    const done = () => {
      this.parts.delete(part);
      this.requestUpdate();
    };
    part.then(done, done);
  }

  /**
   * A view whose code is a lazily loaded part (see {@link lazyView}): `render(module)` once it
   * is loaded, with the part's own stylesheet (`styles(module)`) adopted by the shadow root;
   * in its place meanwhile the loading line (`part="<name>-loading"`), or after a failed
   * import the failure message (`part="<name>-failed"`). `updateComplete` waits for it.
   */
  protected partView<T>(
    part: LazyPart<T>,
    name: string,
    [loading, failed]: readonly [string, string],
    render: (module: T) => TemplateResult,
    styles?: (module: T) => CSSResult,
  ): TemplateResult {
    return lazyView({ part, name, loading, failed, wait: (p) => this.awaitPart(p) }, (module) => {
      if (styles) adoptStyles(this.renderRoot, styles(module));
      return render(module);
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const detail = this.pendingError;
    if (detail) {
      this.pendingError = undefined;
      this.dispatchEvent(new PulseErrorEvent(detail));
    }
  }

  private run(): void {
    this.jobs.cancel();
    const input = this.data !== undefined ? this.data : this.source.value;
    if (input === undefined) {
      if (this.data === undefined && this.source.error) {
        // The last good data stays on screen; the failure is reported.
        this.fail([this.source.error], 'src', this.result !== undefined);
        return;
      }
      this.invalid = false;
      this.issues = [];
      this.result = undefined;
      return;
    }
    const job = this.workerThreshold > 0 && this.sizeOf(input) > this.workerThreshold && this.workerJob();
    const url = job && WorkerJobs.url(this.workerUrl);
    if (job && url) {
      this.jobs.start(url, job, input, (value) => this.fromWorker(value));
      return;
    }
    this.computeNow(input);
  }

  /** Validates and computes on the main thread. */
  private computeNow(input: unknown): void {
    const checked = validate(this.schema, input);
    if (!checked.ok) {
      this.result = undefined;
      this.fail(checked.issues, 'data', false);
      return;
    }
    let result: TResult;
    try {
      result = this.compute(checked.value as TInput);
    } catch (error) {
      this.computeFailed(error);
      return;
    }
    this.succeed(result, checked.issues);
  }

  /** Takes a worker job's outcome as {@link computeNow} would have ended. */
  private settleJob(arrived: JobArrival): void {
    if ('fallback' in arrived) {
      this.computeNow(arrived.fallback);
      return;
    }
    const outcome = arrived.outcome;
    if (!outcome.ok || !('prepared' in arrived)) {
      this.result = undefined;
      if (!outcome.ok) this.fail(outcome.issues, outcome.source, false);
      return;
    }
    if ('error' in arrived.prepared) this.computeFailed(arrived.prepared.error);
    else this.succeed(arrived.prepared.value as TResult, outcome.issues);
  }

  /** A result, with the left-out part of a lenient validation reported as partial. */
  private succeed(result: TResult, leftOut: PulseIssue[]): void {
    this.result = result;
    this.invalid = false;
    this.issues = leftOut;
    if (leftOut.length > 0) this.pendingError = { issues: leftOut, partial: true, source: 'data' };
  }

  /** The core refused the validated input (PulseDataError) or failed. */
  private computeFailed(error: unknown): void {
    this.result = undefined;
    const issues =
      error instanceof PulseDataError ? error.issues : [{ path: '', message: errorMessage(error) }];
    this.fail(issues, 'compute', false);
  }

  private fail(issues: PulseIssue[], source: PulseErrorDetail['source'], partial: boolean): void {
    this.invalid = !partial;
    this.issues = issues;
    this.pendingError = { issues, partial, source };
  }

  override render(): TemplateResult {
    return html`${this.renderState()}${this.source.renderStatus(this.i18n.lang)}`;
  }

  private renderState(): TemplateResult {
    const m = this.i18n.t(common);
    if (this.i18n.loading) {
      // The texts of another language are on their way (a few milliseconds, once a page).
      this.awaitPart(this.i18n.loading);
      return loadingLine(common[this.i18n.wanted].loading);
    }
    switch (this.status) {
      case 'loading':
        // A worker job under way keeps the last result on screen, marked busy.
        if (this.jobs.busy && !this.loading && this.result !== undefined && !this.invalid)
          return html`<div class="busy" part="busy" role="status" aria-live="polite">${m.loading}</div>
            ${this.renderNotice()}${this.renderResult(this.result)}`;
        return loadingLine(m.loading);
      case 'error':
        return html`<div class="state state--error" part="error" role="alert">
          <h2>${this.source.error && this.data === undefined ? m.fetchFailed : m.errorTitle}</h2>
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
      <h2>${this.source.error && this.data === undefined ? m.fetchFailed : m.partialTitle}</h2>
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
