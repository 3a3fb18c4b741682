import { lazyPart, type LazyPart } from './lazy-part.js';

/** Languages the widgets speak. */
export const PULSE_LANGS = ['ru', 'en'] as const;
export type PulseLang = (typeof PULSE_LANGS)[number];

/** A message catalogue: the same keys in every language. */
export type Messages<K extends string> = Record<PulseLang, Record<K, string>>;

/** English catalogues not loaded yet: a Russian page never downloads them. */
const english = new Set<LazyPart<unknown>>();

/**
 * A catalogue whose Russian texts are in the bundle and whose English texts are a module
 * loaded on demand (`() => import('./x.messages.en.js').then((m) => m.en)`): {@link loadLanguage}
 * loads it before a widget shows English. Until then (or if it cannot load) `en` gives the
 * Russian texts, so a lookup never fails.
 */
export function translated<K extends string>(
  ru: Record<K, string>,
  en: () => Promise<Record<K, string>>,
): Messages<K> {
  const part = lazyPart(en);
  english.add(part);
  return {
    ru,
    get en() {
      return part.value ?? ru;
    },
  };
}

/**
 * Loads the catalogues `lang` needs that are not loaded yet (every widget's, in parallel).
 * `undefined` when there is nothing to load; otherwise resolves to `false` if any failed.
 */
export function loadLanguage(lang: PulseLang): Promise<boolean> | undefined {
  if (lang === 'ru') return undefined;
  const missing = [...english].filter((part) => part.value === undefined && !part.failed);
  if (missing.length === 0) return undefined;
  return Promise.all(
    missing.map((part) =>
      part.load().then(
        () => true,
        () => false,
      ),
    ),
  ).then((loaded) => loaded.every(Boolean));
}

/** Messages every widget uses for its states. */
export const common: Messages<
  'loading' | 'empty' | 'errorTitle' | 'partialTitle' | 'fetchFailed' | 'more' | 'noValue' | 'close' | 'table'
> = {
  ru: {
    loading: 'Загрузка…',
    empty: 'Нет данных',
    errorTitle: 'Данные не приняты',
    partialTitle: 'Часть данных пропущена',
    fetchFailed: 'Не удалось загрузить данные',
    more: 'и ещё {n}',
    noValue: '—',
    close: 'Закрыть',
    table: 'Таблица данных',
  },
  en: {
    loading: 'Loading…',
    empty: 'No data',
    errorTitle: 'The data was not accepted',
    partialTitle: 'Part of the data was left out',
    fetchFailed: 'Could not load the data',
    more: 'and {n} more',
    noValue: '—',
    close: 'Close',
    table: 'Data table',
  },
};

/** Replaces `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
