// Instrumentation for the leak census (test/widgets/leaks.test.ts). Import it FIRST, before
// any widget module, so that every global listener, observer and timer a widget (or Lit, or
// a controller) creates is counted. It wraps:
//   - addEventListener / removeEventListener of the page-wide targets (window, document,
//     <html>, <body>, every MediaQueryList): the live listeners, `once` and `signal` included;
//   - ResizeObserver, MutationObserver, IntersectionObserver: the live observations
//     (observe() not yet undone by unobserve()/disconnect()) whose target is still alive,
//     and the callbacks, noting those that report a disconnected node or come while quiet;
//   - setInterval / clearInterval, and setTimeout / clearTimeout of 1 s or more: the live ones;
//   - requestAnimationFrame: the frames asked for while quiet (an animation loop that never stops).
// Targets are held through WeakRefs only: the census itself must keep nothing alive.

/** A snapshot of what is live; compare two with {@link diffCensus}. */
export interface CensusSnapshot {
  /** Live listeners on page-wide targets: `window click (capture)` → how many. */
  listeners: Record<string, number>;
  /** Live observations with a living target: `ResizeObserver <pulse-funnel>` → how many. */
  observations: Record<string, number>;
  /** Live intervals and pending long timeouts: `setInterval 30000 ms` → how many. */
  timers: Record<string, number>;
}

type ListenerKey = string;

const GLOBAL_NAMES = new Map<EventTarget, string>();
function globalName(target: EventTarget): string | undefined {
  if (GLOBAL_NAMES.size === 0) {
    GLOBAL_NAMES.set(window, 'window');
    GLOBAL_NAMES.set(document, 'document');
  }
  const known = GLOBAL_NAMES.get(target);
  if (known) return known;
  if (target === document.documentElement) return '<html>';
  if (target === document.body) return '<body>';
  if (typeof MediaQueryList !== 'undefined' && target instanceof MediaQueryList)
    return `matchMedia(${target.media})`;
  return undefined;
}

const captureOf = (options?: boolean | AddEventListenerOptions | EventListenerOptions) =>
  typeof options === 'boolean' ? options : !!options?.capture;

// ── listeners ──────────────────────────────────────────────────────────────────────────
/** Per page-wide target and (type, capture): the live listener functions. */
const live = new Map<string, Map<ListenerKey, Set<EventListenerOrEventListenerObject>>>();
/** For `once` listeners: the wrapper registered in place of the host's function. */
const onceWrappers = new WeakMap<EventListenerOrEventListenerObject, Map<string, EventListener>>();

function liveSet(name: string, key: ListenerKey): Set<EventListenerOrEventListenerObject> {
  let byKey = live.get(name);
  if (!byKey) live.set(name, (byKey = new Map()));
  let set = byKey.get(key);
  if (!set) byKey.set(key, (set = new Set()));
  return set;
}

const nativeAdd = EventTarget.prototype.addEventListener;
const nativeRemove = EventTarget.prototype.removeEventListener;

EventTarget.prototype.addEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
): void {
  const name = listener ? globalName(this) : undefined;
  if (!name || !listener) return nativeAdd.call(this, type, listener, options);
  const key = `${type}${captureOf(options) ? ' (capture)' : ''}`;
  const set = liveSet(name, key);
  if (set.has(listener)) return; // a duplicate add is a no-op, as in the DOM
  const signal = typeof options === 'object' ? options.signal : undefined;
  if (signal?.aborted) return;
  let registered: EventListenerOrEventListenerObject = listener;
  if (typeof options === 'object' && options.once) {
    // An arrow function: `this` is the target, as for the listener itself.
    const wrapper: EventListener = (event: Event) => {
      set.delete(listener);
      return typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event);
    };
    let byKey = onceWrappers.get(listener);
    if (!byKey) onceWrappers.set(listener, (byKey = new Map()));
    byKey.set(`${name} ${key}`, wrapper);
    registered = wrapper;
  }
  set.add(listener);
  signal?.addEventListener('abort', () => set.delete(listener), { once: true });
  return nativeAdd.call(this, type, registered, options);
};

EventTarget.prototype.removeEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
): void {
  const name = listener ? globalName(this) : undefined;
  if (!name || !listener) return nativeRemove.call(this, type, listener, options);
  const key = `${type}${captureOf(options) ? ' (capture)' : ''}`;
  liveSet(name, key).delete(listener);
  const wrapper = onceWrappers.get(listener)?.get(`${name} ${key}`);
  if (wrapper) {
    onceWrappers.get(listener)!.delete(`${name} ${key}`);
    nativeRemove.call(this, type, wrapper, options);
  }
  return nativeRemove.call(this, type, listener, options);
};

// ── observers ──────────────────────────────────────────────────────────────────────────
interface Observation {
  kind: string;
  observer: WeakRef<object>;
  target: WeakRef<Node | Element>;
}
const observations = new Set<Observation>();

/** Callbacks counted since {@link quiet} began, and callbacks about disconnected nodes. */
const callbacks = { whileQuiet: [] as string[], aboutDisconnected: [] as string[] };
let quietSince: number | undefined;

function describe(node: Node | null | undefined): string {
  if (!node) return String(node);
  if (node instanceof Element) {
    const root = node.getRootNode();
    return `<${node.localName}>${root instanceof ShadowRoot ? ` in <${root.host.localName}>` : ''}`;
  }
  return node.nodeName;
}

/** The nodes a callback's records are about. */
function targetsOf(records: readonly unknown[]): Node[] {
  return records.map((r) => (r as { target: Node }).target).filter((t): t is Node => t instanceof Node);
}

function noteCallback(kind: string, records: readonly unknown[]): void {
  const targets = targetsOf(records);
  if (quietSince !== undefined)
    callbacks.whileQuiet.push(`${kind} about ${targets.map(describe).join(', ')}`);
  // A node removed with its widget: the widget should have stopped observing it. A
  // MutationObserver record about a node inside a detached tree counts too.
  const gone = targets.filter((t) => !t.isConnected);
  if (gone.length) callbacks.aboutDisconnected.push(`${kind} about ${gone.map(describe).join(', ')}`);
}

function forget(observer: object, target?: Node): void {
  for (const o of observations) {
    if (o.observer.deref() === observer && (target === undefined || o.target.deref() === target)) {
      observations.delete(o);
    }
  }
}

function instrumentObserver(name: 'ResizeObserver' | 'MutationObserver' | 'IntersectionObserver'): void {
  const Native = window[name] as unknown as new (
    callback: (...args: unknown[]) => void,
    options?: unknown,
  ) => {
    observe(target: Node, options?: unknown): void;
    unobserve?(target: Node): void;
    disconnect(): void;
  };
  if (!Native) return;
  const Counted = class extends Native {
    constructor(callback: (records: unknown[], observer: unknown) => void, options?: unknown) {
      super((records: unknown, observer: unknown) => {
        noteCallback(name, records as unknown[]);
        callback(records as unknown[], observer);
      }, options);
    }
    override observe(target: Node, options?: unknown): void {
      // Observing the same target again replaces its options: still one observation.
      forget(this, target);
      observations.add({ kind: name, observer: new WeakRef(this), target: new WeakRef(target) });
      super.observe(target, options);
    }
    override unobserve(target: Node): void {
      forget(this, target);
      super.unobserve?.(target);
    }
    override disconnect(): void {
      forget(this);
      super.disconnect();
    }
  };
  Object.defineProperty(Counted, 'name', { value: name });
  (window as unknown as Record<string, unknown>)[name] = Counted;
}
instrumentObserver('ResizeObserver');
instrumentObserver('MutationObserver');
instrumentObserver('IntersectionObserver');

// ── timers ─────────────────────────────────────────────────────────────────────────────
/** A timeout this long or longer, still pending, counts as held (a refresh, a retry). */
const LONG_TIMEOUT_MS = 1000;
const timers = new Map<number, string>();
let framesWhileQuiet = 0;

const nativeSetInterval = window.setInterval.bind(window);
const nativeClearInterval = window.clearInterval.bind(window);
const nativeSetTimeout = window.setTimeout.bind(window);
const nativeClearTimeout = window.clearTimeout.bind(window);
const nativeRaf = window.requestAnimationFrame.bind(window);

window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
  const id = nativeSetInterval(handler, timeout, ...args);
  timers.set(id, `setInterval ${timeout ?? 0} ms`);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) timers.delete(id);
  nativeClearInterval(id);
}) as typeof window.clearInterval;
window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
  if ((timeout ?? 0) < LONG_TIMEOUT_MS || typeof handler !== 'function') {
    return nativeSetTimeout(handler, timeout, ...args);
  }
  const id: number = nativeSetTimeout(
    (...a: unknown[]) => {
      timers.delete(id);
      (handler as (...a: unknown[]) => void)(...a);
    },
    timeout,
    ...args,
  );
  timers.set(id, `setTimeout ${timeout} ms`);
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) timers.delete(id);
  nativeClearTimeout(id);
}) as typeof window.clearTimeout;
window.requestAnimationFrame = (callback: FrameRequestCallback) => {
  if (quietSince !== undefined) framesWhileQuiet++;
  return nativeRaf(callback);
};

// ── the census ─────────────────────────────────────────────────────────────────────────
function tally(entries: Iterable<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of entries) out[e] = (out[e] ?? 0) + 1;
  return out;
}

/** What is live now. */
export function census(): CensusSnapshot {
  const listenerKeys: string[] = [];
  for (const [name, byKey] of live) {
    for (const [key, set] of byKey) for (let i = 0; i < set.size; i++) listenerKeys.push(`${name} ${key}`);
  }
  const observed: string[] = [];
  for (const o of observations) {
    const target = o.target.deref();
    // A target that is gone (collected) holds nothing; its observer went with it.
    if (target && o.observer.deref()) observed.push(`${o.kind} ${describe(target)}`);
  }
  return { listeners: tally(listenerKeys), observations: tally(observed), timers: tally(timers.values()) };
}

/** What `now` has more of than `before` (an empty object when nothing grew). */
export function diffCensus(before: CensusSnapshot, now: CensusSnapshot): Record<string, number> {
  const grown: Record<string, number> = {};
  for (const group of ['listeners', 'observations', 'timers'] as const) {
    for (const [key, n] of Object.entries(now[group])) {
      const extra = n - (before[group][key] ?? 0);
      if (extra > 0) grown[`${group}: ${key}`] = extra;
    }
  }
  return grown;
}

/** Starts a quiet period: from now on, observer callbacks and animation frames are noted. */
export function quiet(): void {
  quietSince = performance.now();
  callbacks.whileQuiet.length = 0;
  framesWhileQuiet = 0;
}

/** Ends the quiet period; returns what fired during it. */
export function endQuiet(): { callbacks: string[]; frames: number } {
  quietSince = undefined;
  return { callbacks: [...callbacks.whileQuiet], frames: framesWhileQuiet };
}

/** Observer callbacks so far that reported a disconnected node (and clears the list). */
export function takeCallbacksAboutDisconnected(): string[] {
  const seen = [...callbacks.aboutDisconnected];
  callbacks.aboutDisconnected.length = 0;
  return seen;
}

/** The next animation frame, asked for past the census (it does not count as the widgets'). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => nativeRaf(() => resolve()));
}

/** True when the census is installed (the module ran before the code it watches). */
export const installed = true;
