// The one-file bundle loaded twice (two vendor widgets on one portal page, each shipping
// crm-pulse) must not throw, and the elements must keep working. The copies are real ones:
// the bundle is built from the sources by test/double/bundle-middleware.mjs, and each URL
// (`?copy=N`) is a module of its own, with its own classes and its own Lit.
// Nothing here imports the widgets from the sources: the bundle is the first to define them.
import { expect } from '@esm-bundle/chai';
import { abcXyzIssue } from '../fixtures/abc-xyz-matrix.js';
import { channelSeed } from '../fixtures/channel-pie.js';
import { debtIssue } from '../fixtures/debt-table.js';
import { funnelIssue } from '../fixtures/funnel.js';
import { lifecycleExample } from '../fixtures/lifecycle-grid.js';
import { poolExample } from '../fixtures/traffic-light-pool.js';

const ESM = '/__crm-pulse/crm-pulse.js';
const IIFE = '/__crm-pulse/crm-pulse.iife.js';

/** Each tag, the class its bundle exports for it, and data to render. */
const WIDGETS = [
  { tag: 'pulse-channel-pie', cls: 'PulseChannelPie', data: channelSeed },
  { tag: 'pulse-funnel', cls: 'PulseFunnel', data: funnelIssue },
  { tag: 'pulse-lifecycle-grid', cls: 'PulseLifecycleGrid', data: lifecycleExample },
  { tag: 'pulse-traffic-light-pool', cls: 'PulseTrafficLightPool', data: poolExample },
  { tag: 'pulse-abc-xyz-matrix', cls: 'PulseAbcXyzMatrix', data: abcXyzIssue },
  { tag: 'pulse-debt-table', cls: 'PulseDebtTable', data: debtIssue },
] as const;

type Bundle = Record<string, unknown> & {
  definePulseElement(tag: string, ctor: CustomElementConstructor): CustomElementConstructor;
};
type Widget = HTMLElement & { data?: unknown; status?: string; updateComplete: Promise<boolean> };

/** Errors a window reports (uncaught, or a rejected promise nobody handled). */
function recordWindowErrors(win: Window): string[] {
  const seen: string[] = [];
  win.addEventListener('error', (e) => seen.push(String(e.error?.stack ?? e.message)));
  win.addEventListener('unhandledrejection', (e) => seen.push(String(e.reason?.stack ?? e.reason)));
  return seen;
}

/** Calls to console.warn of `win` while `run` runs. */
async function warningsDuring(win: Window & typeof globalThis, run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = win.console.warn;
  win.console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    win.console.warn = original;
  }
  return seen;
}

/** Mounts every widget in `doc` with its data; returns the tags that did not render ready. */
async function notReady(doc: Document): Promise<string[]> {
  const failed: string[] = [];
  for (const { tag, data } of WIDGETS) {
    const el = doc.createElement(tag) as Widget;
    el.data = data;
    doc.body.append(el);
    for (let i = 0; i < 5 && !(await el.updateComplete); i++);
    const text = (el.shadowRoot?.textContent ?? '').trim();
    if (el.status !== 'ready' || text === '') failed.push(`${tag}: ${el.status}`);
    el.remove();
  }
  return failed;
}

/** Loads a classic script into `doc` and resolves when it ran (rejects when it failed to load). */
function loadScript(doc: Document, src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    doc.head.append(script);
  });
}

describe('double registration', () => {
  it('imports the ESM bundle twice: no error, the first copy keeps the tags, a warning per tag, elements work', async () => {
    const errors = recordWindowErrors(window);
    const one = (await import(/* @vite-ignore */ `${ESM}?copy=1`)) as Bundle;
    for (const { tag, cls } of WIDGETS) expect(customElements.get(tag), tag).to.equal(one[cls]);

    let two: Bundle | undefined;
    const warnings = await warningsDuring(window, async () => {
      two = (await import(/* @vite-ignore */ `${ESM}?copy=2`)) as Bundle;
    });
    for (const { tag, cls } of WIDGETS) {
      // A real second copy: another constructor, refused politely; the first stays.
      expect(two![cls], cls).to.be.a('function').and.not.equal(one[cls]);
      expect(customElements.get(tag), tag).to.equal(one[cls]);
      expect(
        warnings.filter((w) => w.includes(`<${tag}>`)),
        `warning for <${tag}>`,
      ).to.have.length(1);
    }
    // Defining again through the second copy's helper returns the class that is registered.
    let kept: CustomElementConstructor | undefined;
    const again = await warningsDuring(window, async () => {
      kept = two!.definePulseElement('pulse-funnel', two!.PulseFunnel as CustomElementConstructor);
    });
    expect(kept).to.equal(one.PulseFunnel);
    expect(again).to.have.length(1);

    expect(await notReady(document)).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('loads the classic-script bundle twice in a fresh page: no error, elements work', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const win = frame.contentWindow as Window & typeof globalThis & { CrmPulse?: Bundle };
      const doc = frame.contentDocument!;
      const errors = recordWindowErrors(win);
      const src = (n: number) => new URL(`${IIFE}?copy=${n}`, location.href).href;
      await loadScript(doc, src(1));
      const first = win.CrmPulse;
      expect(first, 'the global CrmPulse').to.be.an('object');
      for (const { tag, cls } of WIDGETS) expect(win.customElements.get(tag), tag).to.equal(first![cls]);

      const warnings = await warningsDuring(win, () => loadScript(doc, src(2)));
      const second = win.CrmPulse;
      expect(second, 'the second copy replaced the global').not.to.equal(first);
      for (const { tag, cls } of WIDGETS) {
        expect(second![cls], cls).to.be.a('function').and.not.equal(first![cls]);
        expect(win.customElements.get(tag), tag).to.equal(first![cls]);
        expect(
          warnings.filter((w) => w.includes(`<${tag}>`)),
          `warning for <${tag}>`,
        ).to.have.length(1);
      }
      expect(await notReady(doc)).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
