import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import type { PulseErrorEvent } from '../../src/shared/events.js';

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[];
}
declare global {
  interface Window {
    axe?: { run(context: Element, options?: object): Promise<AxeResult> };
  }
}

let axeLoading: Promise<void> | undefined;

/** Loads axe-core as a classic script (it is UMD) once per test file. */
function loadAxe(): Promise<void> {
  axeLoading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('axe-core did not load'));
    document.head.append(script);
  });
  return axeLoading;
}

/** Fails on serious or critical axe violations inside the element (axe walks shadow roots). */
export async function expectAccessible(element: Element): Promise<void> {
  await loadAxe();
  const result = await window.axe!.run(element, { resultTypes: ['violations'] });
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`),
  ).to.deep.equal([]);
}

/** Resolves with the next event of that type on the target (or rejects after a timeout). */
export function nextEvent<E extends Event>(target: EventTarget, type: string, timeout = 2000): Promise<E> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeout} ms`)), timeout);
    target.addEventListener(
      type,
      (e) => {
        clearTimeout(timer);
        resolve(e as E);
      },
      { once: true },
    );
  });
}

/** Records every pulse-error fired on the target. */
export function recordErrors(target: EventTarget): PulseErrorEvent[] {
  const seen: PulseErrorEvent[] = [];
  target.addEventListener('pulse-error', (e) => seen.push(e as PulseErrorEvent));
  return seen;
}

/** The visible text of an element's shadow root (whitespace collapsed). */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Records the errors that escape to the page (window `error` and `unhandledrejection`) until `stop()`. */
export function trapUncaught(): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Waits for a Lit element to finish its pending updates (including ones it triggers itself). */
export async function settle(element: Element & { updateComplete?: Promise<boolean> }): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const done = await element.updateComplete;
    if (done) return;
  }
}

/** No "NaN", "Infinity" or "undefined" leaks into the rendered text. */
export function expectNoJunk(element: Element): void {
  const text = shadowText(element);
  expect(text).not.to.match(/NaN|Infinity|undefined|\[object Object\]/);
}

/**
 * Mounts `<tag>`, sets `data`, and checks the whole input was refused: a visible error box
 * (`part="error"`, `role="alert"`, "Данные не приняты") and exactly one non-partial
 * `pulse-error`. Returns the element and the events for the caller's own checks.
 */
export async function expectRefused(
  tag: string,
  data: unknown,
): Promise<{ el: HTMLElement & { updateComplete?: Promise<boolean> }; errors: PulseErrorEvent[] }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as HTMLElement & {
    data?: unknown;
    updateComplete?: Promise<boolean>;
  };
  wrapper.append(el);
  const errors = recordErrors(wrapper);
  el.data = data;
  await settle(el);
  const box = el.shadowRoot!.querySelector('[part~="error"]');
  expect(box, 'error box').to.exist;
  expect(box!.getAttribute('role')).to.equal('alert');
  expect(box!.textContent).to.contain('Данные не приняты');
  expect(errors).to.have.length(1);
  expect(errors[0].detail.partial).to.equal(false);
  return { el, errors };
}

/**
 * Mounts `<tag>` with `props` under a new `<div lang>` in the body, without waiting for
 * anything (for tests of what shows before a lazily loaded part arrives).
 */
export function mountUnder<T extends HTMLElement>(tag: string, lang: string, props: Partial<T>): T {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.dataset.mounted = '';
  const el = document.createElement(tag) as T;
  Object.assign(el, props);
  wrapper.append(el);
  document.body.append(wrapper);
  return el;
}

/**
 * Spins on microtasks until `check` holds: Lit renders in microtasks, while a dynamic import
 * needs at least a task, so what this sees is the state before a lazily loaded part arrives.
 */
export async function beforeAnyTask(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await Promise.resolve();
  }
  throw new Error(`not rendered within microtasks: ${what}`);
}

/**
 * Waits (in microtasks only) for the loading line `<name>-loading` of a lazily loaded view
 * (src/shared/lazy-view.ts) and checks it: a busy status with `wording`, the view not there yet.
 */
export async function expectLoadingLine(el: Element, name: string, wording: string): Promise<HTMLElement> {
  const find = () => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}-loading"]`);
  await beforeAnyTask(() => !!find(), `the ${name} loading line`);
  const loading = find()!;
  expect(loading.getAttribute('aria-busy')).to.equal('true');
  expect(loading.getAttribute('role')).to.equal('status');
  expect((loading.textContent ?? '').replace(/\s+/g, ' ').trim()).to.equal(wording);
  expect(el.shadowRoot!.querySelector(`[part~="${name}"]`)).to.equal(null);
  return loading;
}

/** True once the page fetched a file whose path matches `file` (the test server serves each source module). */
export function fetchedModule(file: RegExp): boolean {
  return performance.getEntriesByType('resource').some((e) => file.test(new URL(e.name).pathname));
}

/** Removes every wrapper {@link mountUnder} added (for `afterEach`). */
export function removeMounted(): void {
  for (const node of document.querySelectorAll('body > [data-mounted]')) node.remove();
}

/** The text of a node, runs of white space as one space. */
export const textOf = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The first element in `el`'s shadow root that matches `selector`. */
export const inShadow = (el: Element, selector: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
