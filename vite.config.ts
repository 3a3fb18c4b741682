// Dev server for the portal demo: `npm start` serves demo/index.html at / with hot reload.
// (The package build is scripts/build.mjs, which does not read this file.)
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  publicDir: false,
  server: {
    port: 5173,
    // The demo imports ../src and ../test/fixtures.
    fs: { allow: [projectRoot] },
  },
});
