// Every page of the demo renders: starts the demo's Vite dev server (vite.config.ts) on a free
// port, opens the portal and each host example (demo/hosts/*.html) in the system Chromium, and
// checks that a widget shows a known figure of the source documents, that the page's own
// wiring works (an event reaches the host, a language switch, the owner filter, postMessage,
// the 1C entry points) and that no page error occurred. The plain, classic and 1C pages load
// the built bundles: run `npm run build` first. Usage: node scripts/check-hosts.mjs
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { findChromium } from './find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();

if (!existsSync(path.join(root, 'dist', 'crm-pulse.iife.js'))) {
  console.error('dist/ is missing: run npm run build first (the plain and 1C pages load the bundles).');
  process.exit(1);
}

const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

/** The text of an element's shadow root (whitespace collapsed), in the page or in a frame. */
const shadowText = (scope, selector) =>
  scope.evaluate(
    (s) => (document.querySelector(s)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
    selector,
  );
/** Waits until the element's shadow root shows `text`. */
const waitText = (scope, selector, text, timeout = 20_000) =>
  scope
    .waitForFunction(
      ([s, t]) => (document.querySelector(s)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').includes(t),
      [selector, text],
      { timeout },
    )
    .then(
      () => true,
      () => false,
    );
/** Clicks the first donut slice of a channel pie (as a user would). */
const clickSlice = (scope, selector) =>
  scope.evaluate((s) => {
    const slice = document.querySelector(s)?.shadowRoot?.querySelector('path.slice, [part~="slice"]');
    slice?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    return Boolean(slice);
  }, selector);

/** Checks for each page: [path, async (page) => void]. */
const PAGES = [
  [
    '/',
    async (page) => {
      check(
        await waitText(page, '#channels', 'Допродажи ОС'),
        'portal: the channel pie shows "Допродажи ОС"',
      );
      check(await waitText(page, '#needs', 'Мельникова П.И.'), 'portal: the needs funnel shows its owners');
      check(await waitText(page, '#debts', 'Ликстрой'), 'portal: the debt table shows Ликстрой');
      await page.selectOption('#source', 'generated');
      const generated = await page
        .waitForFunction(() => (document.getElementById('debts')?.data?.rows?.length ?? 0) > 1000, null, {
          timeout: 40_000,
        })
        .then(
          () => true,
          () => false,
        );
      check(generated, 'portal: the generated department (2,000 clients) is set');
      check(await waitText(page, '#debts', 'Подразделение СИ'), 'portal: the generated debt table renders');
      const statuses = await page.evaluate(() =>
        [...document.querySelectorAll('pulse-dashboard > [id]')]
          .filter((e) => e.tagName.startsWith('PULSE-'))
          .map((e) => `${e.id}:${e.status}`),
      );
      check(
        statuses.length === 6 && statuses.every((s) => s.endsWith(':ready')),
        `portal: six widgets ready (${statuses.join(' ')})`,
      );
      // The dashboard's owner select narrows every widget (filterByOwner on their data).
      const select = await page.evaluateHandle(() =>
        document.getElementById('dashboard').shadowRoot.querySelector('[part~="filter"] select'),
      );
      await select.asElement().selectOption({ label: 'Тазов П.Ю.' });
      const owners = await page.evaluate(() =>
        ['debts', 'pool', 'abc', 'lifecycle'].map((id) => {
          const rows = document.getElementById(id).data;
          const list = rows.rows ?? rows.clients;
          return [...new Set(list.map((r) => r.owner))].join(',');
        }),
      );
      check(
        owners.every((o) => o === 'Тазов П.Ю.'),
        `portal: the owner filter narrows every widget (${owners.join(' | ')})`,
      );
      check(
        new URL(page.url()).searchParams.get('owner') === 'Тазов П.Ю.',
        'portal: the owner is kept in the URL',
      );
      await page.selectOption('#lang', 'en');
      check(await waitText(page, '#debts', 'Client'), 'portal: the widgets follow the language (en)');
      check(
        (await page.textContent('h1')) === 'Subscription service department',
        'portal: the header follows the language',
      );
    },
  ],
  [
    '/hosts/plain-module.html',
    async (page) => {
      check(await waitText(page, '#pie', '50 %'), 'plain module: the pie shows "Допродажи ОС" at 50 %');
      check((await shadowText(page, '#pie')).includes('Допродажи ОС'), 'plain module: slice labels');
      await clickSlice(page, '#pie');
      check((await page.textContent('#log')) === 'slice upsell', 'plain module: a click reaches the page');
    },
  ],
  [
    '/hosts/plain-classic.html',
    async (page) => {
      check(await waitText(page, '#pie', '50%'), 'classic script: the pie shows 50% (en)');
      check(
        (await page.textContent('#log')) === 'net 1.43 %',
        'classic script: CrmPulse.channelShares gives net 1.43',
      );
    },
  ],
  ...['react', 'vue', 'angular'].map((name) => [
    `/hosts/${name}.html`,
    async (page) => {
      check(await waitText(page, '#pie', 'Допродажи ОС'), `${name}: the pie shows "Допродажи ОС"`);
      check(await waitText(page, 'pulse-funnel', '548'), `${name}: the funnel shows 548`);
      await clickSlice(page, '#pie');
      check(
        await page
          .waitForFunction(
            () => document.querySelector('.log')?.textContent?.includes('Допродажи ОС'),
            null,
            {
              timeout: 5000,
            },
          )
          .then(
            () => true,
            () => false,
          ),
        `${name}: the slice event reaches the framework's state`,
      );
      await page.click('header button');
      check(await waitText(page, '#pie', '50%'), `${name}: the language switch reaches the widgets`);
    },
  ]),
  [
    '/hosts/iframe.html',
    async (page) => {
      const frame = page.frameLocator('#frame');
      await frame.locator('#pie').waitFor({ state: 'attached' });
      const child = page.frames().find((f) => f.url().endsWith('/iframe-widget.html'));
      check(Boolean(child), 'iframe: the child page loads');
      check(await waitText(child, '#pie', 'Допродажи ОС'), 'iframe: the data arrives by postMessage');
      await clickSlice(child, '#pie');
      check(
        await page
          .waitForFunction(
            () => document.getElementById('log')?.textContent?.startsWith('pulse-slice-select'),
            null,
            {
              timeout: 5000,
            },
          )
          .then(
            () => true,
            () => false,
          ),
        'iframe: the event comes back to the parent',
      );
      const height = await page.evaluate(
        () => document.getElementById('frame').getBoundingClientRect().height,
      );
      check(height > 300, `iframe: the frame takes the child's height (${Math.round(height)} px)`);
    },
  ],
  [
    '/hosts/1c.html',
    async (page) => {
      check(await waitText(page, '#debts', '1 000 000,00'), '1C: the data block renders (debt 1 000 000,00)');
      const problem = await page.evaluate(() =>
        window.crmPulse.render(
          JSON.stringify({
            lang: 'en',
            widgets: { pie: { unit: 'percent', gains: [{ key: 'a', label: 'Из 1С', value: 3 }] } },
          }),
        ),
      );
      check(problem === '', '1C: crmPulse.render(json) accepts the JSON');
      check(await waitText(page, '#pie', 'Из 1С'), '1C: render() replaces the data');
      check(await waitText(page, '#pie', '100%'), '1C: render() sets the language (en)');
      check(
        (await page.evaluate(() => window.crmPulse.render('{bad'))).startsWith('JSON:'),
        '1C: bad JSON is reported, not thrown',
      );
      await clickSlice(page, '#pie');
      const last = JSON.parse(await page.evaluate(() => window.crmPulse.lastEvent()));
      check(
        last.type === 'pulse-slice-select' && last.widget === 'pie' && last.detail.key === 'a',
        '1C: the event is handed to 1C as JSON',
      );
    },
  ],
];

const server = await createServer({
  configFile: path.join(root, 'vite.config.ts'),
  logLevel: 'error',
  server: { port: 0, strictPort: false, hmr: false },
});
await server.listen();
const address = server.httpServer.address();
const base = `http://localhost:${address.port}`;
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  for (const [url, run] of PAGES) {
    const t0 = Date.now();
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    try {
      await page.goto(base + url, { waitUntil: 'load', timeout: 60_000 });
      await run(page);
    } catch (e) {
      check(false, `${url}: ${e.message.split('\n')[0]}`);
    }
    check(errors.length === 0, `${url}: no page errors ${errors.join('; ').slice(0, 400)}`);
    console.log(`${url} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length) {
  console.error(`\n${failures.length} host check(s) failed (${seconds} s)`);
  process.exit(1);
}
console.log(`\nhost checks passed (${seconds} s)`);
