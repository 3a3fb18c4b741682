import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { PulseIssue } from '../core/errors.js';
import { PulseErrorEvent } from './events.js';
import { lazyPart } from './lazy-part.js';
import { adoptStyles } from './lazy-view.js';
import type { PulseLang } from './messages.js';

/** Fetching and the "updated at" line: loaded with the first `src` / `loader` load. */
const remotePart = lazyPart(() => import('./data-remote.js'));

/**
 * A host callback that fetches a widget's input its own way (a 1C HTTP service, a GraphQL
 * client, a cache). It receives an `AbortSignal` that fires when the widget is removed or a
 * newer load starts; a loader that ignores it works too.
 *
 * @example el.loader = (signal) => fetch('/api/debts', { signal, credentials: 'include' }).then((r) => r.json());
 */
export type PulseLoader = (signal: AbortSignal) => Promise<unknown>;

/** What the data source needs from its element. */
export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  /** A URL of the input JSON. */
  src?: string;
  /** A host callback returning the input; wins over `src`. */
  loader?: PulseLoader;
  /** Seconds between automatic refreshes of `src` / `loader`; 0 or unset: none. */
  refreshInterval?: number;
  /** True after the first render (Lit's `hasUpdated`). */
  readonly hasUpdated: boolean;
  /** Where the element renders (the "updated at" styles are adopted there). */
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The shortest refresh interval accepted (ms): a typo such as `0.001` must not hammer a server. */
const MIN_INTERVAL_MS = 50;
const SCRIPT = ':scope > script[type="application/json"]';
function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Where a widget's input comes from when `data` is not set, in this order: the host's
 * `loader` callback, the `src` URL, or a `<script type="application/json">` child of the
 * element. Loads are aborted when the element is removed or a newer load starts; the last
 * good data stays (`value`) when a load fails (`error`), and such a failure is shown by
 * {@link renderStatus} and reported as a partial `pulse-error`. `refreshInterval` reloads
 * `loader` / `src` on a timer that runs only while the element is connected.
 *
 * The element calls {@link sourceChanged} when `src` or `loader` changed and
 * {@link schedule} when `refreshInterval` changed; `onChange(valueChanged)` asks it to
 * re-render (and to recompute when the value changed).
 */
export class DataSource implements ReactiveController {
  /** The last good input from the loader, the URL or the script child. */
  value?: unknown;
  /** Why the last load failed (cleared by the next good one). */
  error?: PulseIssue;
  /** A load is running. */
  loading = false;
  /** When the last good load of `loader` / `src` finished. */
  updatedAt?: Date;

  private readonly host: DataSourceHost;
  private readonly onChange: (valueChanged: boolean) => void;
  private abort?: AbortController;
  private timer?: ReturnType<typeof setInterval>;
  private observer?: MutationObserver;
  private scriptText?: string;
  private connected = false;

  constructor(host: DataSourceHost, onChange: (valueChanged: boolean) => void) {
    this.host = host;
    this.onChange = onChange;
    host.addController(this);
  }

  /** True when the input comes from `loader` or `src` (something that can be fetched again). */
  get remote(): boolean {
    return typeof this.host.loader === 'function' || Boolean(this.host.src);
  }

  hostConnected(): void {
    this.connected = true;
    if (typeof MutationObserver !== 'undefined') {
      // The script child may arrive after the element (HTML parsing) or be replaced later.
      this.observer = new MutationObserver(() => this.readScript());
      this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    }
    this.readScript();
    // A load aborted by a removal restarts when the element comes back.
    if (this.remote && this.value === undefined && !this.abort && this.host.hasUpdated) void this.load();
    this.schedule();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.observer?.disconnect();
    this.observer = undefined;
    this.stopTimer();
    this.abort?.abort();
    this.abort = undefined;
    if (this.loading) {
      this.loading = false;
      this.onChange(false);
    }
  }

  /** `src` or `loader` changed: forget the old input and load the new one. */
  sourceChanged(): void {
    this.value = undefined;
    this.error = undefined;
    this.updatedAt = undefined;
    this.scriptText = undefined;
    if (this.remote) void this.load();
    else {
      this.abort?.abort();
      this.abort = undefined;
      this.loading = false;
      this.readScript();
    }
    this.schedule();
  }

  /** Loads `loader` / `src` again, or re-reads the script child; resolves when done. */
  refresh(): Promise<void> {
    if (this.remote) return this.load();
    this.scriptText = undefined;
    this.readScript();
    return Promise.resolve();
  }

  /** (Re)starts the refresh timer from `refreshInterval` (seconds). */
  schedule(): void {
    this.stopTimer();
    const seconds = Number(this.host.refreshInterval);
    if (!this.connected || !(seconds > 0) || !Number.isFinite(seconds)) return;
    this.timer = setInterval(
      () => {
        // A hidden tab does not poll; a slow load is not started twice.
        if (!this.remote || this.abort) return;
        if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
        void this.load();
      },
      Math.max(MIN_INTERVAL_MS, seconds * 1000),
    );
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  private readScript(): void {
    if (this.remote) return;
    const script = this.host.querySelector(SCRIPT);
    const text = script?.textContent ?? undefined;
    if (text === this.scriptText) return;
    this.scriptText = text;
    if (text === undefined) {
      const had = this.value !== undefined || this.error !== undefined;
      this.value = undefined;
      this.error = undefined;
      if (had) this.onChange(true);
      return;
    }
    try {
      this.value = JSON.parse(text) as unknown;
      this.error = undefined;
    } catch (error) {
      this.value = undefined;
      this.error = { path: 'script', message: `invalid JSON: ${errorMessage(error)}` };
    }
    this.onChange(true);
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    const controller = new AbortController();
    this.abort = controller;
    const { loader, src } = this.host;
    const where = typeof loader === 'function' ? 'loader' : 'src';
    if (!this.loading) {
      this.loading = true;
      this.onChange(false);
    }
    let valueChanged = false;
    try {
      const remote = await remotePart.load();
      adoptStyles(this.host.renderRoot, remote.remoteStyles);
      const json = await remote.fetchInput(loader, src, controller.signal);
      if (controller.signal.aborted) return;
      if (json === undefined) throw new Error('the loader returned no data');
      this.value = json;
      this.error = undefined;
      this.updatedAt = new Date();
      valueChanged = true;
    } catch (error) {
      if (controller.signal.aborted) return;
      const message = errorMessage(error);
      this.error = { path: where, message: where === 'src' ? `${message} (${src})` : message };
      // With no good data yet the element shows the error state and fires pulse-error
      // itself; with good data on screen the failure is reported here.
      if (this.value !== undefined) {
        this.host.dispatchEvent(new PulseErrorEvent({ issues: [this.error], partial: true, source: 'src' }));
      }
      valueChanged = this.value === undefined;
    } finally {
      if (this.abort === controller) {
        this.abort = undefined;
        this.loading = false;
        this.onChange(valueChanged);
      }
    }
  }

  /**
   * The "updated at" line (`part="updated-at"`) under a widget fed by `loader` / `src`,
   * and the failure of a refresh while the last good data stays (`part="stale"`).
   */
  renderStatus(lang: PulseLang): TemplateResult | typeof nothing {
    // updatedAt is set only after a load, so the remote part is there.
    const remote = remotePart.value;
    if (!this.updatedAt || !remote) return nothing;
    return remote.renderStatus(this.updatedAt, this.value !== undefined ? this.error : undefined, lang);
  }
}
