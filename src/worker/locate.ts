// Where the worker script is, for the elements (crm-pulse/worker's own createPulseWorker
// takes a URL option). Order: the host's setting (`CrmPulse.workerUrl`, for the classic
// script bundle), beside the classic script that defined the elements, beside this module.

/** Set while this module is evaluated as part of a classic script (the IIFE bundle). */
const classicScript =
  typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript.src
    : '';

/** The URL of this module; empty where there is none (a classic script bundle). */
function moduleUrl(): string {
  try {
    const url: unknown = import.meta.url;
    return typeof url === 'string' ? url : '';
  } catch {
    return '';
  }
}

/**
 * The default URL of the worker script, or `null` when it cannot be known (then the
 * elements compute on the main thread):
 * - `globalThis.CrmPulse.workerUrl` when the host set it (classic script pages);
 * - `pulse-worker.js` beside the classic script (`crm-pulse.iife.js`) that defined the elements;
 * - `pulse-worker.js` beside this module in `dist/` (also from `dist/chunks/`), or
 *   `pulse-worker.ts` when the source itself is served (dev servers, the browser tests).
 */
export function defaultWorkerUrl(): string | URL | null {
  const configured = (globalThis as { CrmPulse?: { workerUrl?: unknown } }).CrmPulse?.workerUrl;
  if (typeof configured === 'string' || configured instanceof URL) return configured;
  // Built from parts so bundlers leave the URL to run time (the file is not theirs to move).
  const file = (ext: string) => ['pulse-worker', ext].join('.');
  if (classicScript) return new URL(file('js'), classicScript);
  const here = moduleUrl();
  if (!here) return null;
  const path = new URL(here).pathname;
  if (path.endsWith('.ts')) return new URL(file('ts'), here);
  return new URL((/\/chunks\/[^/]*$/.test(path) ? '../' : './') + file('js'), here);
}
