// The in-page side of the browser benchmark: each page bundle registers its cases here and
// test/bench/browser/run.mjs drives them through `window.bench` (see BenchApi).

/** Milliseconds of one render: script done, and the end of the first frame that draws it. */
export interface RenderTiming {
  /** From before creating the element / chart to the end of its own (synchronous + microtask) work. */
  ready: number;
  /** To the end of the first frame after that: style, layout, paint (rAF, then a posted message). */
  frame: number;
}

/** One benchmark case on a page: data is made in `prepare` (not timed), drawn by `mount`. */
export interface BenchCase {
  /** Builds the input for `n` (rows / clients); not timed. */
  prepare(n: number): void;
  /** Creates the element or chart in `host` and resolves when its own work is done. */
  mount(host: HTMLElement): Promise<void>;
  /** Removes what `mount` created (so a second, warm render starts from an empty host). */
  unmount(host: HTMLElement): void;
  /** A short description of what is drawn; throws when nothing (or an error state) is. */
  check(host: HTMLElement): string;
}

/** What run.mjs calls, one page (and one browser context) per measured run. */
export interface BenchApi {
  cases: string[];
  prepare(name: string, n: number): void;
  render(): Promise<RenderTiming>;
  rerender(): Promise<RenderTiming>;
  check(): string;
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}

/** Resolves after the next frame's rendering steps (style, layout, ResizeObserver, paint). */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      // A message posted from rAF is handled after that frame's rendering steps.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

/** Waits for a Lit element's pending updates, including the ones it requests itself. */
export async function settle(element: Element & { updateComplete?: Promise<boolean> }): Promise<void> {
  for (let i = 0; i < 10; i++) {
    if (await element.updateComplete) return;
  }
}

/** Registers the page's cases on `window.bench`. */
export function registerCases(cases: Record<string, BenchCase>): void {
  let current: BenchCase | undefined;
  const host = document.getElementById('host') as HTMLElement;
  const timed = async (): Promise<RenderTiming> => {
    if (!current) throw new Error('bench.prepare() was not called');
    const start = performance.now();
    await current.mount(host);
    const ready = performance.now() - start;
    await afterNextFrame();
    return { ready, frame: performance.now() - start };
  };
  window.bench = {
    cases: Object.keys(cases),
    prepare(name, n) {
      current = cases[name];
      if (!current) throw new Error(`no case ${name} on this page (${Object.keys(cases).join(', ')})`);
      current.prepare(n);
    },
    render: timed,
    async rerender() {
      current?.unmount(host);
      host.replaceChildren();
      await afterNextFrame();
      return timed();
    },
    check: () => {
      if (!current) throw new Error('bench.prepare() was not called');
      return current.check(host);
    },
  };
}
