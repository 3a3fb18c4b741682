// Imported first by the strict-CSP page: records every `securitypolicyviolation` from the
// start (before any widget module runs), and proves the policy is live with a canary, an
// inline style attribute the policy must refuse.

/** One refused thing, as the page reports it to the test. */
export interface CspViolation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  /** The element the violation was reported on (tag, and the host of its shadow root). */
  target: string;
  /** The step of the tour that was running. */
  step: string;
}

/** Every violation so far (the canary's included). */
export const violations: CspViolation[] = [];

let step = 'load';
/** Names what the page is doing now, so a violation says where it came from. */
export function setStep(name: string): void {
  step = name;
}

function describe(target: EventTarget | null): string {
  if (!(target instanceof Element)) return target === document ? 'document' : String(target);
  const root = target.getRootNode();
  const host = root instanceof ShadowRoot ? ` in <${root.host.localName}>` : '';
  const cls =
    typeof target.className === 'string' && target.className
      ? `.${target.className.split(/\s+/).join('.')}`
      : '';
  return `<${target.localName}${cls}>${host}`;
}

function record(event: Event): void {
  const e = event as SecurityPolicyViolationEvent;
  violations.push({
    directive: e.effectiveDirective || e.violatedDirective,
    blocked: e.blockedURI,
    sample: e.sample,
    source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
    target: describe(e.composedPath()[0] ?? e.target),
    step,
  });
}
// The event bubbles and is composed (it crosses shadow roots); capture on both to miss none.
document.addEventListener('securitypolicyviolation', record, true);

/**
 * The canary: a style attribute set from script, which `style-src 'self'` must refuse.
 * Resolves with whether it was refused (reported, and not applied).
 */
export async function canary(): Promise<{ reported: boolean; applied: boolean }> {
  const probe = document.createElement('div');
  probe.id = 'csp-canary';
  document.body.append(probe);
  const before = violations.length;
  probe.setAttribute('style', 'outline-color: rgb(255, 0, 0)');
  const applied = getComputedStyle(probe).outlineColor === 'rgb(255, 0, 0)';
  const start = performance.now();
  while (violations.length === before && performance.now() - start < 3000) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  probe.remove();
  return { reported: violations.length > before, applied };
}
