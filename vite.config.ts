// Dev server for the portal demo: `npm start` serves demo/index.html at / with hot reload,
// and the host examples at /hosts/ (React, Vue, Angular, plain pages, an iframe, 1C).
// (The package build is scripts/build.mjs, which does not read this file.)
import { readFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Connect, type Plugin } from 'vite';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const demoRoot = path.join(projectRoot, 'demo');
const src = (...parts: string[]) => path.join(projectRoot, 'src', ...parts);

/**
 * The host examples import the package by its published names (`crm-pulse/funnel.js`,
 * `crm-pulse/core`), as a host application does; in the demo they resolve to the sources,
 * so the examples run without a build.
 */
const packageAliases = [
  { find: /^crm-pulse\/core(\.js)?$/, replacement: src('core', 'index.ts') },
  { find: /^crm-pulse\/([a-z-]+)\.js$/, replacement: src('widgets', '$1', '$1.ts') },
  { find: /^crm-pulse$/, replacement: src('index.ts') },
  // Vue's full build: demo/hosts/vue.ts compiles its template in the browser.
  { find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' },
];

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.json': 'application/json',
};

/**
 * Serves the built bundles at /dist/ as they are (`npm run build` makes them): the plain
 * pages and the 1C page load dist/crm-pulse.js and dist/crm-pulse.iife.js the way a host
 * loads them from its own server, untouched by Vite.
 */
function serveDist(): Plugin {
  const dist = path.join(projectRoot, 'dist');
  const middleware: Connect.NextHandleFunction = async (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = path.join(dist, path.normalize(decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist + path.sep)) return next();
    try {
      const body = await readFile(file);
      res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end(`${url.pathname} not found: run npm run build first`);
    }
  };
  return {
    name: 'crm-pulse-serve-dist',
    configureServer: (server) => void server.middlewares.use('/dist/', middleware),
    configurePreviewServer: (server) => void server.middlewares.use('/dist/', middleware),
  };
}

/**
 * Every page of the demo, for `npx vite build` (into demo-dist/, git-ignored; `npx vite preview`
 * serves it, with the package's bundles at /dist/ as in development).
 */
function pages(): Record<string, string> {
  const input: Record<string, string> = { index: path.join(demoRoot, 'index.html') };
  for (const name of readdirSync(path.join(demoRoot, 'hosts'))) {
    if (name.endsWith('.html')) input[`hosts/${name.slice(0, -5)}`] = path.join(demoRoot, 'hosts', name);
  }
  return input;
}
export default defineConfig({
  root: demoRoot,
  publicDir: false,
  plugins: [serveDist()],
  resolve: { alias: packageAliases },
  // React's automatic JSX runtime for demo/hosts/react.tsx (no React plugin needed).
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  // Vue's esm-bundler build reads these compile-time flags.
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  server: {
    port: 5173,
    // The demo imports ../src and ../test/fixtures.
    fs: { allow: [projectRoot] },
    // The plain pages' /dist/ scripts are served as they are (serveDist), not transformed.
    preTransformRequests: false,
  },
  build: {
    outDir: path.join(projectRoot, 'demo-dist'),
    emptyOutDir: true,
    rolldownOptions: {
      input: pages(),
      // The plain pages load the package's own bundles, served beside the demo at /dist/.
      external: (id: string) => id.startsWith('/dist/'),
    },
  },
});
