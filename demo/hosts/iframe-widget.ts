// The framed side of demo/hosts/iframe.html: accepts data only from the portal's origin and
// reports user actions and its height back to it, never to "*".
import 'crm-pulse/channel-pie.js';
import 'crm-pulse/funnel.js';
import type { PulseElement } from 'crm-pulse';

/**
 * Origins allowed to drive this page: in production, the portal's origin(s) as configured at
 * deployment (e.g. 'https://example.bitrix24.ru'), never taken from the URL or the message.
 */
const ALLOWED_PARENTS = new Set([location.origin]);
const parentOrigin = document.referrer ? new URL(document.referrer).origin : location.origin;
const EVENTS = ['pulse-slice-select', 'pulse-stage-select', 'pulse-error'];

function post(message: Record<string, unknown>): void {
  if (window.parent === window || !ALLOWED_PARENTS.has(parentOrigin)) return;
  window.parent.postMessage({ source: 'crm-pulse', ...message }, parentOrigin);
}

window.addEventListener('message', (e: MessageEvent) => {
  if (!ALLOWED_PARENTS.has(e.origin) || e.source !== window.parent) return;
  const msg = e.data as { source?: string; type?: string; lang?: string; theme?: string; widgets?: unknown };
  if (msg?.source !== 'crm-pulse' || msg.type !== 'render') return;
  document.documentElement.lang = msg.lang === 'en' ? 'en' : 'ru';
  const widgets = (msg.widgets ?? {}) as Record<string, unknown>;
  for (const id of Object.keys(widgets)) {
    const el = document.getElementById(id) as PulseElement<unknown, unknown> | null;
    if (!el?.tagName.startsWith('PULSE-')) continue;
    if (msg.theme === 'light' || msg.theme === 'dark' || msg.theme === 'auto') el.theme = msg.theme;
    el.loading = false;
    el.data = widgets[id];
  }
});

for (const type of EVENTS) {
  document.addEventListener(type, (e) => {
    // Structured clone carries the plain detail (ids, keys, labels), not the event object.
    post({ type: 'event', event: type, widget: (e.target as Element).id, detail: (e as CustomEvent).detail });
  });
}
// The content's own height (scrollHeight would never shrink below the frame's current height).
new ResizeObserver(() =>
  post({ type: 'height', height: document.body.getBoundingClientRect().bottom }),
).observe(document.body);
post({ type: 'ready' });
