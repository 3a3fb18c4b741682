import { dayNumber, type DayNumber } from '../core/dates.js';
import type { PulseLang } from './messages.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  key: string,
  make: () => T,
): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

// Intl puts no-break and narrow no-break spaces into ru-RU numbers ("1 000 000,00",
// "15,3 %"). The source systems print plain spaces, hosts search for those strings,
// and the widgets keep figures on one line with CSS (white-space: nowrap) instead.
const SPACES = /[\u00A0\u202F]/g;

/** The BCP 47 locale behind a widget language. */
export function localeOf(lang: PulseLang): string {
  return lang === 'en' ? 'en-US' : 'ru-RU';
}

/**
 * Locale-bound formatting with cached `Intl` formatters. `null` and non-finite values
 * render as "—": undefined is never shown as 0.
 *
 * @example new Formatter('ru').money(1000000) // '1 000 000,00'
 * @example new Formatter('ru').percent(0.153) // '15,3 %'
 */
export class Formatter {
  readonly lang: PulseLang;
  readonly locale: string;

  constructor(lang: PulseLang) {
    this.lang = lang;
    this.locale = localeOf(lang);
  }

  private number(options: Intl.NumberFormatOptions): Intl.NumberFormat {
    return cached(
      `n|${this.locale}|${JSON.stringify(options)}`,
      () => new Intl.NumberFormat(this.locale, options),
    );
  }

  /** Money as the source systems print it: two decimals, grouped; `withCurrency` adds ₽ (or the code's symbol). */
  money(
    value: number | null | undefined,
    options: { currency?: string; withCurrency?: boolean } = {},
  ): string {
    if (!isNum(value)) return '—';
    const opts: Intl.NumberFormatOptions = options.withCurrency
      ? {
          style: 'currency',
          currency: options.currency ?? 'RUB',
          currencyDisplay: 'narrowSymbol',
          minimumFractionDigits: 2,
          maximumFractionDigits: 2,
        }
      : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
    return this.number(opts).format(value).replace(SPACES, ' ');
  }

  /** A plain number with up to `digits` decimals (default 0 for counts). */
  count(value: number | null | undefined, digits = 0): string {
    if (!isNum(value)) return '—';
    return this.number({ maximumFractionDigits: digits }).format(value).replace(SPACES, ' ');
  }

  /** A number with exactly `digits` decimals. */
  fixed(value: number | null | undefined, digits: number): string {
    if (!isNum(value)) return '—';
    return this.number({ minimumFractionDigits: digits, maximumFractionDigits: digits })
      .format(value)
      .replace(SPACES, ' ');
  }

  /** A fraction as a percent: 0.153 → `15,3 %` (ru) / `15.3%` (en). */
  percent(fraction: number | null | undefined, digits = 1): string {
    if (!isNum(fraction)) return '—';
    return this.number({ style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits })
      .format(fraction)
      .replace(SPACES, ' ');
  }

  /** A number that already is in percent units: 50 → `50 %`. */
  percentValue(value: number | null | undefined, digits = 0): string {
    return isNum(value) ? this.percent(value / 100, digits) : '—';
  }

  /**
   * A value in its unit: `percent` (already in percent units: 6.27 → `6,27 %`), `currency`
   * (money with the currency sign), or `count` (a number with up to 2 decimals).
   */
  value(value: number | null | undefined, unit: 'percent' | 'currency' | 'count', currency = 'RUB'): string {
    if (!isNum(value)) return '—';
    if (unit === 'currency') return this.money(value, { withCurrency: true, currency });
    if (unit === 'percent') {
      return this.number({ style: 'percent', maximumFractionDigits: 2 })
        .format(value / 100)
        .replace(SPACES, ' ');
    }
    return this.count(value, 2);
  }

  /** A short form for tight spaces (a donut's centre): `1,98 млн ₽`, `12 тыс.`; percents stay as they are. */
  compact(
    value: number | null | undefined,
    unit: 'percent' | 'currency' | 'count',
    currency = 'RUB',
  ): string {
    if (!isNum(value)) return '—';
    if (unit === 'percent' || Math.abs(value) < 10_000) return this.value(value, unit, currency);
    const opts: Intl.NumberFormatOptions =
      unit === 'currency'
        ? {
            notation: 'compact',
            maximumFractionDigits: 2,
            style: 'currency',
            currency,
            currencyDisplay: 'narrowSymbol',
          }
        : { notation: 'compact', maximumFractionDigits: 2 };
    return this.number(opts).format(value).replace(SPACES, ' ');
  }

  /** A signed number for balances: `+1,43`, `−2`. */
  signed(text: string, value: number): string {
    return value > 0 ? `+${text}` : value < 0 ? `−${text.replace(/^[-−]/, '')}` : text;
  }

  /** A calendar date from a day number: `27.02.2024` (ru), `02/27/2024` (en). */
  date(day: DayNumber | null | undefined): string {
    if (!isNum(day)) return '—';
    const f = cached(
      `d|${this.locale}`,
      () =>
        new Intl.DateTimeFormat(this.locale, {
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
          timeZone: 'UTC',
        }),
    ) as Intl.DateTimeFormat;
    return f.format(new Date(day * 86_400_000));
  }

  /** A month from `year * 12 + month - 1`: `11.2023` (ru), `11/2023` (en). */
  month(month: number | null | undefined): string {
    if (!isNum(month)) return '—';
    const c = { year: Math.floor(month / 12), month: (month % 12) + 1 };
    const f = cached(
      `m|${this.locale}`,
      () => new Intl.DateTimeFormat(this.locale, { month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
    ) as Intl.DateTimeFormat;
    return f.format(new Date(dayNumber(c.year, c.month, 1) * 86_400_000));
  }

  /** The plural form of `n` ('one' | 'few' | 'many' | 'other' ...). */
  plural(n: number): Intl.LDMLPluralRule {
    return (cached(`p|${this.locale}`, () => new Intl.PluralRules(this.locale)) as Intl.PluralRules).select(
      n,
    );
  }

  /** `n` with the right word form: forms keyed by plural category, `other` as fallback. */
  countOf(n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
    return `${this.count(n)} ${forms[this.plural(n)] ?? forms.other}`;
  }
}

function isNum(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
