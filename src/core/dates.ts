import { describeValue, fail } from './errors.js';
import { fastDayNumber } from './internal/day-number.js';

/**
 * A calendar date as a whole number of days since 1970-01-01. The core counts in days,
 * never in local time, so results do not depend on the machine's time zone.
 */
export type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// A date-time keeps the calendar date as written: "2024-02-27T23:30:00+03:00" is 27 Feb,
// the day the source system recorded, whatever the viewer's or the server's time zone.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const RU_DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const RU_MONTH = /^(\d{2})\.(\d{4})$/;

const EXPECTED = 'expected a date as YYYY-MM-DD, an ISO date-time or DD.MM.YYYY';

/** Days in a month (month 1..12), Gregorian. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number of a calendar date (month 1..12). No validation. */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  // Days from civil (H. Hinnant): exact for every proleptic Gregorian year, unlike
  // Date.UTC, which reads years 0-99 as 1900-1999.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Year, month (1..12) and day of month of a day number. */
export function calendarOf(day: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `YYYY-MM-DD` of a day number. */
export function formatIsoDate(day: DayNumber): string {
  const c = calendarOf(day);
  return `${String(c.year).padStart(4, '0')}-${pad(c.month)}-${pad(c.day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Why a value is not an acceptable date, or `null` when it is (including the 1C empty
 * date). Used by the schemas.
 */
export function dateProblem(value: unknown): string | null {
  if (typeof value !== 'string') return `${EXPECTED}, got ${describeValue(value)}`;
  const parts = splitDate(value.trim());
  if (!parts) return `${EXPECTED}, got ${describeValue(value)}`;
  const [y, m, d] = parts;
  if (y === 1 && m === 1 && d === 1) return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    return `${describeValue(value)} is not a calendar date`;
  }
  return null;
}

function splitDate(s: string): [number, number, number] | null {
  let m = ISO_DATE.exec(s) ?? ISO_DATE_TIME.exec(s);
  if (m) {
    if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return null;
    return [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  m = RU_DATE.exec(s);
  if (m) return [Number(m[3]), Number(m[2]), Number(m[1])];
  return null;
}

/**
 * Parses a date by the strict input rules: `YYYY-MM-DD`, an ISO date-time (its calendar
 * date as written, the offset does not move it to another day) or `DD.MM.YYYY`.
 * `31.02.2024` is an error, not 2 March. The 1C empty date `0001-01-01` (or
 * `01.01.0001`) means "no date" and returns `null`.
 *
 * @example parseDate('27.02.2024') === parseDate('2024-02-27') // true
 * @example parseDate('0001-01-01') // null
 * @example parseDate('31.02.2024', 'asOf') // throws: asOf: "31.02.2024" is not a calendar date
 */
export function parseDate(value: unknown, path = ''): DayNumber | null {
  // Fast path for the common exact forms; anything else (and every error) takes the
  // general path below, so results and messages stay the same.
  if (typeof value === 'string' && value.length === 10) {
    const day = fastDayNumber(value);
    if (!Number.isNaN(day)) return day;
  }
  const problem = dateProblem(value);
  if (problem) fail(path, problem);
  const [y, m, d] = splitDate((value as string).trim())!;
  if (y === 1 && m === 1 && d === 1) return null;
  return dayNumber(y, m, d);
}

/**
 * A month as a whole number `year * 12 + (month - 1)`, from `YYYY-MM`, `MM.YYYY`, or any
 * accepted date (its month).
 *
 * @example parseMonth('2023-11') === parseMonth('11.2023') // true
 */
export function parseMonth(value: unknown, path = ''): number {
  if (typeof value === 'string') {
    const s = value.trim();
    const iso = ISO_MONTH.exec(s);
    const ru = RU_MONTH.exec(s);
    const [y, m] = iso ? [Number(iso[1]), Number(iso[2])] : ru ? [Number(ru[2]), Number(ru[1])] : [0, 0];
    if (iso || ru) {
      if (m < 1 || m > 12) fail(path, `${describeValue(value)} is not a calendar month`);
      return y * 12 + m - 1;
    }
    if (!dateProblem(value)) {
      const day = parseDate(value, path);
      if (day === null) fail(path, `expected a month, got the empty date ${describeValue(value)}`);
      const c = calendarOf(day);
      return c.year * 12 + c.month - 1;
    }
  }
  return fail(path, `expected a month as YYYY-MM or MM.YYYY, got ${describeValue(value)}`);
}

/** Why a value is not an acceptable month, or `null`. */
export function monthProblem(value: unknown): string | null {
  try {
    parseMonth(value);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** `YYYY-MM` of a month number from {@link parseMonth}. */
export function formatIsoMonth(month: number): string {
  return `${String(Math.floor(month / 12)).padStart(4, '0')}-${pad((month % 12) + 1)}`;
}
