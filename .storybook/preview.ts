/// <reference types="vite/client" />
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';

// custom-elements.json (written by `npm run analyze`, which `npm run storybook` and
// `npm run build-storybook` run first) gives autodocs and controls their attributes,
// properties, events, parts and CSS properties. A glob, so a missing file is not an error.
const manifests = import.meta.glob<object>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

type Theme = 'light' | 'dark' | 'auto';

/** Sets the toolbar theme on every pulse-* element of the story that has no `theme` of its own. */
function applyTheme(root: Element, theme: Theme) {
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.startsWith('pulse-') && !el.hasAttribute('theme')) el.setAttribute('theme', theme);
  }
}

/** Sets `lang` on every element of the story that pins its own (a wrapper from the story's args). */
function applyLocale(root: Element, locale: string) {
  for (const el of root.querySelectorAll('[lang]')) el.setAttribute('lang', locale);
}

/**
 * Wraps each story in `<div lang=… data-theme=…>`: widgets read `lang` from their closest
 * ancestor, and pulse-* elements without a `theme` attribute get the toolbar theme.
 * A story pins either with story-level globals: `globals: { locale: 'en', theme: 'dark' }`.
 *
 * Locale "As the story" (the default) keeps each story's own language; choosing ru or en
 * overrides it everywhere, also in stories that pin `lang` through their args (the `lang`
 * arg is replaced, and any inner `lang` attribute follows).
 */
const withLocaleAndTheme: Decorator = (story, context) => {
  const chosen = context.globals.locale as string | undefined;
  const locale = chosen === 'ru' || chosen === 'en' ? chosen : undefined;
  const theme = (context.globals.theme as Theme | undefined) ?? 'auto';
  const rendered =
    locale && 'lang' in context.args ? story({ args: { ...context.args, lang: locale } }) : story();
  return html`<div
    class="pulse-story"
    lang=${locale ?? 'ru'}
    data-theme=${theme}
    ${ref(
      (el) =>
        el &&
        queueMicrotask(() => {
          applyTheme(el, theme);
          if (locale) applyLocale(el, locale);
        }),
    )}
  >
    ${rendered}
  </div>`;
};

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  initialGlobals: { locale: 'story', theme: 'auto' },
  globalTypes: {
    locale: {
      description: 'Language of the widgets (lang on a wrapper)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'story', title: 'As the story' },
          { value: 'ru', title: 'Русский (ru-RU)' },
          { value: 'en', title: 'English (en-US)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'theme attribute of the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (prefers-color-scheme)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  parameters: {
    controls: { expanded: true, matchers: { color: /(background|color)$/i, date: /Date$/i } },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
