// @ts-check
// Element tests: @web/test-runner in the system Chromium (no browser download).
// Run: `npm run test:widgets` (= `wtr`); `wtr --watch` while developing.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { playwrightLauncher } from '@web/test-runner-playwright';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { bundleMiddleware } from './test/double/bundle-middleware.mjs';
import { strictCspMiddleware } from './test/csp/csp-middleware.mjs';
import { findChromium } from './scripts/find-chromium.mjs';

const commonjs = fromRollup(rollupCommonjs);

/** The bad-input tables, run once per time zone (groups `tz-utc` and `tz-moscow`). */
const TZ_FILES = 'test/widgets/hardening-input.test.ts';

/**
 * A Chromium whose pages run in `timezoneId`; the page carries the zone it expects in
 * `<meta name="pulse-expected-tz">`, so a test can check the grouping really took effect.
 * @param {string} name
 * @param {string} timezoneId
 */
function timeZoneGroup(name, timezoneId) {
  return {
    name,
    files: TZ_FILES,
    browsers: [
      playwrightLauncher({
        product: 'chromium',
        launchOptions: chromiumLaunchOptions(),
        createBrowserContext: ({ browser }) => browser.newContext({ timezoneId }),
      }),
    ],
    /** @param {string} framework */
    testRunnerHtml: (framework) =>
      `<!DOCTYPE html><html><head><meta name="pulse-expected-tz" content="${timezoneId}"></head>` +
      `<body><script type="module" src="${framework}"></script></body></html>`,
  };
}

function chromiumLaunchOptions() {
  return {
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--js-flags=--expose-gc',
    ],
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // The hardening input cases run in two time zones (the groups below), not here.
  files: ['test/widgets/**/*.test.ts', `!${TZ_FILES}`],
  nodeResolve: true,
  // 2 cores: one browser page at a time keeps timings stable.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  // Lit's dev build (the 'development' export condition) adds useful warnings; its banner does not.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  testFramework: {
    config: { ui: 'bdd', timeout: 10_000 },
  },
  // test/csp/* is served with the strict Content-Security-Policy (test/widgets/csp.test.ts);
  // /__crm-pulse/crm-pulse(.iife).js is the one-file bundle from the sources (double-registration.test.ts).
  middleware: [strictCspMiddleware, bundleMiddleware],
  plugins: [
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      target: 'es2022',
    }),
    // Only the CommonJS packages that @observablehq/plot pulls in; everything else (Lit,
    // d3, zod) is already ESM and must not go through the CommonJS transform.
    commonjs({
      include: ['**/node_modules/interval-tree-1d/**/*', '**/node_modules/binary-search-bounds/**/*'],
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: chromiumLaunchOptions(),
    }),
  ],
  groups: [timeZoneGroup('tz-utc', 'UTC'), timeZoneGroup('tz-moscow', 'Europe/Moscow')],
};
