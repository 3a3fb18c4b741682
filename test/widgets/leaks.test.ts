// The census must be installed before any widget module runs: keep this import first.
import {
  census,
  diffCensus,
  endQuiet,
  nextFrame,
  quiet,
  takeCallbacksAboutDisconnected,
} from './leak-census.js';
import { expect } from '@esm-bundle/chai';
import { settle, TOURS, until, type Tour, type TourElement } from '../csp/widget-tours.js';

/** Mount/unmount cycles per widget (the number: reduce the work per cycle, not this). */
const CYCLES = 1000;
/** Every OPEN_EVERY-th cycle opens an interactive part before the removal. */
const OPEN_EVERY = 50;
/**
 * Every SHOWN_EVERY-th cycle (and every one that opens a part) mounts into a visible box; the
 * others into a `display: none` one, which spares the layout a table measures after each
 * render (half the time of a debt-table cycle) and changes nothing of what is connected.
 */
const SHOWN_EVERY = 10;
/** Every LOADER_EVERY-th cycle takes its data from a `loader` with a refresh interval (when the base has one). */
const LOADER_EVERY = 50;

/** V8's `gc` (--expose-gc); `execution: 'async'` collects in a task of its own, with no stack to scan. */
const gc = (globalThis as { gc?: (options?: { type: 'major'; execution: 'async' }) => Promise<void> | void })
  .gc;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Where cycles mount: a visible box and a hidden one. */
interface Hosts {
  shown: HTMLElement;
  hidden: HTMLElement;
}

type CycledElement = TourElement & { loader?: unknown; refreshInterval?: number; status?: string };

/** What a run of cycles left behind. */
interface CensusReport {
  /** Listeners, observations and timers more than before the cycles. */
  grown: Record<string, number>;
  /** Observer callbacks during the quiet period after the last removal. */
  callbacks: string[];
  /** Animation frames asked for during the quiet period. */
  frames: number;
  /** Observer callbacks, at any time, about a node already removed. */
  aboutRemoved: string[];
  /** Elements and shadow roots still alive after garbage collection, of `tracked`: `cycle 12 element`. */
  alive: string[];
  tracked: number;
  /** Cycles whose data came from a `loader` (and reached `ready`). */
  loaderCycles: number;
}

/** Collects garbage until the refs are cleared or the rounds are used up; returns the living ones. */
async function collect(refs: WeakRef<object>[]): Promise<number[]> {
  let alive = refs.map((_, i) => i);
  for (let round = 0; round < 6 && alive.length > 0; round++) {
    // A WeakRef's target lives at least until the end of the job that made or read it. The
    // collection runs as a task of its own: Blink scans the stack conservatively, and a
    // stale pointer there would keep an element alive that nothing holds.
    await nextTask();
    await gc!({ type: 'major', execution: 'async' });
    await nextTask();
    await gc!({ type: 'major', execution: 'async' });
    alive = alive.filter((i) => refs[i].deref() !== undefined);
  }
  return alive;
}

/** Mounts, (sometimes) opens a part, unmounts: one cycle. Returns the element, its root, and whether a loader fed it. */
async function cycle(tour: Tour, hosts: Hosts, i: number): Promise<[TourElement, ShadowRoot, boolean]> {
  const el = document.createElement(tour.tag) as CycledElement;
  const viaLoader = i % LOADER_EVERY === LOADER_EVERY - 1 && 'loader' in el;
  if (viaLoader) {
    el.loader = () => Promise.resolve(tour.small);
    el.refreshInterval = 60;
  } else {
    el.data = tour.small;
  }
  const open = i % OPEN_EVERY === 0;
  (open || i % SHOWN_EVERY === 0 ? hosts.shown : hosts.hidden).append(el);
  await el.updateComplete;
  if (viaLoader || (el.status !== undefined && el.status !== 'ready')) {
    await settle(el);
    const ready = await until(() => el.status === 'ready', 5000);
    expect(ready, `${tour.tag} ready on cycle ${i} (status ${el.status})`).to.equal(true);
  }
  if (viaLoader) {
    // The census sees the data source's refresh timer while the element is connected.
    expect(census().timers['setInterval 60000 ms'], `${tour.tag}: the refresh timer`).to.be.greaterThan(0);
  }
  if (open) {
    const missing = i === OPEN_EVERY && tour.rare ? await tour.rare(el) : await tour.quick(el);
    expect(missing, `${tour.tag}: parts that did not open on cycle ${i}`).to.deep.equal([]);
  }
  const root = el.shadowRoot!;
  el.remove();
  return [el, root, viaLoader];
}

/**
 * Runs the cycles and returns WeakRefs to every element and shadow root. A function of its
 * own: a suspended async frame may still hold its last loop values, which would keep the
 * last element alive for the caller's garbage collection.
 */
async function cycles(tour: Tour, hosts: Hosts, count: number): Promise<[WeakRef<object>[], number]> {
  const refs: WeakRef<object>[] = [];
  let loaderCycles = 0;
  for (let i = 0; i < count; i++) {
    const [el, root, viaLoader] = await cycle(tour, hosts, i);
    refs.push(new WeakRef(el), new WeakRef(root));
    if (viaLoader) loaderCycles++;
  }
  return [refs, loaderCycles];
}

/** Runs `count` cycles of `tour` and reports what they left behind. */
async function runCensus(tour: Tour, count: number): Promise<CensusReport> {
  const hosts: Hosts = { shown: document.createElement('div'), hidden: document.createElement('div') };
  hosts.shown.style.width = '1000px';
  hosts.hidden.style.display = 'none';
  document.body.append(hosts.shown, hosts.hidden);
  let refs: WeakRef<object>[];
  let loaderCycles: number;
  let before;
  try {
    // One warm-up cycle first: lazy module state (caches) is not a per-element leak.
    await cycle(tour, hosts, 1);
    await nextTask();
    before = census();
    takeCallbacksAboutDisconnected();
    [refs, loaderCycles] = await cycles(tour, hosts, count);
  } finally {
    hosts.shown.remove();
    hosts.hidden.remove();
  }

  // Quiet: nothing of the removed widgets may react to a language switch or ask for frames.
  quiet();
  let fired;
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  try {
    html.setAttribute('lang', lang === 'en' ? 'ru' : 'en');
    await nextFrame();
    await nextFrame();
  } finally {
    if (lang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
    await nextFrame();
    fired = endQuiet();
  }
  const grown = diffCensus(before, census());
  const aboutRemoved = takeCallbacksAboutDisconnected();
  const alive = (await collect(refs)).map((i) => `cycle ${i >> 1} ${i % 2 ? 'shadow root' : 'element'}`);
  return { grown, ...fired, aboutRemoved, alive, tracked: refs.length, loaderCycles };
}

// ── the census can fail: a deliberately leaky element ──────────────────────────────────
const kept: Element[] = [];
const cleanups: (() => void)[] = [];

class LeakyProbe extends HTMLElement {
  updateComplete = Promise.resolve(true);
  data?: unknown;
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).append('probe');
  }
  connectedCallback(): void {
    const onResize = () => this.isConnected;
    // eslint-disable-next-line wc/require-listener-teardown -- the leak this probe is for
    window.addEventListener('resize', onResize);
    const timer = setInterval(() => this.isConnected, 60_000);
    const watcher = new MutationObserver(() => this.isConnected);
    watcher.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    kept.push(this);
    cleanups.push(() => {
      window.removeEventListener('resize', onResize);
      clearInterval(timer);
      watcher.disconnect();
    });
  }
}
customElements.define('leak-census-probe', LeakyProbe);

const leakyTour: Tour = {
  tag: 'leak-census-probe',
  data: {},
  small: {},
  full: async () => [],
  quick: async () => [],
};

describe('leak census: 1,000 mount/unmount cycles per widget', () => {
  before(() => {
    expect(typeof gc, 'gc() (run Chromium with --js-flags=--expose-gc)').to.equal('function');
  });

  it('sees a leaky element: kept alive, a window listener, an interval, an observer', async () => {
    try {
      const report = await runCensus(leakyTour, 20);
      // 20 of each beyond the count taken after the warm-up cycle; 20 elements + 20 roots kept.
      expect(report.grown).to.deep.equal({
        'listeners: window resize': 20,
        'observations: MutationObserver <html>': 20,
        'timers: setInterval 60000 ms': 20,
      });
      expect(report.callbacks.length, 'callbacks while quiet').to.be.greaterThan(0);
      expect(report.alive).to.have.length(40);
    } finally {
      cleanups.forEach((c) => c());
      kept.length = 0;
    }
  });

  for (const tour of TOURS) {
    it(`<${tour.tag}> leaves no element, listener, observer or timer behind`, async () => {
      const report = await runCensus(tour, CYCLES);
      expect(report.grown, 'live listeners / observations / timers').to.deep.equal({});
      expect(report.callbacks, 'observer callbacks after the unmount').to.deep.equal([]);
      expect(report.frames, 'animation frames asked for after the unmount').to.equal(0);
      expect(report.aboutRemoved, 'observer callbacks about removed nodes').to.deep.equal([]);
      expect(report.alive, `elements and shadow roots still alive of ${report.tracked}`).to.deep.equal([]);
      // The data source's timers were in the census (once the base element has `loader`).
      if ('loader' in document.createElement(tour.tag)) {
        expect(report.loaderCycles).to.equal(CYCLES / LOADER_EVERY);
      }
    }).timeout(90_000);
  }
});
