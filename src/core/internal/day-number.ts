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
 * {@link fastDayNumber}, remembering the texts it has parsed in a cache made per call:
 * `texts`, 4096 strings (`''` for none), and `days`, an Int32Array of 4096. An input of a
 * million histories repeats a few thousand dates, and a date read from its ten characters
 * costs as much as the rest of a client's work (each charCodeAt is a dispatch on the
 * string's representation). Five characters (the year's last digit, the month, the day)
 * give a slot, distinct for each date of a ten-year span in either form; a text equal to
 * the one kept there has its day number, else it is parsed and kept. On strings parsed
 * from JSON, V8 shares one string per distinct short text, and the comparison is of two
 * pointers. The cache changes nothing but the time: a slot keeps only a text that parsed,
 * and a hit is a text equal to it.
 *
 * @example cachedDayNumber('27.02.2024', Array(4096).fill(''), new Int32Array(4096)) // 19780, as fastDayNumber
 */
export function cachedDayNumber(s: string, texts: string[], days: Int32Array): number {
  if (s.length !== 10) return NaN;
  const slot =
    s.charCodeAt(4) === 45
      ? slotOf(s.charCodeAt(3), s.charCodeAt(5), s.charCodeAt(6), s.charCodeAt(8), s.charCodeAt(9))
      : slotOf(s.charCodeAt(9), s.charCodeAt(3), s.charCodeAt(4), s.charCodeAt(0), s.charCodeAt(1));
  if (s === texts[slot]) return days[slot];
  const day = fastDayNumber(s);
  if (day === day) {
    texts[slot] = s;
    days[slot] = day;
  }
  return day;
}

/**
 * The slot of a date from the character codes of its year's last digit y, its month
 * (m, n) and day (d, e): ((y x 12 + month) x 32 + day) mod 4096. The codes' offsets only
 * shift it; for digits, (year digit, month 1-12, day 1-31) pairs span fewer than 4096
 * values, so ten years of dates never share a slot.
 */
function slotOf(y: number, m: number, n: number, d: number, e: number): number {
  return ((y * 12 + m * 10 + n) * 32 + d * 10 + e) & 4095;
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
