import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { styleMap } from '../../shared/style-map.js';
import { ownersIn, widgetType, type WidgetType } from '../../core/filter.js';
import { SEGMENT_NAMES } from '../../core/lifecycle-types.js';
import { downloadText } from '../../shared/csv.js';
import { PulseErrorEvent, type PulseErrorDetail } from '../../shared/events.js';
import { LocaleController, refreshLanguages } from '../../shared/locale-controller.js';
import { common, fill, loadLanguage, type PulseLang } from '../../shared/messages.js';
import type { PulseTheme } from '../../shared/pulse-element.js';
import { baseStyles } from '../../shared/theme.js';
import {
  PulseFilterChangeEvent,
  type DashboardClientFilter,
  type DashboardFilters,
} from './dashboard.events.js';
import {
  fileName,
  renderFrame,
  renderIssues,
  type DashboardWidgetElement,
  type Frame,
  type FrameContext,
} from './dashboard.frame.js';
import { FullscreenView } from './dashboard.fullscreen.js';
import { exportPart } from './dashboard.parts.js';
import { ConfigWidgets, narrow, type DashboardLoader } from './dashboard.widgets.js';
import { messages } from './dashboard.messages.js';
import { validateDashboard, type CheckedDashboard, type DashboardWidget } from './dashboard.schema.js';
import { styles } from './dashboard.styles.js';

export type { DashboardWidgetElement } from './dashboard.frame.js';
export type { DashboardLoader } from './dashboard.widgets.js';

const OWNER_EVENTS = ['pulse-owner-select', 'pulse-stage-select', 'pulse-group-select'] as const;
/** The events whose detail carries the ids of the clients a widget chose. */
const CLIENT_EVENTS = ['pulse-segment-select', 'pulse-cell-select', 'pulse-color-select'] as const;
const CONFIG_SCRIPT = ':scope > script[type="application/json"]';
/** The owner an event of a widget chose, or undefined when it chose none. */
function ownerOfEvent(event: Event): string | undefined {
  const detail = (event as CustomEvent<Record<string, unknown>>).detail;
  if (!detail || typeof detail !== 'object') return undefined;
  if (event.type === 'pulse-group-select')
    return detail.level === 'owner' && typeof detail.key === 'string' ? detail.key : undefined;
  return typeof detail.owner === 'string' ? detail.owner : undefined;
}

/**
 * The client set an event of a widget chose, with a label in `lang` and a key that tells
 * the same choice again; undefined when the event carries no ids (a precomputed lifecycle
 * input gives counts only).
 */
function clientsOfEvent(
  event: Event,
  lang: PulseLang,
): { ids: string[]; label: string; key: string } | undefined {
  const detail = (event as CustomEvent<Record<string, unknown>>).detail;
  if (!detail || typeof detail !== 'object' || !Array.isArray(detail.ids)) return undefined;
  const ids = detail.ids.filter((id): id is string => typeof id === 'string');
  if (ids.length === 0) return undefined;
  const m = messages[lang];
  if (event.type === 'pulse-color-select') {
    const colors = Array.isArray(detail.colors)
      ? detail.colors.filter(
          (c): c is 'red' | 'yellow' | 'green' => c === 'red' || c === 'yellow' || c === 'green',
        )
      : [];
    if (colors.length === 0) return undefined;
    return {
      ids,
      label: fill(m.colors, { colors: colors.map((c) => m[c]).join(', ') }),
      key: `color:${colors.join('+')}`,
    };
  }
  if (event.type === 'pulse-segment-select') {
    const seg = detail.segment;
    if (seg === 'potential') return { ids, label: m.potential, key: 'segment:potential' };
    const name = SEGMENT_NAMES[seg as keyof typeof SEGMENT_NAMES] as { ru: string; en: string } | undefined;
    if (!name) return undefined;
    return {
      ids,
      label: fill(m.segment, { n: String(seg), name: name[lang] }),
      key: `segment:${String(seg)}`,
    };
  }
  if (detail.status === 'lost' || detail.status === 'potential') {
    const label = detail.status === 'lost' ? m.lost : m.potential;
    return { ids, label, key: `cell:${detail.status}` };
  }
  if (typeof detail.abc !== 'string') return undefined;
  const xyz = typeof detail.xyz === 'string' ? detail.xyz : null;
  const label =
    xyz === null ? fill(m.abcNoXyz, { abc: detail.abc }) : fill(m.abcCell, { cell: `${detail.abc}${xyz}` });
  return { ids, label, key: `cell:${detail.abc}${xyz ?? '-'}` };
}

/**
 * A layout of crm-pulse widgets from a JSON config (`config`, or a
 * `<script type="application/json">` child) or from its child elements. Each widget sits in a
 * frame with its title, a refresh button, a full-screen view and export (PNG and SVG of the
 * chart, CSV of the data). The grid has `columns` columns on a wide screen and one on a phone.
 *
 * Cross-filtering: choosing an owner in a widget (an owner of the traffic-light pool, an
 * owner's cell of the funnel, an owner group of the debt table) or in the dashboard's owner
 * select narrows every other widget to that owner's rows (`filterByOwner` of the core);
 * choosing the same owner again clears it. Choosing a lifecycle segment
 * (`pulse-segment-select`) or an ABC/XYZ cell (`pulse-cell-select`) narrows every other
 * widget to that cell's clients (`filterByClients`), named by a chip in the header with a
 * clear button; it composes with the owner filter and the same choice again clears it.
 * Each change fires `pulse-filter-change`.
 *
 * @summary A dashboard of crm-pulse widgets with data sources and cross-filtering.
 * @tag pulse-dashboard
 * @slot - Widget elements (`<pulse-funnel data-title="…" data-span="2">`), when there is no config.
 * @fires pulse-filter-change - The user changed the filter. detail: {filters: {owner, clients?}, source}
 * @fires pulse-error - The config, or a widget of it, was not accepted. detail: {issues, partial, source}
 * @csspart header - The dashboard's title line with the owner filter.
 * @csspart title - The dashboard's title.
 * @csspart filter - The owner filter (a label around a select).
 * @csspart chip - The chip naming the chosen clients (a segment, a cell) and their count.
 * @csspart chip-clear - The chip's clear button.
 * @csspart grid - The grid of frames.
 * @csspart frame - A widget's frame (also frame--<type>, frame--error).
 * @csspart frame-header - A frame's title line with its buttons.
 * @csspart frame-title - A frame's title.
 * @csspart toolbar - A frame's buttons.
 * @csspart button - A frame button (also button--refresh, button--fullscreen, button--png, button--svg, button--csv).
 * @csspart body - The widget's place in the frame.
 * @csspart error - The error box of a bad widget config or a bad dashboard config.
 * @csspart dialog - The full-screen fallback dialog.
 * @cssproperty [--pulse-dashboard-gap=16px] - Gap between frames and around the grid.
 * @cssproperty [--pulse-dashboard-bg=var(--pulse-color-surface)] - Background behind the frames.
 * @cssproperty [--pulse-dashboard-frame-bg=var(--pulse-color-bg)] - Frame background.
 * @cssproperty [--pulse-dashboard-frame-border=var(--pulse-color-border)] - Frame border colour.
 * @cssproperty [--pulse-dashboard-frame-padding=12px] - Padding inside a frame.
 * @cssproperty [--pulse-dashboard-frame-min-height=120px] - Minimum height of a frame.
 */
export class PulseDashboard extends LitElement {
  static override properties = {
    config: { attribute: false },
    theme: { reflect: true },
    columns: { type: Number, reflect: true },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    filters: { attribute: false },
    loader: { attribute: false },
    owner: { state: true },
    filterSource: { state: true },
    clients: { state: true },
    checked: { state: true },
    note: { state: true },
  };

  static override styles = [baseStyles, styles];
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    slotAssignment: 'manual',
  };

  /** The config JSON; without it, a `<script type="application/json">` child, else the child elements. */
  config?: unknown;

  /**
   * Colour theme of the dashboard and every widget, config widgets and child elements alike
   * (`config.theme` when not set); without either, child elements keep their own `theme`.
   */
  theme?: PulseTheme;

  /** Grid columns on a wide screen; `config.columns` (default 2) when not set. */
  columns?: number;

  /** The dashboard's title in child-element mode (the config's `title` wins). */
  heading?: string;

  /** Level of the dashboard's title (2 by default); the frames' titles are one level below. */
  headingLevel = 2;

  /** The initial filter (`config.filters` otherwise); the user's choices then apply. */
  filters?: DashboardFilters;

  /** Loads the config widgets that have a `src` the host's way (`fetch` otherwise). */
  loader?: DashboardLoader;

  protected readonly i18n = new LocaleController(this);
  /** The texts of the config's `locale` are loading (see {@link languageLoading}). */
  private languageWait?: Promise<unknown>;

  private owner: string | null = null;
  /** The frame whose widget chose the owner: that widget stays unfiltered. */
  private filterSource: string | null = null;
  /** The client filter (a segment or a cell a widget chose), with its key and frame. */
  private clients: (DashboardClientFilter & { key?: string }) | null = null;
  private checked?: CheckedDashboard;
  private note?: { frame: string; text: string };

  private frames: Frame[] = [];
  private owners: string[] = [];
  private readonly configWidgets = new ConfigWidgets(() => this.requestUpdate());
  private readonly originals = new WeakMap<Element, unknown>();
  private readonly lastSet = new WeakMap<Element, unknown>();
  private scriptConfig?: unknown;
  /** The frames' language of the last render (config mode). */
  private renderedLang?: PulseLang;
  private themeFromConfig = false;
  private scriptText?: string;
  private observer?: MutationObserver;
  private pendingError?: PulseErrorDetail;
  private readonly fullscreen = new FullscreenView(this);

  constructor() {
    super();
    for (const type of OWNER_EVENTS) this.addEventListener(type, this.onWidgetOwner);
    for (const type of CLIENT_EVENTS) this.addEventListener(type, this.onWidgetClients);
  }

  /** The widget elements, in frame order (config widgets and child elements alike). */
  get widgets(): DashboardWidgetElement[] {
    return this.frames.flatMap((f) => (f.el ? [f.el] : []));
  }

  /** The filter in force now (the initial one, then the user's choices). */
  get activeFilters(): DashboardFilters {
    return this.filtersNow();
  }

  /** `{owner}`, with `clients` only when a client filter is in force. */
  private filtersNow(): DashboardFilters {
    if (!this.clients) return { owner: this.owner };
    const { ids, label, source } = this.clients;
    return { owner: this.owner, clients: { ids: [...ids], label, source: source ?? null } };
  }

  /** Reloads every widget that has a `src` or a `loader`. */
  refresh(): Promise<void> {
    return Promise.all(this.widgets.map((w) => w.refresh())).then(() => undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer = new MutationObserver(() => {
      this.readScript();
      this.requestUpdate();
    });
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.readScript();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private readScript(): void {
    const text = this.querySelector(CONFIG_SCRIPT)?.textContent ?? undefined;
    if (text === this.scriptText) return;
    this.scriptText = text;
    try {
      this.scriptConfig = text === undefined ? undefined : (JSON.parse(text) as unknown);
    } catch (error) {
      this.scriptConfig = { __invalidJson: error instanceof Error ? error.message : String(error) };
    }
    this.checked = undefined;
  }

  private get source(): unknown {
    return this.config !== undefined ? this.config : this.scriptConfig;
  }

  /** The language of the frames: the config's `locale`, else the page's. */
  private get frameLang(): PulseLang {
    return this.checked?.config?.locale ?? this.i18n.lang;
  }

  private get effectiveTheme(): PulseTheme {
    return this.theme ?? 'auto';
  }

  /** Also waits for the texts of the frames' language (loaded on demand) and the render in it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.i18n.loading || this.languageWait) {
      await (this.i18n.loading ?? this.languageWait);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * While the texts of the frames' language load (the page's, or the config's `locale`), the
   * dashboard shows its loading line: neither its own texts nor the widgets show another language first.
   */
  private languageLoading(): Promise<unknown> | undefined {
    if (this.i18n.loading) return this.i18n.loading;
    const load = this.languageWait ? undefined : loadLanguage(this.frameLang);
    this.languageWait ??= load?.finally(() => {
      this.languageWait = undefined;
      this.requestUpdate();
    });
    return this.languageWait;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('config') || this.checked === undefined) {
      this.checked = this.checkConfig();
      const initial = this.filters ?? this.checked.config?.filters;
      this.owner = initial?.owner ?? null;
      this.filterSource = null;
      this.clients = this.initialClients(initial?.clients);
    } else if (changed.has('filters')) {
      this.owner = this.filters?.owner ?? null;
      this.filterSource = null;
      this.clients = this.initialClients(this.filters?.clients);
    }
    // The config's theme is shown on the host attribute too (the frames' chrome reads it),
    // unless the host set a theme of its own.
    const configTheme = this.checked.config?.theme;
    if (configTheme && (this.theme === undefined || this.themeFromConfig) && this.theme !== configTheme) {
      this.themeFromConfig = true;
      this.theme = configTheme;
    }
    this.frames = this.source !== undefined ? this.configFrames() : this.childFrames();
    this.owners = this.collectOwners();
  }

  private initialClients(c: DashboardClientFilter | null | undefined): DashboardClientFilter | null {
    if (!c || !Array.isArray(c.ids)) return null;
    return { ids: c.ids.map(String), label: String(c.label ?? ''), source: c.source ?? null };
  }

  private clientsFor(frameId: string): readonly string[] | null {
    return !this.clients || this.clients.source === frameId ? null : this.clients.ids;
  }

  private checkConfig(): CheckedDashboard {
    const source = this.source;
    if (source === undefined) return { ok: true, issues: [], config: {}, widgets: [] };
    const bad = (source as { __invalidJson?: string } | null)?.__invalidJson;
    const checked: CheckedDashboard =
      bad !== undefined
        ? { ok: false, issues: [{ path: 'script', message: `invalid JSON: ${bad}` }], widgets: [] }
        : validateDashboard(source);
    const issues = checked.ok ? checked.widgets.flatMap((w) => (w.ok ? [] : w.issues)) : checked.issues;
    if (issues.length > 0) {
      this.pendingError = {
        issues,
        partial: checked.ok && checked.widgets.some((w) => w.ok),
        source: 'data',
      };
    }
    return checked;
  }

  private frameId(w: DashboardWidget): string {
    return w.id ?? `widget-${w.index}`;
  }

  private ownerFor(frameId: string): string | null {
    return this.filterSource === frameId ? null : this.owner;
  }

  private configFrames(): Frame[] {
    const checked = this.checked as CheckedDashboard;
    if (!checked.ok) {
      this.configWidgets.prune();
      return [];
    }
    const m = messages[this.frameLang];
    const used = new Set<number>();
    const frames = checked.widgets.map((entry, index): Frame => {
      if (!entry.ok) {
        return {
          id: `widget-${index}`,
          index,
          title: entry.title ?? m.untitled,
          span: 1,
          issues: entry.issues,
          remote: false,
        };
      }
      const w = entry.widget;
      used.add(index);
      const el = this.configWidgets.sync(w, {
        theme: this.effectiveTheme,
        owner: this.ownerFor(this.frameId(w)),
        clients: this.clientsFor(this.frameId(w)),
        refreshInterval: checked.config?.refreshInterval,
        loader: this.loader,
      });
      return {
        id: this.frameId(w),
        index,
        title: w.title ?? m[w.kind],
        span: w.span ?? 1,
        kind: w.kind,
        el,
        remote: w.src !== undefined,
      };
    });
    this.configWidgets.prune(used);
    return frames;
  }

  private childFrames(): Frame[] {
    this.configWidgets.prune();
    const m = messages[this.frameLang];
    const children = [...this.children].filter(
      (c): c is DashboardWidgetElement =>
        widgetType(c.localName) !== null && c.localName.startsWith('pulse-'),
    );
    return children.map((el, index): Frame => {
      const kind = widgetType(el.localName) as WidgetType;
      const id = el.id || `widget-${index}`;
      this.filterChild(el, kind, this.ownerFor(id), this.clientsFor(id));
      // The dashboard's theme (set by the host or by a config) is every child's theme too.
      if (this.theme !== undefined && el.theme !== this.theme) el.theme = this.theme;
      const span = Number(el.dataset.span);
      return {
        id,
        index,
        title: el.dataset.title ?? el.getAttribute('label') ?? m[kind],
        span: Number.isInteger(span) && span >= 1 ? Math.min(span, 12) : 1,
        kind,
        el,
        remote: Boolean(el.src || el.loader || el.querySelector(CONFIG_SCRIPT)),
      };
    });
  }

  /** Narrows a child's inline `data` to the owner and the clients; a host's new `data` becomes the original. */
  private filterChild(
    el: DashboardWidgetElement,
    kind: WidgetType,
    owner: string | null,
    clients: readonly string[] | null,
  ): void {
    if (el.data === undefined) return;
    if (!this.originals.has(el) || el.data !== this.lastSet.get(el)) this.originals.set(el, el.data);
    const original = this.originals.get(el);
    const next = narrow(kind, original, owner, clients);
    if (next !== el.data) el.data = next;
    this.lastSet.set(el, next);
  }

  private collectOwners(): string[] {
    const found = new Set<string>();
    if (this.source !== undefined) {
      for (const o of this.configWidgets.owners()) found.add(o);
    } else {
      for (const f of this.frames)
        if (f.el && f.kind) for (const o of ownersIn(f.kind, this.originals.get(f.el))) found.add(o);
    }
    if (this.owner) found.add(this.owner);
    return [...found].sort((a, b) => a.localeCompare(b, 'ru'));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.source !== undefined && this.renderedLang !== this.frameLang) {
      // Config widgets read their language from their frame's `lang`, in this shadow root,
      // where the page's language observer does not look.
      if (this.renderedLang !== undefined) refreshLanguages();
      this.renderedLang = this.frameLang;
    }
    if (this.source === undefined) {
      // Child-element mode: each child goes into its frame's slot (manual assignment).
      for (const f of this.frames) {
        if (!f.el || this.fullscreen.holds(f.el)) continue;
        this.renderRoot.querySelector<HTMLSlotElement>(`slot[data-frame="${f.index}"]`)?.assign(f.el);
      }
    }
    const detail = this.pendingError;
    if (detail) {
      this.pendingError = undefined;
      this.dispatchEvent(new PulseErrorEvent(detail));
    }
  }

  // ── Filtering ──────────────────────────────────────────────────────────────────────

  private onWidgetOwner = (event: Event): void => {
    const owner = ownerOfEvent(event);
    if (owner === undefined) return;
    const path = event.composedPath();
    const frame = this.frames.find((f) => f.el && path.includes(f.el));
    if (!frame) return;
    this.choose(owner, frame.id);
  };

  private onWidgetClients = (event: Event): void => {
    const chosen = clientsOfEvent(event, this.frameLang);
    const path = event.composedPath();
    const frame = this.frames.find((f) => f.el && path.includes(f.el));
    if (!frame) return;
    if (!chosen) {
      // The pool's colour filter switched off: its client filter goes too.
      if (event.type === 'pulse-color-select' && this.clients?.source === frame.id) {
        this.clients = null;
        this.dispatchEvent(new PulseFilterChangeEvent({ filters: this.filtersNow(), source: frame.id }));
      }
      return;
    }
    const same = this.clients?.key === chosen.key && this.clients.source === frame.id;
    this.clients = same ? null : { ...chosen, source: frame.id };
    this.dispatchEvent(new PulseFilterChangeEvent({ filters: this.filtersNow(), source: frame.id }));
  };

  private clearClients = (): void => {
    if (!this.clients) return;
    this.clients = null;
    this.dispatchEvent(new PulseFilterChangeEvent({ filters: this.filtersNow(), source: null }));
    // The chip is gone: keep the focus in the header.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[part~="filter"] select')?.focus(),
    );
  };

  private onOwnerSelect = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.choose(value === '' ? null : (this.owners[Number(value)] ?? null), null);
  };

  /** A user's choice: choosing the owner in force again clears the filter. */
  private choose(owner: string | null, source: string | null): void {
    const next = owner !== null && owner === this.owner && source !== null ? null : owner;
    this.owner = next;
    this.filterSource = next === null ? null : source;
    this.dispatchEvent(new PulseFilterChangeEvent({ filters: this.filtersNow(), source }));
  }

  // ── Frame actions ──────────────────────────────────────────────────────────────────

  /**
   * Downloads the chart. The export code is a lazily loaded part: the first click waits for
   * it (a same-origin chunk, a few ms, well inside the click's user activation; usually
   * already loaded on hover or focus), later clicks download SVG synchronously.
   */
  private async exportChart(frame: Frame, format: 'png' | 'svg'): Promise<void> {
    const el = frame.el;
    if (!el) return;
    let part;
    try {
      part = exportPart.value ?? (await exportPart.load());
    } catch {
      this.partFailed(frame);
      return;
    }
    if (!(await part.downloadChart(el, format, fileName(frame.title, format)))) {
      this.note = { frame: frame.id, text: messages[this.frameLang].noChart };
    }
  }

  /** A lazily loaded part could not be loaded (offline, a new deployment): say so in the frame. */
  private partFailed(frame: Frame): void {
    this.note = { frame: frame.id, text: messages[this.frameLang].partFailed };
  }

  private prepare(action: 'fullscreen' | 'export', opener: HTMLElement): void {
    if (action === 'export') exportPart.load().catch(() => undefined);
    else this.fullscreen.prepare(opener.closest('section') ?? opener);
  }

  private exportCsv(frame: Frame): void {
    if (!frame.el) return;
    downloadText(fileName(frame.title, 'csv'), frame.el.toCsv());
  }

  private expand(frame: Frame, button: HTMLElement): void {
    const section = this.renderRoot.querySelector<HTMLElement>(`section[data-frame="${frame.index}"]`);
    if (!section || !frame.el) return;
    this.fullscreen.open(section, frame.el, frame.title, button).catch(() => this.partFailed(frame));
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    if (this.languageLoading()) {
      const lang = this.checked?.config?.locale ?? this.i18n.wanted;
      return html`<div class="state" part="loading" role="status" aria-live="polite">
        ${common[lang].loading}
      </div>`;
    }
    const m = messages[this.frameLang];
    const checked = this.checked as CheckedDashboard;
    const title = checked.config?.title ?? this.heading;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const columns = this.columns ?? checked.config?.columns ?? 2;
    const frameContext: FrameContext = {
      m,
      lang: this.frameLang,
      level: Math.min(6, level + 1),
      configMode: this.source !== undefined,
      note: this.note,
      expand: (f, opener) => this.expand(f, opener),
      prepare: (action, opener) => this.prepare(action, opener),
      exportChart: (f, format) => void this.exportChart(f, format),
      exportCsv: (f) => this.exportCsv(f),
    };
    return html`<div class="root" lang=${this.frameLang}>
      <div class="head" part="header">
        ${title ? html`<div class="title" part="title" role="heading" aria-level=${level}>${title}</div>` : nothing}
        ${this.renderChip()} ${this.renderFilter()}
      </div>
      ${
        checked.ok
          ? html`<div class="layout">
              <div class="grid" part="grid" style=${styleMap({ '--_columns': String(columns) })}>
                ${this.frames.map((f) => renderFrame(f, frameContext))}
              </div>
            </div>`
          : html`<div class="frame-error" part="error" role="alert">
              <p class="error-title">${m.configError}</p>
              ${renderIssues(checked.issues)}
            </div>`
      }
      ${this.fullscreen.render(m.exitFullscreen)}
    </div>`;
  }

  private renderChip(): TemplateResult | typeof nothing {
    if (!this.clients) return nothing;
    const m = messages[this.frameLang];
    const n = this.clients.ids.length;
    const rule = new Intl.PluralRules(this.frameLang === 'ru' ? 'ru-RU' : 'en-US').select(n);
    const word = rule === 'one' ? m.clientOne : rule === 'few' ? m.clientFew : m.clientMany;
    const count = new Intl.NumberFormat(this.frameLang === 'ru' ? 'ru-RU' : 'en-US').format(n);
    const { label } = this.clients;
    return html`<span class="chip" part="chip" role="status"
      ><span class="chip-text">${label} · ${count} ${word}</span
      ><button
        type="button"
        class="chip-clear"
        part="chip-clear"
        aria-label=${fill(m.clearClients, { label })}
        title=${fill(m.clearClients, { label })}
        @click=${this.clearClients}
      >
        <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
          <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="2" fill="none" />
        </svg></button
    ></span>`;
  }

  private renderFilter(): TemplateResult | typeof nothing {
    if (this.owners.length === 0) return nothing;
    const m = messages[this.frameLang];
    const current = this.owner === null ? '' : String(this.owners.indexOf(this.owner));
    return html`<label class="filter" part="filter">
      ${m.owner}
      <select @change=${this.onOwnerSelect} .value=${current}>
        <option value="" ?selected=${current === ''}>${m.allOwners}</option>
        ${this.owners.map((o, i) => html`<option value=${String(i)} ?selected=${current === String(i)}>${o}</option>`)}
      </select>
    </label>`;
  }
}
