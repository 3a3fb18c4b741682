// The fast path of date parsing: lifecycle and funnel input carry millions of dates,
// nearly all in one of the two exact forms.

/**
 * The day number (days since 1970-01-01) of an exact `YYYY-MM-DD` or `DD.MM.YYYY` string
 * of a valid calendar date from year 100 on, or NaN for anything else: other forms, bad
 * dates, the 1C empty date. Those go through parseDate, which decides and explains; where
 * this gives a number, it is parseDate's. Integer arithmetic as in dayNumber, no regular
 * expression and no Date; each month's first day and length are worked out once and kept
 * in a table, so a date costs a lookup. Years before 100 take the general path (the
 * truncating division in monthStart needs a positive year).
 *
 * @example fastDayNumber('27.02.2024') === fastDayNumber('2024-02-27') // true
 * @example fastDayNumber('0001-01-01') // NaN
 */
export function fastDayNumber(s: string): number {
  if (s.length !== 10) return NaN;
  // The two forms with their digit positions as constants (year, month, day).
  if (s.charCodeAt(4) === 45) {
    if (s.charCodeAt(7) !== 45) return NaN;
    return fromDigits(
      s.charCodeAt(0) - 48,
      s.charCodeAt(1) - 48,
      s.charCodeAt(2) - 48,
      s.charCodeAt(3) - 48,
      s.charCodeAt(5) - 48,
      s.charCodeAt(6) - 48,
      s.charCodeAt(8) - 48,
      s.charCodeAt(9) - 48,
    );
  }
  if (s.charCodeAt(2) !== 46 || s.charCodeAt(5) !== 46) return NaN;
  return fromDigits(
    s.charCodeAt(6) - 48,
    s.charCodeAt(7) - 48,
    s.charCodeAt(8) - 48,
    s.charCodeAt(9) - 48,
    s.charCodeAt(3) - 48,
    s.charCodeAt(4) - 48,
    s.charCodeAt(0) - 48,
    s.charCodeAt(1) - 48,
  );
}

/**
 * Per month (index year x 16 + month) of the years 0..9999: the day number of its first
 * day x 32 + its length in days; 0 until the month is first met (no month has length 0).
 * Made on first use, filled as months come: input dates fall in few months.
 */
let months: Int32Array | null = null;

/** The day number from the digits of year (a b c e), month (f g) and day (h k); NaN if not a date. */
function fromDigits(
  a: number,
  b: number,
  c: number,
  e: number,
  f: number,
  g: number,
  h: number,
  k: number,
): number {
  // A digit x is 0..9: x and 9 - x are both non-negative, so an OR of them all is
  // negative when any character is not a digit (one test instead of eight branches).
  const bad =
    a |
    (9 - a) |
    b |
    (9 - b) |
    c |
    (9 - c) |
    e |
    (9 - e) |
    f |
    (9 - f) |
    g |
    (9 - g) |
    h |
    (9 - h) |
    k |
    (9 - k);
  if (bad < 0) return NaN;
  const y = a * 1000 + b * 100 + c * 10 + e;
  const m = f * 10 + g;
  const d = h * 10 + k;
  if (y < 100 || m < 1 || m > 12 || d < 1) return NaN;
  if (months === null) months = new Int32Array(10_000 * 16);
  let start = months[y * 16 + m];
  if (start === 0) start = months[y * 16 + m] = monthStart(y, m);
  if (d > (start & 31)) return NaN;
  return (start >> 5) + d - 1;
}

/** Day number of the first day of month m of year y (y >= 100) x 32 + the month's length. */
function monthStart(y: number, m: number): number {
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const length = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  const yy = m <= 2 ? y - 1 : y;
  const era = (yy / 400) | 0; // yy >= 99: truncation is floor
  const yoe = yy - era * 400;
  const doy = ((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) | 0;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return (era * 146_097 + doe - 719_468) * 32 + length;
}
