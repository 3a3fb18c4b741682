// The strict-CSP page's only script (test/csp/csp.html, served with the policy by
// test/csp/csp-middleware.mjs). Mounts the six widgets with their fixture data, opens every
// interactive part in the light then the dark theme, then posts what it saw to the parent
// (test/widgets/csp.test.ts).
import { canary, setStep, violations } from './csp-violations.js';
import { mount, settle, TOURS } from './widget-tours.js';

/** What the page posts to its parent when done. */
export interface CspPageResult {
  type: 'csp-page-result';
  canary: { reported: boolean; applied: boolean };
  /** Violations after the canary's. */
  violations: typeof violations;
  /** Interactive parts that did not open (the tour did not really run). */
  missing: string[];
  /** Elements whose style attribute is there but not applied (refused inline style). */
  unapplied: string[];
  /** Tags that were defined and rendered ready. */
  ready: string[];
  error?: string;
}

/** Every element of the tree, through open shadow roots. */
function* walk(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* walk(el.shadowRoot);
  }
}

/** A style attribute with declarations that the element does not carry was refused. */
function unappliedStyles(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of walk(root)) {
    const attr = el.getAttribute('style');
    if (!attr || !/:/.test(attr)) continue;
    const style = (el as HTMLElement | SVGElement).style;
    if (style && style.length === 0) found.push(`<${el.localName} style="${attr}">`);
  }
  return found;
}

async function run(): Promise<CspPageResult> {
  setStep('canary');
  const probe = await canary();
  const afterCanary = violations.length;
  const missing: string[] = [];
  const ready: string[] = [];
  const stage = document.querySelector('main')!;
  for (const theme of ['light', 'dark'] as const) {
    const section = document.createElement('section');
    // The dark pass also runs in English.
    section.lang = theme === 'dark' ? 'en' : 'ru';
    stage.append(section);
    for (const tour of TOURS) {
      setStep(`${tour.tag} (${theme}): mount`);
      const el = await mount(tour, section, theme);
      if ((el as unknown as { status?: string }).status === 'ready') ready.push(`${tour.tag} ${theme}`);
      setStep(`${tour.tag} (${theme}): tour`);
      missing.push(...(await tour.full(el)).map((m) => `${m} (${theme})`));
      if (theme === 'light') {
        // A theme switch on a mounted widget, too.
        el.theme = 'dark';
        await settle(el);
      }
    }
  }
  setStep('end');
  // Violation events are queued as tasks: let the last ones arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return {
    type: 'csp-page-result',
    canary: probe,
    violations: violations.slice(afterCanary),
    missing,
    unapplied: unappliedStyles(document),
    ready,
  };
}

run().then(
  (result) => parent.postMessage(result, location.origin),
  (error: unknown) =>
    parent.postMessage(
      {
        type: 'csp-page-result',
        error: String((error as Error)?.stack ?? error),
        violations,
      },
      location.origin,
    ),
);
