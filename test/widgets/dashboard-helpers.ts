// Helpers of the <pulse-dashboard> tests (dashboard.test.ts, dashboard-lazy.test.ts).
import { fixture, html } from '@open-wc/testing-helpers';
import type { PulseDashboard } from '../../src/widgets/dashboard/dashboard.component.js';
import { settle } from './helpers.js';

export type Widget = HTMLElement & { updateComplete: Promise<boolean>; data?: unknown; status: string };

/** Mounts a dashboard with `config` in a `<div lang>` of `width` px and waits for its widgets. */
export async function mount(config: unknown, width = 1200, lang = 'ru'): Promise<PulseDashboard> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} style="width: ${width}px">
      <pulse-dashboard .config=${config}></pulse-dashboard>
    </div>`,
  );
  const el = wrapper.querySelector('pulse-dashboard')!;
  await settleAll(el);
  return el;
}

/** Waits for the dashboard and every widget in it. */
export async function settleAll(el: PulseDashboard): Promise<void> {
  await settle(el);
  for (const w of el.widgets) await settle(w as unknown as Widget);
  await settle(el);
}

export const frames = (el: PulseDashboard) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('section[part~="frame"]'),
];

export const button = (frame: Element, name: string) =>
  frame.querySelector<HTMLButtonElement>(`[part~="button--${name}"]`)!;

/** Captures what the next download offers (the blob behind the object URL). */
export function captureDownloads(): { blobs: Blob[]; names: string[]; restore: () => void } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const original = URL.createObjectURL.bind(URL);
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    if (obj instanceof Blob) blobs.push(obj);
    return original(obj);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download); // no real download in the test browser
  };
  return {
    blobs,
    names,
    restore: () => {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** Waits until `check` holds (polling every 20 ms); throws after `timeout` ms. */
export async function until(check: () => boolean, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Makes the Fullscreen API refuse, as in an iframe without `allow="fullscreen"`; returns
 * the function that puts it back.
 */
export function refuseFullscreen(): () => void {
  const real = Object.getOwnPropertyDescriptor(Element.prototype, 'requestFullscreen')!;
  Object.defineProperty(Element.prototype, 'requestFullscreen', {
    configurable: true,
    value: () => Promise.reject(new TypeError('Permissions check failed')),
  });
  return () => Object.defineProperty(Element.prototype, 'requestFullscreen', real);
}
