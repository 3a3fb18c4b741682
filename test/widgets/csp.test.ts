import { expect } from '@esm-bundle/chai';
import { html, render } from 'lit';
import { styleMap } from '../../src/shared/style-map.js';
import type { CspPageResult } from '../csp/csp-page.js';

// The page under test and the policy it must be served with (the issue's, verbatim).
const PAGE = '/test/csp/csp.html';
const POLICY = "default-src 'none'; script-src 'self'; style-src 'self'";
/** The browser's own violation reports, collected by test/csp/csp-middleware.mjs. */
const REPORTS = '/__csp-reports';

interface CspReport {
  'csp-report'?: { 'effective-directive'?: string; 'violated-directive'?: string; 'blocked-uri'?: string };
}

async function reports(clear = false): Promise<CspReport[]> {
  const response = await fetch(clear ? `${REPORTS}?clear` : REPORTS, { cache: 'no-store' });
  return (await response.json()) as CspReport[];
}

/** Loads the page in an iframe and resolves with what it posts back when its tour is done. */
function runPage(timeout: number): Promise<{ result: CspPageResult; frame: HTMLIFrameElement }> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    // Wide enough for every widget's full layout (the debt table, the Pareto chart).
    frame.width = '1200';
    frame.height = '900';
    const timer = setTimeout(() => {
      window.removeEventListener('message', onMessage);
      reject(new Error(`the CSP page did not report within ${timeout} ms`));
    }, timeout);
    function onMessage(event: MessageEvent): void {
      if (event.source !== frame.contentWindow || event.data?.type !== 'csp-page-result') return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve({ result: event.data as CspPageResult, frame });
    }
    window.addEventListener('message', onMessage);
    frame.src = PAGE;
    document.body.append(frame);
  });
}

describe('strict Content-Security-Policy', () => {
  it('serves the page with the policy in the header, and the page has no inline script or style', async () => {
    const response = await fetch(PAGE, { cache: 'no-store' });
    expect(response.status).to.equal(200);
    const header = response.headers.get('content-security-policy') ?? '';
    expect(header.split(/;\s*/).slice(0, 3).join('; ')).to.equal(POLICY);
    const page = await response.text();
    // Every script is external and from this origin (the dev server adds its own web-socket
    // module, external too); none is inline.
    const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).to.include('<script type="module" src="./csp-page.ts">');
    for (const tag of scripts) expect(tag).to.match(/\ssrc="(\.{0,2}\/)[^"/][^"]*"/);
    expect(page).not.to.match(/<script\b[^>]*>\s*[^<\s]/);
    expect(page).not.to.match(/<style\b|\sstyle=/i);
  });

  it('renders all six widgets with every interactive part open, light and dark, with zero violations', async () => {
    await reports(true);
    const { result, frame } = await runPage(90_000);
    try {
      expect(result.error, 'the page threw').to.equal(undefined);
      // The canary (a style attribute set from script) proves the policy is enforced and the
      // page's listener hears it; without it a page with no policy would pass.
      expect(result.canary).to.deep.equal({ reported: true, applied: false });
      expect(result.ready).to.have.length(12);
      expect(result.missing, 'interactive parts that did not open').to.deep.equal([]);
      expect(result.violations).to.deep.equal([]);
      expect(result.unapplied, 'refused style attributes').to.deep.equal([]);
      // The browser's own reports (report-uri): the canary's, and nothing else.
      let seen: CspReport[] = [];
      const start = performance.now();
      while (seen.length === 0 && performance.now() - start < 5000) {
        await new Promise((r) => setTimeout(r, 100));
        seen = await reports();
      }
      await new Promise((r) => setTimeout(r, 300));
      seen = await reports();
      const directives = seen.map((r) => r['csp-report']?.['effective-directive'] ?? JSON.stringify(r));
      expect(directives, 'reports received by the server').to.deep.equal(['style-src-attr']);
    } finally {
      frame.remove();
    }
  }).timeout(120_000);

  it('styleMap() (src/shared/style-map.ts) writes through the CSSOM, never a style attribute string', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    const setAttribute = Element.prototype.setAttribute;
    const styleWrites: string[] = [];
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (name.toLowerCase() === 'style') styleWrites.push(value);
      return setAttribute.call(this, name, value);
    };
    try {
      const view = (props: Record<string, string | null>) => html`<span style=${styleMap(props)}></span>`;
      render(view({ width: '12px', backgroundColor: 'rgb(1, 2, 3)', '--pulse-x': '7' }), box);
      const span = box.querySelector('span')!;
      expect(span.style.width).to.equal('12px');
      expect(span.style.backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(span.style.getPropertyValue('--pulse-x')).to.equal('7');
      render(view({ width: '30%', backgroundColor: null }), box);
      expect(span.style.width).to.equal('30%');
      expect(span.style.backgroundColor).to.equal('');
      expect(span.style.getPropertyValue('--pulse-x')).to.equal('');
      expect(styleWrites).to.deep.equal([]);
    } finally {
      Element.prototype.setAttribute = setAttribute;
      box.remove();
    }
  });
});
