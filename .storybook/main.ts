import type { StorybookConfig } from '@storybook/web-components-vite';
import { existsSync, readdirSync } from 'node:fs';

// MDX pages are optional: only ask for them when there are some (Storybook warns otherwise).
const storiesDir = new URL('../stories', import.meta.url);
const hasMdx =
  existsSync(storiesDir) &&
  readdirSync(storiesDir, { recursive: true }).some((file) => String(file).endsWith('.mdx'));

// Storybook 10 reads vite.config.ts too, but replaces its `root` (demo/) with the project
// root and ignores its `build` options, so the demo's dev-server settings do not leak in.
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: [...(hasMdx ? ['../stories/**/*.mdx'] : []), '../stories/**/*.stories.ts'],
  // Controls, actions, toolbars, viewport and backgrounds are in Storybook's core since 9;
  // docs (autodocs pages built from custom-elements.json, MDX) is the one addon.
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own UI chunks are large by nature; the library's size is checked by `npm run build`.
  viteFinal: (viteConfig) => ({ ...viteConfig, build: { ...viteConfig.build, chunkSizeWarningLimit: 2000 } }),
};

export default config;
