// After the build: loads the published bundles in plain HTML pages, as a host would
// (test/host/*.html), in the system Chromium, and checks that every tag is defined, the
// channel pie renders the seed figures, a click fires its event, axe finds no serious
// violation, and the core bundle imports in Node without a DOM.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { findChromium } from './find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const TAGS = [
  'pulse-channel-pie',
  'pulse-funnel',
  'pulse-lifecycle-grid',
  'pulse-traffic-light-pool',
  'pulse-abc-xyz-matrix',
  'pulse-debt-table',
  'pulse-dashboard',
];
const TYPES = {
  '.js': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
  if (!file.startsWith(root)) return res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

const core = await import(pathToFileURL(path.join(root, 'dist/core.js')).href);
check(
  typeof core.channelShares === 'function' && typeof core.funnel === 'function',
  'dist/core.js imports in Node (no DOM)',
);

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  for (const [page, expected] of [
    ['test/host/module.html', ['Допродажи ОС', '50 %', 'Рекомендации', '23 %']],
    ['test/host/classic.html', ['Допродажи ОС', '50%', 'Рекомендации', '23%']],
    // The bundle loaded twice (two vendors on one page): no error, the first copy serves.
    ['test/host/module-twice.html', ['Допродажи ОС', '50 %', 'Рекомендации', '23 %']],
    ['test/host/classic-twice.html', ['Допродажи ОС', '50%', 'Рекомендации', '23%']],
  ]) {
    console.log(page);
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`${base}/${page}`);
    await tab.waitForFunction(() =>
      document.getElementById('pie')?.shadowRoot?.querySelector('[part~="slice"]'),
    );
    check(errors.length === 0, `no page errors ${errors.join('; ')}`);
    const defined = await tab.evaluate((tags) => tags.filter((t) => !customElements.get(t)), TAGS);
    check(defined.length === 0, `every element is defined ${defined.length ? `(missing ${defined})` : ''}`);
    const text = await tab.evaluate(() =>
      document.getElementById('pie').shadowRoot.textContent.replace(/\s+/g, ' '),
    );
    for (const t of expected) check(text.includes(t), `the pie shows "${t}"`);
    await tab.evaluate(() =>
      document
        .getElementById('pie')
        .shadowRoot.querySelector('path.slice')
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })),
    );
    const events = await tab.evaluate(() => window.__events);
    check(events.length === 1 && events[0].key === 'upsell', 'a click fires pulse-slice-select with the key');
    await tab.addScriptTag({ path: path.join(root, 'node_modules/axe-core/axe.min.js') });
    const violations = await tab.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    check(violations.length === 0, `no serious axe violations ${violations.join(', ')}`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`\n${failures.length} dist check(s) failed`);
  process.exit(1);
}
console.log('\ndist checks passed');
