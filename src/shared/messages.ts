/** Languages the widgets speak. */
export const PULSE_LANGS = ['ru', 'en'] as const;
export type PulseLang = (typeof PULSE_LANGS)[number];

/** A message catalogue: the same keys in every language. */
export type Messages<K extends string> = Record<PulseLang, Record<K, string>>;

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
